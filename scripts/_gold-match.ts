// Matching of coded events to a gold record's events, one to one on (source, target, root) by scoring key, as the
// scorer does; shared by the miss-analysis scripts.
import type { GoldEvent } from "../src/eval/index.js";

/** The scoring key of a code: the first three letters, or the whole code for an IGO. */
export const key = (c: string | null) => (c === null ? "" : c.startsWith("IGO") ? c : c.slice(0, 3));

/** A coded event reduced to its scoring key. */
export interface KeyedEvent {
  readonly s: string;
  readonly t: string;
  readonly root: string;
}

/**
 * Keys the coded events and matches them to the gold events: `missed` are the gold events no coded one matched,
 * `left` the coded events no gold one matched (the coder's other readings).
 */
export function matchGold(
  gold: readonly GoldEvent[],
  coded: readonly { source: { code: string }; target: { code: string } | null; root: string }[],
): { events: KeyedEvent[]; left: KeyedEvent[]; missed: GoldEvent[] } {
  const events = coded.map((e) => ({ s: key(e.source.code), t: key(e.target?.code ?? null), root: e.root }));
  const left = [...events];
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const i = left.findIndex((e) => e.s === key(g.source) && e.t === key(g.target) && e.root === g.root);
    if (i >= 0) left.splice(i, 1);
    else missed.push(g);
  }
  return { events, left, missed };
}
