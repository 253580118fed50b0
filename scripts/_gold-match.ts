// Matching of coded events to a gold record's events, one to one on (source, target, root) by scoring key, as the
// scorer does, and the gold records of a list of files coded as `dyad dict test` codes them; shared by the
// miss-analysis scripts.
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { type GoldEvent, type GoldRecord, parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

/** The scoring key of a code: the first three letters, or the whole code for an IGO. */
export const key = (c: string | null) => (c === null ? "" : c.startsWith("IGO") ? c : c.slice(0, 3));

/** A coded event reduced to its scoring key, with the coded event itself (`e`). */
export interface KeyedEvent<E = unknown> {
  readonly s: string;
  readonly t: string;
  readonly root: string;
  readonly e: E;
}

/** What matching reads of a coded event. */
interface Coded {
  readonly source: { readonly code: string };
  readonly target: { readonly code: string } | null;
  readonly root: string;
}

/**
 * Keys the coded events and matches them to the gold events: `missed` are the gold events no coded one matched,
 * `left` the coded events no gold one matched (the coder's other readings).
 */
export function matchGold<E extends Coded>(
  gold: readonly GoldEvent[],
  coded: readonly E[],
): { events: KeyedEvent<E>[]; left: KeyedEvent<E>[]; missed: GoldEvent[] } {
  const events = coded.map((e) => ({ s: key(e.source.code), t: key(e.target?.code ?? null), root: e.root, e }));
  const left = [...events];
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const i = left.findIndex((e) => e.s === key(g.source) && e.t === key(g.target) && e.root === g.root);
    if (i >= 0) left.splice(i, 1);
    else missed.push(g);
  }
  return { events, left, missed };
}

/** One gold record with its analysed text, its actor mentions and the coder's events. */
export interface CodedGold {
  readonly gold: GoldRecord;
  readonly doc: ReturnType<typeof analyzeText>;
  readonly mentions: ReturnType<typeof findMentions>;
  readonly coded: ReturnType<typeof codeDocument>;
}

/** Reads the gold records of `files` in order and codes each on its own date, as `dyad dict test` does. */
export function* codedGold(
  files: readonly string[],
  model: ReturnType<typeof loadModel> = loadModel(),
): Generator<CodedGold> {
  const nlp = createNlpEngine();
  for (const file of files)
    for (const gold of parseGold(readFileSync(file, "utf8"), file)) {
      const doc = analyzeText(nlp, gold.text);
      const mentions = findMentions(doc, model.actors, gold.date);
      yield { gold, doc, mentions, coded: codeDocument({ doc, mentions, docId: gold.id, date: gold.date }, model) };
    }
}
