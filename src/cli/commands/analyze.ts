import { UsageError } from "../../core/index.js";
import { fromBytes, readDocumentFile } from "../../ingest/index.js";
import { analyzeDocument } from "../../pipeline/index.js";
import { openStore } from "../../store/index.js";
import { isIsoDate } from "../code-lines.js";
import type { RegisterCommands } from "../env.js";
import { renderAnalysis } from "../render-analysis.js";

interface AnalyzeOptions {
  date?: string;
  json?: boolean;
  db: string;
  store: boolean;
}

/** `dyad analyze FILE...`: events, figures and calendar for each article; stores what it finds. */
export const registerAnalyzeCommand: RegisterCommands = (program, env) => {
  program
    .command("analyze")
    .description("analyse articles (text or Markdown files, - for stdin): events, figures and calendar")
    .argument("<files...>", "files to analyse (- reads stdin)")
    .option("--date <YYYY-MM-DD>", "published date of the articles (otherwise read from the text, or unknown)")
    .option("--json", "print the analysis as JSON (one object per document)")
    .option("--db <path>", "SQLite file (or postgres:// URL) to store results in", "dyad.db")
    .option("--no-store", "do not store the results")
    .action(async (files: string[], opts: AnalyzeOptions) => {
      if (opts.date !== undefined && !isIsoDate(opts.date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${opts.date}"`);
      const ingest = { date: opts.date ?? null };
      const ctx = { model: env.model(), nlp: env.nlp(), dates: env.dates(), logger: { debug() {}, info() {}, warn() {} } };
      const store = opts.store ? await openStore(opts.db) : null;
      try {
        for (const file of files) {
          const read = file === "-" ? fromBytes(await env.readStdin(), "-", ingest) : readDocumentFile(file, ingest);
          if (!read.ok) {
            env.err(`dyad analyze: ${file}: ${read.message}`);
            env.setExitCode(1);
            continue;
          }
          const analysis = analyzeDocument(read.value, ctx);
          if (store) await store.saveAnalysis(analysis);
          if (opts.json) env.out(files.length === 1 ? JSON.stringify(analysis, null, 2) : JSON.stringify(analysis));
          else env.out(`${renderAnalysis(analysis)}\n`);
        }
      } finally {
        await store?.close();
      }
    });
};
