import { type ScheduleItem, ScheduleKind } from "../core/index.js";

// Kinds that name the same sort of gathering: "the 2+2 meeting" and "the 2+2 talks" are one item.
const KIND_FAMILY: Readonly<Record<ScheduleKind, string>> = {
  meeting: "meeting",
  talks: "meeting",
  summit: "summit",
  election: "election",
  deadline: "deadline",
  visit: "visit",
  vote: "vote",
  expiry: "expiry",
};

// Function words and the kind names themselves carry no identity: "G7 summit" vs "NATO summit" differ by one token.
const STOP_WORDS = new Set([
  "a",
  "an",
  "the",
  "of",
  "on",
  "in",
  "at",
  "for",
  "with",
  "and",
  "to",
  "between",
  "its",
  "their",
  ...ScheduleKind.options.flatMap((k) => [k, `${k}s`]),
]);

/** Minimum Jaccard similarity of title tokens for two titles to name the same item (unless one contains the other). */
const MIN_TITLE_SIMILARITY = 0.6;

/** A postponement moves an item by at most this many days; further apart it is another occurrence. */
const MAX_POSTPONEMENT_DAYS = 366;

/** The kind family used for matching (meeting and talks are one family). */
export function kindFamily(kind: ScheduleKind): string {
  return KIND_FAMILY[kind];
}

/** Lower-cased identity tokens of a title, without function words and kind names ("U.S." → "us", "2+2" kept). */
export function titleTokens(title: string): Set<string> {
  const words = title
    .toLowerCase()
    .replace(/\./g, "")
    .split(/[^\p{L}\p{N}+&]+/u);
  return new Set(words.filter((w) => w.length > 0 && !STOP_WORDS.has(w)));
}

/** Same word up to an ending: equal, or one (4+ letters) begins the other ("japan" / "japanese"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Title similarity in [0, 1]: 1 when one token set contains the other, else Jaccard; null when either is empty. */
export function titleSimilarity(a: string, b: string): number | null {
  const ta = [...titleTokens(a)];
  const tb = [...titleTokens(b)];
  if (ta.length === 0 || tb.length === 0) return null;
  const shared = ta.filter((x) => tb.some((y) => sameWord(x, y))).length;
  const sharedB = tb.filter((y) => ta.some((x) => sameWord(x, y))).length;
  if (shared === ta.length || sharedB === tb.length) return 1;
  return shared / (ta.length + tb.length - shared);
}

/** True when two actor codes can name the same party: equal, or one is a prefix of the other (JPN, JPNGOV). */
function codesOverlap(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** True when the actor lists share a party; an empty list says nothing and never contradicts. */
export function actorsCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) => b.some((y) => codesOverlap(x, y)));
}

function sameAtPrecision(a: string, b: string, precisionA: string, precisionB: string): boolean {
  const width =
    precisionA === "year" || precisionB === "year"
      ? 4
      : precisionA === "month" || precisionB === "month"
        ? 7
        : 10;
  return a.slice(0, width) === b.slice(0, width);
}

/** Every start date the item has been known by (current and historical). */
function knownStarts(item: ScheduleItem): string[] {
  const dates = item.history.map((h) => h.start).filter((d): d is string => d !== null);
  if (item.start !== null) dates.push(item.start);
  return dates;
}

/** True when the dates allow one item: equal (at the coarser precision), unknown, or changed by a postponement. */
export function datesCompatible(existing: ScheduleItem, incoming: ScheduleItem): boolean {
  if (incoming.start === null || existing.start === null) return true;
  const start = incoming.start;
  const starts = knownStarts(existing);
  if (starts.some((d) => sameAtPrecision(d, start, existing.precision, incoming.precision))) return true;
  // A different date is the same item only through a postponement, within a year, and never after it was held.
  if (existing.status === "held" || incoming.status === "held") return false;
  const postponed =
    incoming.status === "postponed" ||
    existing.history.some((h) => h.status === "postponed") ||
    existing.status === "postponed";
  return postponed && starts.some((d) => Math.abs(daysBetween(d, start)) <= MAX_POSTPONEMENT_DAYS);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/**
 * How well an incoming observation matches an existing item: null when it is another real-world thing, else a
 * score (higher is better) used to pick among several candidates.
 */
export function matchScore(existing: ScheduleItem, incoming: ScheduleItem): number | null {
  if (kindFamily(existing.kind) !== kindFamily(incoming.kind)) return null;
  if (!actorsCompatible(existing.actors, incoming.actors)) return null;
  if (!datesCompatible(existing, incoming)) return null;
  const sim = titleSimilarity(existing.title, incoming.title);
  if (sim !== null && sim < MIN_TITLE_SIMILARITY) return null;
  // A generic title ("the meeting") matches only when both sides name actors that overlap.
  if (sim === null && (existing.actors.length === 0 || incoming.actors.length === 0)) return null;
  const sameKind = existing.kind === incoming.kind ? 0.1 : 0;
  return (sim ?? 0.5) + sameKind;
}
