import type { DictionaryError } from "../../core/index.js";
import type { CameoTable } from "../cameo/index.js";
import { parseVerbDir, RESERVED_CLASSES as RESERVED } from "./_parse.js";
import type { CueWhere, ParsedPattern, Pattern, StatusCue, VerbModel } from "./_types.js";
import { wordnetNeighbours, wordnetPatterns } from "./_wordnet.js";

export type { CueWhere, Pattern, PatternElement, StatusCue, VerbModel } from "./_types.js";
export type { WordnetNeighbour } from "./_wordnet.js";
export { RESERVED_CLASSES } from "./_parse.js";

/** Checks every file under `dir` (data/verbs): format, duplicate ids, unknown codes and classes, with file:line. */
export function lintVerbs(dir: string, cameo: CameoTable): DictionaryError[] {
  return parseVerbDir(dir, cameo).errors;
}

function indexBy(patterns: readonly Pattern[]): ReadonlyMap<string, readonly Pattern[]> {
  const map = new Map<string, Pattern[]>();
  for (const p of patterns)
    for (const w of p.head) {
      const list = map.get(w) ?? [];
      list.push(p);
      map.set(w, list);
    }
  for (const list of map.values()) list.sort((a, b) => b.specificity - a.specificity);
  return map;
}

/**
 * Elements that a word shared by more than this many elements can fill ("to", "on", "with", "against") are left out
 * of the index: nearly every news sentence has such a word, so checking for them skips little and costs much.
 */
const COMMON_WORD_ELEMENTS = 40;

/** Numbers the word elements worth checking and indexes their ids by word (see VerbModel.elementsByWord). */
function indexElements(patterns: readonly ParsedPattern[]): {
  patterns: Pattern[];
  elementsByWord: Map<string, Int32Array>;
  elementCount: number;
} {
  const uses = new Map<string, number>();
  for (const p of patterns)
    for (const e of p.rest)
      if (e.kind === "word") for (const w of e.words) uses.set(w, (uses.get(w) ?? 0) + 1);
  const byWord = new Map<string, number[]>();
  let next = 0;
  const out = patterns.map((p) => {
    const need: number[] = [];
    for (const e of p.rest) {
      if (e.kind !== "word" || [...e.words].some((w) => (uses.get(w) ?? 0) > COMMON_WORD_ELEMENTS)) continue;
      const id = next++;
      need.push(id);
      for (const w of e.words) {
        const ids = byWord.get(w);
        if (ids) ids.push(id);
        else byWord.set(w, [id]);
      }
    }
    // Set in place, not spread into a copy: see ParsedPattern.
    p.need = Int32Array.from(need);
    return Object.freeze(p);
  });
  const elementsByWord = new Map([...byWord].map(([w, ids]) => [w, Int32Array.from(ids)] as const));
  return { patterns: out, elementsByWord, elementCount: next };
}

/** Compares dotted versions numerically where possible ("2026.11.10" > "2026.11.9"). */
function compareVersions(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? "";
    const y = pb[i] ?? "";
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Loads and compiles every pattern file under `dir` (data/verbs), checking codes against the CAMEO table.
 * Throws the first DictionaryError found; use lintVerbs to see them all.
 */
export function loadVerbModel(dir: string, cameo: CameoTable): VerbModel {
  const parsed = parseVerbDir(dir, cameo);
  const first = parsed.errors[0];
  if (first) throw first;
  const version = [...parsed.versions].sort(compareVersions).at(-1) ?? "unversioned";
  const cuesByFirst = new Map<CueWhere, Map<string, StatusCue[]>>();
  const chainWords = new Set<string>();
  const exactCueAt = new Set<CueWhere>();
  for (const c of parsed.cues) {
    if ([...(c.seq[0] ?? [])].some((w) => w.startsWith("="))) exactCueAt.add(c.where);
    const byWord = cuesByFirst.get(c.where) ?? new Map<string, StatusCue[]>();
    for (const w of c.seq[0] ?? []) byWord.set(w, [...(byWord.get(w) ?? []), c]);
    cuesByFirst.set(c.where, byWord);
    if (c.where === "before") for (const s of c.seq) for (const w of s) chainWords.add(w);
  }
  const wn = wordnetPatterns(parsed.patterns, parsed.wordnet.rows, parsed.wordnet.use);
  const { patterns, elementsByWord, elementCount } = indexElements([...parsed.patterns, ...wn]);
  const reservedBit = new Map(RESERVED.map((name, i) => [name, 1 << i] as const));
  const reservedMask = new Map<string, number>();
  for (const [name, bit] of reservedBit)
    for (const w of parsed.classes.get(name) ?? []) reservedMask.set(w, (reservedMask.get(w) ?? 0) | bit);
  const verbHeads = indexBy(patterns.filter((p) => !p.noun));
  const nounHeads = indexBy(patterns.filter((p) => p.noun));
  const heads = new Map<
    string,
    { verb: readonly Pattern[] | undefined; noun: readonly Pattern[] | undefined }
  >();
  for (const w of new Set([...verbHeads.keys(), ...nounHeads.keys()]))
    heads.set(w, { verb: verbHeads.get(w), noun: nounHeads.get(w) });
  return Object.freeze({
    version,
    heads,
    reservedBit,
    reservedMask,
    verbHeads,
    nounHeads,
    elementsByWord,
    elementCount,
    patterns: Object.freeze(patterns),
    cues: Object.freeze(parsed.cues),
    statusOrder: Object.freeze(parsed.statusOrder),
    statusRank: new Map(parsed.statusOrder.map((s, i) => [s, i] as const)),
    sharedReport: new Set(parsed.sharedReport),
    statedNow: new Set(parsed.statedNow),
    cuesByFirst,
    chainWords,
    exactCueAt,
    embeds: parsed.embeds,
    classes: parsed.classes,
    irregular: parsed.irregular,
    wordnet: wordnetNeighbours(parsed.patterns, parsed.wordnet.rows),
  });
}

export { importPetrarch, type PetrarchImport } from "./_petrarch.js";
