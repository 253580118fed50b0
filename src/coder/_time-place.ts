import type { Token } from "../core/index.js";
import type { View } from "./_view.js";

/** Prepositions that open a place or time adjunct ("in New Delhi", "on Tuesday", "at a meeting", "during talks"). */
const ADJUNCT_PREP = new Set(["in", "on", "at", "during"]);
/** Words that open a bare time phrase ("last week", "earlier this month", "this year"). */
const TIME_LEAD = new Set(["last", "this", "next", "earlier", "later"]);
/** Nouns a bare time phrase ends on. */
const TIME_NOUN = new Set(["week", "month", "year", "weekend", "night", "morning", "evening", "day"]);
/** Parts of speech inside an adjunct's noun phrase ("a joint statement", "the 2024 summit"). */
const ADJUNCT_NP = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
/** Most tokens of one preposition's noun phrase. */
const MAX_NP = 5;
/** Most tokens of a whole adjunct (one or more phrases). */
const MAX_ADJUNCT = 10;

/** True when token `j` is no actor's, or one of an actor group that is only a place or a seat of power. */
function placeOrNone(v: View, j: number): boolean {
  const g = v.groupAt[j] ?? -1;
  return g < 0 || v.groups[g]!.members.every((x) => x.kind === "place" || x.kind === "metonym");
}

/** The end of one adjunct phrase at `k` ("in a statement", "last week", "earlier this month"), or -1. */
function phraseEnd(v: View, k: number): number {
  const t: Token | undefined = v.toks[k];
  if (t === undefined) return -1;
  if (TIME_LEAD.has(t.lower)) {
    const j = v.toks[k + 1]?.lower === "this" && t.lower === "earlier" ? k + 2 : k + 1;
    return TIME_NOUN.has(v.toks[j]?.lower ?? "") ? j + 1 : -1;
  }
  if (t.pos !== "ADP" || !ADJUNCT_PREP.has(t.lower)) return -1;
  let end = -1;
  for (let j = k + 1; j < v.toks.length && j <= k + MAX_NP; j++) {
    const u = v.toks[j]!;
    if (!ADJUNCT_NP.has(u.pos) || !placeOrNone(v, j)) break;
    // The phrase ends on a noun or a name: "on Friday", "in New Delhi", "at a meeting".
    if (u.pos === "NOUN" || u.pos === "PROPN") end = j + 1;
  }
  return end;
}

/**
 * "accused, in a statement on Friday, Russia of", "urged in a statement on Monday Israel to": a place or time adjunct
 * at token `k` (one or more phrases, enclosed in commas when it opens with one) that names no actor but a place; the
 * index right after it, or -1.
 */
export function adjunctSpanEnd(v: View, k: number): number {
  const comma = v.toks[k]?.text === ",";
  const start = comma ? k + 1 : k;
  let j = start;
  for (let next = phraseEnd(v, j); next > 0 && next - start <= MAX_ADJUNCT; next = phraseEnd(v, j)) j = next;
  if (j === start) return -1;
  if (!comma) return j;
  return v.toks[j]?.text === "," ? j + 1 : -1;
}
