import type { MentionKind } from "../core/index.js";
import type { ActorConfig, ActorEntry } from "../dict/actors/index.js";
import { type Choice, chooseByCues, countryOfCode, entryCode } from "./02-context.js";
import { headAt, type SentenceView } from "./03-heads.js";

/** A mention before offsets are attached: a token span with its code. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly code: string;
  readonly kind: MentionKind;
  readonly entry: string;
  readonly note?: string;
  /** Person entry index, remembered so a later bare surname can refer back. */
  readonly person?: number;
}

/** A country, organisation, seat or group named at the start of a phrase. */
export interface Ref {
  readonly start: number;
  readonly end: number;
  readonly role: string;
  readonly entry: ActorEntry;
  readonly choice: NonNullable<Choice>;
}

const ROLE_ORDER = ["name", "people", "adj"];

/** The longest reference to a state, IGO, seat of power, group or place at j (cues pick among shared names). */
export function refAt(v: SentenceView, j: number): Ref | null {
  for (const m of v.namesAt(j, "ref")) {
    const only = m.hits.length === 1 ? m.hits[0] : undefined;
    if (only) {
      const e = v.entry(only.entry);
      const choice = { entry: only.entry, code: entryCode(v.ctx.model, e, v.ctx.date) };
      return { start: m.start, end: m.end, role: only.role, entry: e, choice };
    }
    const ids = [...new Set(m.hits.map((h) => h.entry))];
    const key = v.lat.keys.slice(m.start, m.end).join(" ");
    const choice = chooseByCues(v.ctx, ids, key, (i) => entryCode(v.ctx.model, v.entry(i), v.ctx.date));
    if (!choice) continue;
    // An unresolved shared name stays an actor mention (with its note), never silently a place.
    const pick =
      choice.note !== undefined && choice.code === ""
        ? (ids.find((i) => v.entry(i).kind !== "place") ?? choice.entry)
        : choice.entry;
    const role = m.hits
      .filter((h) => h.entry === pick)
      .map((h) => h.role)
      .sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b))[0]!;
    return { start: m.start, end: m.end, role, entry: v.entry(pick), choice: { ...choice, entry: pick } };
  }
  return null;
}

/** A candidate built as one literal (no spread), with its note when there is one. */
export function candidate(
  start: number,
  end: number,
  entry: string,
  code: string,
  kind: MentionKind,
  note: string | undefined,
): Candidate {
  return note ? { start, end, entry, code, kind, note } : { start, end, entry, code, kind };
}

/** Code of a reference combined with a sector: JPN + MIL; organisations and groups keep their own code. */
export function combine(v: SentenceView, ref: Ref, sector: string): string {
  const cfg = v.ctx.model.config;
  if (ref.choice.code === "") return `${cfg.unknownCountry}${sector}`;
  if (ref.entry.kind === "state") return `${ref.choice.code}${sector}`;
  if (ref.entry.kind === "igo" || ref.entry.kind === "group") return ref.choice.code;
  const country = countryOfCode(ref.choice.code, v.ctx.model);
  return country ? `${country}${sector}` : ref.choice.code;
}

const SKIPPED_BEFORE = new Set(["ADJ", "DET", "NUM"]);

/**
 * Is the phrase starting at `at` in a place slot: after a place word ("in", "at"; "in southern Lebanon", "at a
 * base"), after "from"/"to" that follow a word of motion or a name ("flew to Tokyo", "welcomed Putin to Beijing"
 * but "pressure from Beijing"), or coordinated with a name in such a slot ("fled to Georgia and Kazakhstan")?
 */
export function inPlaceSlot(v: SentenceView, set: ReadonlySet<string>, at: number, depth = 0): boolean {
  const cfg = v.ctx.model.config;
  const tokens = v.lat.tokens;
  let j = at - 1;
  while (j > 0 && SKIPPED_BEFORE.has(tokens[j]?.pos ?? "")) j--;
  if (v.isIn(set, j)) return true;
  if (v.isIn(cfg.placeAfterVerb, j)) {
    const before = tokens[j - 1];
    if (!before) return false;
    const lemma = before.lemma.toLowerCase();
    return (
      cfg.motionWords.has(v.keyAt(j - 1)) ||
      cfg.motionWords.has(lemma) ||
      ["PROPN", "PRON", "ADV"].includes(before.pos)
    );
  }
  if (depth === 0 && v.isIn(cfg.coordinators, j)) {
    let k = j - 1;
    while (k > 0 && tokens[k]?.pos === "PROPN") k--;
    return k < j - 1 && inPlaceSlot(v, set, k + 1, 1);
  }
  return false;
}

/** Does a name at [start, end) sit inside a longer unknown name or modify an event noun ("the G7 summit")? */
function notAlone(v: SentenceView, start: number, end: number, cfg: ActorConfig): boolean {
  return v.isLooseName(start - 1) || v.isLooseName(end) || v.isIn(cfg.modifierOf, end);
}

/** "Ukrainian and American delegations": a demonym coordinated with another that has a sector head. */
function sharedHead(v: SentenceView, ref: Ref): string | null {
  const cfg = v.ctx.model.config;
  if (!v.isIn(cfg.coordinators, ref.end)) return null;
  const other = refAt(v, ref.end + 1);
  if (other?.role !== "adj") return null;
  const h = headAt(v, other.end, 2, false);
  return h?.type === "sector" && h.entry.sector ? h.entry.sector : null;
}

/** A state reference coded with a sector (or unknown country when the name was left unresolved). */
function stateCandidate(v: SentenceView, start: number, ref: Ref, sector: string): Candidate {
  const cfg = v.ctx.model.config;
  const code =
    ref.choice.code === "" ? `${cfg.unknownCountry}${cfg.stateSector}` : `${ref.choice.code}${sector}`;
  return candidate(start, ref.end, ref.entry.id, code, "state", ref.choice.note);
}

/** "SEOUL, October 15 —": a capital written in capitals (its alias is not an acronym) is a dateline. */
function dateline(v: SentenceView, ref: Ref): boolean {
  for (let k = ref.start; k < ref.end; k++) {
    const t = v.lat.tokens[k]?.text ?? "";
    if (t.length < 2 || t !== t.toUpperCase() || t === t.toLowerCase()) return false;
  }
  return v.lat.tokens[ref.end]?.text === "," && ref.start === 0;
}

/**
 * "tariffs on Japanese cars", "a ban on Chinese electric drones": a demonym before a noun that is no actor
 * (no sector head was found) names the country an act is aimed at: the bare country code, kind `attributive`.
 */
function attributive(v: SentenceView, ref: Ref): Candidate | null {
  if (ref.choice.code === "") return null;
  const tokens = v.lat.tokens;
  let k = ref.end;
  // Up to two modifiers before the noun: "Japanese [electric] cars", "Russian [crude] oil".
  while (
    k < ref.end + 2 &&
    (tokens[k]?.pos === "ADJ" || tokens[k]?.pos === "NOUN") &&
    tokens[k + 1]?.pos === "NOUN"
  )
    k++;
  if (tokens[k]?.pos !== "NOUN") return null;
  return { start: ref.start, end: ref.end, entry: ref.entry.id, code: ref.choice.code, kind: "attributive" };
}

/**
 * "visited Beijing", "a trip to Tokyo", "drills around Taiwan": a country or seat of power in a place slot is no
 * actor, but it names the country an act is aimed at: the bare country code, kind `place` (a target only).
 */
function place(v: SentenceView, ref: Ref): Candidate | null {
  if (ref.choice.code === "") return null;
  const country = ref.entry.kind === "state" ? ref.choice.code : countryOfCode(ref.choice.code, v.ctx.model);
  return country
    ? { start: ref.start, end: ref.end, entry: ref.entry.id, code: country, kind: "place" }
    : null;
}

/** A reference used alone: a state name acting (GOV), a demonym as people, an IGO, a seat, a group. */
export function refAlone(
  v: SentenceView,
  start: number,
  ref: Ref,
  det: boolean,
  poss: boolean,
): Candidate | null {
  const cfg = v.ctx.model.config;
  const alone = notAlone(v, start, ref.end, cfg);
  switch (ref.entry.kind) {
    case "state": {
      if (ref.role === "people") return stateCandidate(v, start, ref, cfg.peopleSector);
      if (ref.role === "adj") {
        const shared = sharedHead(v, ref);
        if (shared) return stateCandidate(v, start, ref, shared);
        const next = v.lat.tokens[ref.end];
        const asNoun = det && (!next || !["NOUN", "PROPN", "ADJ"].includes(next.pos));
        return asNoun ? stateCandidate(v, start, ref, cfg.peopleSector) : attributive(v, ref);
      }
      if (!poss && alone) return null;
      if (!poss && inPlaceSlot(v, cfg.placeBeforeState, start)) return place(v, ref);
      return stateCandidate(v, start, ref, cfg.stateSector);
    }
    case "metonym": {
      const next = v.lat.tokens[ref.end];
      // "Kabul airport" is a place; "Seoul plans to spend" is wink tagging a verb as a noun.
      const nounAfter = next?.pos === "NOUN" && v.lat.tokens[ref.end + 1]?.lower !== "to";
      const modifier = next?.text === "-" || (nounAfter && !poss);
      if (alone || modifier || dateline(v, ref)) return null;
      if (inPlaceSlot(v, cfg.placeBeforeMetonym, start)) return place(v, ref);
      return candidate(start, ref.end, ref.entry.id, ref.choice.code, "metonym", ref.choice.note);
    }
    case "igo":
      return v.isIn(cfg.modifierOf, ref.end)
        ? null
        : candidate(start, ref.end, ref.entry.id, ref.choice.code, "igo", ref.choice.note);
    case "group":
      return alone
        ? null
        : candidate(start, ref.end, ref.entry.id, ref.choice.code, "group", ref.choice.note);
    default:
      return null;
  }
}
