import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { InputError, UsageError } from "../../core/index.js";
import { findMentions } from "../../actors/index.js";
import { suggestPatterns } from "../../coder/index.js";
import { DEFAULT_DATA_DIR, loadCameo } from "../../dict/index.js";
import { importPetrarch, lintVerbs } from "../../dict/verbs/index.js";
import { formatReport, parseGold, scoreGold, toScored } from "../../eval/index.js";
import { analyzeText } from "../../nlp/index.js";
import { codePassage } from "../../pipeline/index.js";
import type { CliEnv, RegisterCommands } from "../env.js";

/** The data folder chosen with the global --data flag, or the repository's. */
function dataDir(cmd: Command): string {
  return cmd.optsWithGlobals<{ data?: string }>().data ?? DEFAULT_DATA_DIR;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    throw new InputError("not_found", file, "cannot read file", cause);
  }
}

/** `dict lint`: every error in data/verbs with file:line; exit 1 when there are any. */
function lint(env: CliEnv, cmd: Command): void {
  const dir = dataDir(cmd);
  const cameo = loadCameo(join(dir, "cameo", "cameo.tsv"));
  const errors = lintVerbs(join(dir, "verbs"), cameo);
  for (const e of errors) env.err(e.message);
  if (errors.length > 0) env.setExitCode(1);
  else env.out(`dict lint: ${join(dir, "verbs")} ok`);
}

/** `dict test FILE`: runs a gold JSONL file through the pipeline and prints P/R/F1 per root. */
function goldTest(env: CliEnv, file: string, worst: number): void {
  const gold = parseGold(readText(file), file);
  const ctx = { model: env.model(), nlp: env.nlp(), dates: env.dates(), logger: { debug() {}, info() {}, warn() {} } };
  const items = gold.map((g) => ({
    gold: g,
    predicted: codePassage(g.text, g.date, g.id, ctx).map(toScored),
  }));
  env.out(formatReport(scoreGold(items), worst));
}

/** Lines of text from plain text files or JSONL files with a "text" field. */
function corpusTexts(paths: readonly string[]): string[] {
  const files = paths.flatMap((p) =>
    statSync(p, { throwIfNoEntry: false })?.isDirectory() ? readdirSync(p).map((f) => join(p, f)) : [p],
  );
  const texts: string[] = [];
  for (const f of files) {
    const text = readText(f);
    if (!f.endsWith(".jsonl")) {
      texts.push(text);
      continue;
    }
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === "") continue;
      const o = JSON.parse(line) as { text?: unknown };
      if (typeof o.text === "string") texts.push(o.text);
    }
  }
  return texts;
}

/** `dict suggest CORPUS...`: uncovered verbs and nouns between two actors, by frequency, with examples. */
function suggest(env: CliEnv, paths: readonly string[], top: number): void {
  const model = env.model();
  const items = corpusTexts(paths).map((text) => {
    const doc = analyzeText(env.nlp(), text);
    return { doc, mentions: findMentions(doc, model.actors, null) };
  });
  const rows = suggestPatterns(items, model).slice(0, top);
  for (const r of rows) {
    // The WordNet neighbour column: dictionary lemmas WordNet relates the verb to, with their codes (at most three).
    const wn = r.neighbours
      .slice(0, 3)
      .map((n) => `${n.lemma} → ${n.code}`)
      .join(", ");
    env.out(`${String(r.count).padStart(5)}  ${r.pos.padEnd(4)} ${wn ? `${r.lemma.padEnd(16)} WordNet neighbour: ${wn}` : r.lemma}`);
    for (const ex of r.examples) env.out(`         e.g. ${ex}`);
  }
  if (rows.length === 0) env.out("dict suggest: nothing uncovered between two actors");
}

/** `dict import FILE`: PETRARCH/TABARI verb dictionary → pattern lines on stdout, skipped rules on stderr. */
function importFile(env: CliEnv, file: string): void {
  const model = env.model();
  const res = importPetrarch(readText(file), model.cameo, new Set(model.verbs.classes.keys()));
  env.out(`# Imported from ${file}. Format: data/verbs/README.md\n# version: 0.0.1`);
  for (const l of res.lines) env.out(l);
  for (const s of res.skipped) env.err(`${file}:${s.line}: not imported (${s.reason}): ${s.text}`);
  env.err(`dict import: ${res.lines.length} patterns, ${res.skipped.length} lines not expressible`);
}

function positiveInt(flag: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} takes a whole number, got "${v}"`);
  return n;
}

/** `dyad dict lint|test|suggest|import`: tools for the verb pattern dictionary. */
export const registerDictCommands: RegisterCommands = (program, env) => {
  const dict = program
    .command("dict")
    .description("check, test and grow the verb pattern dictionary (data/verbs)");
  dict
    .command("lint")
    .description("check data/verbs: format, duplicate ids, unknown codes and classes (exit 1 on errors)")
    .action((_opts: unknown, cmd: Command) => lint(env, cmd));
  dict
    .command("test")
    .description(
      "run a gold JSONL file and print root-level P/R/F1, per-root table, status accuracy and misses",
    )
    .argument("<file>", "gold file: one JSON object a line with text, date and events")
    .option("--worst <n>", "how many misses to print", "20")
    .action((file: string, opts: { worst: string }) =>
      goldTest(env, file, positiveInt("--worst", opts.worst)),
    );
  dict
    .command("suggest")
    .description("rank verbs and nouns between two recognised actors that no pattern covers")
    .argument("<corpus...>", 'text files, JSONL files with a "text" field, or folders of them')
    .option("--top <n>", "how many to list", "40")
    .action((paths: string[], opts: { top: string }) => suggest(env, paths, positiveInt("--top", opts.top)));
  dict
    .command("import")
    .description("convert a PETRARCH/TABARI verb dictionary to data/verbs pattern lines (stdout)")
    .argument("<file>", "PETRARCH verb dictionary file")
    .action((file: string) => importFile(env, file));
};
