import type { Command } from "commander";
import type { CodePool } from "./code-pool.js";
import type { CodeStats } from "./code-workers.js";
import type { Model } from "../dict/index.js";
import type { DateMemo } from "../extract/index.js";
import type { NlpEngine } from "../nlp/index.js";

/** What every CLI command gets: output channels, lazily loaded model, and the exit code. */
export interface CliEnv {
  /** Writes one line (or block) to stdout. */
  out(text: string): void;
  /** Writes one line to stderr. */
  err(text: string): void;
  /** Loads (once) and returns the compiled dictionaries from `--data DIR` or the repository's data/. */
  model(): Model;
  /** The dictionary folder model() loads from, for worker threads that load their own copy (absent: data/). */
  dataDir?(): string;
  /**
   * The `dyad code` worker threads bin/dyad.js started before the CLI loaded, handed over once when `threads` is
   * their number; undefined otherwise (the command starts its own).
   */
  codePool?(threads: number): CodePool | undefined;
  /** Where `dyad code --workers N` records its run accounting, when a caller (the benchmark) asks for it. */
  codeStats?(): CodeStats | undefined;
  /** Loads (once) and returns the wink-nlp engine. */
  nlp(): NlpEngine;
  /** The date memo shared by every document of this run (see createDateMemo). */
  dates(): DateMemo;
  /** Raises the exit code (never lowers it): 1 for failed items, 2 for usage errors. */
  setExitCode(code: number): void;
  /** Reads all of stdin as bytes. */
  readStdin(): Promise<Buffer>;
  /** Stdin as a byte stream, for commands that read it line by line. */
  stdin(): AsyncIterable<Uint8Array>;
}

/** A module under src/cli/commands exports one of these to add its subcommands. */
export type RegisterCommands = (program: Command, env: CliEnv) => void;
