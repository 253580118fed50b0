// Lists the missed gold events (fn) of coordinated actors: the coder coded the act (same root) for another member of
// the same list but not for this one. `npx tsx scripts/coord-misses.ts data/gold/events/wire-dev40.jsonl ...`.
//   subj  — the same root and target from another source listed with the missed one ("Mali, Burkina Faso and Niger")
//   obj   — the same root and source to another target listed with the missed one ("struck A and B")
//   recip — the same root the other way round only, between two listed actors ("X and Y met")
// Two mentions count as listed when only commas, "and", "or", "both", "as well as", "along with", "together with",
// "joined by" and articles stand between them. On held-out sets only the counts are printed.
import { codedGold, key, matchGold } from "./_gold-match.js";

const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const JOIN = /^(\s|,|and|or|both|as well as|along with|together with|joined by|the|its|their)*$/i;
const counts: Record<string, number> = { subj: 0, obj: 0, recip: 0 };
type Span = { readonly start: number; readonly end: number };
const gap = (text: string, a: Span, b: Span) =>
  text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));
for (const { gold, mentions: found, coded } of codedGold(process.argv.slice(2))) {
  const mentions = found.flat();
  const { missed } = matchGold(gold.events, coded);
  const ks = (e: (typeof coded)[number]) => key(e.source.code);
  const kt = (e: (typeof coded)[number]) => key(e.target?.code ?? null);
  for (const g of missed) {
    const s = key(g.source);
    const t = key(g.target);
    const same = coded.filter((e) => e.root === g.root);
    const recip = same.some((e) => ks(e) === s && kt(e) === t)
      ? undefined
      : same.find((e) => ks(e) === t && kt(e) === s);
    const subj = same.find((e) => kt(e) === t && ks(e) !== s);
    const obj = same.find((e) => ks(e) === s && kt(e) !== t);
    const via = recip ?? subj ?? obj;
    const cause = recip ? "recip" : subj ? "subj" : "obj";
    if (!via) continue;
    // The missed member and the coded one must be listed together.
    const missedKey = cause === "obj" ? t : s;
    const viaRef = cause === "obj" ? via.target : via.source;
    if (
      !viaRef ||
      !mentions.some(
        (m) =>
          key(m.code) === missedKey && m.start !== viaRef.start && JOIN.test(gap(gold.text, m, viaRef)),
      )
    )
      continue;
    counts[cause]!++;
    if (!heldOut)
      process.stdout.write(
        `${cause}\t${gold.id}\t${s}>${t}:${g.root}\tvia ${ks(via)}>${kt(via)}:${via.code} [${via.pattern}]\t${gold.text}\n`,
      );
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
