// Lists the trigger words the pattern dictionary misses, from the "pair" misses of event gold files (the gold event's
// two actors were both found, but the coder emitted no event between them in either direction; see
// scripts/fn-causes.ts). Usage (dev files only; held-out sets are refused):
//   npx tsx scripts/uncovered.ts $(ls data/gold/events/wire-dev*.jsonl) [--top N] [--min-files K] [--examples]
//     [--misses] [--new]
// It closes with one line: the pair misses, how many have a key no pattern heads, and how many such a verb key.
// For each such miss it takes the verbs and nouns that stand between the two mentions, or just around them ("X and Y
// met", "talks between X and Y"), except words heading a pattern that coded an event in the sentence, each keyed by
// lemma plus the particles and prepositions right after it ("crack down on", "n:rapprochement with"). It prints one
// row per key seen in at least K distinct files (default 2), the top N (default 60), ranked by files × precision:
//   miss   — pair misses the key stands in           files — distinct gold files among them
//   prec   — of every occurrence of the key between two actors (the same window rule) in the given files, the share
//            whose gold holds an event of the key's majority root between those two actors (either direction): a
//            would-be pattern's precision
//   occ    — those occurrences
//   dict   — `-` no pattern has the lemma as its head (a plain gap; --new lists only these), `h` some pattern has,
//            `hp` some pattern has it before the same word (the miss is then structural more often than lexical)
//   roots / codes — the missed gold events' roots and codes, by count
// With --examples, each row is followed by up to three of its misses; with --misses, every pair miss is listed first
// (`miss FILE ID SOURCE>TARGET CODE STATUS<tab>sentence`). Session 33 grew data/verbs from this list: most heads are
// already there, so read the examples of a row before adding a pattern, and check it with scripts/pattern-precision.ts.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { ActorMention, Token } from "../src/core/index.js";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { countryOf, parseGold } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const top = opt("--top", 60);
const minFiles = opt("--min-files", 2);
const withExamples = args.includes("--examples");
// --misses: also print every pair miss (id, pair, code, sentence) before the table.
const withMisses = args.includes("--misses");
// --new: only keys whose lemma heads no pattern (the dictionary's plain gaps).
const onlyNew = args.includes("--new");
const files = args.filter((a) => a.endsWith(".jsonl"));
if (files.some((f) => f.includes("heldout"))) throw new Error("held-out sets are not for tuning");

/** Words that carry no act of their own. */
const SKIP = new Set([
  "be",
  "have",
  "do",
  "get",
  "make",
  "take",
  "say",
  "tell",
  "year",
  "day",
  "week",
  "month",
  "time",
]);
/** How far a trigger may stand after the later mention, or before the earlier one. */
const AFTER = 4;
const BEFORE = 3;

/** Every occurrence of a key between two actors: how many, and how many with gold events of each root there. */
interface Occ {
  n: number;
  byRoot: Map<string, number>;
}
interface Row {
  miss: number;
  files: Set<string>;
  roots: Map<string, number>;
  codes: Map<string, number>;
  examples: string[];
}

/** The trigger key of token k: its lemma (nouns marked `n:`) and the particles/prepositions right after it. */
function keyAt(toks: readonly Token[], k: number): string {
  const t = toks[k]!;
  let key = t.pos === "NOUN" ? `n:${t.lemma}` : t.lemma;
  for (let j = k + 1; j < toks.length && j <= k + 2; j++) {
    const p = toks[j]!;
    if (p.pos !== "ADP" && p.pos !== "PART") break;
    if (p.lower === "'s" || (p.lower === "to" && toks[j + 1]?.pos === "VERB")) break;
    key += ` ${p.lower}`;
  }
  return key;
}

/** The two actor keys token k stands between or beside (nearest mentions of distinct countries), or null. */
function pairAt(ms: readonly ActorMention[], k: number): [string, string] | null {
  const left = ms.filter((m) => m.tokenEnd <= k).sort((a, b) => b.tokenEnd - a.tokenEnd);
  const right = ms.filter((m) => m.tokenStart > k).sort((a, b) => a.tokenStart - b.tokenStart);
  const l = left[0];
  const r = right.find((m) => l && countryOf(m.code) !== countryOf(l.code));
  if (l && r) return [countryOf(l.code), countryOf(r.code)];
  // "X and Y met": the two nearest mentions of distinct countries before it.
  if (l && k - l.tokenEnd < AFTER) {
    const o = left.find((m) => countryOf(m.code) !== countryOf(l.code));
    if (o) return [countryOf(o.code), countryOf(l.code)];
  }
  // "talks between X and Y": the two nearest after it.
  const f = right[0];
  if (f && f.tokenStart - k <= BEFORE) {
    const o = right.find((m) => countryOf(m.code) !== countryOf(f.code));
    if (o) return [countryOf(f.code), countryOf(o.code)];
  }
  return null;
}

/** Word classes of data/verbs/classes.txt (`$NAME word ...`, a class may go on in later lines of the same name). */
function wordClasses(file: string): Map<string, string[]> {
  const classes = new Map<string, string[]>();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [name, ...words] = line.replace(/#.*/, "").trim().split(/\s+/);
    if (name?.startsWith("$")) classes.set(name, [...(classes.get(name) ?? []), ...words]);
  }
  return classes;
}

/** The patterns' heads: per id, the head words (alternatives of the first element), and per word "HEAD NEXT" pairs. */
function patternHeads(dir: string): { byId: Map<string, string[]>; pairs: Set<string> } {
  const classes = wordClasses(join(dir, "..", "classes.txt"));
  const words = (el: string | undefined) =>
    (el?.split("/") ?? []).flatMap((w) => (w.startsWith("$") ? (classes.get(w) ?? []) : [w]));
  const byId = new Map<string, string[]>();
  const pairs = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".txt")))
    for (const line of readFileSync(join(dir, f), "utf8").split("\n")) {
      const [id, , head, next] = line.replace(/#.*/, "").split("|")[0]!.trim().split(/\s+/);
      if (!id || !head) continue;
      byId.set(id, words(head));
      for (const h of words(head)) {
        pairs.add(h);
        for (const n of words(next)) pairs.add(`${h} ${n}`);
      }
    }
  return { byId, pairs };
}

/** `-` when no pattern has the key's lemma as head, `h` when one has, `hp` when one has it before the key's word. */
function dictHas(key: string, pairs: Set<string>): string {
  const [lemma, next] = key.replace(/^n:/, "").split(" ");
  if (!pairs.has(lemma!)) return "-";
  return next !== undefined && pairs.has(`${lemma} ${next}`) ? "hp" : "h";
}

const model = loadModel();
const { byId: heads, pairs: headPairs } = patternHeads(
  join(import.meta.dirname, "..", "data", "verbs", "patterns"),
);
const nlp = createNlpEngine();
const rows = new Map<string, Row>();
/** Every pair miss (file id index) → the keys standing in it, for the closing summary line. */
const missKeys = new Map<string, Set<string>>();
const occs = new Map<string, Occ>();
const same = (p: [string, string], a: string, b: string) =>
  (p[0] === a && p[1] === b) || (p[0] === b && p[1] === a);
for (const file of files) {
  const name = basename(file, ".jsonl");
  for (const gold of parseGold(readFileSync(file, "utf8"), file)) {
    const doc = analyzeText(nlp, gold.text);
    const mentions = findMentions(doc, model.actors, gold.date);
    const events = codeDocument({ doc, mentions, docId: gold.id, date: gold.date }, model);
    const coded = events.map((e) => ({ s: countryOf(e.source.code), t: countryOf(e.target?.code ?? null) }));
    const left = events.map(
      (e) => `${countryOf(e.source.code)}>${countryOf(e.target?.code ?? null)}:${e.root}`,
    );
    const pairMiss = gold.events.filter((g) => {
      const i = left.indexOf(`${countryOf(g.source)}>${countryOf(g.target)}:${g.root}`);
      if (i >= 0) left.splice(i, 1);
      const s = countryOf(g.source);
      const t = countryOf(g.target);
      return i < 0 && !coded.some((e) => (e.s === s && e.t === t) || (e.s === t && e.t === s));
    });
    for (let gi = 0; gi < pairMiss.length; gi++) missKeys.set(`${name} ${gold.id} ${gi}`, new Set());
    if (withMisses)
      for (const g of pairMiss)
        process.stdout.write(
          `miss ${name} ${gold.id} ${g.source}>${g.target ?? "-"} ${g.code} ${g.status ?? ""}\t${gold.text}\n`,
        );
    doc.sentences.forEach((sent, si) => {
      const ms = (mentions[si] ?? []).filter((m) => m.kind !== "place" || m.country !== null);
      if (ms.length < 2) return;
      const toks = sent.tokens;
      const inMention = new Uint8Array(toks.length);
      for (const m of ms) inMention.fill(1, m.tokenStart, m.tokenEnd);
      // A word that heads a pattern which coded an event in this sentence was matched (as the trigger of another pair).
      const fired = new Set(
        events.filter((e) => e.evidence.sentence === si).flatMap((e) => heads.get(e.pattern) ?? []),
      );
      const covered = (t: Token) => fired.has(t.lemma) || fired.has(t.lower);
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if ((t.pos !== "VERB" && t.pos !== "NOUN") || inMention[k] || SKIP.has(t.lemma) || t.lemma.length < 3)
          continue;
        const pair = pairAt(ms, k);
        if (!pair) continue;
        const key = keyAt(toks, k);
        const roots = new Set(
          gold.events.filter((g) => same(pair, countryOf(g.source), countryOf(g.target))).map((g) => g.root),
        );
        const o = occs.get(key) ?? { n: 0, byRoot: new Map() };
        o.n++;
        for (const x of roots) o.byRoot.set(x, (o.byRoot.get(x) ?? 0) + 1);
        occs.set(key, o);
        if (covered(t)) continue;
        for (const [gi, g] of pairMiss.entries()) {
          if (!same(pair, countryOf(g.source), countryOf(g.target))) continue;
          missKeys.get(`${name} ${gold.id} ${gi}`)?.add(key);
          const r: Row = rows.get(key) ?? {
            miss: 0,
            files: new Set(),
            roots: new Map(),
            codes: new Map(),
            examples: [],
          };
          r.miss++;
          r.files.add(name);
          r.roots.set(g.root, (r.roots.get(g.root) ?? 0) + 1);
          const code = g.code ?? g.root;
          r.codes.set(code, (r.codes.get(code) ?? 0) + 1);
          if (r.examples.length < 3)
            r.examples.push(`${gold.id} ${g.source}>${g.target ?? "-"} ${g.code}: ${gold.text}`);
          rows.set(key, r);
        }
      }
    });
  }
}

const byCount = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
const out = [...rows]
  .filter(([key, r]) => r.files.size >= minFiles && (!onlyNew || dictHas(key, headPairs) === "-"))
  .map(([key, r]) => {
    const root = byCount(r.roots)[0]![0];
    const o = occs.get(key)!;
    const prec = (o.byRoot.get(root) ?? 0) / o.n;
    return { key, r, prec, occ: o.n, score: r.files.size * prec };
  })
  .sort((a, b) => b.score - a.score || b.r.files.size - a.r.files.size);
process.stdout.write("score  miss files  prec   occ  dict key                          roots / codes\n");
for (const { key, r, prec, occ, score } of out.slice(0, top)) {
  const roots = byCount(r.roots)
    .map(([k, v]) => `${k}×${v}`)
    .join(" ");
  const codes = byCount(r.codes)
    .slice(0, 4)
    .map(([k, v]) => `${k}×${v}`)
    .join(" ");
  process.stdout.write(
    `${score.toFixed(1).padStart(5)} ${String(r.miss).padStart(5)} ${String(r.files.size).padStart(5)}  ${prec.toFixed(2)} ${String(occ).padStart(5)}  ${dictHas(key, headPairs).padEnd(4)} ${key.padEnd(28)} ${roots} / ${codes}\n`,
  );
  if (withExamples) for (const x of r.examples) process.stdout.write(`        ${x}\n`);
}
// The summary: how many pair misses have a key no pattern heads (a plain gap), and how many a verb one.
const gap = [...missKeys.values()].filter((ks) => [...ks].some((k) => dictHas(k, headPairs) === "-"));
const verbGap = gap.filter((ks) => [...ks].some((k) => !k.startsWith("n:") && dictHas(k, headPairs) === "-"));
process.stdout.write(
  `pair misses ${missKeys.size}; with a key no pattern heads ${gap.length}; with such a verb key ${verbGap.length}\n`,
);
