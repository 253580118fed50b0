import { createReadStream, statSync } from "node:fs";
import { Option } from "commander";
import { InputError, UsageError } from "../../core/index.js";
import { codeLines } from "../code-batch.js";
import { isIsoDate, lineRuns } from "../code-lines.js";
import type { CliEnv, RegisterCommands } from "../env.js";
import { runCodeParallel } from "../code-workers.js";

/** Opens FILE or stdin ('-' or nothing) as a byte stream, with a clear error for a missing file or a directory. */
function openInput(file: string | undefined, env: CliEnv): AsyncIterable<Uint8Array> {
  if (file === undefined || file === "-") return env.stdin();
  try {
    if (statSync(file).isDirectory()) throw new InputError("is_directory", file, "is a directory, not a file");
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError("not_found", file, "no such file");
  }
  return createReadStream(file);
}

/** Lines coded together on this thread: each stage runs over the batch before the next (see codePassages). */
const SERIAL_BATCH = 100;

/**
 * Codes JSONL lines on this thread in runs of up to SERIAL_BATCH, writing one output line per input line, in order;
 * a run ends when it is full or when the input pauses (end of a read chunk), so a line fed alone on stdin is answered
 * at once. The same codeLines as the worker threads, so one core and --workers give the same bytes.
 */
async function runCodeSerial(input: AsyncIterable<Uint8Array>, date: string | null, env: CliEnv): Promise<number> {
  const ctx = { model: env.model(), nlp: env.nlp(), dates: env.dates(), logger: { debug() {}, info() {}, warn() {} } };
  let failed = 0;
  for await (const run of lineRuns(input, SERIAL_BATCH)) {
    const coded = codeLines(run.bytes, run.firstLine, date, ctx);
    failed += coded.failed;
    env.out(coded.text);
  }
  return failed;
}

/** The caller's run-accounting object, if it gave one (exactOptionalPropertyTypes: no `stats: undefined`). */
function codeStatsOpt(env: CliEnv) {
  const stats = env.codeStats?.();
  return stats ? { stats } : {};
}

/** `dyad code [FILE|-]`: the JSONL batch contract. */
export const registerCodeCommand: RegisterCommands = (program, env) => {
  program
    .command("code")
    .description("code JSONL sentences ({id, text, date}) into events, one output line per input line")
    .argument("[file]", "JSONL file, or - for stdin (default)")
    .option("--date <YYYY-MM-DD>", "date for lines that carry none")
    .addOption(new Option("--workers <n>", "worker threads (default 1)").argParser((v) => Number.parseInt(v, 10)))
    .action(async (file: string | undefined, opts: { date?: string; workers?: number }) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${opts.date}"`);
      const workers = opts.workers ?? 1;
      if (!Number.isInteger(workers) || workers < 1) throw new UsageError("--workers must be a whole number ≥ 1");
      const input = openInput(file, env);
      const date = opts.date ?? null;
      const failed =
        workers > 1 ? await runCodeParallel(input, date, workers, env, codeStatsOpt(env)) : await runCodeSerial(input, date, env);
      if (failed > 0) {
        env.err(`dyad code: ${failed} line(s) could not be read; see their "error" objects`);
        env.setExitCode(1);
      }
    });
};
