// Tag repairs where a clause's grammar leaves one word that can only be its verb, and wink-nlp read it as a noun or
// adjective; and "that" after an adverbial time phrase that wink reads as a relative pronoun.

/** The verb lemma of a word when wink-nlp reads it as a verb after the auxiliary and a pronoun, else null. */
export type AuxVerbProbe = (aux: string, lower: string) => string | null;
/** The verb lemma of a word when wink-nlp reads it as a verb after "They want to", else null. */
export type BaseProbe = (lower: string) => string | null;
/** The verb lemma of a word when wink-nlp reads it as an inflected verb after a pronoun, else null. */
export type PastProbe = (lower: string) => string | null;

/** Modal auxiliaries: the next word (or the one after an adverb) is a base-form verb. */
const MODALS = new Set(["would", "will", "could", "should", "may", "might", "must", "can", "shall", "wo", "ca"]);
/** Adverbs wink reads as adjectives between a modal and its verb ("would likely use", "must first change"). */
const ADVERB_ADJ = new Set(["likely", "first", "next", "also", "soon", "still", "then", "now", "further", "long", "well"]);
/** Words that end a clause for the purpose of finding its verb. */
const CLAUSE_END = new Set([",", ".", ";", ":", "?", "!", "(", ")", '"', "\u201c", "\u201d", "-", "--", "\u2014"]);

/**
 * "Iran would close/ADJ the Strait of Hormuz", "Hamas will free/ADJ all hostages", "would fuel/NOUN an arms race",
 * "Moscow would likely/ADJ use/NOUN them": a word wink-nlp reads as an adjective or noun right after a modal
 * auxiliary (or after the modal and an adverb) is the modal's verb when wink reads the same modal and word, after a
 * pronoun, as a verb, or (wink reads "would close" as an adjective whatever follows) an adjective it reads as a verb
 * after "They want to". A modal takes a verb; a noun or adjective cannot follow it without "be". Adverbs wink tags
 * as adjectives ("would likely", "would further") are left alone.
 */
export function repairModalVerbs(
  words: readonly string[],
  pos: string[],
  lemmas: string[],
  probe: AuxVerbProbe,
  base: BaseProbe,
): void {
  for (let k = 1; k < pos.length; k++) {
    if (pos[k] !== "NOUN" && pos[k] !== "ADJ") continue;
    let m = k - 1;
    if (pos[m] === "ADV" || (pos[m] === "ADJ" && ADVERB_ADJ.has((words[m] ?? "").toLowerCase()))) m--;
    if (m < 0 || pos[m] !== "AUX") continue;
    const modal = (words[m] ?? "").toLowerCase();
    if (!MODALS.has(modal)) continue;
    const next = pos[k + 1] ?? "PUNCT";
    // "would likely/ADJ use/NOUN": the adverb itself is no verb; a word before a verb is an adverb.
    if (next === "VERB" || next === "AUX") continue;
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 3 || ADVERB_ADJ.has(w)) continue;
    const lemma = probe(modal, w) ?? (pos[k] === "ADJ" && next !== "PUNCT" ? base(w) : null);
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
    if (m < k - 1) pos[k - 1] = "ADV";
  }
}

/** Words before a subject after which a bare verb is subjunctive or inverted ("demanded that Paris release"). */
const SUBJUNCTIVE_LEAD = new Set(["that", "should"]);
/** Lemmas of the verbs and nouns that take a subjunctive "that" clause ("demanded that", "a demand that"). */
const MANDATIVE = new Set(["demand", "insist", "insistence", "urge", "ask", "request", "propose", "proposal", "recommend", "require", "order"]);
/** Relative pronouns: after a noun they open a clause, not an object ("the jet that crashed"). */
const RELATIVES = new Set(["that", "which", "who", "whom", "whose"]);

/**
 * "demanded that Paris release/NOUN a consular official", "insisted that Seoul and Washington halt/NOUN their drills",
 * "Should Iran close/ADJ the strait, …": after "that" or an inverted "should", a name subject and then a base-form word
 * wink-nlp reads as a noun or adjective, with no verb or auxiliary after it in the clause, is the clause's verb (a
 * base form after a singular name can only be a subjunctive or an inverted condition's verb) when wink reads it as a
 * verb after "They want to". A noun compound ("that Japan trade officials would meet") has its clause's verb after it.
 */
export function repairSubjunctive(words: readonly string[], pos: string[], lemmas: string[], base: BaseProbe): void {
  for (let k = 2; k + 1 < pos.length; k++) {
    if (pos[k] !== "NOUN" && pos[k] !== "ADJ") continue;
    if (pos[k - 1] !== "PROPN") continue;
    let j = k - 1;
    // "Seoul and Washington", "the United States", "President Aleksandar Vucic"
    while (j > 0 && (pos[j - 1] === "PROPN" || (pos[j - 1] === "CCONJ" && pos[j - 2] === "PROPN"))) j--;
    if (j > 0 && pos[j - 1] === "DET" && (words[j - 1] ?? "").toLowerCase() === "the") j--;
    const lead = (words[j - 1] ?? "").toLowerCase();
    if (j === 0 || !SUBJUNCTIVE_LEAD.has(lead)) continue;
    if (lead === "should" ? pos[j - 1] !== "AUX" : !mandativeBefore(pos, lemmas, j - 1)) continue;
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 3 || w.endsWith("s") || w.endsWith("ing") || w.endsWith("ed")) continue;
    if (RELATIVES.has((words[k + 1] ?? "").toLowerCase())) continue;
    // Before a determiner or number the word cannot end a noun compound ("release a consular official held …");
    // before a name, adjective or noun it can, unless the clause has no other verb ("that Japan trade officials met").
    if (!OBJECT_OPENER.has(pos[k + 1] ?? "") && clauseHasVerb(words, pos, k + 1)) continue;
    const lemma = base(w);
    if (lemma !== w) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

/** True when a mandative verb or noun ("demanded", "a demand") comes before "that" at `t`, a time phrase between. */
function mandativeBefore(pos: readonly string[], lemmas: readonly string[], t: number): boolean {
  // "demanded on Tuesday that", "insisted again that"
  for (let k = t - 1; k >= 0 && k >= t - 4; k--) {
    if (MANDATIVE.has((lemmas[k] ?? "").toLowerCase())) return pos[k] === "VERB" || pos[k] === "NOUN";
    if (pos[k] !== "ADP" && pos[k] !== "PROPN" && pos[k] !== "ADV" && pos[k] !== "NOUN") return false;
  }
  return false;
}

/** Tags after which a word cannot be a noun compound's first word. */
const OBJECT_OPENER = new Set(["DET", "PRON", "NUM"]);

/** True when a verb or auxiliary follows `from` before the clause ends (punctuation or a conjunction). */
function clauseHasVerb(words: readonly string[], pos: readonly string[], from: number): boolean {
  for (let k = from; k < pos.length; k++) {
    if (CLAUSE_END.has(words[k] ?? "") || pos[k] === "SCONJ") return false;
    if (pos[k] === "VERB" || pos[k] === "AUX") return true;
  }
  return false;
}

/** Perfect auxiliaries before a past participle. */
const PERFECT_AUX = new Set(["has", "have", "had"]);
/** Words after "shot" and the like that show the verb ("shot dead", "shot down"). */
const VERB_AFTER = new Set(["dead", "down", "up", "off", "out"]);
/** Tags that may open a verb's object. */
const OBJECT_START = new Set(["DET", "PRON", "PROPN", "NUM", "ADJ", "NOUN"]);

/**
 * "had shot/NOUN the missile down", "and shot/NOUN dead 23 passengers", "had abducted and tortured/NOUN hundreds": an
 * irregular or regular past form wink-nlp reads as a noun is the verb after a perfect auxiliary, or after "and" that
 * joins it to a past verb earlier in its clause, when wink reads it as an inflected verb after a pronoun and an
 * object (or "dead", "down") follows. "water and power cuts" is left alone: "power" is no inflected form.
 */
export function repairJoinedPast(words: readonly string[], pos: string[], lemmas: string[], probe: PastProbe): void {
  for (let k = 1; k + 1 < pos.length; k++) {
    if (pos[k] !== "NOUN") continue;
    const prev = (words[k - 1] ?? "").toLowerCase();
    const perfect = pos[k - 1] === "AUX" && PERFECT_AUX.has(prev);
    const joined = pos[k - 1] === "CCONJ" && prev === "and" && pastVerbBefore(words, pos, lemmas, k - 1);
    if (!perfect && !joined) continue;
    const nextWord = (words[k + 1] ?? "").toLowerCase();
    if (!OBJECT_START.has(pos[k + 1] ?? "") && !VERB_AFTER.has(nextWord)) continue;
    // A noun after "and" before a noun is a compound's first word unless it is a regular past ("tortured detainees").
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 3 || w.endsWith("s") || w.endsWith("ing")) continue;
    if (joined && pos[k + 1] === "NOUN" && !w.endsWith("ed")) continue;
    const lemma = probe(w);
    if (lemma === null) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

/**
 * "decided to disband and end/NOUN its armed struggle", "would arrest him and hand/NOUN him over": a base form wink-nlp
 * reads as a noun or adjective after "and", before a determiner, pronoun, name or number, is a verb joined to the base
 * verb of an infinitive or a modal earlier in its clause, when wink reads it as a verb after "They want to" ("relief
 * supplies and aid workers", "to deliver food and aid supplies" are left alone: no determiner follows).
 */
export function repairJoinedBase(words: readonly string[], pos: string[], lemmas: string[], base: BaseProbe): void {
  for (let k = 1; k + 1 < pos.length; k++) {
    if ((pos[k] !== "NOUN" && pos[k] !== "ADJ") || (words[k - 1] ?? "").toLowerCase() !== "and") continue;
    if (!BASE_OBJECT.has(pos[k + 1] ?? "") || RELATIVES.has((words[k + 1] ?? "").toLowerCase())) continue;
    const w = (words[k] ?? "").toLowerCase();
    if (w.length < 3 || w.endsWith("s") || w.endsWith("ing") || w.endsWith("ed")) continue;
    if (!baseVerbBefore(words, pos, lemmas, k - 1)) continue;
    const lemma = base(w);
    if (lemma !== w) continue;
    pos[k] = "VERB";
    lemmas[k] = lemma;
  }
}

/** Tags that open the object of a base verb joined by "and" ("and end its", "and hand him over"). */
const BASE_OBJECT = new Set(["DET", "PRON", "PROPN", "NUM"]);

/** True when the nearest verb before `c` in its clause is a base form after "to" or a modal (an adverb between). */
function baseVerbBefore(words: readonly string[], pos: readonly string[], lemmas: readonly string[], c: number): boolean {
  for (let k = c - 1; k > 0; k--) {
    if (CLAUSE_END.has(words[k] ?? "")) return false;
    if (pos[k] !== "VERB") continue;
    if (lemmas[k]?.toLowerCase() !== (words[k] ?? "").toLowerCase()) return false;
    const j = pos[k - 1] === "ADV" ? k - 2 : k - 1;
    const before = (words[j] ?? "").toLowerCase();
    return (before === "to" && pos[j] === "PART") || (pos[j] === "AUX" && MODALS.has(before));
  }
  return false;
}

/** True when a past-tense verb ("-ed" or irregular: its lemma not its form) precedes `c` in its clause. */
function pastVerbBefore(words: readonly string[], pos: readonly string[], lemmas: readonly string[], c: number): boolean {
  for (let k = c - 1; k >= 0; k--) {
    if (CLAUSE_END.has(words[k] ?? "")) return false;
    if (pos[k] !== "VERB") continue;
    const w = (words[k] ?? "").toLowerCase();
    return !w.endsWith("ing") && !w.endsWith("s") && lemmas[k]?.toLowerCase() !== w;
  }
  return false;
}

/** Time nouns that an adverbial phrase ("last week", "earlier this month") ends in. */
const TIME_NOUNS = new Set(["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening"]);
/** Words that open such a phrase ("last week", "this month", "earlier this year"). */
const TIME_LEAD = new Set(["last", "this", "next", "late", "early"]);
/** Time adverbs that stand alone ("said yesterday that"). */
const TIME_ADVERBS = new Set(["yesterday", "today", "tonight"]);

/**
 * "Egypt told Israel last week that/PRON it would not accept …", "said earlier this month that/PRON China had …":
 * "that" after an adverbial time phrase (one no determiner opens: "the last week that he spent" is a relative) and
 * before a subject and its verb or auxiliary is the conjunction of a reported clause, as wink-nlp reads it after "on
 * Monday"; a relative clause cannot follow "last week" used as an adverb.
 */
export function repairTimeThat(words: readonly string[], pos: string[]): void {
  for (let k = 2; k + 2 < pos.length; k++) {
    if (pos[k] === "SCONJ" || (words[k] ?? "").toLowerCase() !== "that") continue;
    const t = (words[k - 1] ?? "").toLowerCase();
    let start = k - 1;
    if (TIME_NOUNS.has(t)) {
      const lead = (words[k - 2] ?? "").toLowerCase();
      if (!TIME_LEAD.has(lead)) continue;
      start = k - 2;
      // "earlier this month", "late last year"
      const before = (words[start - 1] ?? "").toLowerCase();
      if (before === "earlier" || before === "late" || before === "early") start--;
    } else if (!TIME_ADVERBS.has(t)) continue;
    if (pos[start - 1] === "DET" || pos[start - 1] === "ADP" || pos[start - 1] === "ADJ") continue;
    // A subject (a pronoun, name or determiner) and then, before the clause ends, a verb or auxiliary.
    const subj = pos[k + 1] ?? "";
    if (subj !== "PRON" && subj !== "PROPN" && subj !== "DET" && subj !== "NOUN") continue;
    if (!clauseHasVerb(words, pos, k + 2)) continue;
    pos[k] = "SCONJ";
  }
}
