// Pair candidates and their features for a learned fallback on "pair" misses (scripts/train-pairs.ts). The fallback
// was evaluated by file and not wired in (see the script's header); the coder itself never calls this file.
import type { ActorMention, Event, Sentence, Token } from "../core/index.js";

/** Named feature values of one actor pair (absent = 0); names, never sentence ids or text identity. */
export type PairFeatures = Record<string, number>;

/** An ordered pair of actor mentions of one sentence with no coded event between them, and its features. */
export interface PairCandidate {
  readonly s: ActorMention;
  readonly t: ActorMention;
  readonly features: PairFeatures;
}

/** Country part of an actor code as the scorer reads it: the whole code for IGO…, else its first three letters. */
export function pairKey(code: string): string {
  return code.startsWith("IGO") ? code : code.slice(0, 3);
}

/** Sector of an actor code (letters 4-6), IGO for organisations, "-" when it has none. */
function sector(code: string): string {
  return code.startsWith("IGO") ? "IGO" : code.slice(3, 6) || "-";
}

/** Token distance bucket between two mentions. */
function span(d: number): string {
  return d <= 0 ? "0" : d <= 2 ? "1-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20" : "21+";
}

const CONTENT = new Set([
  "VERB",
  "NOUN",
  "ADJ",
  "ADP",
  "ADV",
  "AUX",
  "PART",
  "SCONJ",
  "CCONJ",
  "PRON",
  "DET",
]);
const BREAKS: Readonly<Record<string, string>> = {
  ",": "comma",
  ";": "semi",
  ":": "colon",
  "(": "paren",
  "—": "dash",
};

/** The lemma a feature names for a token: its lemma for common words, its part of speech for names and numbers. */
function word(t: Token): string {
  return CONTENT.has(t.pos) ? t.lemma : t.pos;
}

/** Nearest verb from `from` stepping by `step`, not crossing mentions' own tokens' bounds; -1 when none. */
function nearestVerb(toks: readonly Token[], from: number, step: 1 | -1, limit: number): number {
  for (let k = from, n = 0; k >= 0 && k < toks.length && n < limit; k += step, n++)
    if (toks[k]!.pos === "VERB") return k;
  return -1;
}

/** Adds the features of the tokens between two mentions (bag of lemmas, POS, verbs, breaks) to `f`. */
function betweenFeatures(toks: readonly Token[], a: number, b: number, order: string, f: PairFeatures): void {
  let firstVerb = "";
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    const br = BREAKS[t.text];
    if (br) f[`brk:${br}`] = 1;
    if (t.pos === "PUNCT") continue;
    f[`b:${word(t)}`] = 1;
    f[`bp:${t.pos}`] = 1;
    if (t.pos === "VERB") {
      f[`bv:${t.lemma}`] = 1;
      f[`bv:${t.lemma}:${order}`] = 1;
      if (!firstVerb) firstVerb = t.lemma;
    }
  }
  if (firstVerb) f[`bv1:${firstVerb}:${order}`] = 1;
  else f.noVerbBetween = 1;
}

/**
 * Features of the ordered pair source `s` → target `t` in a sentence: the words, verbs and breaks between them, the
 * verbs next to each, the preposition before the target, "by" before the source, order, distance, the mentions
 * between, both sectors, and whether the coder already coded events for either.
 */
export function pairFeatures(
  sent: Sentence,
  mentions: readonly ActorMention[],
  events: readonly Event[],
  s: ActorMention,
  t: ActorMention,
): PairFeatures {
  const toks = sent.tokens;
  const srcFirst = s.tokenStart < t.tokenStart;
  const order = srcFirst ? "st" : "ts";
  const first = srcFirst ? s : t;
  const second = srcFirst ? t : s;
  const f: PairFeatures = { bias: 1, [`order:${order}`]: 1 };
  f[`dist:${span(second.tokenStart - first.tokenEnd)}`] = 1;
  betweenFeatures(toks, first.tokenEnd, second.tokenStart, order, f);
  let between = 0;
  for (const m of mentions) if (m.tokenStart >= first.tokenEnd && m.tokenEnd <= second.tokenStart) between++;
  f[`mBetween:${between > 2 ? "3+" : between}`] = 1;
  const sv = nearestVerb(toks, s.tokenEnd, 1, 8);
  if (sv >= 0) f[`sVerbAfter:${toks[sv]!.lemma}`] = 1;
  const svb = nearestVerb(toks, s.tokenStart - 1, -1, 8);
  if (svb >= 0) f[`sVerbBefore:${toks[svb]!.lemma}`] = 1;
  const tv = nearestVerb(toks, t.tokenEnd, 1, 8);
  if (tv >= 0) f[`tVerbAfter:${toks[tv]!.lemma}`] = 1;
  const tvb = nearestVerb(toks, t.tokenStart - 1, -1, 8);
  if (tvb >= 0) {
    f[`tVerbBefore:${toks[tvb]!.lemma}`] = 1;
    f[`tVerbBefore:${toks[tvb]!.lemma}:${order}`] = 1;
  }
  // The preposition before the target, skipping determiners and adjectives ("against the Russian army").
  let k = t.tokenStart - 1;
  while (k >= 0 && (toks[k]!.pos === "DET" || toks[k]!.pos === "ADJ" || toks[k]!.lemma === "'s")) k--;
  const prep = k >= 0 && (toks[k]!.pos === "ADP" || toks[k]!.pos === "PART") ? toks[k]!.lemma : "";
  if (prep) f[`tPrep:${prep}`] = 1;
  if (prep && tvb >= 0) f[`tVerbPrep:${toks[tvb]!.lemma}:${prep}`] = 1;
  // The word the target hangs on: the noun or verb before its preposition ("talks with", "sanctions on", "attacked").
  const head = prep ? k - 1 : k;
  if (head >= 0) {
    const h = toks[head]!;
    if (h.pos === "NOUN" || h.pos === "VERB") f[`tHead:${h.lemma}:${prep || "-"}`] = 1;
  }
  let j = s.tokenStart - 1;
  while (j >= 0 && toks[j]!.pos === "DET") j--;
  if (j >= 0 && toks[j]!.lower === "by") f.srcBy = 1;
  if (j >= 0 && toks[j]!.pos === "ADP" && toks[j]!.lower !== "by") f[`sPrep:${toks[j]!.lemma}`] = 1;
  if (s.tokenStart === 0 || (srcFirst && first.tokenStart <= 2)) f.srcOpens = 1;
  const ss = sector(s.code);
  const ts = sector(t.code);
  f[`ss:${ss}`] = 1;
  f[`ts:${ts}`] = 1;
  f[`sts:${ss}>${ts}`] = 1;
  f[`sk:${s.kind}`] = 1;
  f[`tk:${t.kind}`] = 1;
  if (s.country !== null && s.country === t.country) f.sameCountry = 1;
  codedFeatures(events, s, t, `${order}:m${between > 1 ? "2+" : between}`, f);
  f[`nEvents:${events.length > 2 ? "3+" : events.length}`] = 1;
  return f;
}

/**
 * What the coder already coded around the pair: the roots of its events from the source, to the target, from the
 * target and the other way round ("X condemned Y and Z" coded X→Y; "met" coded Y→X), by scoring key.
 */
function codedFeatures(
  events: readonly Event[],
  s: ActorMention,
  t: ActorMention,
  near: string,
  f: PairFeatures,
): void {
  const sk = pairKey(s.code);
  const tk = pairKey(t.code);
  let sEv = 0;
  let tEv = 0;
  for (const e of events) {
    const es = pairKey(e.source.code);
    const et = e.target ? pairKey(e.target.code) : "-";
    if (es === tk && et === sk) f[`rev:${e.root}`] = 1;
    if (es === sk) f[`sAsSrc:${e.root}`] = f[`sAsSrc:${e.root}:${near}`] = 1;
    if (et === tk) f[`tAsTgt:${e.root}`] = 1;
    if (es === tk) f[`tAsSrc:${e.root}`] = 1;
    if (et === sk) f[`sAsTgt:${e.root}`] = 1;
    if (es === sk || et === sk) sEv++;
    if (es === tk || et === tk) tEv++;
  }
  f[sEv ? "sCoded" : "sUncoded"] = 1;
  f[tEv ? "tCoded" : "tUncoded"] = 1;
}

/** Token gap between two mentions (0 when they touch or overlap). */
function gap(a: ActorMention, b: ActorMention): number {
  return a.tokenStart < b.tokenStart ? b.tokenStart - a.tokenEnd : a.tokenStart - b.tokenEnd;
}

/**
 * Ordered pairs of a sentence's mentions with no coded event between their scoring keys in that direction: one per
 * (source key, target key) — per (source code, target code) when both keys are the same country — with the
 * nearest two mentions standing for it.
 */
export function pairCandidates(
  sent: Sentence,
  mentions: readonly ActorMention[],
  events: readonly Event[],
): PairCandidate[] {
  if (mentions.length < 2) return [];
  const coded = new Set<string>();
  for (const e of events) if (e.target) coded.add(`${pairKey(e.source.code)}>${pairKey(e.target.code)}`);
  const best = new Map<string, [ActorMention, ActorMention]>();
  for (const s of mentions)
    for (const t of mentions) {
      if (s === t || s.code === t.code) continue;
      const sk = pairKey(s.code);
      const tk = pairKey(t.code);
      if (coded.has(`${sk}>${tk}`)) continue;
      if (t.tokenStart < s.tokenEnd && s.tokenStart < t.tokenEnd) continue;
      const id = sk === tk ? `${s.code}>${t.code}` : `${sk}>${tk}`;
      const had = best.get(id);
      if (!had || gap(s, t) < gap(had[0], had[1])) best.set(id, [s, t]);
    }
  return [...best.values()].map(([s, t]) => ({ s, t, features: pairFeatures(sent, mentions, events, s, t) }));
}
