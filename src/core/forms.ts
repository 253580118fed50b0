import type { Pos } from "./nlp-types.js";

/**
 * Sentence.forms packs three numbers of a token in one small integer: its text's form number (see NlpDoc.forms),
 * its tag's number (an index into POS_TAGS) and whether its lemma is not its text in lower case. A stage reads a
 * token's form and tag from one plain array of its sentence, without reading the token object (a cache miss for a
 * sentence not read just before), and keeps what it learns of a form in a table by form number.
 */
export const POS_TAGS: readonly Pos[] = Object.freeze([
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "CCONJ",
  "DET",
  "INTJ",
  "NOUN",
  "NUM",
  "PART",
  "PRON",
  "PROPN",
  "PUNCT",
  "SCONJ",
  "SYM",
  "VERB",
  "X",
  "SPACE",
]);

const TAG_NUMBERS: ReadonlyMap<string, number> = new Map(POS_TAGS.map((p, k) => [p, k]));

/** The number of a tag (its index in POS_TAGS); X's for a tag not listed. */
export const tagNumber = (pos: string): number => TAG_NUMBERS.get(pos) ?? TAG_NUMBERS.get("X")!;

/** The tag number of VERB (see tagNumber). */
export const VERB_TAG = tagNumber("VERB");

/** Form numbers from this one on are not packed (the token gets -1): the packed value stays a 31-bit integer. */
export const FORM_LIMIT = 1 << 24;

/** A Sentence.forms value: form number, tag number, and 1 when the lemma is not the text in lower case. */
export const packForm = (form: number, tag: number, ownLemma: boolean): number =>
  form >= FORM_LIMIT ? -1 : (form << 6) | (tag << 1) | (ownLemma ? 0 : 1);

/** The form number of a Sentence.forms value (not -1). */
export const formOf = (v: number): number => v >> 6;

/** The tag number of a Sentence.forms value (not -1). */
export const tagOf = (v: number): number => (v >> 1) & 31;
