import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { InputError, UsageError } from "../../core/index.js";
import {
  importPetrarchActors,
  lintActors,
  lookupActor,
  renderActorEntries,
  renderCountryFile,
} from "../../dict/actors/index.js";
import { DEFAULT_DATA_DIR } from "../../dict/index.js";
import type { CliEnv, RegisterCommands } from "../env.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The actors folder: --dir, else the global --data folder's actors/, else the repository's. */
function actorsDir(cmd: Command, dir: string | undefined): string {
  if (dir) return dir;
  const data = (cmd.optsWithGlobals() as { data?: string }).data;
  return join(data ?? DEFAULT_DATA_DIR, "actors");
}

/** Writes text to a file, or to stdout when no file is given. */
function emit(env: CliEnv, text: string, out: string | undefined): void {
  if (!out) {
    env.out(text.replace(/\n$/, ""));
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (cause) {
    throw new InputError("write_failed", out, "cannot write file", cause);
  }
  env.err(`wrote ${out}`);
}

/** `actors lookup NAME [--date D] [--json]`: what a name codes as on a date. */
function lookup(env: CliEnv, name: string, opts: { date?: string; json?: boolean }): void {
  if (name.trim() === "") throw new UsageError("actors lookup: NAME must not be empty");
  if (opts.date !== undefined && !DATE.test(opts.date))
    throw new UsageError(`--date must be YYYY-MM-DD, got "${opts.date}"`);
  const found = lookupActor(env.model().actors, name, opts.date ?? null);
  if (opts.json) env.out(JSON.stringify(found));
  else if (found.length === 0) env.err(`no dictionary entry for "${name}"`);
  else for (const f of found) env.out([f.code || "-", f.kind, f.entry, f.note ?? ""].join("\t").trimEnd());
  if (found.length === 0) env.setExitCode(1);
}

/** `actors lint [--dir DIR]`: every problem in the actor files; exit 1 on errors. */
function lint(env: CliEnv, dir: string): void {
  const r = lintActors(dir);
  for (const e of r.errors) env.out(`error: ${e}`);
  for (const w of r.warnings) env.out(`warning: ${w}`);
  env.out(
    Object.entries(r.counts)
      .map(([k, v]) => `${k}=${v}`)
      .join(" "),
  );
  if (r.errors.length > 0) env.setExitCode(1);
}

/** `actors import FILE [--out F] [--agents] [--dict-version V]`: converts a PETRARCH/TABARI dictionary. */
function importFile(
  env: CliEnv,
  file: string,
  opts: { out?: string; agents?: boolean; dictVersion: string },
): void {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    throw new InputError("read_failed", file, "cannot read file", cause);
  }
  const { entries, skipped } = importPetrarchActors(text, file, opts.agents ?? /agent/i.test(file));
  for (const s of skipped) env.err(`${file}:${s.line}: skipped: ${s.text.trim()}`);
  emit(
    env,
    renderActorEntries(entries, opts.dictVersion, [`Imported from ${file} by dyad actors import.`]),
    opts.out,
  );
  env.err(`${entries.length} entries, ${skipped.length} lines skipped`);
}

/** Adds `actors lookup`, `actors lint`, `actors import` and `actors countries`. */
export const registerActorsCommands: RegisterCommands = (program, env) => {
  const actors = program.command("actors").description("actor dictionary: look up, lint, import");
  actors
    .command("lookup")
    .description("show what a name codes as on a date")
    .argument("<name>", "name as written in news")
    .option("--date <date>", "document date YYYY-MM-DD")
    .option("--json", "print JSON")
    .action((name: string, opts: { date?: string; json?: boolean }) => lookup(env, name, opts));
  actors
    .command("lint")
    .description("validate every actor file and report all problems")
    .option("--dir <dir>", "actors folder (default: DATA/actors)")
    .action((opts: { dir?: string }, cmd: Command) => lint(env, actorsDir(cmd, opts.dir)));
  actors
    .command("import")
    .description("convert a PETRARCH/TABARI actors or agents dictionary to Dyad's format")
    .argument("<file>", "PETRARCH dictionary file")
    .option("--out <file>", "write here instead of stdout")
    .option("--agents", "treat as an agents file (default: when the file name contains 'agent')")
    .option("--dict-version <version>", "version line of the output", "imported")
    .action((file: string, opts: { out?: string; agents?: boolean; dictVersion: string }) =>
      importFile(env, file, opts),
    );
  actors
    .command("countries")
    .description("generate countries.txt from the world-countries package")
    .option("--out <file>", "write here instead of stdout")
    .option("--dict-version <version>", "version line of the output", "2026.11.1")
    .action((opts: { out?: string; dictVersion: string }) =>
      emit(env, renderCountryFile(opts.dictVersion), opts.out),
    );
};
