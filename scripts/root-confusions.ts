// Lists the root confusions of the given event gold files: a gold event missed while the coder emitted, between the
// same two actors in the same direction, an unmatched event of another root. One line per confusion (with
// VERBOSE=1): id, pair, gold root/code, coded root/code, the pattern that fired and its evidence text; then the
// counts by coded root → gold root and by pattern. `npx tsx scripts/root-confusions.ts data/gold/events/wire-dev40.jsonl`
import { codedGold, key, matchGold } from "./_gold-match.js";

const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const verbose = process.env.VERBOSE === "1" && !heldOut;
const byRoots = new Map<string, number>();
const byPattern = new Map<string, number>();
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
let total = 0;
for (const { gold, coded } of codedGold(process.argv.slice(2))) {
  const { left, missed } = matchGold(gold.events, coded);
  for (const g of missed) {
    const s = key(g.source);
    const t = key(g.target);
    const i = left.findIndex((e) => e.s === s && e.t === t);
    if (i < 0) continue;
    const c = left[i]!;
    left.splice(i, 1);
    total++;
    bump(byRoots, `${c.root}->${g.root}`);
    bump(byPattern, c.e.pattern);
    if (verbose)
      process.stdout.write(
        `${gold.id}\t${s}>${t}\tgold ${g.code} ${g.status}\tcoded ${c.e.code} ${c.e.status}\t[${c.e.pattern}] "${c.e.evidence.text}"\t${gold.text}\n`,
      );
  }
}
const top = (m: Map<string, number>) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `${k} ${v}`)
    .join(", ");
process.stdout.write(
  `${total} root confusions\nby coded->gold root: ${top(byRoots)}\nby pattern: ${top(byPattern)}\n`,
);
