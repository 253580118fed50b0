// Reads a folder of JSONL gold files for the dump scripts: each file's name and its records, files in name order.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface GoldLine {
  id: string;
  text: string;
  date?: string | null;
}

/** Every `.jsonl` file of `dir`, sorted by name, with its non-blank lines parsed. */
export function readGoldDir(dir: string): [file: string, records: GoldLine[]][] {
  return readdirSync(dir)
    .filter((x) => x.endsWith(".jsonl"))
    .sort()
    .map((f) => {
      const lines = readFileSync(join(dir, f), "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "");
      return [f, lines.map((l) => JSON.parse(l) as GoldLine)];
    });
}
