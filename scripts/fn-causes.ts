// Sorts every missed gold event (fn) of the given event gold files by its likely cause, and prints the counts and,
// with VERBOSE=1, one line per miss: `npx tsx scripts/fn-causes.ts data/gold/events/wire-dev6.jsonl ...`.
//   actor   — the source or target country has no actor mention in the sentence (the actor stage's miss)
//   pair    — both are mentioned but the coder emitted no event between them in either direction
//   second  — the coder emitted events between them, each matching another gold event: one more act was missed
//   reverse — an unmatched event of the same root was emitted the other way round
//   root    — an unmatched event between them (this direction) has another root: the act was taken for another
//   other   — an unmatched event the other way round has another root
import { codedGold, key, matchGold } from "./_gold-match.js";

// Held-out sets measure generalisation and are never read to tune: for them only the counts are printed.
const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const verbose = process.env.VERBOSE === "1" && !heldOut;
const counts: Record<string, number> = { actor: 0, pair: 0, second: 0, reverse: 0, root: 0, other: 0 };
let fnTotal = 0;
for (const { gold, mentions, coded } of codedGold(process.argv.slice(2))) {
  const found = new Set(mentions.flat().map((m) => key(m.code)));
  // Gold and coded events are matched one to one on (source, target, root), as the scorer does.
  const { events, left, missed } = matchGold(gold.events, coded);
  for (const g of missed) {
    fnTotal++;
    const s = key(g.source);
    const t = key(g.target);
    let cause: string;
    if (!found.has(s) || !found.has(t)) cause = "actor";
    // Coded events not matched to a gold one (`left`) are the coder's other reading of this act.
    else if (left.some((e) => e.s === t && e.t === s && e.root === g.root)) cause = "reverse";
    else if (left.some((e) => e.s === s && e.t === t)) cause = "root";
    else if (left.some((e) => e.s === t && e.t === s)) cause = "other";
    else if (events.some((e) => (e.s === s && e.t === t) || (e.s === t && e.t === s))) cause = "second";
    else cause = "pair";
    counts[cause]!++;
    // The roots coded between the two (this direction first), to see what the coder took the act for.
    const coded = [...left.filter((e) => e.s === s && e.t === t), ...left.filter((e) => e.s === t && e.t === s)]
      .map((e) => e.root)
      .join(",");
    if (verbose) process.stdout.write(`${cause}\t${gold.id}\t${s}>${t}:${g.root}\tcoded ${coded || "-"}\t${gold.text}\n`);
  }
}
process.stdout.write(
  `${fnTotal} missed events: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v} (${((100 * v) / Math.max(1, fnTotal)).toFixed(0)}%)`)
    .join(", ")}\n`,
);
