import type { Token } from "../core/index.js";
import type { Match } from "./_match.js";
import { is, isIn, isPassive, type View } from "./_view.js";

/** Who did it and to whom, as group indexes (-1 when not found), and how the target was found. */
export interface Args {
  readonly source: number;
  readonly target: number;
  readonly passive: boolean;
  /** "slot" (TGT in the pattern), "after" (first actor after the pattern), "inside" (within the pattern span). */
  readonly targetHow: "slot" | "after" | "inside" | "none";
}

const CLAUSE_VERB = new Set(["VERB", "AUX"]);

/** True when the token closes a clause for argument search: punctuation, "that", "which", a conjunction. */
function isBarrier(v: View, t: Token): boolean {
  return v.w.barrier.has(t.text) || is(v, t, v.b.subord | v.b.relative) || t.pos === "CCONJ";
}

/** True when the group is introduced by the passive agent word ("by China") or an attribution ("according to"). */
function introducedBy(v: View, g: number, set: ReadonlySet<string>): boolean {
  let k = v.groups[g]!.tokStart - 1;
  while (k >= 0 && v.toks[k]!.pos === "DET") k--;
  return isIn(v.toks[k], set);
}

/** The nearest subject-position group left of token `i`, skipping asides that do not contain `i`. */
export function subjectOf(v: View, i: number): number {
  const myAside = v.asideAt[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const g = v.groupAt[k]!;
    if (g < 0) continue;
    const gs = v.groups[g]!;
    k = gs.tokStart;
    const aside = v.asideAt[k]!;
    if (aside >= 0 && aside !== myAside) continue;
    if (!v.subjectPos[g] || introducedBy(v, g, v.w.agent)) continue;
    return g;
  }
  // A relative clause with no subject inside refers back to the name before it ("China, which fired ...").
  if (myAside >= 0) {
    const start = v.asides[myAside]![0];
    for (let k = start - 2; k >= 0 && k >= start - 3; k--) if (v.groupAt[k]! >= 0) return v.groupAt[k]!;
  }
  return -1;
}

/** "the visit of the Indian prime minister": the actor right after a noun event and "of". */
function ofAfter(v: View, head: number): number {
  if (v.toks[head + 1]?.lower !== "of") return -1;
  let k = head + 2;
  while (k < v.toks.length && v.toks[k]!.pos === "DET") k++;
  return v.groupAt[k] ?? -1;
}

/** "a visit to Taipei by the House speaker": "by" and an actor within two words of the noun event. */
function agentRightAfter(v: View, last: number): number {
  for (let k = last + 1; k <= last + 3 && k < v.toks.length; k++) {
    if (!is(v, v.toks[k], v.b.agent)) continue;
    let j = k + 1;
    while (j < v.toks.length && v.toks[j]!.pos === "DET") j++;
    return v.groupAt[j] ?? -1;
  }
  return -1;
}

/** The agent of a passive verb: the group after "by" in the clause. */
function agentAfter(v: View, i: number): number {
  for (let k = i + 1; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0 && introducedBy(v, g, v.w.agent)) return g;
    if (g < 0 && isBarrier(v, t)) return -1;
  }
  return -1;
}

/** First actor group after token `from` in the clause; with `wide`, verbs do not stop the search. */
export function targetAfter(v: View, from: number, source: number, wide: boolean, noPlace = false): number {
  for (let k = from; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    const g = v.groupAt[k]!;
    if (g >= 0) {
      const place = noPlace && introducedBy(v, g, v.w.placePrep);
      if (g !== source && !place && v.asideAt[k]! < 0) return g;
      k = v.groups[g]!.tokEnd - 1;
      continue;
    }
    // "urged him to", "attacked its nuclear facilities": a pronoun object stands for an earlier actor.
    if (k === from && is(v, t, v.b.objectPronoun | v.b.possessivePronoun))
      return antecedentOf(v, from, source);
    if (isBarrier(v, t) && !(wide && !v.w.barrier.has(t.text))) return -1;
    if (!wide && CLAUSE_VERB.has(t.pos) && !isParticiple(v, k)) return -1;
  }
  return -1;
}

/** What an object pronoun ("urged him to") refers to: the nearest earlier actor that is not the source. */
function antecedentOf(v: View, at: number, source: number): number {
  for (let k = at - 1; k >= 0; k--) {
    const g = v.groupAt[k]!;
    if (g >= 0 && g !== source) return g;
  }
  return -1;
}

function sameCountry(v: View, a: number, b: number): boolean {
  return v.groups[a]!.members[0]!.code.slice(0, 3) === v.groups[b]!.members[0]!.code.slice(0, 3);
}

/** A participle modifying a noun ("the meeting scheduled for", "talks held in") does not end the clause. */
function isParticiple(v: View, k: number): boolean {
  const prev = v.toks[k - 1];
  const t = v.toks[k]!;
  return (
    t.pos === "VERB" &&
    t.lower !== t.lemma &&
    prev !== undefined &&
    (prev.pos === "NOUN" || prev.pos === "PROPN")
  );
}

/** A group inside the matched span ("cancelled the U.S.-Japan talks"), preferring one unlike the source. */
function targetInside(v: View, m: Match, source: number): number {
  let any = -1;
  for (let k = m.trigger + 1; k <= m.last; k++) {
    const g = v.groupAt[k]!;
    if (g < 0 || g === source) continue;
    any = g;
    break;
  }
  return any;
}

/** In an object relative clause ("China, which Japan criticised, ...") the antecedent is the target. */
function relativeAntecedent(v: View, i: number, source: number): number {
  const aside = v.asideAt[i]!;
  if (aside < 0 || source < 0) return -1;
  const start = v.asides[aside]![0];
  if (!isIn(v.toks[start], v.w.relative) || v.groups[source]!.tokStart <= start) return -1;
  for (let k = start - 2; k >= 0 && k >= start - 3; k--) if (v.groupAt[k]! >= 0) return v.groupAt[k]!;
  return -1;
}

/** The modifier or possessor of a noun event ("U.S. sanctions", "Japan's cancellation", "Xi's visit"). */
function modifierOf(v: View, head: number): number {
  for (let k = head - 1; k >= 0 && k >= head - 5; k--) {
    const g = v.groupAt[k]!;
    if (g >= 0) return g;
    const t = v.toks[k]!;
    if (
      !(
        t.pos === "ADJ" ||
        t.pos === "NOUN" ||
        t.pos === "NUM" ||
        t.pos === "DET" ||
        t.pos === "PART" ||
        t.text === "-"
      )
    )
      return -1;
  }
  return -1;
}

/** The verb that governs a noun event on its left ("announced sanctions", "held talks"), or -1. */
export function verbBefore(v: View, head: number, direct = false): number {
  for (let k = head - 1; k >= 0 && k >= head - 8; k--) {
    const t = v.toks[k]!;
    if (t.pos === "VERB") return k;
    // A direct object may contain "of" and particles ("put off a round of defense talks"), not other prepositions.
    if (isBarrier(v, t) || (direct && t.pos === "ADP" && is(v, t, v.b.targetPrep) && !is(v, t, v.b.npLink)))
      return -1;
  }
  return -1;
}

/** Finds source and target for a match, following passives, relative clauses and noun-event modifiers. */
/** "a resolution backing membership", "the summit hosted by India": a participle after a noun has no actor subject. */
function reducedRelative(v: View, i: number): boolean {
  const t = v.toks[i]!;
  const prev = v.toks[i - 1];
  if (t.pos !== "VERB" || !prev || v.groupAt[i - 1]! >= 0 || (prev.pos !== "NOUN" && prev.pos !== "PROPN"))
    return false;
  if (t.lower.endsWith("ing")) return true;
  return t.lower !== t.lemma && is(v, v.toks[i + 1], v.b.agent);
}

/** First actor of another country than the source: the addressee of a show of force ("put its forces on alert"). */
export function contextTarget(v: View, source: number): number {
  const own = v.groups[source]!.members[0]!.code.slice(0, 3);
  return v.groups.findIndex((g, gi) => gi !== source && g.members[0]!.code.slice(0, 3) !== own);
}

export function findArgs(v: View, m: Match, wrapEnd: number): Args {
  const p = m.pattern;
  const i = m.trigger;
  if (!p.noun && reducedRelative(v, i)) return { source: -1, target: -1, passive: false, targetHow: "none" };
  let source = -1;
  let target = m.targetGroup;
  let passive = false;
  if (p.noun) {
    source = modifierOf(v, i);
    if (source < 0) source = agentRightAfter(v, m.last);
    if (source < 0 && !p.recip) source = ofAfter(v, i);
    if (source < 0) {
      const gov = verbBefore(v, i);
      if (gov >= 0) source = subjectOf(v, gov);
    }
  } else if (isPassive(v, i)) {
    passive = true;
    source = agentAfter(v, m.last);
    if (target < 0) target = subjectOf(v, i);
  } else source = subjectOf(v, i);
  if (target === source) target = -1;
  let how: Args["targetHow"] = target >= 0 ? "slot" : "none";
  if (target < 0) {
    // "Japan and Australia met in Manila": a place after a meeting verb is not a participant.
    target = targetAfter(v, m.last + 1, source, p.wrap, p.mutual);
    if (target >= 0 && p.wrap && v.groups[target]!.tokStart >= wrapEnd) target = -1;
    // Inside a wrapped clause, an actor of the source's own country ("its military") is not the addressee.
    if (target >= 0 && p.wrap && source >= 0 && sameCountry(v, target, source)) {
      const next = targetAfter(v, v.groups[target]!.tokEnd, source, true);
      target = next >= 0 && v.groups[next]!.tokStart < wrapEnd ? next : -1;
    }
    how = target >= 0 ? "after" : "none";
  }
  if (target < 0) {
    target = targetInside(v, m, source);
    how = target >= 0 ? "inside" : "none";
  }
  if (target < 0) {
    target = relativeAntecedent(v, i, source);
    how = target >= 0 ? "slot" : "none";
  }
  // "Moscow rejected Kyiv's demand for ...": an owned noun event is addressed to the governing verb's subject.
  if (target < 0 && p.noun && p.inner && source >= 0) {
    const gov = verbBefore(v, i);
    const subj = gov >= 0 ? subjectOf(v, gov) : -1;
    if (subj >= 0 && subj !== source) {
      target = subj;
      how = "inside";
    }
  }
  return { source, target, passive, targetHow: how };
}
