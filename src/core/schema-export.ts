import { z } from "zod";
import { Analysis, Claim, CodeLineOutput, DocumentRecord, Event, ScheduleItem } from "./records.js";

/** The records published as JSON Schema in docs/schema/, by file name. */
export const SCHEMAS = {
  document: DocumentRecord,
  event: Event,
  claim: Claim,
  "schedule-item": ScheduleItem,
  analysis: Analysis,
  "code-line": CodeLineOutput,
} as const;

/** Renders one record's JSON Schema as the text stored in docs/schema/NAME.schema.json. */
export function schemaJson(name: keyof typeof SCHEMAS): string {
  const schema = z.toJSONSchema(SCHEMAS[name], { target: "draft-2020-12" });
  return `${JSON.stringify({ title: name, ...schema }, null, 2)}\n`;
}
