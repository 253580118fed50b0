import { join } from "node:path";
import type { Event, EventStatus } from "../core/index.js";
import { loadExtractModel } from "../dict/extract/index.js";
import { DEFAULT_DATA_DIR } from "../dict/index.js";
import { analyzeText, createNlpEngine } from "../nlp/index.js";
import { loadTestActors, testMentions } from "./_test-mentions.js";
import { type ExtractOutput, extractDocument } from "./index.js";

/** Real model, real wink-nlp and the gold test actors, shared by the extract tests. */
export function extractFixture() {
  const model = loadExtractModel(join(DEFAULT_DATA_DIR, "extract"));
  const engine = createNlpEngine();
  const actors = loadTestActors(join(DEFAULT_DATA_DIR, "gold", "claims", "actors.txt"));
  /** Runs the stage on a text; with `eventStatus`, one event over the first sentence (code defaults to 010). */
  const run = (text: string, date: string | null, eventStatus?: EventStatus, code = "010"): ExtractOutput => {
    const doc = analyzeText(engine, text);
    const s = doc.sentences[0];
    const events: Event[] = [];
    if (eventStatus && s) {
      const ref = { code: "JPN", text: "Japan", start: s.start, end: s.start, entry: null };
      events.push({
        id: "e1",
        source: ref,
        target: { ...ref, code: "USA", text: "U.S." },
        code,
        root: code.slice(0, 2),
        label: "test",
        plover: null,
        mode: null,
        auxMode: null,
        goldstein: 0,
        quad: 1,
        status: eventStatus,
        date,
        dateEnd: null,
        datePrecision: date ? "day" : "unknown",
        claimant: null,
        outlet: null,
        evidence: { docId: "t", sentence: 0, start: s.start, end: s.end, text: s.text },
        pattern: "test",
        dictVersion: "test",
        confidence: 1,
      });
    }
    return extractDocument({ doc, mentions: testMentions(doc, actors), events, docId: "t", date }, model);
  };
  return { model, run };
}
