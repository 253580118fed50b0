import type { ActorMention, Event } from "../core/index.js";
import type { Args } from "./_args.js";
import { elaborating } from "./_args.js";
import type { Match } from "./_match.js";
import { is, type View } from "./_view.js";

/** Named feature values of one coded event (absent = 0); names, never sentence ids or text identity. */
export type Features = Record<string, number>;

/** What the coder knew when it made an event: the match, its arguments and how the act was reached. */
export interface ActInfo {
  readonly m: Match;
  readonly a: Args;
  readonly status: string;
  readonly root: string;
  /** The act was wrapped ("pledged to send"), came from the runner-up pattern, or is a promised act's threat. */
  readonly embedded: boolean;
  readonly runner: boolean;
  readonly threat: boolean;
  /** How many actor pairs the act was coded for ("Russia and China ... both governments": four). */
  readonly pairs: number;
}

const CLAUSE_END = new Set([",", ";", ":", "(", ")", "—", "–"]);

/** Token distance bucket: adjacent, near, mid, far. */
function span(d: number): string {
  const x = Math.abs(d);
  return x <= 1 ? "0" : x <= 4 ? "near" : x <= 10 ? "mid" : "far";
}

/** Count bucket: 1, 2, 3-4, 5+. */
function count(n: number): string {
  return n <= 2 ? String(n) : n <= 4 ? "3-4" : "5+";
}

/** Sector of an actor code (letters 4-6), or its kind when it has none. */
function sector(x: ActorMention): string {
  return x.code.startsWith("IGO") ? "IGO" : x.code.slice(3, 6) || "-";
}

/** The clause the trigger sits in: what opens it (a subordinator, relative, ", saying"), and whether a comma does. */
function clauseFeatures(v: View, trigger: number, f: Features): void {
  let k = trigger - 1;
  while (k >= 0 && !CLAUSE_END.has(v.toks[k]!.text)) {
    const t = v.toks[k]!;
    if (is(v, t, v.b.subord)) f["clause:subord"] = 1;
    if (is(v, t, v.b.relative) && t.pos !== "DET") f["clause:relative"] = 1;
    if (is(v, t, v.b.say) && t.pos === "VERB") f["clause:say-verb"] = 1;
    k--;
  }
  if (k >= 0) f[`clause:after${v.toks[k]!.text === "," ? "Comma" : "Mark"}`] = 1;
  const open = v.toks[k + 1];
  if (open && k + 1 < trigger && (is(v, open, v.b.subord) || is(v, open, v.b.relative)))
    f[`open:${open.lower}`] = 1;
  for (let j = 0; j < trigger; j++)
    if (is(v, v.toks[j], v.b.say) && v.toks[j]!.pos === "VERB") {
      f.sayBefore = 1;
      break;
    }
}

/**
 * Features of one event from its own act: root, status, pattern kind, how the target was found, clause position,
 * distances, the actors' kinds and sectors. Sentence-wide features are added by `sentenceFeatures`.
 */
export function actFeatures(v: View, x: ActInfo, s: ActorMention, t: ActorMention | null): Features {
  const { m, a } = x;
  const f: Features = { bias: 1 };
  f[`root:${x.root}`] = 1;
  // Lexical features (the pattern's own root, its trigger lemma, its id): the rerank script ablates them by prefix.
  f[`proot:${m.pattern.code.slice(0, 2)}`] = 1;
  f[`lemma:${v.toks[m.trigger]!.lemma.toLowerCase()}`] = 1;
  f[`pattern:${m.pattern.id}`] = 1;
  f[`status:${x.status}`] = 1;
  f[`how:${a.targetHow}`] = 1;
  if (m.pattern.noun) f.noun = 1;
  if (m.pattern.recip) f.recip = 1;
  if (m.pattern.fallback) f.fallback = 1;
  if (a.passive) f.passive = 1;
  if (x.embedded) f.embedded = 1;
  if (x.runner) f.runner = 1;
  if (x.threat) f.threat = 1;
  f[`pairs:${count(x.pairs)}`] = 1;
  if (elaborating(v, m.trigger)) f.participle = 1;
  if (v.asideAt[m.trigger]! >= 0) f.aside = 1;
  if (v.frontEnd >= 0 && m.trigger < v.frontEnd) f.fronted = 1;
  clauseFeatures(v, m.trigger, f);
  f[`src:${s.kind}`] = 1;
  f[`srcSector:${sector(s)}`] = 1;
  const ds = s.tokenStart - m.trigger;
  f[`dSrc:${ds > 0 ? "after" : "before"}:${span(ds > 0 ? ds : m.trigger - s.tokenEnd)}`] = 1;
  if (v.groupAt[s.tokenStart] === 0) f.srcFirst = 1;
  if (!t) {
    f.noTarget = 1;
    return f;
  }
  f[`tgt:${t.kind}`] = 1;
  f[`tgtSector:${sector(t)}`] = 1;
  const dt = t.tokenStart - m.trigger;
  f[`dTgt:${dt > 0 ? "after" : "before"}:${span(dt > 0 ? dt : m.trigger - t.tokenEnd)}`] = 1;
  if (v.groupAt[t.tokenStart] === 0) f.tgtFirst = 1;
  if (s.country !== null && s.country === t.country) f.sameCountry = 1;
  return f;
}

/** Country part of an actor code as the scorer reads it. */
function country(code: string): string {
  return code.startsWith("IGO") ? code : code.slice(0, 3);
}

/** The unordered country pair of an event. */
function pairKey(e: Event): string {
  return [country(e.source.code), e.target ? country(e.target.code) : "-"].sort().join("|");
}

/** Adds what the other events and actors of the sentence say: how many, and whether another links the same pair. */
export function sentenceFeatures(v: View, events: readonly Event[], own: readonly Features[]): Features[] {
  const nGroups = `groups:${count(v.groups.length)}`;
  const nEvents = `events:${count(events.length)}`;
  const len = `len:${v.toks.length <= 20 ? "short" : v.toks.length <= 40 ? "mid" : "long"}`;
  return events.map((e, i) => {
    const f: Features = { ...own[i]!, [nGroups]: 1, [nEvents]: 1, [len]: 1 };
    const pair = pairKey(e);
    for (let j = 0; j < events.length; j++) {
      if (j === i) continue;
      const o = events[j]!;
      if (pairKey(o) === pair) f[o.root === e.root ? "pair:sameRoot" : "pair:otherRoot"] = 1;
      else if (o.root === e.root) f.root2 = 1;
    }
    return f;
  });
}
