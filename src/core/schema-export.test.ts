import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SCHEMAS, schemaJson } from "./schema-export.js";

describe("docs/schema", () => {
  it.each(Object.keys(SCHEMAS))("%s.schema.json is up to date (run npm run schema)", (name) => {
    const file = new URL(`../../docs/schema/${name}.schema.json`, import.meta.url);
    expect(readFileSync(file, "utf8")).toBe(schemaJson(name as keyof typeof SCHEMAS));
  });
});
