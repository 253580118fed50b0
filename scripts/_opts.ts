// Shared by the evaluation scripts (train-filter, train-pairs, train-rerank): their numeric options.

/** The value given after `--name` on the script's command line, or `dflt` when it is absent. */
export function option(name: string, dflt: string): string {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
}

/** One gold file's coded sentences, the unit the scripts' by-file evaluations hold back. */
export interface GoldFileSet<T> {
  readonly name: string;
  readonly items: readonly T[];
}
