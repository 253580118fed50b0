import { type Args, sameCountry, subjectOf } from "./_args.js";
import { is, type View } from "./_view.js";

/** Words of the verb chain between a relative clause's subject and its verb ("has", "had flatly"). */
const CHAIN_POS = new Set(["AUX", "ADV", "PART"]);
/** Pronouns that stand for the party a charge accuses (", which she denied", ", charges they have denied"). */
const DENIER_PRONOUN = new Set(["he", "she", "they"]);
/** Determiners of a noun phrase that points back to a party named before ("the group", "their party"). */
const DENIER_DET = new Set(["the", "their", "its", "his", "her"]);
/** Words of that noun phrase after its determiner ("the rebel group", "the army-led government"). */
const DENIER_NP = new Set(["NOUN", "ADJ"]);
/** Determiners before the claim noun that opens the relative clause (", a charge ...", ", the allegations ..."). */
const CLAIM_DET = new Set(["a", "an", "the"]);
/** The root of accusations and criticism, whose target is the party a restated charge accuses. */
const ACCUSE_ROOT = "11";
/** The kind of an actor mention read back from an earlier one ("the group" for the Arakan Army named before). */
const COREF = "coref";

/** One act coded before in the sentence: its source, its target and its code. */
interface Act {
  readonly source: number;
  readonly target: number;
  readonly code?: string;
}

/**
 * The subject that ends right before the verb chain of `trigger`: its first token and its actor group, -1 when it
 * names none (a personal pronoun, or a definite noun phrase the actor stage did not resolve: "the group", "their
 * party"); or null when no such subject stands there.
 */
function relativeSubject(v: View, trigger: number): { start: number; group: number } | null {
  let k = trigger - 1;
  while (k > 0 && CHAIN_POS.has(v.toks[k]!.pos)) k--;
  const t = v.toks[k];
  if (!t) return null;
  const g = v.groupAt[k] ?? -1;
  if (g >= 0) return v.groups[g]!.tokEnd === k + 1 ? { start: v.groups[g]!.tokStart, group: g } : null;
  if (t.pos === "PRON") return DENIER_PRONOUN.has(t.lower) ? { start: k, group: -1 } : null;
  if (t.pos !== "NOUN") return null;
  let start = k;
  while (start > 0 && DENIER_NP.has(v.toks[start - 1]!.pos) && (v.groupAt[start - 1] ?? -1) < 0) start--;
  return DENIER_DET.has(v.toks[start - 1]?.lower ?? "") ? { start: start - 1, group: -1 } : null;
}

/**
 * The comma that opens the relative clause whose subject starts at `start`: ", a charge the group denied", ", charges
 * she has denied" (on a claim noun, `_CLAIM_NOUN`) or ", which she denied"; or -1.
 */
function relativeComma(v: View, start: number): number {
  let k = start - 1;
  if (v.toks[k]?.lower === "which") return v.toks[k - 1]?.text === "," ? k - 1 : -1;
  if (v.toks[k]?.lower === "that") k--;
  if (!is(v, v.toks[k], v.b.claimNoun)) return -1;
  k--;
  if (CLAIM_DET.has(v.toks[k]?.lower ?? "")) k--;
  return v.toks[k]?.text === "," ? k : -1;
}

/** The subject of the last reporting verb before `comma` in its sentence part (the one who made the claim), or -1. */
function claimantBefore(v: View, comma: number): { claimant: number; verb: number } | null {
  for (let k = comma - 1; k >= 0 && v.toks[k]!.text !== ";"; k--) {
    if (v.toks[k]!.pos !== "VERB" || !is(v, v.toks[k], v.b.say)) continue;
    const g = subjectOf(v, k);
    return g >= 0 && !v.attributive[g] ? { claimant: g, verb: k } : null;
  }
  return null;
}

/**
 * The claimant of an act reported by the sayer before `comma`: the subject of a reporting verb that leads the report
 * ("Afghan officials said Taliban fighters had killed ...": the act's agent stands after the verb) or that trails it
 * after a comma ("M23 rebels killed at least 140 civilians ..., Human Rights Watch said on Wednesday, an accusation
 * the group denied": the sayer stands after the agent). -1 when the sayer is neither.
 */
function reportedClaimant(v: View, comma: number, agent: number): number {
  const said = claimantBefore(v, comma);
  if (!said) return -1;
  const start = v.groups[agent]!.tokStart;
  if (start > said.verb) return said.claimant;
  const sayer = v.groups[said.claimant]!;
  return sayer.tokStart > v.groups[agent]!.tokEnd && v.toks[sayer.tokStart - 1]?.text === ","
    ? said.claimant
    : -1;
}

/**
 * ", a charge the group denied", ", an accusation the insurgents denied", ", which she denied": a `denier` act whose
 * subject names no actor, in a relative clause on the charge before it, is the accused party's: from the target of
 * the latest accusation (root 11) to its source ("Rohingya survivors accused the Arakan Army of ...": the Arakan
 * Army's denial to the survivors), else from the agent of the latest act reported before or after a reporting verb
 * (`reported`: the latest act that gave events, with or without a target) to the one who reported it ("Afghan
 * officials said Taliban fighters had killed about 100 civilians, an accusation the insurgents denied", "the RSF
 * shelled a market ..., Sudan's health ministry said, an accusation the group denied"). A subject read back to the
 * claimant itself ("the group" for Human Rights Watch) is the accused all the same: no one denies its own charge.
 * Null when the subject is an actor or no such charge stands before it.
 */
export function accusedDenier(
  v: View,
  trigger: number,
  a: Args,
  acts: readonly Act[],
  reported: Act | null = null,
): Args | null {
  const subject = relativeSubject(v, trigger);
  const comma = subject ? relativeComma(v, subject.start) : -1;
  if (!subject || comma < 0) return null;
  const last = acts.at(-1);
  let accused = -1;
  let accuser = -1;
  let g = subject.group;
  // A subject the actor stage named itself (not read back from an earlier mention) answers a restated finding through
  // the reaction rules, which also code the finding's accusation; only a plain accusation before it is taken here.
  const named = g >= 0 && v.groups[g]!.members.some((x) => x.kind !== COREF);
  if (last && last.source >= 0 && last.code?.startsWith(ACCUSE_ROOT)) {
    accused = last.target;
    accuser = last.source;
  } else if (!named) {
    const agent = reported ?? last;
    if (agent && agent.source >= 0) {
      accused = agent.source;
      accuser = reportedClaimant(v, comma, agent.source);
    }
  }
  if (accused < 0 || accuser < 0 || accused === accuser) return null;
  if (g >= 0 && !named && v.groups[g]!.members[0]!.code === v.groups[accuser]!.members[0]!.code) g = -1;
  // "Pakistan accused India of ..., a charge New Delhi denied": a named denier is the accused party's own (its
  // country); another country's is left to the reaction rules.
  if (g >= 0 && (g === accuser || !sameCountry(v, g, accused))) return null;
  return { ...a, source: g >= 0 ? g : accused, target: accuser, targetHow: "inside" };
}
