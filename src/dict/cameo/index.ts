import { readFileSync } from "node:fs";
import { DictionaryError } from "../../core/index.js";
import { readVersion } from "../text-file.js";

/** One CAMEO event code with its scores and PLOVER mapping. */
export interface CameoEntry {
  readonly code: string;
  readonly root: string;
  readonly label: string;
  readonly goldstein: number;
  readonly quad: 1 | 2 | 3 | 4;
  readonly plover: string | null;
  readonly mode: string | null;
}

/** The compiled CAMEO table. */
export interface CameoTable {
  readonly version: string;
  get(code: string): CameoEntry | undefined;
  codes(): readonly string[];
}

const HEADER = "code\troot\tlabel\tgoldstein\tquad\tplover\tmode";

/** Parses the CAMEO table text; errors name the file and line. */
export function parseCameo(text: string, file: string): CameoTable {
  const map = new Map<string, CameoEntry>();
  const lines = text.split(/\r?\n/);
  let sawHeader = false;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    if (!sawHeader) {
      if (raw !== HEADER) throw new DictionaryError(file, line, `expected header "${HEADER}"`);
      sawHeader = true;
      return;
    }
    const f = raw.split("\t");
    if (f.length !== 7)
      throw new DictionaryError(file, line, `expected 7 tab-separated fields, got ${f.length}`);
    const [code, root, label, gs, quad, plover, mode] = f as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    if (!/^\d{2,4}$/.test(code)) throw new DictionaryError(file, line, `bad code "${code}"`);
    if (root !== code.slice(0, 2))
      throw new DictionaryError(file, line, `root "${root}" does not match code ${code}`);
    const goldstein = Number(gs);
    if (!Number.isFinite(goldstein) || goldstein < -10 || goldstein > 10)
      throw new DictionaryError(file, line, `bad Goldstein score "${gs}"`);
    const q = Number(quad);
    if (q !== 1 && q !== 2 && q !== 3 && q !== 4)
      throw new DictionaryError(file, line, `bad quad class "${quad}"`);
    if (map.has(code)) throw new DictionaryError(file, line, `duplicate code ${code}`);
    map.set(code, { code, root, label, goldstein, quad: q, plover: plover || null, mode: mode || null });
  });
  const version = readVersion(text) ?? "unversioned";
  const codes = Object.freeze([...map.keys()]);
  return Object.freeze({ version, get: (code: string) => map.get(code), codes: () => codes });
}

/** Loads data/cameo/cameo.tsv. */
export function loadCameo(file: string): CameoTable {
  return parseCameo(readFileSync(file, "utf8"), file);
}
