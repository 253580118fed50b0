import type { ActorMention, Sentence } from "../core/index.js";
import { normalizeText } from "./_text.js";
import type { DateExpr, DateReader } from "./01-dates.js";

/** An actor mention with offsets into its sentence text. */
export interface LocalMention {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly text: string;
  readonly country: string | null;
  readonly kind: ActorMention["kind"];
}

/** One sentence prepared for extraction: normalised text, local mentions and tokens. */
export interface SentenceView {
  readonly sentence: Sentence;
  /** Normalised sentence text (same length as the original). */
  readonly text: string;
  readonly mentions: readonly LocalMention[];
  /** Date expressions resolved in the past tense (for claim periods). */
  readonly dates: readonly DateExpr[];
  /** The sentence's date expressions in either tense (read once, memoised). */
  readonly datesIn: DateReader;
}

/** Builds the sentence view; mentions are converted from document to sentence offsets. */
export function viewSentence(
  sentence: Sentence,
  mentions: readonly ActorMention[],
  datesIn: DateReader,
): SentenceView {
  const local = mentions
    .map((m) => ({
      start: m.start - sentence.start,
      end: m.end - sentence.start,
      code: m.code,
      text: m.text,
      country: m.country,
      kind: m.kind,
    }))
    .filter((m) => m.start >= 0 && m.end <= sentence.text.length && m.code !== "")
    .sort((a, b) => a.start - b.start);
  return { sentence, text: normalizeText(sentence.text), mentions: local, dates: datesIn("past"), datesIn };
}

/** Universal POS of the first token starting at or after a sentence offset, skipping up to `skipNouns` nouns. */
export function nextPos(
  view: SentenceView,
  at: number,
  skipNouns: number,
): { pos: string; lower: string } | null {
  const base = view.sentence.start;
  const toks = view.sentence.tokens.filter((t) => t.start - base >= at);
  let skipped = 0;
  for (const t of toks) {
    if ((t.pos === "NOUN" || t.pos === "PROPN") && skipped < skipNouns) {
      skipped++;
      continue;
    }
    return { pos: t.pos, lower: t.lower };
  }
  return null;
}
