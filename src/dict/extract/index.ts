import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Country } from "world-countries";
import worldCountries from "world-countries";
import { DictionaryError, ScheduleKind, ScheduleStatus } from "../../core/index.js";
import { readVersion } from "../text-file.js";
import { compilePhrases, type PhraseMatcher } from "./_phrases.js";
import { field, parseTable, splitList } from "./_table.js";

export type { PhraseHit, PhraseMatcher } from "./_phrases.js";
export { compilePhrases, findPhrases } from "./_phrases.js";

/** Unit classes a metric accepts. */
export type UnitClass = "money" | "percent" | "percent_gdp" | "count";
/** Claim qualifiers (as in the Claim record). */
export type Qualifier = "over" | "about" | "up_to" | "at_least" | "under" | "exactly";
/** Groups of cue phrases in cues.txt. */
export const CUE_GROUPS = [
  "demanded",
  "proposed",
  "target",
  "forecast",
  "report",
  "according",
  "change_up",
  "change_down",
  "from_up",
  "from_down",
  "cancelled",
  "postponed",
  "held",
  "scheduled",
  "object_date",
  "since",
  "until",
  "by",
  "aside",
  "expiry",
  "past",
  "future",
] as const;
export type CueGroup = (typeof CUE_GROUPS)[number];

/** One metric of the closed vocabulary, with the unit classes it accepts and its order in the file. */
export interface MetricEntry {
  readonly id: string;
  readonly units: ReadonlySet<UnitClass>;
  /** The metric a bare percentage change of this one measures ("the economy grew 2%" → gdp_growth), if any. */
  readonly changeMetric: string | null;
  readonly rank: number;
}

/** A number word and how it combines with its neighbours. */
export interface NumberWord {
  readonly value: number;
  readonly role: "article" | "unit" | "tens" | "hundred";
}

/** A schedule kind noun. */
export interface ScheduleNoun {
  readonly kind: ScheduleKind;
  readonly needsUntil: boolean;
}

/** Maps CAMEO code prefixes to schedule kinds. */
export interface ScheduleEventRule {
  readonly prefix: string;
  readonly kind: ScheduleKind;
  readonly noun: string;
  /** Fixed status, or null to map the event's own status. */
  readonly status: ScheduleStatus | null;
}

/** Compiled vocabularies for figures, dates and schedule items. */
export interface ExtractModel {
  readonly version: string;
  /** Metric phrases → every metric entry that phrase can name, in file order. */
  readonly metrics: PhraseMatcher<readonly MetricEntry[]>;
  readonly percent: PhraseMatcher<"percent">;
  readonly gdp: PhraseMatcher<"percent_gdp">;
  readonly currencyPrefix: PhraseMatcher<string>;
  readonly currencySuffix: PhraseMatcher<string>;
  readonly scales: PhraseMatcher<number>;
  readonly countNouns: PhraseMatcher<"count">;
  readonly numberWords: ReadonlyMap<string, NumberWord>;
  readonly qualifiersBefore: PhraseMatcher<Qualifier>;
  readonly qualifiersAfter: PhraseMatcher<Qualifier>;
  readonly cues: ReadonlyMap<CueGroup, PhraseMatcher<CueGroup>>;
  /** Case-sensitive outlet aliases → canonical outlet name. */
  readonly outlets: PhraseMatcher<string>;
  readonly scheduleNouns: PhraseMatcher<ScheduleNoun>;
  readonly scheduleEvents: readonly ScheduleEventRule[];
  readonly titleDrop: ReadonlySet<string>;
  readonly titleTopics: PhraseMatcher<string>;
  /** Country code → label ("U.S.", "Japan") and adjective ("U.S.", "Japanese"). */
  readonly countryLabels: ReadonlyMap<string, { readonly label: string; readonly adjective: string }>;
}

interface Source {
  readonly file: string;
  readonly text: string;
}

const FILES = [
  "metrics.txt",
  "units.txt",
  "number-words.txt",
  "qualifiers.txt",
  "cues.txt",
  "outlets.txt",
  "schedule-kinds.txt",
  "schedule-events.txt",
  "title-words.txt",
  "country-labels.txt",
] as const;
type FileName = (typeof FILES)[number];

const UNIT_CLASSES = new Set<string>(["money", "percent", "percent_gdp", "count"]);

function compileMetrics(src: Source): PhraseMatcher<readonly MetricEntry[]> {
  const byPhrase = new Map<string, MetricEntry[]>();
  const ids = new Set<string>();
  const rows = parseTable(src.text, src.file, 4);
  const declared = new Set(rows.map((r) => field(r, 0)));
  rows.forEach((row, rank) => {
    const id = field(row, 0);
    if (!/^[a-z][a-z0-9_]*$/.test(id)) throw new DictionaryError(src.file, row.line, `bad metric id "${id}"`);
    if (ids.has(id)) throw new DictionaryError(src.file, row.line, `duplicate metric "${id}"`);
    ids.add(id);
    const units = splitList(field(row, 1), src.file, row.line);
    for (const u of units)
      if (!UNIT_CLASSES.has(u)) throw new DictionaryError(src.file, row.line, `unknown unit class "${u}"`);
    const change = field(row, 2);
    if (change !== "-" && !declared.has(change))
      throw new DictionaryError(src.file, row.line, `change metric "${change}" is not a metric of this file`);
    const entry: MetricEntry = Object.freeze({
      id,
      units: new Set(units as UnitClass[]),
      changeMetric: change === "-" ? null : change,
      rank,
    });
    for (const p of splitList(field(row, 3), src.file, row.line)) {
      const key = p.toLowerCase();
      byPhrase.set(key, [...(byPhrase.get(key) ?? []), entry]);
    }
  });
  return compilePhrases([...byPhrase.entries()].map(([p, e]) => [p, Object.freeze(e)] as const));
}

function compileUnits(src: Source) {
  const rows = parseTable(src.text, src.file, 3);
  const pick = (kind: string) => rows.filter((r) => field(r, 0) === kind);
  for (const r of rows)
    if (!["percent", "gdp", "prefix", "suffix", "scale", "count"].includes(field(r, 0)))
      throw new DictionaryError(src.file, r.line, `unknown unit kind "${field(r, 0)}"`);
  const pairs = <V>(kind: string, value: (id: string, line: number) => V) =>
    pick(kind).flatMap((r) =>
      splitList(field(r, 2), src.file, r.line).map((p) => [p, value(field(r, 1), r.line)] as const),
    );
  const iso = (id: string, line: number) => {
    if (!/^[A-Z]{3}$/.test(id))
      throw new DictionaryError(src.file, line, `currency "${id}" is not an ISO 4217 code`);
    return id;
  };
  const scale = (id: string, line: number) => {
    const n = Number(id);
    if (!Number.isFinite(n) || n <= 0) throw new DictionaryError(src.file, line, `bad scale factor "${id}"`);
    return n;
  };
  return {
    percent: compilePhrases(pairs("percent", () => "percent" as const)),
    gdp: compilePhrases(pairs("gdp", () => "percent_gdp" as const)),
    currencyPrefix: compilePhrases(pairs("prefix", iso), true),
    currencySuffix: compilePhrases(pairs("suffix", iso)),
    scales: compilePhrases(pairs("scale", scale)),
    countNouns: compilePhrases(pairs("count", () => "count" as const)),
  };
}

function compileNumberWords(src: Source): ReadonlyMap<string, NumberWord> {
  const roles = new Set(["article", "unit", "tens", "hundred"]);
  const map = new Map<string, NumberWord>();
  for (const row of parseTable(src.text, src.file, 3)) {
    const value = Number(field(row, 1));
    const role = field(row, 2);
    if (!Number.isFinite(value))
      throw new DictionaryError(src.file, row.line, `bad value "${field(row, 1)}"`);
    if (!roles.has(role)) throw new DictionaryError(src.file, row.line, `unknown role "${role}"`);
    map.set(field(row, 0).toLowerCase(), Object.freeze({ value, role: role as NumberWord["role"] }));
  }
  return map;
}

function compileQualifiers(src: Source) {
  const quals = new Set(["over", "about", "up_to", "at_least", "under", "exactly"]);
  const before: [string, Qualifier][] = [];
  const after: [string, Qualifier][] = [];
  for (const row of parseTable(src.text, src.file, 3)) {
    const q = field(row, 0);
    const pos = field(row, 1);
    if (!quals.has(q)) throw new DictionaryError(src.file, row.line, `unknown qualifier "${q}"`);
    if (pos !== "before" && pos !== "after")
      throw new DictionaryError(src.file, row.line, `position must be before or after`);
    for (const p of splitList(field(row, 2), src.file, row.line))
      (pos === "before" ? before : after).push([p, q as Qualifier]);
  }
  return { qualifiersBefore: compilePhrases(before), qualifiersAfter: compilePhrases(after) };
}

function compileCues(src: Source): ReadonlyMap<CueGroup, PhraseMatcher<CueGroup>> {
  const groups = new Map<CueGroup, [string, CueGroup][]>();
  for (const row of parseTable(src.text, src.file, 2)) {
    const g = field(row, 0) as CueGroup;
    if (!CUE_GROUPS.includes(g)) throw new DictionaryError(src.file, row.line, `unknown cue group "${g}"`);
    if (groups.has(g)) throw new DictionaryError(src.file, row.line, `cue group "${g}" listed twice`);
    groups.set(
      g,
      splitList(field(row, 1), src.file, row.line).map((p) => [p, g]),
    );
  }
  const missing = CUE_GROUPS.filter((g) => !groups.has(g));
  if (missing.length > 0) throw new DictionaryError(src.file, 0, `missing cue groups: ${missing.join(", ")}`);
  return new Map([...groups.entries()].map(([g, pairs]) => [g, compilePhrases(pairs)]));
}

function compileOutlets(src: Source): PhraseMatcher<string> {
  const pairs = parseTable(src.text, src.file, 2).flatMap((row) =>
    splitList(field(row, 1), src.file, row.line).map((alias) => [alias, field(row, 0)] as const),
  );
  return compilePhrases(pairs, true);
}

function compileScheduleNouns(src: Source): PhraseMatcher<ScheduleNoun> {
  const pairs: [string, ScheduleNoun][] = [];
  for (const row of parseTable(src.text, src.file, 3)) {
    const kind = ScheduleKind.safeParse(field(row, 0));
    if (!kind.success)
      throw new DictionaryError(src.file, row.line, `unknown schedule kind "${field(row, 0)}"`);
    const needs = field(row, 1);
    if (needs !== "any" && needs !== "until")
      throw new DictionaryError(src.file, row.line, `needs must be any or until`);
    const noun = Object.freeze({ kind: kind.data, needsUntil: needs === "until" });
    for (const p of splitList(field(row, 2), src.file, row.line)) pairs.push([p, noun]);
  }
  return compilePhrases(pairs);
}

function compileScheduleEvents(src: Source): readonly ScheduleEventRule[] {
  return Object.freeze(
    parseTable(src.text, src.file, 4).map((row) => {
      const prefix = field(row, 0);
      if (!/^\d{2,4}$/.test(prefix))
        throw new DictionaryError(src.file, row.line, `bad CAMEO code prefix "${prefix}"`);
      const kind = ScheduleKind.safeParse(field(row, 1));
      if (!kind.success)
        throw new DictionaryError(src.file, row.line, `unknown schedule kind "${field(row, 1)}"`);
      const st = field(row, 3);
      const status = st === "event" ? null : ScheduleStatus.safeParse(st);
      if (status && !status.success) throw new DictionaryError(src.file, row.line, `unknown status "${st}"`);
      return Object.freeze({
        prefix,
        kind: kind.data,
        noun: field(row, 2),
        status: status ? (status.data ?? null) : null,
      });
    }),
  );
}

function compileTitleWords(src: Source) {
  const rows = parseTable(src.text, src.file, 2);
  const list = (g: string) =>
    rows.filter((r) => field(r, 0) === g).flatMap((r) => splitList(field(r, 1), src.file, r.line));
  for (const r of rows)
    if (field(r, 0) !== "drop" && field(r, 0) !== "topic")
      throw new DictionaryError(src.file, r.line, `group must be drop or topic`);
  return {
    titleDrop: new Set(list("drop").map((w) => w.toLowerCase())),
    titleTopics: compilePhrases(list("topic").map((w) => [w, w.toLowerCase()] as const)),
  };
}

function compileCountryLabels(src: Source) {
  const map = new Map<string, { label: string; adjective: string }>();
  // The package is CommonJS: at run time its default export is the array itself.
  for (const c of worldCountries as unknown as readonly Country[]) {
    const adjective = c.demonyms?.eng?.m ?? c.name.common;
    map.set(c.cca3, { label: c.name.common, adjective });
  }
  for (const row of parseTable(src.text, src.file, 3)) {
    const code = field(row, 0);
    if (!/^[A-Z]{3}$/.test(code)) throw new DictionaryError(src.file, row.line, `bad country code "${code}"`);
    map.set(code, { label: field(row, 1), adjective: field(row, 2) });
  }
  return map;
}

/** Compiles the extract vocabularies from file texts (keyed by file name); errors name the file and line. */
export function compileExtractModel(read: (name: FileName) => Source): ExtractModel {
  const versions = FILES.map((f) => {
    const src = read(f);
    const v = readVersion(src.text);
    if (!v) throw new DictionaryError(src.file, 1, `missing "# version: X" line`);
    return v;
  });
  const version = [...new Set(versions)].sort().join("+");
  return Object.freeze({
    version,
    metrics: compileMetrics(read("metrics.txt")),
    ...compileUnits(read("units.txt")),
    numberWords: compileNumberWords(read("number-words.txt")),
    ...compileQualifiers(read("qualifiers.txt")),
    cues: compileCues(read("cues.txt")),
    outlets: compileOutlets(read("outlets.txt")),
    scheduleNouns: compileScheduleNouns(read("schedule-kinds.txt")),
    scheduleEvents: compileScheduleEvents(read("schedule-events.txt")),
    ...compileTitleWords(read("title-words.txt")),
    countryLabels: compileCountryLabels(read("country-labels.txt")),
  });
}

/** Loads data/extract (metric vocabulary, units, cues, outlets, schedule kinds, …), validated on load. */
export function loadExtractModel(dir: string): ExtractModel {
  return compileExtractModel((name) => {
    const file = join(dir, name);
    return { file, text: readFileSync(file, "utf8") };
  });
}

/** The file names loadExtractModel reads from its folder. */
export const EXTRACT_FILES: readonly string[] = FILES;
