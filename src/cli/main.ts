import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { AppError, UsageError } from "../core/index.js";
import { PACKAGE_ROOT } from "../core/package-root.js";
import { DEFAULT_DATA_DIR, loadModel, type Model } from "../dict/index.js";
import { createDateMemo, type DateMemo } from "../extract/index.js";
import { createNlpEngine, type NlpEngine } from "../nlp/index.js";
import { registerActorsCommands } from "./commands/actors.js";
import type { CodePool } from "./code-pool.js";
import type { CodeStats } from "./code-workers.js";
import { registerAnalyzeCommand } from "./commands/analyze.js";
import { registerCalendarCommand } from "./commands/calendar.js";
import { registerClaimsCommand } from "./commands/claims.js";
import { registerCodeCommand } from "./commands/code.js";
import { registerDictCommands } from "./commands/dict.js";
import { registerEventsCommand } from "./commands/events.js";
import type { CliEnv } from "./env.js";

/** Streams the CLI writes to; tests pass their own. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

/** What bin/dyad.js prepares before the CLI loads. */
export interface CliStart {
  /** Worker threads already starting for `dyad code --workers` (see codeWorkersHint). */
  readonly codePool?: CodePool | undefined;
  /** Filled in by `dyad code --workers N` with its run accounting (scripts/bench-workers.ts reads it). */
  readonly codeStats?: CodeStats | undefined;
}

function makeEnv(io: CliIo, dataDir: () => string, start: CliStart): CliEnv & { exitCode: number } {
  let model: Model | undefined;
  let early = start.codePool;
  let nlp: NlpEngine | undefined;
  let dates: DateMemo | undefined;
  const env = {
    exitCode: 0,
    out: (text: string) => void io.stdout.write(`${text}\n`),
    err: (text: string) => void io.stderr.write(`${text}\n`),
    model: () => {
      model ??= loadModel(dataDir());
      return model;
    },
    dataDir,
    codeStats: () => start.codeStats,
    codePool: (threads: number) => {
      const pool = early?.threads === threads ? early : undefined;
      if (pool) early = undefined;
      return pool;
    },
    nlp: () => {
      nlp ??= createNlpEngine();
      return nlp;
    },
    dates: () => {
      dates ??= createDateMemo();
      return dates;
    },
    setExitCode: (code: number) => {
      env.exitCode = Math.max(env.exitCode, code);
    },
    stdin: () => io.stdin as AsyncIterable<Uint8Array>,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of io.stdin) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
      return Buffer.concat(chunks);
    },
  };
  return env;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as { version: string };
  return pkg.version;
}

/** Builds the `dyad` program; every subcommand registers itself from src/cli/commands. */
export function buildProgram(env: CliEnv, io: CliIo): Command {
  const program = new Command("dyad")
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    })
    .description(
      "Dyad: political event data from news — events, figures and calendar, each with its evidence",
    )
    .version(packageVersion(), "-V, --version", "print the Dyad version")
    .option("--data <dir>", "dictionary folder (default: the data/ folder shipped with Dyad)")
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerAnalyzeCommand,
    registerCodeCommand,
    registerEventsCommand,
    registerClaimsCommand,
    registerCalendarCommand,
    registerActorsCommands,
    registerDictCommands,
  ]) {
    register(program, env);
  }
  for (const cmd of program.commands) cmd.exitOverride();
  return program;
}

/** Runs the CLI and resolves to the exit code: 0 ok, 1 some input failed, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo, start: CliStart = {}): Promise<number> {
  let program: Command | undefined;
  const env = makeEnv(io, () => program?.opts<{ data?: string }>().data ?? DEFAULT_DATA_DIR, start);
  program = buildProgram(env, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
    return env.exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version" || e.exitCode === 0)
        return 0;
      return 2;
    }
    if (e instanceof UsageError) {
      io.stderr.write(`dyad: ${e.message}\n`);
      return 2;
    }
    if (e instanceof AppError) {
      io.stderr.write(`dyad: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}
