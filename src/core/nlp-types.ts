/** Universal POS tag as wink-nlp assigns it. */
export type Pos =
  | "ADJ"
  | "ADP"
  | "ADV"
  | "AUX"
  | "CCONJ"
  | "DET"
  | "INTJ"
  | "NOUN"
  | "NUM"
  | "PART"
  | "PRON"
  | "PROPN"
  | "PUNCT"
  | "SCONJ"
  | "SYM"
  | "VERB"
  | "X"
  | "SPACE";

/** One token; offsets are character offsets into the document text. */
export interface Token {
  /** Index of the token within its sentence. */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** Coarse token type from the POS tag: word, number, punctuation or symbol. */
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** One sentence with its tokens; offsets are character offsets into the document text. */
export interface Sentence {
  readonly index: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly tokens: readonly Token[];
  /**
   * Per token, its text's form number (see NlpDoc.forms), its tag's number and whether its lemma is not its text in
   * lower case, packed in one integer (see packForm, formOf, tagOf; odd when the lemma is not the text); -1 for a
   * token with no number. A stage that asks the same question of every token can keep the answer per form and read
   * it here by number instead of reading the token's text (or the token) again.
   */
  readonly forms?: readonly number[];
  /**
   * Per token, its start offset in the document text (its end is that plus its text's length), one plain array of
   * the sentence: a stage that needs only offsets of a few tokens reads them here instead of their token objects.
   */
  readonly starts?: readonly number[];
}

/** A document split into paragraphs, sentences and tokens. */
export interface NlpDoc {
  readonly text: string;
  readonly paragraphs: readonly { readonly index: number; readonly start: number; readonly end: number }[];
  readonly sentences: readonly Sentence[];
  /**
   * Names the numbering Sentence.forms uses (an identity only): one per NLP engine, which numbers the texts it reads
   * densely from 0 in the order first seen (by wink-nlp lexeme) and keeps a number's text for the engine's life, so
   * answers kept by number stay valid across its documents, in tables as small as the vocabulary read.
   */
  readonly forms?: object;
}

/**
 * Kinds of actor mention. `attributive` is a demonym before a non-actor noun ("Japanese cars"): not an actor, but
 * the country an act such as a tariff or a ban is aimed at.
 */
export type MentionKind =
  | "state"
  | "igo"
  | "sector"
  | "person"
  | "metonym"
  | "coref"
  | "group"
  | "attributive"
  | "place";

/**
 * A span of a sentence resolved to an actor code valid on the document date. A phrase naming two states ("the two
 * Koreas") gives two mentions of the same span, one per state.
 */
export interface ActorMention {
  /** Sentence index. */
  readonly sentence: number;
  /** Token span within the sentence, end exclusive. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Character offsets into the document text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Resolved CAMEO actor code, e.g. JPNGOV, USAMIL, IGOWSTNAT. */
  readonly code: string;
  /** Country part of the code (ISO alpha-3) or null for IGOs and unknown countries. */
  readonly country: string | null;
  readonly kind: MentionKind;
  /** Dictionary entry id that matched. */
  readonly entry: string;
  /** Optional reason when a name matched but could not be resolved safely. */
  readonly note?: string;
}
