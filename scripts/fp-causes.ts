// Sorts every false event (fp) of the given event gold files by its likely cause, and prints the counts and, with
// VERBOSE=1, one line per false event: `npx tsx scripts/fp-causes.ts data/gold/events/wire-dev6.jsonl ...`.
// The counterpart of scripts/fn-causes.ts; on held-out files it prints the counts only.
//   empty   — the sentence's gold has no event at all
//   dup     — the same (source, target, root) as a gold event already matched: one copy too many
//   reverse — the gold has this root the other way round
//   root    — the gold has an event between the two with another root: the act was taken for another
//   nogold  — both are actors of the sentence's gold events, but the gold has no event between them
//   stray   — one side is in no gold event of the sentence (a bystander, a place, or no actor at all)
import { countryOf } from "../src/eval/index.js";
import { codedGold } from "./_gold-match.js";

const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const verbose = process.env.VERBOSE === "1" && !heldOut;
const counts: Record<string, number> = { empty: 0, dup: 0, reverse: 0, root: 0, nogold: 0, stray: 0 };
let total = 0;
for (const { gold, coded } of codedGold(process.argv.slice(2))) {
  const want = gold.events.map((g) => ({ s: countryOf(g.source), t: countryOf(g.target), root: g.root }));
  // Coded and gold events are matched one to one on (source, target, root), as the scorer does.
  const left = [...want];
  const actors = new Set(want.flatMap((g) => [g.s, g.t]));
  for (const e of coded) {
    const s = countryOf(e.source.code);
    const t = countryOf(e.target?.code ?? null);
    const i = left.findIndex((g) => g.s === s && g.t === t && g.root === e.root);
    if (i >= 0) {
      left.splice(i, 1);
      continue;
    }
    total++;
    let cause: string;
    if (want.length === 0) cause = "empty";
    else if (want.some((g) => g.s === s && g.t === t && g.root === e.root)) cause = "dup";
    else if (want.some((g) => g.s === t && g.t === s && g.root === e.root)) cause = "reverse";
    else if (want.some((g) => (g.s === s && g.t === t) || (g.s === t && g.t === s))) cause = "root";
    else if (actors.has(s) && actors.has(t)) cause = "nogold";
    else cause = "stray";
    counts[cause]!++;
    if (verbose)
      process.stdout.write(`${cause}\t${gold.id}\t${s}>${t}:${e.root}\t${e.pattern}\t${gold.text}\n`);
  }
}
process.stdout.write(
  `${total} false events: ${Object.entries(counts)
    .map(([k, v]) => `${k} ${v} (${((100 * v) / Math.max(1, total)).toFixed(0)}%)`)
    .join(", ")}\n`,
);
