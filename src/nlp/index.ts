import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { type NlpDoc, type Pos, packForm, type Sentence, type Token, tagNumber } from "../core/index.js";
import { repairJoinedBase, repairJoinedPast, repairModalVerbs, repairSubjunctive, repairTimeThat } from "./_clause-verbs.js";

/** A loaded wink-nlp instance; create once per process or worker and pass it in ctx. */
export interface NlpEngine {
  readonly wink: ReturnType<typeof winkNLP>;
  /** Words re-tagged as past-tense verbs (see repairVerbs), with their lemma; filled as text is read. */
  readonly verbForms: Map<string, string | null>;
  /** The text of each wink-nlp lexeme number seen so far (see lexemeTexts); filled as text is read. */
  readonly texts: (string | undefined)[];
  /** This engine's numbering of token texts, as NlpDoc.forms names it: an identity only (JSON: {}). */
  readonly numbering: object;
  /** The form numbers (see formNumber), filled as text is read. */
  readonly forms: FormNumbers;
}

/**
 * An engine's form numbers: each wink-nlp lexeme number seen, numbered densely in the order first seen (`dense`
 * holds the form number + 1 by lexeme number, 0 for one not seen yet). wink numbers its whole lexicon (100,000+
 * lexemes, a text's words scattered over it); a stage that keeps what it learned of a form in a table by form number
 * (src/actors FormSlots, src/coder FormEntries) then reads a table as small as the vocabulary read, most of it in the
 * CPU cache, instead of one that spans the lexicon.
 */
interface FormNumbers {
  dense: Int32Array;
  count: number;
}

/**
 * The wink-nlp pipeline Dyad needs: sentence boundaries and POS tags (tokenisation always runs). wink's default
 * pipeline adds negation, sentiment, named and custom entities, which no stage reads; they cost a third of readDoc.
 */
export const NLP_PIPE = ["sbd", "pos"] as const;

/** What wink-nlp's cache passes a lexeme's feature extractors (only what the part-of-speech guess reads). */
interface LexemeCache {
  lookup(text: string): number[] | null;
  intrinsicSize(): number;
  posOf(index: number): number;
}
type FeatureFn = (config: unknown) => Record<string, (word: string, category: number, cache: LexemeCache) => unknown>;

/**
 * wink-nlp with one change that makes tokenisation independent of what was read before. wink adds every word it has
 * not seen to its lexicon, and its tokenizer looks a word up there before splitting it: "bloc's" before a comma is
 * learned whole ("… with the bloc's, officials said"), after which "the bloc's leaders" stays one token (a proper
 * noun) where a fresh engine splits off "'s"; so a sentence's tokens, tags and events depended on the text read
 * before it in the process (in a batch, on the input's order and on which worker thread took it). Here the
 * tokenizer's look-ups (the cache's `lookup`, which it calls as a method) see only the model's own lexicon, as a
 * fresh engine's do, while a new word's features are still read with the full lexicon, and a word learned once keeps
 * its number. The cache object is reached through the feature extractors it calls when it adds a word (before any
 * word is learned nothing needs hiding). Written against wink-nlp 2.4's internals; src/nlp/nlp.test.ts checks it.
 */
function repeatable(pipe: readonly string[]): ReturnType<typeof winkNLP> {
  const featureFn = (model as unknown as { featureFn: FeatureFn }).featureFn;
  const wrapped: FeatureFn = (config) => {
    const features = featureFn(config);
    const pos = features.pos!;
    let full: LexemeCache | undefined;
    features.pos = (word, category, cache) => {
      if (full === undefined) {
        const lookup = cache.lookup;
        full = { lookup, intrinsicSize: cache.intrinsicSize, posOf: cache.posOf };
        const own = cache.intrinsicSize();
        cache.lookup = (text) => {
          const found = lookup(text);
          return found !== null && found.length === 1 && found[0]! >= own ? null : found;
        };
      }
      return pos(word, category, full);
    };
    return features;
  };
  const addons = (model as unknown as { addons: { lemmatize: Lemmatize } }).addons;
  const own = {
    ...model,
    featureFn: wrapped,
    addons: { ...addons, lemmatize: memoLemmatize(addons.lemmatize) },
  };
  return winkNLP(own as unknown as typeof model, [...pipe] as Parameters<typeof winkNLP>[1]);
}

/** wink's lemmatizer: a word's lemma given its normal form and tag, read against the model's lexicon. */
type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/**
 * wink's lemmatizer with a cache per tag (one per engine): a word of a tag whose lemma is not its own form every time
 * (ADJ, NOUN, VERB) is worked out once. Its result depends on the word and tag alone: it tries suffix rules against
 * the model's own lexicon (`hasSamePOS` ignores words learned while reading), so the cache changes no lemma.
 */
export function memoLemmatize(lemmatize: Lemmatize): Lemmatize {
  const byTag = new Map<string, Map<string, string>>();
  return (value, pos, cache) => {
    if (pos !== "NOUN" && pos !== "VERB" && pos !== "ADJ") return lemmatize(value, pos, cache);
    let lemmas = byTag.get(pos);
    if (lemmas === undefined) {
      lemmas = new Map();
      byTag.set(pos, lemmas);
    }
    let lemma = lemmas.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      lemmas.set(value, lemma);
    }
    return lemma;
  };
}

/** Loads wink-nlp with the English lite model (about 100 ms). */
export function createNlpEngine(): NlpEngine {
  return {
    wink: repeatable(NLP_PIPE),
    verbForms: new Map(),
    texts: [],
    numbering: Object.freeze({}),
    forms: { dense: new Int32Array(1 << 16), count: 0 },
  };
}

/** The form number of wink-nlp lexeme number `lexeme` (see FormNumbers), numbering it when first seen. */
function formNumber(forms: FormNumbers, lexeme: number): number {
  let dense = forms.dense;
  if (lexeme >= dense.length) {
    let size = dense.length;
    while (size <= lexeme) size *= 2;
    const bigger = new Int32Array(size);
    bigger.set(dense);
    forms.dense = dense = bigger;
  }
  const f = dense[lexeme]!;
  if (f > 0) return f - 1;
  dense[lexeme] = ++forms.count;
  return forms.count - 1;
}

/**
 * The tokens' texts, given their wink-nlp lexeme numbers: a token's text is its lexeme's, and wink only appends
 * lexemes, so a number keeps its text (the same string) for the engine's life. Read from `engine.texts`, and from
 * wink (`out()`, about as costly as the numbers themselves) only when the paragraph has a number not seen before:
 * the numbers then cost nothing extra.
 */
function lexemeTexts(
  engine: NlpEngine,
  all: ReturnType<ReturnType<NlpEngine["wink"]["readDoc"]>["tokens"]>,
  ids: readonly number[],
): string[] {
  const texts = engine.texts;
  const words: string[] = new Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const text = texts[ids[k]!];
    if (text === undefined) return readTexts(texts, all.out() as string[], ids);
    words[k] = text;
  }
  return words;
}

/** The tokens' texts as wink-nlp gives them, kept in `texts` by lexeme number. */
function readTexts(texts: (string | undefined)[], words: string[], ids: readonly number[]): string[] {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    // Filled in order: a sparse array would make every look-up slow.
    while (texts.length <= id) texts.push(undefined);
    texts[id] = words[k]!;
  }
  return words;
}

// After a proper noun, wink-nlp tags some past-tense verbs as nouns ("Hamas abducted/NOUN two soldiers").
const VERB_CONTEXT_NEXT = new Set(["NUM", "DET", "ADP", "PROPN", "PRON", "ADJ", "NOUN"]);

/** The verb lemma of a word when wink-nlp reads it as an inflected verb after a pronoun, else null (cached). */
function verbLemma(engine: NlpEngine, lower: string): string | null {
  const known = engine.verbForms.get(lower);
  if (known !== undefined) return known;
  const its = engine.wink.its;
  const probe = engine.wink.readDoc(`They ${lower} it.`).tokens();
  const tag = probe.itemAt(1)?.out(its.pos);
  const lemma = (probe.itemAt(1)?.out(its.lemma as unknown as typeof its.pos) ?? lower).toLowerCase();
  let found = tag === "VERB" && lemma !== lower ? lemma : null;
  // "retook", "overran", "unfroze": a prefix on an irregular past wink does not know; the bare form ("took") gives the lemma.
  const prefix = found === null ? VERB_PREFIX.exec(lower)?.[0] : undefined;
  if (prefix !== undefined && lower.length - prefix.length >= 3) {
    const bare = verbLemma(engine, lower.slice(prefix.length));
    found = bare === null ? null : prefix + bare;
  }
  engine.verbForms.set(lower, found);
  return found;
}

const VERB_PREFIX = /^(?:re|over|under|out|un)/;
/** Particles of phrasal verbs ("shot down", "blew up", "broke off") that keep a mis-tagged noun before them a verb. */
const PARTICLES = new Set(["down", "up", "off", "out"]);

/**
 * Re-tags as VERB a NOUN that sits between a proper noun and an object-like word when wink-nlp reads the same word
 * as an inflected verb after a pronoun ("Pakistan shot/NOUN down an Indian jet" → shoot/VERB). Plural-looking words
 * are left alone ("China tariffs on steel").
 */
function repairVerbs(engine: NlpEngine, words: readonly string[], pos: string[], lemmas: string[]): void {
  for (let k = 1; k + 1 < pos.length; k++) {
    // Most tokens are no noun: tested before the previous word is lower-cased.
    if (pos[k] !== "NOUN") continue;
    // "Turkish F-16 jets shot/NOUN down": also after a plural noun, for a word that does not look plural itself.
    const prev = pos[k - 1] === "NOUN" ? (words[k - 1] ?? "").toLowerCase() : "";
    const plural = pos[k - 1] === "NOUN" && prev.endsWith("s") && lemmas[k - 1] !== prev;
    // "a day after police shot/NOUN dead 19 demonstrators": a past form before "dead" after any noun is the verb.
    const dead = pos[k - 1] === "NOUN" && (words[k + 1] ?? "").toLowerCase() === "dead";
    if ((pos[k - 1] !== "PROPN" && !plural && !dead) || !VERB_CONTEXT_NEXT.has(pos[k + 1] ?? "")) continue;
    const w = (words[k] ?? "").toLowerCase();
    if (plural && (w.endsWith("s") || w.endsWith("ing"))) continue;
    // A plural-looking word stays a noun ("China tariffs on steel", "the Russia Sanctions Act") unless it is written
    // in lower case and a proper noun follows it as its object ("China attacks Taiwan", "Russia warns Finland").
    if (w.length < 3) continue;
    // Before a noun only a regular or prefixed past ("forces seized villages", "retook villages"): not a modifier
    // such as "a Japanese fishing boat" or "Western ground troops".
    if (pos[k + 1] === "NOUN" && !w.endsWith("ed") && !VERB_PREFIX.test(w)) continue;
    if (w.endsWith("s") && (pos[k + 1] !== "PROPN" || words[k] !== w)) continue;
    const lemma = verbLemma(engine, w);
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
  // "A White House meeting/VERB between Trump and Zelensky", "a Kremlin meeting with": an "-ing" word right after the
  // name that a determiner opens, with "between"/"with"/"of" after it (the parties), is the head noun of that phrase,
  // not its verb ("at the U.N. Security Council calling for a ceasefire" stays a participle).
  for (let k = 2; k + 1 < pos.length; k++) {
    if (pos[k] !== "VERB" || pos[k - 1] !== "PROPN" || !PARTY_PREP.has((words[k + 1] ?? "").toLowerCase()))
      continue;
    const w = (words[k] ?? "").toLowerCase();
    if (!w.endsWith("ing")) continue;
    let j = k - 1;
    while (j > 0 && pos[j] === "PROPN") j--;
    if (pos[j] !== "DET") continue;
    pos[k] = "NOUN";
    lemmas[k] = w;
  }
  // "Poland scrambled jets and shot/NOUN down Russian drones", "set off a bomb ... and shot/NOUN down a helicopter": a
  // noun right after "and" with a verb particle and an object after it, that wink reads as a verb after a pronoun.
  for (let k = 1; k + 2 < pos.length; k++) {
    if (pos[k] !== "NOUN" || pos[k - 1] !== "CCONJ" || (words[k - 1] ?? "").toLowerCase() !== "and") continue;
    if (!PARTICLES.has((words[k + 1] ?? "").toLowerCase()) || !VERB_CONTEXT_NEXT.has(pos[k + 2] ?? "")) continue;
    const lemma = verbLemma(engine, (words[k] ?? "").toLowerCase());
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
  // "blocked a Philippine resupply/ADV mission": a word wink reads as an adverb between a determiner and name and a
  // noun is a noun modifier ("the Houthis immediately stop/VERB" is left alone).
  for (let k = 2; k + 1 < pos.length; k++)
    if (pos[k] === "ADV" && pos[k - 1] === "PROPN" && pos[k - 2] === "DET" && pos[k + 1] === "NOUN") pos[k] = "NOUN";
  repairCapitalVerbs(words, pos, lemmas);
  repairPerfect(engine, words, pos, lemmas);
  repairPossessedHead(engine, words, pos, lemmas);
  repairParticiples(engine, words, pos, lemmas);
  repairFloatingQuantifier(engine, words, pos, lemmas);
  const base = (w: string) => infinitiveLemma(engine, w);
  repairModalVerbs(words, pos, lemmas, (aux, w) => auxVerbLemma(engine, aux, w), base);
  repairSubjunctive(words, pos, lemmas, base);
  repairJoinedPast(words, pos, lemmas, (w) => verbLemma(engine, w));
  repairJoinedBase(words, pos, lemmas, base);
  repairTimeThat(words, pos);
  // 'said it would "exercise all possible options"': after an auxiliary and an opening quote wink-nlp reads the
  // quoted verb as a noun; it is re-tagged when wink reads the same auxiliary and word, unquoted, as a verb.
  for (let k = 2; k < pos.length; k++) {
    if (pos[k] !== "NOUN" || pos[k - 2] !== "AUX" || !OPEN_QUOTES.has(words[k - 1] ?? "")) continue;
    const lemma = auxVerbLemma(engine, (words[k - 2] ?? "").toLowerCase(), (words[k] ?? "").toLowerCase());
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

const PERFECT_AUX = new Set(["has", "have", "had"]);

/**
 * "security forces had tortured/NOUN detained opponents", "forces tortured/NOUN detained protesters": an "-ed" word
 * wink reads as a noun is the verb after a perfect auxiliary, or after a plural subject noun before an "-ed"
 * participle and its noun, when wink reads it as a past verb after a pronoun.
 */
function repairPerfect(engine: NlpEngine, words: readonly string[], pos: string[], lemmas: string[]): void {
  for (let k = 1; k + 1 < pos.length; k++) {
    if (pos[k] !== "NOUN") continue;
    const w = (words[k] ?? "").toLowerCase();
    if (!w.endsWith("ed")) continue;
    const aux = pos[k - 1] === "AUX" && PERFECT_AUX.has((words[k - 1] ?? "").toLowerCase());
    const prev = (words[k - 1] ?? "").toLowerCase();
    const subject = pos[k - 1] === "NOUN" && prev.endsWith("s") && lemmas[k - 1] !== prev;
    const participle =
      pos[k + 1] === "VERB" && (words[k + 1] ?? "").toLowerCase().endsWith("ed") && pos[k + 2] === "NOUN";
    if (!aux && !(subject && participle)) continue;
    // A regular "-ed" past is its participle too: wink reads "They tortured it" better than "They had tortured it".
    const lemma = verbLemma(engine, w);
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

/**
 * "China's military put/NOUN its forces on alert", "Myanmar's military drove/NOUN 700,000 Rohingya": after a
 * possessive wink-nlp reads a noun that is also an adjective as the adjective and the verb after it as the noun it
 * qualifies. With an object-like word after it, a past form wink reads as a verb after a pronoun ("They drove it"; not
 * "-ing" words: "Iran's consular building in Damascus") is the verb and the adjective the head noun; an uninflected
 * form ("put", "hit") needs a pronoun or determiner after it and must read as a participle ("It was put"), which
 * "campaign" or "exercise" do not.
 */
function repairPossessedHead(engine: NlpEngine, words: readonly string[], pos: string[], lemmas: string[]): void {
  for (let k = 2; k + 1 < pos.length; k++) {
    if (pos[k] !== "NOUN" || pos[k - 1] !== "ADJ" || !POSSESSIVE_MARK.has(words[k - 2] ?? "")) continue;
    if (!VERB_CONTEXT_NEXT.has(pos[k + 1] ?? "") || pos[k + 1] === "NOUN") continue;
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 3 || w.endsWith("s") || w.endsWith("ing")) continue;
    // A past form: regular ("accused") or irregular ("drove", "sent"), not a noun wink lemmatises ("programme").
    const lemma = verbLemma(engine, w);
    const inflected = lemma !== null && (w.endsWith("ed") || !w.startsWith(lemma)) ? lemma : null;
    const bare = inflected === null && OBJECT_START.has(pos[k + 1] ?? "") && pastParticiple(engine, w);
    if (inflected === null && !bare) continue;
    pos[k] = "VERB";
    lemmas[k] = inflected ?? w;
    pos[k - 1] = "NOUN";
  }
}

/**
 * ", expelling/NOUN the Cambodian ambassador", ", wounding/NOUN 13 people", "..., announcing sanctions and warning/NOUN
 * Tehran of ...": an "-ing" word wink-nlp reads as a noun, opening a participle clause after a comma (or after "and"
 * that joins it to such a participle), with an object-like word after it, is that participle when wink reads it as a
 * verb after "They are".
 */
function repairParticiples(engine: NlpEngine, words: readonly string[], pos: string[], lemmas: string[]): void {
  for (let k = 1; k + 1 < pos.length; k++) {
    if (pos[k] !== "NOUN" || !PARTICIPLE_OBJECT.has(pos[k + 1] ?? "")) continue;
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 6 || !w.endsWith("ing") || lemmas[k] !== w) continue;
    if (words[k - 1] !== "," && !(pos[k - 1] === "CCONJ" && joinedToParticiple(words, pos, k - 1))) continue;
    const lemma = auxVerbLemma(engine, "are", w);
    if (lemma === null || lemma === w) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

/** Tags of the words that may open a participle's object (", wounding 13 people", ", warning Tehran"). */
const PARTICIPLE_OBJECT = new Set(["DET", "PROPN", "NUM", "PRON", "ADJ"]);

/** True when the conjunction at `c` follows, in its clause, an "-ing" verb right after a comma. */
function joinedToParticiple(words: readonly string[], pos: readonly string[], c: number): boolean {
  for (let k = c - 1; k > 0; k--) {
    if (words[k] === "," || words[k] === ";") return false;
    if (words[k - 1] === "," && pos[k] === "VERB" && (words[k] ?? "").toLowerCase().endsWith("ing")) return true;
  }
  return false;
}

/** Word classes before which a capitalised base-form verb is a name ("the Shanghai Cooperation Organisation"). */
const NAME_LEAD = new Set(["DET", "ADP"]);
/** What may follow "to" and a name ("flew to Shanghai on Monday", "to Shanghai."), not an infinitive's object. */
const AFTER_PLACE = new Set(["ADP", "PUNCT", "CCONJ"]);

/**
 * Re-tags as PROPN a capitalised word inside a sentence that wink-nlp reads as a verb: in any form after a
 * determiner or preposition ("the Shanghai/VERB Cooperation Organisation", "the Associated/VERB Press"), in its base
 * form after or before a proper noun ("Human Rights Watch/VERB", "Yvette Cooper/VERB") or after "to" with no object
 * after it ("flew to Shanghai/VERB on Monday"). An inflected verb or one after an auxiliary ("The Kremlin Says It Will
 * Respond") is left alone.
 */
function repairCapitalVerbs(words: readonly string[], pos: string[], lemmas: string[]): void {
  for (let k = 1; k < pos.length; k++) {
    if (pos[k] !== "VERB") continue;
    const w = words[k] ?? "";
    const first = w.charCodeAt(0);
    if (first < 65 || first > 90 || w.length < 3 || w.toUpperCase() === w) continue;
    const lower = w.toLowerCase();
    const prev = pos[k - 1] ?? "";
    // "the Associated Press", "the Allied Democratic Forces": any form after a determiner or preposition.
    if (!NAME_LEAD.has(prev)) {
      if ((lemmas[k] ?? "").toLowerCase() !== lower) continue;
      const next = pos[k + 1] ?? "PUNCT";
      // "Human Rights Watch", "Yvette Cooper", "the Shanghai Cooperation Organisation".
      const named = prev === "PROPN" || (next === "PROPN" && prev !== "PUNCT" && prev !== "AUX" && prev !== "PART");
      const place = prev === "PART" && (words[k - 1] ?? "").toLowerCase() === "to" && AFTER_PLACE.has(next);
      if (!named && !place) continue;
    }
    pos[k] = "PROPN";
    lemmas[k] = lower;
  }
}

/**
 * "Ethiopia and Eritrea both moved/ADJ troops", "Japan and India have both/DET condemned": a "both" floating
 * after its subject (a name) or an auxiliary is an adverb, and an inflected past form after it that
 * wink reads as an adjective or noun is the verb when wink reads it as a verb after a pronoun ("They moved it").
 */
function repairFloatingQuantifier(
  engine: NlpEngine,
  words: readonly string[],
  pos: string[],
  lemmas: string[],
): void {
  for (let k = 1; k + 2 < pos.length; k++) {
    if (pos[k] !== "DET" || !FLOATING.has(lemmas[k] ?? "") || !FLOAT_AFTER.has(pos[k - 1] ?? "")) continue;
    const next = pos[k + 1];
    if (next === "VERB") {
      pos[k] = "ADV";
      continue;
    }
    if ((next !== "ADJ" && next !== "NOUN") || !VERB_CONTEXT_NEXT.has(pos[k + 2] ?? "")) continue;
    const w = (words[k + 1] ?? "").toLowerCase();
    if (w.endsWith("s") || w.endsWith("ing")) continue;
    const lemma = verbLemma(engine, w);
    if (lemma === null) continue;
    pos[k] = "ADV";
    pos[k + 1] = "VERB";
    lemmas[k + 1] = lemma;
  }
}

const FLOATING = new Set(["both"]);
const FLOAT_AFTER = new Set(["PROPN", "AUX"]);

const POSSESSIVE_MARK = new Set(["'s", "\u2019s"]);
const OBJECT_START = new Set(["PRON", "DET"]);

/** True when wink-nlp reads the word as a verb in "It was WORD." (a past participle), cached. */
function pastParticiple(engine: NlpEngine, lower: string): boolean {
  const key = `\u0002${lower}`;
  const known = engine.verbForms.get(key);
  if (known !== undefined) return known !== null;
  const its = engine.wink.its;
  const probe = engine.wink.readDoc(`It was ${lower}.`).tokens();
  const found = probe.itemAt(2)?.out(its.pos) === "VERB";
  engine.verbForms.set(key, found ? lower : null);
  return found;
}

const OPEN_QUOTES = new Set(['"', "\u201c"]);
const PARTY_PREP = new Set(["between", "with", "of"]);

// "UN-hosted", "U.N.-run", "G7-backed": wink keeps these whole (it splits "EU-brokered", "NATO-led"), hiding the name.
const CAPS_COMPOUND = /^([A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)*\.?)-([a-z]+)$/;

/** POS and lemma wink gives the word after "EU-" ("the EU-hosted plan" → hosted/VERB/host), cached. */
function compoundTail(engine: NlpEngine, lower: string): [string, string] {
  const key = `\u0001${lower}`;
  const known = engine.verbForms.get(key);
  if (known != null) return known.split(" ") as [string, string];
  const its = engine.wink.its;
  const probe = engine.wink.readDoc(`the EU-${lower} plan`).tokens();
  const found = probe.length() === 5 ? probe.itemAt(3) : undefined;
  const tag = found?.out(its.pos) ?? "ADJ";
  const lemma = (found?.out(its.lemma as unknown as typeof its.pos) ?? lower).toLowerCase();
  engine.verbForms.set(key, `${tag} ${lemma}`);
  return [tag, lemma];
}

/**
 * Splits the capitalised compounds wink keeps whole ("UN-hosted" → "UN" "-" "hosted"), as it splits "EU-brokered",
 * and remaps the sentence spans (inclusive token indices) onto the new tokens.
 */
function splitCompounds(
  engine: NlpEngine,
  t: { words: string[]; pos: string[]; lemmas: string[]; ids: number[] },
  spans: [number, number][],
): [number, number][] {
  // Most paragraphs have none: a hyphen test per word before the expression.
  if (!t.words.some((w) => w.includes("-") && CAPS_COMPOUND.test(w))) return spans;
  const words: string[] = [];
  const pos: string[] = [];
  const lemmas: string[] = [];
  const ids: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  for (let k = 0; k < t.words.length; k++) {
    const w = t.words[k] ?? "";
    first.push(words.length);
    const m = CAPS_COMPOUND.exec(w);
    if (m && t.pos[k] === "PROPN") {
      const [tag, lemma] = compoundTail(engine, m[2] ?? "");
      words.push(m[1] ?? "", "-", m[2] ?? "");
      pos.push("PROPN", "PUNCT", tag);
      lemmas.push((m[1] ?? "").toLowerCase(), "-", lemma);
      // Pieces of a word have no lexeme number of their own.
      ids.push(-1, -1, -1);
    } else {
      words.push(w);
      pos.push(t.pos[k] ?? "X");
      lemmas.push(t.lemmas[k] ?? w);
      ids.push(t.ids[k] ?? -1);
    }
    last.push(words.length - 1);
  }
  t.words = words;
  t.pos = pos;
  t.lemmas = lemmas;
  t.ids = ids;
  return spans.map(([a, b]) => [first[a] ?? a, last[b] ?? b]);
}

/** The verb lemma of a word when wink-nlp reads it as a verb after the auxiliary `aux` and a pronoun, else null (cached). */
function auxVerbLemma(engine: NlpEngine, aux: string, lower: string): string | null {
  const key = `\u0000${aux} ${lower}`;
  const known = engine.verbForms.get(key);
  if (known !== undefined) return known;
  const its = engine.wink.its;
  const probe = engine.wink.readDoc(`They ${aux} ${lower} it.`).tokens();
  const tag = probe.itemAt(2)?.out(its.pos);
  const lemma = (probe.itemAt(2)?.out(its.lemma as unknown as typeof its.pos) ?? lower).toLowerCase();
  const found = tag === "VERB" ? lemma : null;
  engine.verbForms.set(key, found);
  return found;
}

/** The verb lemma of a word when wink-nlp reads it as a verb in "They want to WORD it.", else null (cached). */
function infinitiveLemma(engine: NlpEngine, lower: string): string | null {
  const key = `\u0003${lower}`;
  const known = engine.verbForms.get(key);
  if (known !== undefined) return known;
  const its = engine.wink.its;
  const probe = engine.wink.readDoc(`They want to ${lower} it.`).tokens();
  const found =
    probe.itemAt(3)?.out(its.pos) === "VERB"
      ? (probe.itemAt(3)?.out(its.lemma as unknown as typeof its.pos) ?? lower).toLowerCase()
      : null;
  engine.verbForms.set(key, found);
  return found;
}

// A stem of one syllable ending in one vowel and one consonant: a verb of that shape doubles it ("rap" → "rapped").
const SHORT_STEM = /^[^aeiou]*[aeiou][^aeiouwxy]$/;

/**
 * The lemma of an undoubled "-ed"/"-ing" form whose stem wink strips to a short stem: the silent-e verb's ("raped" →
 * rape, not rap; "staged" → stage, "fined" → fine), since that short stem would have doubled its consonant.
 */
function silentE(lower: string, lemma: string): string {
  if (lemma.length > 5 || !SHORT_STEM.test(lemma)) return lemma;
  return lower === `${lemma}ed` || lower === `${lemma}ing` ? `${lemma}e` : lemma;
}

/** True for the whitespace characters a paragraph is trimmed of (space, tab, CR, LF, NBSP, other Unicode spaces). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || (c > 255 && /\s/.test(String.fromCharCode(c)));
}

/**
 * Finds paragraphs as [start, end) spans of non-blank lines, trimmed, numbered from 0. Paragraphs are split on line
 * breaks because wink-nlp ignores newlines, so headlines would fuse with body text.
 */
function paragraphSpans(text: string): { index: number; start: number; end: number }[] {
  const spans: { index: number; start: number; end: number }[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ index: spans.length, start: s, end: e });
    from = to + 1;
  }
  return spans;
}

/** Coarse token type from the POS tag (wink's own type pass costs a full extra walk over the tokens). */
function tokenType(pos: string | undefined): string {
  if (pos === "NUM") return "number";
  if (pos === "PUNCT") return "punctuation";
  if (pos === "SYM") return "symbol";
  return "word";
}

const DOTTED_ABBREVIATION = /^(?:[A-Za-z]\.){2,}$/;

/**
 * Rejoins sentences wink-nlp split after a dotted abbreviation ("the U.S." + "Under Secretary of Defense …") when the
 * first part has no verb, so it cannot be a sentence of its own.
 */
function mendSplits(
  spans: [number, number][],
  words: readonly string[],
  pos: readonly string[],
): [number, number][] {
  const out: [number, number][] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev && DOTTED_ABBREVIATION.test(words[prev[1]] ?? "")) {
      let hasVerb = false;
      for (let k = prev[0]; k <= prev[1] && !hasVerb; k++) hasVerb = pos[k] === "VERB" || pos[k] === "AUX";
      if (!hasVerb) {
        prev[1] = span[1];
        continue;
      }
    }
    out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * Splits a document into paragraphs, sentences and POS-tagged tokens with document offsets.
 * @example analyzeText(engine, "Japan cancelled talks.\n\nTokyo said so.").sentences.length // 2
 */
export function analyzeText(engine: NlpEngine, text: string): NlpDoc {
  const { wink } = engine;
  const its = wink.its;
  const paragraphs = paragraphSpans(text);
  const sentences: Sentence[] = [];
  for (const para of paragraphs) {
    const slice = text.slice(para.start, para.end);
    const doc = wink.readDoc(slice);
    const all = doc.tokens();
    // wink-nlp's lexeme number of each token (its.value is the lexeme's text): the texts and Sentence.forms.
    const lexemes = all.out(its.uniqueId) as unknown as number[];
    const toks = {
      words: lexemeTexts(engine, all, lexemes),
      pos: all.out(its.pos) as string[],
      // wink's typings reject its.lemma in out(); the call itself is supported.
      lemmas: all.out(its.lemma as unknown as typeof its.pos) as string[],
      ids: lexemes,
    };
    const split = splitCompounds(
      engine,
      toks,
      doc.sentences().out(its.span) as unknown as [number, number][],
    );
    const { words, pos, lemmas, ids } = toks;
    repairVerbs(engine, words, pos, lemmas);
    const spans = mendSplits(split, words, pos);
    // Locate each token in the original text so offsets survive wink's normalisation.
    const starts: number[] = [];
    let cursor = 0;
    for (const w of words) {
      const at = slice.indexOf(w, cursor);
      const s = at < 0 ? cursor : at;
      starts.push(para.start + s);
      cursor = at < 0 ? cursor : s + w.length;
    }
    for (const [first, last] of spans) {
      repairOpeningParticiple(words, pos, lemmas, first, last);
      const tokens: Token[] = [];
      // A plain array: a typed array costs more to make than its sentence's other numbers (3% of analyzeText).
      const forms: number[] = [];
      const tokenStarts: number[] = [];
      for (let k = first; k <= last; k++) {
        const w = words[k] ?? "";
        const start = starts[k] ?? para.start;
        tokenStarts.push(start);
        const lower = w.toLowerCase();
        const lemma = silentE(lower, (lemmas[k] ?? w).toLowerCase());
        const id = ids[k] ?? -1;
        forms.push(id < 0 ? -1 : packForm(formNumber(engine.forms, id), tagNumber(pos[k] ?? "X"), lemma === lower));
        tokens.push({
          i: k - first,
          text: w,
          lower,
          lemma,
          pos: (pos[k] ?? "X") as Pos,
          type: tokenType(pos[k]),
          start,
          end: start + w.length,
        });
      }
      const firstTok = tokens[0];
      const lastTok = tokens[tokens.length - 1];
      if (!firstTok || !lastTok) continue;
      sentences.push({
        index: sentences.length,
        paragraph: para.index,
        start: firstTok.start,
        end: lastTok.end,
        text: text.slice(firstTok.start, lastTok.end),
        tokens,
        forms,
        starts: tokenStarts,
      });
    }
  }
  return { text, paragraphs, sentences, forms: engine.numbering };
}

/** Words of the noun phrase an opening participle may describe ("Georgian journalist Mzia Amaglobeli"). */
const OPENING_NP = new Set(["PROPN", "NOUN", "ADJ", "DET", "NUM"]);

/**
 * "Jailed/VERB Georgian journalist Mzia Amaglobeli ended a hunger strike": a sentence's first word, an "-ed" form
 * wink-nlp reads as a verb, followed by a noun phrase and then a past-tense verb before any comma, is an adjective on
 * that noun phrase (its subject), not a verb with the phrase as its object.
 */
function repairOpeningParticiple(
  words: readonly string[],
  pos: string[],
  lemmas: string[],
  first: number,
  last: number,
): void {
  const w = (words[first] ?? "").toLowerCase();
  if (pos[first] !== "VERB" || !w.endsWith("ed") || lemmas[first]?.toLowerCase() === w) return;
  let k = first + 1;
  // a hyphen inside the phrase: "Jailed British-Egyptian activist Alaa Abd el-Fattah"
  while (k <= last && (OPENING_NP.has(pos[k] ?? "") || (words[k] === "-" && k > first + 1))) k++;
  // at least a noun or name, then the clause's own verb (or auxiliary): "Jailed activists have been on hunger strike"
  if (k === first + 1 || k > last || (pos[k] !== "VERB" && pos[k] !== "AUX")) return;
  if (!(pos[k - 1] === "PROPN" || pos[k - 1] === "NOUN")) return;
  if (pos[k] === "VERB" && (words[k] ?? "").toLowerCase().endsWith("ing")) return;
  pos[first] = "ADJ";
  lemmas[first] = words[first] ?? w;
}

/**
 * A wink-nlp instance for the benchmark's baseline passes: `default` is wink's out-of-the-box pipeline (what
 * `readDoc` runs unless configured: sentences, negation, sentiment, entities, POS); `pos` is the strictest reading of
 * "tokenise + POS" (no sentence boundaries either). Dyad itself runs NLP_PIPE.
 */
export function createBareEngine(pipe: "default" | "pos"): Pick<NlpEngine, "wink"> {
  return { wink: pipe === "default" ? winkNLP(model) : winkNLP(model, ["pos"]) };
}

/** Bare wink-nlp tokenise + POS pass, the baseline the benchmark compares against. */
export function barePosPass(engine: Pick<NlpEngine, "wink">, text: string): number {
  const doc = engine.wink.readDoc(text);
  return (doc.tokens().out(engine.wink.its.pos) as string[]).length;
}
