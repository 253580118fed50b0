import type { Args } from "./_args.js";
import type { SecondWords } from "./_second.js";
import { isIn, type View } from "./_view.js";

/** Words of the verb chain between a relative clause's subject and its signing verb ("had", "had been due to"). */
const CHAIN_POS = new Set(["AUX", "ADV", "PART"]);
/** Words of a chain that puts the signing off into the future ("due to sign", "set to sign", "expected to sign"). */
const CHAIN_WORDS = new Set(["due", "set", "expected", "scheduled", "poised", "ready", "about", "going"]);
/** Tags that open an object of the verb itself ("that X signed a deal"): no object relative then. */
const OBJECT_POS = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"]);
/** Words of a noun phrase or adjunct between an agreement noun and its relative clause ("with Cambodia", "in 2019"). */
const GAP_POS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"]);

/**
 * The agreement noun (`_TERMS_NOUN`) an object relative clause hangs on when its verb, at `i`, has a subject of its own
 * and no object ("an accord that both countries signed", "agreements the Pacific nation signed with China", "the
 * deal that both sides had been due to sign"), or -1. A clause with the verb's own object ("that Russia signed a
 * deal") is no object relative.
 */
export function termsRelative(v: View, sw: SecondWords, i: number): number {
  const reduced = reducedTerms(v, sw, i);
  if (reduced >= 0) return reduced;
  const after = v.toks[i + 1];
  // "signed by Russia": a passive, whose subject is no signer.
  if (after && (OBJECT_POS.has(after.pos) || after.lower === "by")) return -1;
  let k = i - 1;
  while (k >= 0 && (CHAIN_POS.has(v.toks[k]!.pos) || CHAIN_WORDS.has(v.toks[k]!.lower))) k--;
  const subject = v.groupAt[k] ?? -1;
  if (subject < 0 || v.groups[subject]!.tokEnd !== k + 1) return -1;
  let n = v.groups[subject]!.tokStart - 1;
  // "both countries": the pair word may stand outside the group's own words.
  while (n >= 0 && (v.toks[n]!.pos === "DET" || v.toks[n]!.lower === "both") && (v.groupAt[n] ?? -1) < 0) n--;
  // "the pact with North Korea signed ...": a name after a preposition is no subject.
  if (v.toks[n]?.pos === "ADP") return -1;
  if (v.toks[n]?.lower === "that" || v.toks[n]?.lower === "which") n--;
  // "a peace accord with Cambodia that ...", "the pact in Manila on Monday that ...": the noun past its own phrases.
  for (let gap = 0; n >= 0 && gap < 8; gap++, n--) {
    const t = v.toks[n]!;
    if (t.pos === "NOUN" && isIn(t, sw.terms) && (v.groupAt[n] ?? -1) < 0) return n;
    if (!GAP_POS.has(t.pos) && (v.groupAt[n] ?? -1) < 0) return -1;
  }
  return -1;
}

/** The actor right after "with" that follows the agreement noun at `n` ("a peace accord with Cambodia"), or -1. */
function partnerOfNoun(v: View, n: number): number {
  let k = n + 1;
  // "a defence pact signed with", "the accords of 2019 with": only the noun's own "with" right after it counts.
  if (v.toks[k]?.lower !== "with") return -1;
  k++;
  while (k < v.toks.length && v.toks[k]!.pos === "DET" && (v.groupAt[k] ?? -1) < 0) k++;
  const g = v.groupAt[k] ?? -1;
  return g >= 0 && v.groups[g]!.tokStart === k ? g : -1;
}

/**
 * The arguments of a `relterms` signing: a single signer with no partner of its own in the clause signs with the
 * actor the agreement noun names after "with", and with no one named before the clause; null to keep `a`.
 */
export function relTermsArgs(v: View, sw: SecondWords, i: number, a: Args): Args | null {
  if (a.source < 0 || v.groups[a.source]!.members.length > 1) return null;
  // "criticised the pact signed by Russia in Pyongyang": an actor before the clause (the critic) signed nothing.
  const outside = a.target >= 0 && v.groups[a.target]!.tokStart < i;
  if (a.target >= 0 && !outside) return null;
  const n = termsRelative(v, sw, i);
  const g = n >= 0 ? partnerOfNoun(v, n) : -1;
  if (g >= 0 && g !== a.source) return { ...a, target: g, targetHow: "inside" };
  return outside ? { ...a, target: -1, targetHow: "none" } : null;
}

/**
 * "the border treaty signed a day earlier by the leaders of Kyrgyzstan and Tajikistan": the agreement noun right
 * before a participle whose "by" agent follows within a few words of time or place, or -1.
 */
function reducedTerms(v: View, sw: SecondWords, i: number): number {
  const n = i - 1;
  const noun = v.toks[n];
  if (noun?.pos !== "NOUN" || !isIn(noun, sw.terms) || (v.groupAt[n] ?? -1) >= 0) return -1;
  for (let k = i + 1; k < v.toks.length && k <= i + 5; k++) {
    const t = v.toks[k]!;
    if (t.lower === "by") return (v.groupAt[k + 1] ?? -1) >= 0 || v.toks[k + 1]?.pos === "DET" ? n : -1;
    // "a day earlier": a time adjunct may stand between.
    if (!(GAP_POS.has(t.pos) || t.pos === "ADV") || (v.groupAt[k] ?? -1) >= 0) return -1;
  }
  return -1;
}

/**
 * Tags of the words between a signed agreement noun and the infinitive after it ("worth up to 8 billion pounds on
 * Monday").
 */
const SIGNED_GAP_POS = new Set(["ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM", "ADV", "SYM", "CCONJ", "PART"]);

/**
 * "signed a 10-billion-dollar deal to buy", "inked a contract worth 8 billion pounds on Monday to sell": the verb at
 * `i` is an infinitive of purpose right after an agreement noun (`_SIGNED_NOUN`) that a signing verb (`_SIGN_VERB`)
 * takes as its object, with no comma, clause or actor between them. The actor's own words may stand in the noun phrase
 * ("a deal with Hyundai Rotem to buy"). A signing in the passive ("a deal signed to buy") or a noun alone ("under a
 * deal to buy") is none.
 */
export function signedPurpose(v: View, sw: SecondWords, i: number): boolean {
  if (v.toks[i - 1]?.lower !== "to" || v.toks[i - 1]?.pos !== "PART") return false;
  let noun = -1;
  for (let k = i - 2, n = 0; k >= 0 && n < 14; k--, n++) {
    const t = v.toks[k]!;
    if (t.pos === "NOUN" && isIn(t, sw.signedNoun) && (v.groupAt[k] ?? -1) < 0) {
      noun = k;
      break;
    }
    if (t.text === "," || t.text === ";" || (!SIGNED_GAP_POS.has(t.pos) && (v.groupAt[k] ?? -1) < 0))
      return false;
  }
  if (noun < 0) return false;
  // "signed a 10-billion-dollar deal": the verb a few noun-phrase words before the noun.
  for (let k = noun - 1, n = 0; k >= 0 && n < 10; k--, n++) {
    const t = v.toks[k]!;
    if (t.pos === "VERB" && isIn(t, sw.signVerb)) return v.toks[k + 1]?.lower !== "by";
    if (t.text === "," || !NOUN_PHRASE_POS.has(t.pos)) return false;
  }
  return false;
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "NUM", "SYM", "PUNCT", "PROPN"]);
