// Lists the missed gold events (fn) and the events coded with a wrong party where one gold party may be named only by a
// pronoun or a pointing noun ("it", "its", "they", "the country", "the bloc", "both sides", ...).
// `npx tsx scripts/coref-misses.ts data/gold/events/wire-dev40.jsonl ...`. Classes, per party of a missed event:
//   ref-only   — the party's only mentions are the actor stage's `coref` mentions (resolved; the coder missed the act)
//   unresolved — no mention of the party at all, and a reference word in the sentence (the antecedent is in an earlier
//                sentence of the record when `prev` follows, else nowhere the actor stage found)
//   named+ref  — the party is named and a reference word follows its first mention (antecedent in the same sentence)
// `wrong` marks a missed event whose root was coded with the other party right and this party wrong.
// On held-out sets only the counts are printed.
import { codedGold, key, matchGold } from "./_gold-match.js";

const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const REFS: readonly [string, RegExp][] = [
  ["pair", /\b(both|the two) (sides|countries|nations|governments|neighbou?rs|states|parties|capitals)\b/i],
  ["neighbour", /\b(its|their) neighbou?rs?\b/i],
  ["country", /\bthe (country|nation|state|republic)\b/i],
  ["kingdom", /\bthe (kingdom|island|emirate|archipelago|island nation|strip|enclave)\b/i],
  ["bloc", /\bthe (bloc|alliance|union|organi[sz]ation|body|agency|watchdog|court)\b/i],
  ["group", /\bthe (group|militants|movement|militia|rebels|insurgents)\b/i],
  ["government", /\bthe (government|regime|junta|administration|authorities|military|army)\b/i],
  ["it", /\b(it|its|itself)\b/i],
  ["they", /\b(they|their|them|themselves)\b/i],
];
const counts: Record<string, number> = {};
const bump = (k: string) => {
  counts[k] = (counts[k] ?? 0) + 1;
};
for (const { gold, doc, mentions: found, coded } of codedGold(process.argv.slice(2))) {
  const mentions = found.flat();
  const { missed, left } = matchGold(gold.events, coded);
  const sentences = mentions.length ? Math.max(...mentions.map((m) => m.sentence)) + 1 : 1;
  void doc;
  for (const g of missed) {
    const s = key(g.source);
    const t = key(g.target);
    const wrong = left.find((e) => e.root === g.root && ((e.s === s && e.t !== t) || (e.t === t && e.s !== s)));
    for (const [side, p] of [
      ["src", s],
      ["tgt", t],
    ] as const) {
      const mp = mentions.filter((m) => key(m.code) === p);
      const named = mp.filter((m) => m.kind !== "coref");
      let cls = "";
      let ref = "";
      let where = "";
      if (mp.length > 0 && named.length === 0) {
        cls = "ref-only";
        ref = mp[0]!.text.toLowerCase();
        where = "";
      } else if (mp.length === 0) {
        const hit = REFS.find(([, re]) => re.test(gold.text));
        if (!hit) continue;
        cls = "unresolved";
        ref = hit[0];
        where = sentences > 1 ? "multi" : "one";
      } else {
        const after = gold.text.slice(named[0]!.end);
        const hit = REFS.find(([, re]) => re.test(after));
        if (!hit) continue;
        cls = "named+ref";
        ref = hit[0];
        where = named.some((m) => m.sentence > 0) ? "multi" : "same";
      }
      // A party of a wrong-party event is the one that differs.
      if (wrong && ((side === "src" && wrong.s === s) || (side === "tgt" && wrong.t === t))) continue;
      const w = wrong ? "wrong" : "fn";
      bump(`${cls}\t${w}`);
      bump(`${cls}:${cls === "ref-only" ? "-" : ref}`);
      if (!heldOut)
        process.stdout.write(
          `${cls}\t${w}\t${side}\t${ref}\t${where}\t${gold.id}\t${s}>${t}:${g.root}${wrong ? `\tgot ${wrong.s}>${wrong.t}` : ""}\t${gold.text}\n`,
        );
    }
  }
}
process.stdout.write(`${JSON.stringify(counts, null, 1)}\n`);
