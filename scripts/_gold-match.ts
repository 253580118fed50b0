// Matching of coded events to a gold record's events, one to one on (source, target, root) by scoring key, as the
// scorer does; shared by the miss-analysis scripts.
import type { GoldEvent } from "../src/eval/index.js";

/** The scoring key of a code: the first three letters, or the whole code for an IGO. */
export const key = (c: string | null) => (c === null ? "" : c.startsWith("IGO") ? c : c.slice(0, 3));

/** A coded event reduced to its scoring key, with the coded event itself (`e`). */
export interface KeyedEvent<E = unknown> {
  readonly s: string;
  readonly t: string;
  readonly root: string;
  readonly e: E;
}

/** What matching reads of a coded event. */
interface Coded {
  readonly source: { readonly code: string };
  readonly target: { readonly code: string } | null;
  readonly root: string;
}

/**
 * Keys the coded events and matches them to the gold events: `missed` are the gold events no coded one matched,
 * `left` the coded events no gold one matched (the coder's other readings).
 */
export function matchGold<E extends Coded>(
  gold: readonly GoldEvent[],
  coded: readonly E[],
): { events: KeyedEvent<E>[]; left: KeyedEvent<E>[]; missed: GoldEvent[] } {
  const events = coded.map((e) => ({ s: key(e.source.code), t: key(e.target?.code ?? null), root: e.root, e }));
  const left = [...events];
  const missed: GoldEvent[] = [];
  for (const g of gold) {
    const i = left.findIndex((e) => e.s === key(g.source) && e.t === key(g.target) && e.root === g.root);
    if (i >= 0) left.splice(i, 1);
    else missed.push(g);
  }
  return { events, left, missed };
}
