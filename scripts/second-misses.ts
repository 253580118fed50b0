// Lists the "second" misses of fn-causes.ts (a gold event between a pair the coder already coded, each coded event
// matching another gold one) with the events coded between the pair (code and pattern id), sorted by direction:
//   same-root — the pair is coded this way with the same root, but the gold has that root twice between them
//   same      — the pair is coded this way with other roots only (a second act of the same source)
//   reverse   — the pair is coded only the other way (the counterpart's act, or a reciprocal act's second direction)
//   self      — both actors are of one country (a domestic pair)
// and closes with the counts per class and the commonest coded-root → missed-root pairs:
// `npx tsx scripts/second-misses.ts $(ls data/gold/events/wire-dev4*.jsonl)` (QUIET=1: counts only).
import { codedGold, key, matchGold } from "./_gold-match.js";

const quiet = process.env.QUIET === "1";
const classes = new Map<string, number>();
const rootPairs = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let n = 0;
for (const { gold, mentions, coded } of codedGold(process.argv.slice(2))) {
  const found = new Set(mentions.flat().map((m) => key(m.code)));
  const { left, missed } = matchGold(gold.events, coded);
  for (const g of missed) {
    const s = key(g.source);
    const t = key(g.target);
    if (!found.has(s) || !found.has(t)) continue;
    // Another reading of the act ("reverse", "root", "other" in fn-causes.ts) is no second act.
    if (left.some((e) => (e.s === s && e.t === t) || (e.s === t && e.t === s))) continue;
    const keyed = coded.map((e) => ({ e, s: key(e.source.code), t: key(e.target?.code ?? null) }));
    const ahead = keyed.filter((x) => x.s === s && x.t === t);
    const back = keyed.filter((x) => x.s === t && x.t === s);
    if (ahead.length + back.length === 0) continue;
    n++;
    const cls =
      s === t
        ? "self"
        : ahead.some((x) => x.e.root === g.root)
          ? "same-root"
          : ahead.length > 0
            ? "same"
            : "reverse";
    bump(classes, cls);
    bump(rootPairs, `${cls} ${(ahead[0] ?? back[0])!.e.root}→${g.root}`);
    if (quiet) continue;
    const shown = [...ahead, ...back].map((x) => `${x.s}>${x.t}:${x.e.code}[${x.e.pattern}]`).join(" ; ");
    process.stdout.write(
      `${cls}\t${gold.id}\t${s}>${t}:${g.code} ${g.status}\tcoded ${shown}\n\t${gold.text}\n`,
    );
  }
}
const top = [...rootPairs].sort((a, b) => b[1] - a[1]).slice(0, 15);
process.stdout.write(
  `${n} second misses: ${[...classes].map(([k, v]) => `${k} ${v}`).join(", ")}\n` +
    `commonest coded → missed roots: ${top.map(([k, v]) => `${k} ${v}`).join(", ")}\n`,
);
