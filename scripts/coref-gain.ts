// What resolving a reference would gain: for each missed gold event (or one coded with a wrong party) whose party P is
// named in the sentence, each pronoun or pointing noun after P's first name ("it", "its", "they", "the country",
// "the bloc", "both sides", ...) is replaced by that name in turn and the sentence coded again; a reference counts
// when the missed event is then found. Prints the reference word, the gain and the false events the swap adds.
// `npx tsx scripts/coref-gain.ts data/gold/events/wire-dev40.jsonl ...`. On held-out sets only the counts are printed.
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";
import { codedGold, key, matchGold } from "./_gold-match.js";

const heldOut = process.argv.slice(2).some((f) => f.includes("heldout"));
const REF =
  /\b(?:(?:both|the two) (?:sides|countries|nations|governments|neighbou?rs|states|parties|capitals)|(?:its|their) neighbou?rs?|the (?:country|nation|state|republic|kingdom|island|emirate|archipelago|bloc|alliance|union|organi[sz]ation|group|militants|movement|militia|government|regime|junta|administration|authorities)|it|its|itself|they|their|them)\b/gi;
const model = loadModel();
const nlp = createNlpEngine();
const counts: Record<string, number> = {};
const bump = (k: string, n = 1) => {
  counts[k] = (counts[k] ?? 0) + n;
};
// CODED_IDS=a,b,... limits the run to those records.
const only = process.env.CODED_IDS ? new Set(process.env.CODED_IDS.split(",")) : null;
for (const { gold, mentions: found, coded } of codedGold(process.argv.slice(2), model)) {
  if (only && !only.has(gold.id)) continue;
  const mentions = found.flat();
  const { missed, left } = matchGold(gold.events, coded);
  const tried = new Set<string>();
  for (const g of missed) {
    for (const p of [key(g.source), key(g.target)]) {
      const named = mentions.find((m) => key(m.code) === p && m.kind !== "coref" && m.kind !== "attributive");
      if (!named || tried.has(`${p}`)) continue;
      tried.add(p);
      for (const r of gold.text.slice(named.end).matchAll(REF)) {
        const at = named.end + r.index;
        const word = r[0].toLowerCase();
        const possessive = /^(its|their)$/.test(word) || /^(its|their) /.test(word);
        const name = named.text.replace(/^the /i, "");
        const sub = possessive ? `${name}'s${word.replace(/^(its|their)/, "")}` : name;
        const text = gold.text.slice(0, at) + sub + gold.text.slice(at + r[0].length);
        const doc = analyzeText(nlp, text);
        const ms = findMentions(doc, model.actors, gold.date);
        const recoded = codeDocument({ doc, mentions: ms, docId: gold.id, date: gold.date }, model);
        const after = matchGold(gold.events, recoded);
        const gained = missed.length - after.missed.length;
        const added = after.left.length - left.length;
        const cls = /^(it|its|itself)$/.test(word) ? "it" : /^(they|their|them)$/.test(word) ? "they" : word;
        bump(`tried ${cls}`);
        if (gained > 0) {
          bump(`gain ${cls}`, gained);
          bump(`gainfp ${cls}`, added);
          bump("GAIN", gained);
          bump("GAINFP", added);
          if (!heldOut)
            process.stdout.write(
              `gain\t${gained}\t${added}\t${p}\t${word}\t${gold.id}\t${gold.text.slice(Math.max(0, at - 40), at)}[[${r[0]}]]${gold.text.slice(at + r[0].length, at + r[0].length + 30)}\t${gold.text}\n`,
            );
        }
      }
    }
  }
}
process.stdout.write(`${JSON.stringify(counts, null, 1)}\n`);
