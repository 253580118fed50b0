import type { ScheduleChange, ScheduleItem, ScheduleStatus } from "../core/index.js";
import { matchScore } from "./_match.js";

export { actorsCompatible, kindFamily, matchScore, titleSimilarity } from "./_match.js";

/** Items after linking, and for each incoming observation the index of the item it went into. */
export interface LinkResult {
  readonly items: ScheduleItem[];
  readonly assignment: number[];
}

// Same observation day: a later stage of the lifecycle wins (a sentence about the plan, then one about the cancellation).
const STATUS_RANK: Readonly<Record<ScheduleStatus, number>> = {
  scheduled: 0,
  postponed: 1,
  cancelled: 2,
  held: 2,
};

function changeKey(c: ScheduleChange): string {
  const e = c.evidence;
  return [c.status, c.start, c.end, c.observedOn, e.docId, e.sentence, e.start, e.end].join("\u241f");
}

/** Orders changes by observation date (unknown first), then lifecycle stage; stable otherwise. */
function compareChanges(a: ScheduleChange, b: ScheduleChange): number {
  const da = a.observedOn ?? "";
  const db = b.observedOn ?? "";
  if (da !== db) return da < db ? -1 : 1;
  return STATUS_RANK[a.status] - STATUS_RANK[b.status];
}

/** The item's changes; an item without history stands for one change made of its own fields. */
function changesOf(item: ScheduleItem): ScheduleChange[] {
  if (item.history.length > 0) return [...item.history];
  return [
    { status: item.status, start: item.start, end: item.end, observedOn: null, evidence: item.evidence },
  ];
}

function sortedUnique(changes: readonly ScheduleChange[]): ScheduleChange[] {
  const seen = new Set<string>();
  const out: ScheduleChange[] = [];
  for (const c of changes) {
    const k = changeKey(c);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(c);
  }
  return out.sort(compareChanges);
}

function unionActors(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Folds one observation into an item: full history, status of the latest change, dates of the latest dated one. */
function absorb(item: ScheduleItem, obs: ScheduleItem): ScheduleItem {
  const obsChanges = changesOf(obs);
  const obsKeys = new Set(obsChanges.map(changeKey));
  const itemChanges = changesOf(item);
  const history = sortedUnique([...itemChanges, ...obsChanges]);
  const current = history[history.length - 1]!;
  const dated = history.filter((c) => c.start !== null).pop();
  const datedFromObs = dated !== undefined && obsKeys.has(changeKey(dated));
  const itemLatest = sortedUnique(itemChanges).pop()!;
  const obsIsNewer = compareChanges(sortedUnique(obsChanges).pop()!, itemLatest) >= 0;
  return {
    ...item,
    start: dated ? dated.start : item.start,
    end: dated ? dated.end : item.end,
    precision: datedFromObs ? obs.precision : item.precision,
    place: obsIsNewer ? (obs.place ?? item.place) : (item.place ?? obs.place),
    actors: unionActors(item.actors, obs.actors),
    status: current.status,
    history,
    evidence: statusEvidence(history),
  };
}

/** Evidence for the current status: among the latest run of that status, the first dated change, else the first. */
function statusEvidence(history: readonly ScheduleChange[]): ScheduleChange["evidence"] {
  const current = history[history.length - 1]!;
  let from = history.length - 1;
  while (from > 0 && history[from - 1]!.status === current.status) from--;
  const run = history.slice(from);
  return (run.find((c) => c.start !== null) ?? run[0]!).evidence;
}

/** Gives an item an explicit, ordered history (one change made of its own fields when it had none). */
function withHistory(item: ScheduleItem): ScheduleItem {
  return { ...item, history: sortedUnique(changesOf(item)) };
}

/**
 * Links incoming schedule observations to existing items (and to each other), returning the items and where each
 * observation went. Pure: inputs are not changed.
 */
export function linkScheduleItems(
  existing: readonly ScheduleItem[],
  incoming: readonly ScheduleItem[],
): LinkResult {
  const items = [...existing];
  const assignment: number[] = [];
  for (const obs of incoming) {
    let best = -1;
    let bestScore = -1;
    items.forEach((item, i) => {
      const score = matchScore(item, obs);
      if (score !== null && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0) {
      items[best] = absorb(items[best]!, obs);
      assignment.push(best);
    } else {
      items.push(withHistory(obs));
      assignment.push(items.length - 1);
    }
  }
  return { items, assignment };
}

/**
 * Merges incoming schedule observations into existing items: an observation of the same real-world thing (same kind
 * family, overlapping actors, similar title, compatible dates) joins that item's history; others become new items.
 *
 * @example mergeScheduleItems([announcedMeeting], [cancellationReport]) // → [one item, status "cancelled"]
 */
export function mergeScheduleItems(
  existing: readonly ScheduleItem[],
  incoming: readonly ScheduleItem[],
): ScheduleItem[] {
  return linkScheduleItems(existing, incoming).items;
}
