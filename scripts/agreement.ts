// Agreement between two hand codings of the same sentences, scored as the coder is scored (source country, target
// country, root), beside the coder's own score against each: `npx tsx scripts/agreement.ts FIRST.jsonl SECOND.jsonl`.
// Records are joined by id; only ids present in both count. Root-level F1 is symmetric, so "SECOND against FIRST"
// and the reverse give the same F1 with precision and recall swapped. Refuses held-out files.
import { readFileSync } from "node:fs";
import { findMentions } from "../src/actors/index.js";
import { codeDocument } from "../src/coder/index.js";
import { loadModel } from "../src/dict/index.js";
import { type GoldRecord, parseGold, type ScoredEvent, scoreGold, toScored } from "../src/eval/index.js";
import { analyzeText, createNlpEngine } from "../src/nlp/index.js";

const [firstFile, secondFile] = process.argv.slice(2);
if (firstFile === undefined || secondFile === undefined) {
  process.stderr.write("usage: npx tsx scripts/agreement.ts FIRST.jsonl SECOND.jsonl\n");
  process.exit(2);
}
if ([firstFile, secondFile].some((f) => f.includes("heldout"))) {
  process.stderr.write("agreement: held-out files are never read to compare codings\n");
  process.exit(2);
}
const read = (f: string) => new Map(parseGold(readFileSync(f, "utf8"), f).map((r) => [r.id, r]));
const first = read(firstFile);
const second = read(secondFile);
const ids = [...first.keys()].filter((id) => second.has(id));
/** A gold record's events as the scorer reads coded ones. */
const asCoded = (r: GoldRecord): ScoredEvent[] =>
  r.events.map((e) => ({ ...e, code: e.code ?? e.root, status: e.status ?? "occurred" }));

const model = loadModel();
const nlp = createNlpEngine();
const coded = new Map<string, ScoredEvent[]>();
for (const id of ids) {
  const g = first.get(id)!;
  const doc = analyzeText(nlp, g.text);
  const mentions = findMentions(doc, model.actors, g.date);
  coded.set(id, codeDocument({ doc, mentions, docId: id, date: g.date }, model).map(toScored));
}

/** One line: `label` scored against the reference coding `ref`. */
function line(label: string, ref: Map<string, GoldRecord>, other: (id: string) => ScoredEvent[]): string {
  const r = scoreGold(ids.map((id) => ({ gold: ref.get(id)!, predicted: other(id) })));
  const pc = (x: number) => `${(100 * x).toFixed(1)}%`;
  return `${label.padEnd(28)} tp ${r.tp} fp ${r.fp} fn ${r.fn}  P ${pc(r.precision)} R ${pc(r.recall)} F1 ${pc(r.f1)}  status ${pc(r.statusAccuracy)}`;
}
process.stdout.write(
  `${ids.length} sentences coded twice\n` +
    `${line("second against first", first, (id) => asCoded(second.get(id)!))}\n` +
    `${line("coder against first", first, (id) => coded.get(id)!)}\n` +
    `${line("coder against second", second, (id) => coded.get(id)!)}\n`,
);
