import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { shortHash } from "../../core/index.js";
import { aliasKey, caseShape, isPlainWords, plainAliasTokens, splitAlias, tokenKey } from "./_key.js";
import type { ParsedFile, Problem } from "./_parse.js";
import { parseActorFile } from "./_parse.js";
import { buildRoles, type RoleTable } from "./_roles.js";
import { type AliasTrie, fillPersonHeads, TrieBuilder } from "./_trie.js";
import {
  type ActorConfig,
  type ActorEntry,
  type AliasHit,
  type AliasRole,
  type EntryKind,
  hitCategory,
  WORDS,
  type WordList,
} from "./_types.js";

/** Compiled actor dictionary: frozen, built once per process or worker, read by the actor stage. */
export interface ActorModel {
  readonly version: string;
  readonly entries: readonly ActorEntry[];
  readonly config: ActorConfig;
  /**
   * Every alias as a flat token trie (see AliasTrie): the names table (states, IGOs, seats, groups, people,
   * places: exact keys, case-checked) and the nouns table (sector nouns and titles: keys or lemmas, any case).
   */
  readonly trie: AliasTrie;
  /** Every entry's dated roles, for resolving people and groups on a date. */
  readonly roles: RoleTable;
  /** For entries sharing an alias with another entry: alias keys whose presence in a document selects them. */
  readonly cues: ReadonlyMap<number, readonly string[]>;
  /** Entry id of each pair ("pair-koreas") → its other countries ([PRK]): a mention of it names them all. */
  readonly pairs: ReadonlyMap<string, readonly string[]>;
  /** Code of each dependent territory (`sovereign:` on a state entry: GRL) → the state its bare name stands for (DNK). */
  readonly sovereigns: ReadonlyMap<string, string>;
  /**
   * Every entry's id by index, fresh copies made one after another: a mention of one of many people reads its id
   * from a small block of memory instead of from the entry object and wherever its id string was parsed.
   */
  readonly ids: readonly string[];
  readonly counts: Readonly<Record<string, number>>;
}

/** Lists the data files under dir: *.txt, plus people/*.txt in the office-holder format. */
export function listActorFiles(dir: string): { path: string; personFile: boolean }[] {
  const files: { path: string; personFile: boolean }[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === "people" && statSync(path).isDirectory()) {
      for (const p of readdirSync(path).sort())
        if (p.endsWith(".txt")) files.push({ path: join(path, p), personFile: true });
    } else if (name.endsWith(".txt")) files.push({ path, personFile: false });
  }
  return files;
}

/** Reads and parses every data file under dir. */
export function parseActorDir(dir: string): ParsedFile[] {
  return listActorFiles(dir).map((f) => parseActorFile(readFileSync(f.path, "utf8"), f.path, f.personFile));
}

const REQUIRED_CONFIG = ["state-sector", "former-sector", "unknown-country"] as const;

/** Config keys that name the states a describing word fits ("fits-island: island | atoll = JPN PLW ..."). */
const FITS_PREFIX = "fits-";

/**
 * The `fits-*` config keys as one map: describing word (lower case) -> the ISO codes of the states it fits. A value
 * is `word | word = CODE CODE …`; a word in two keys fits the states of both.
 */
function stateFits(
  raw: ReadonlyMap<string, { value: string; line: number; file: string }>,
  errors: Problem[],
): ReadonlyMap<string, ReadonlySet<string>> {
  const out = new Map<string, Set<string>>();
  for (const [k, v] of raw) {
    if (!k.startsWith(FITS_PREFIX)) continue;
    const eq = v.value.indexOf("=");
    const words =
      eq < 0
        ? []
        : v.value
            .slice(0, eq)
            .split("|")
            .map((w) => w.trim().toLowerCase())
            .filter((w) => w !== "");
    const codes =
      eq < 0
        ? []
        : v.value
            .slice(eq + 1)
            .split(/\s+/)
            .filter((c) => c !== "");
    if (words.length === 0 || codes.length === 0) {
      errors.push({
        file: v.file,
        line: v.line,
        message: `config "${k}" must read "word | word = CODE CODE …"`,
      });
      continue;
    }
    for (const c of codes)
      if (!/^[A-Z]{3}$/.test(c))
        errors.push({ file: v.file, line: v.line, message: `config "${k}": "${c}" is no ISO alpha-3 code` });
    for (const w of words) {
      const set = out.get(w) ?? new Set<string>();
      for (const c of codes) set.add(c);
      out.set(w, set);
    }
  }
  return out;
}

/** Builds the config from the files' config blocks; problems go to errors. */
export function buildConfig(files: readonly ParsedFile[], errors: Problem[]): ActorConfig {
  const raw = new Map<string, { value: string; line: number; file: string }>();
  for (const f of files)
    for (const [k, v] of f.config) {
      const prev = raw.get(k);
      if (prev)
        errors.push({
          file: f.file,
          line: v.line,
          message: `config "${k}" also set at ${prev.file}:${prev.line}`,
        });
      raw.set(k, { ...v, file: f.file });
    }
  const known = new Set([
    ...REQUIRED_CONFIG,
    ...[
      "people-sector",
      "determiners",
      "possessives",
      "former-words",
      "place-before-state",
      "place-before-sector",
    ],
    ...["place-before-metonym", "name-may-precede", "of-words", "seat-words", "role-before", "non-state"],
    ...["place-after-verb", "motion-words", "modifier-of", "coordinators", "event-joiners", "event-nouns"],
    "backer-words",
    "model-sector",
    "sentence-openers",
    "follower-words",
    "follower-sector",
    "crowd-nouns",
    "pair-words",
    "origin-words",
    "agent-words",
    "link-words",
    "staff-words",
    "staff-sectors",
    "person-articles",
    "bloc-modifiers",
    "member-sectors",
    "owner-nouns",
    "sovereign-words",
    "state-nouns",
    "chair-words",
  ]);
  for (const [k, v] of raw)
    if (!known.has(k) && !k.startsWith(FITS_PREFIX))
      errors.push({ file: v.file, line: v.line, message: `unknown config "${k}"` });
  for (const k of REQUIRED_CONFIG)
    if (!raw.has(k))
      errors.push({ file: files[0]?.file ?? "data/actors", line: 1, message: `config "${k}" missing` });
  const str = (k: string) => raw.get(k)?.value ?? "";
  const set = (k: string) =>
    new Set(
      str(k)
        .split("|")
        .map((x) => x.trim().toLowerCase())
        .filter((x) => x !== ""),
    );
  const nonState = new Set([...set("non-state")].map((x) => x.toUpperCase()));
  const memberSectors = new Set([...set("member-sectors")].map((x) => x.toUpperCase()));
  const staffSectors = new Set([...set("staff-sectors")].map((x) => x.toUpperCase()));
  return Object.freeze({
    stateSector: str("state-sector"),
    peopleSector: str("people-sector"),
    formerSector: str("former-sector"),
    unknownCountry: str("unknown-country"),
    determiners: set("determiners"),
    possessives: set("possessives"),
    formerWords: set("former-words"),
    placeBeforeState: set("place-before-state"),
    placeBeforeMetonym: set("place-before-metonym"),
    placeBeforeSector: set("place-before-sector"),
    nameMayPrecede: set("name-may-precede"),
    sentenceOpeners: set("sentence-openers"),
    followerWords: set("follower-words"),
    followerSector: str("follower-sector"),
    crowdNouns: set("crowd-nouns"),
    pairWords: set("pair-words"),
    originWords: set("origin-words"),
    agentWords: set("agent-words"),
    linkWords: set("link-words"),
    staffWords: set("staff-words"),
    staffSectors,
    personArticles: set("person-articles"),
    blocModifiers: set("bloc-modifiers"),
    memberSectors,
    ownerNouns: set("owner-nouns"),
    sovereignWords: set("sovereign-words"),
    stateNouns: set("state-nouns"),
    stateFits: stateFits(raw, errors),
    ofWords: set("of-words"),
    seatWords: set("seat-words"),
    roleBefore: set("role-before"),
    placeAfterVerb: set("place-after-verb"),
    motionWords: set("motion-words"),
    modifierOf: set("modifier-of"),
    coordinators: set("coordinators"),
    eventJoiners: set("event-joiners"),
    eventNouns: set("event-nouns"),
    backerWords: set("backer-words"),
    chairWords: set("chair-words"),
    modelSector: str("model-sector"),
    nonState,
    nonStatePrefixes: Object.freeze([...nonState].filter((x) => x.length === 3)),
  });
}

const RANK: Record<string, number> = { "-": 0, C: 1, A: 2 };

/** Per token, the case shape that accepts more text. */
const looser = (a: string, b: string) =>
  [...a].map((x, k) => ((RANK[x] ?? 0) <= (RANK[b[k] ?? "-"] ?? 0) ? x : (b[k] ?? "-"))).join("");

/** The trie while it is built, the case shapes seen so far (one string per distinct shape), and scratch space. */
interface Building {
  readonly trie: TrieBuilder;
  readonly shapes: Map<string, string>;
  /** Scratch, written from 0 and never cut short (setting an array's length is a slow call): see tokenIds. */
  readonly path: number[];
  readonly hashed: number[];
  /** The case shapes of the tokens read last by tokenIds, one character a token. */
  caseShapes: string;
}

/**
 * Writes the token ids of an alias to b.path from 0 and its case shapes to b.caseShapes; returns the number of
 * tokens. Most aliases are read without a copy.
 */
function tokenIds(b: Building, alias: string): number {
  const path = b.path;
  if (isPlainWords(alias)) {
    const h = b.hashed;
    const shapes = plainAliasTokens(alias, h);
    b.caseShapes = shapes;
    for (let k = 0, at = 0; k < shapes.length; k++, at += 5)
      path[k] = b.trie.idOfHashed(h[at]!, h[at + 1]!, h[at + 2]!, h[at + 3]!, h[at + 4]!);
    return shapes.length;
  }
  let shapes = "";
  let n = 0;
  for (const t of splitAlias(alias)) {
    path[n++] = b.trie.idOf(tokenKey(t));
    shapes += caseShape(t);
  }
  b.caseShapes = shapes;
  return n;
}

/** Like tokenIds, but split on white space only: hyphenated words stay one token ("inter-Korean"). */
function wholeWordIds(b: Building, alias: string): number {
  const words = alias.trim().split(/\s+/);
  for (let k = 0; k < words.length; k++) b.path[k] = b.trie.idOf(tokenKey(words[k]!));
  b.caseShapes = words.map(caseShape).join("");
  return words.length;
}

/** Adds one alias to the names or nouns table of the trie. */
function addAlias(
  b: Building,
  alias: string,
  e: { entry: number; kind: EntryKind },
  role: AliasRole,
  noun: boolean,
  whole = false,
) {
  const { entry, kind } = e;
  const count = whole ? wholeWordIds(b, alias) : tokenIds(b, alias);
  const raw = noun ? "-".repeat(count) : b.caseShapes;
  let shape = b.shapes.get(raw);
  if (shape === undefined) {
    shape = raw;
    b.shapes.set(raw, raw);
  }
  const node = b.trie.path(b.path, count, noun, shape[0] === "-");
  const hit: AliasHit = { entry, kind, role, shape, cat: hitCategory(kind, role) };
  // "Wagner Group" and "Wagner group": one alias, the looser case shape per token.
  b.trie.addHit(node, hit, looser);
}

/** Adds every alias of one entry: sector nouns and titles to the nouns table, the rest to the names table. */
function addEntry(b: Building, e: ActorEntry, entry: number): number {
  const ref = { entry, kind: e.kind };
  if (e.kind === "sector" || e.kind === "title") {
    for (const a of e.names) addAlias(b, a, ref, e.kind === "sector" ? "noun" : "name", true);
    return e.names.length;
  }
  for (const a of e.names) addAlias(b, a, ref, "name", false);
  // The tokenizer keeps some hyphenated words whole ("inter-Korean", "UN-appointed"): a pair's or an organisation's
  // name matches either way.
  if (e.pair !== null || e.kind === "igo")
    for (const a of e.names) if (a.includes("-")) addAlias(b, a, ref, "name", false, true);
  for (const a of e.adjs) addAlias(b, a, ref, "adj", false);
  for (const a of e.combining) addAlias(b, a, ref, "combining", false);
  for (const a of e.people) addAlias(b, a, ref, "people", false);
  for (const a of e.surnames) addAlias(b, a, ref, "surname", false);
  return e.names.length + e.adjs.length + e.combining.length + e.people.length + e.surnames.length;
}

/** Country part of an entry's code, for cue sharing between entries of one state. */
function countryOf(e: ActorEntry, config: ActorConfig): string | null {
  // A pair's words ("the two Koreas") are no cue for either state's shared names.
  if (e.kind === "state") return e.pair === null ? e.code : null;
  if (e.kind === "metonym" && e.code && !config.nonState.has(e.code.slice(0, 3))) return e.code.slice(0, 3);
  return null;
}

/** Compiles validated entries into the frozen model. */
export function compileActors(files: readonly ParsedFile[], config: ActorConfig): ActorModel {
  const entries = files.flatMap((f) => f.entries);
  const b: Building = { trie: new TrieBuilder(), shapes: new Map(), path: [], hashed: [], caseShapes: "" };
  const counts: Record<string, number> = { files: files.length, entries: entries.length, aliases: 0 };
  let aliases = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const kind = e.pair === null ? e.kind : "pair";
    counts[kind] = (counts[kind] ?? 0) + 1;
    aliases += addEntry(b, e, i);
  }
  counts.aliases = aliases;
  for (const [list, bit] of Object.entries(WORDS))
    for (const w of config[list as WordList]) b.trie.addWord(w, bit);
  const trie = b.trie.finish();
  const cues = buildCues(entries, b.trie.sharedNodes(), config);
  const versions = files
    .map((f) => `${f.file.split(/[\\/]/).slice(-2).join("/")}@${f.version ?? "?"}`)
    .sort();
  const newest =
    files
      .map((f) => f.version ?? "")
      .sort()
      .pop() ?? "unversioned";
  const version = `${newest}.${shortHash(...versions).slice(0, 6)}`;
  const roles = buildRoles(entries, config);
  fillPersonHeads(trie, roles.head);
  return Object.freeze({
    version,
    entries: Object.freeze(entries),
    config,
    trie,
    roles,
    cues,
    pairs: new Map(entries.flatMap((e) => (e.pair === null ? [] : [[e.id, e.pair] as const]))),
    sovereigns: new Map(
      entries.flatMap((e) => (e.sovereign !== null && e.code ? [[e.code, e.sovereign] as const] : [])),
    ),
    ids: Object.freeze(JSON.parse(JSON.stringify(entries.map((e) => e.id))) as string[]),
    counts: Object.freeze(counts),
  });
}

/** Keys of an entry's own names, attributive forms and cues. */
const ownKeys = (e: ActorEntry) => [...e.names, ...e.adjs, ...e.people, ...e.cues].map(aliasKey);

/** For every entry that shares an alias with another entry, the alias keys that point to it in a document. */
function buildCues(
  entries: readonly ActorEntry[],
  byNode: Iterable<readonly AliasHit[]>,
  config: ActorConfig,
): Map<number, readonly string[]> {
  const shared = new Set<number>();
  for (const hits of byNode) {
    // Nouns and titles never share an entry with a name, so only names tables are looked at.
    if (hits[0]!.role === "noun" || hits[0]!.kind === "title") continue;
    const distinct = new Set(hits.filter((h) => h.role !== "surname").map((h) => h.entry));
    if (distinct.size > 1) for (const i of distinct) shared.add(i);
  }
  const byCountry = new Map<string, string[]>();
  if (shared.size > 0)
    for (const e of entries) {
      const c = countryOf(e, config);
      if (c) byCountry.set(c, [...(byCountry.get(c) ?? []), ...ownKeys(e)]);
    }
  const cues = new Map<number, readonly string[]>();
  for (const i of shared) {
    const e = entries[i]!;
    const c = countryOf(e, config);
    cues.set(i, Object.freeze([...new Set([...ownKeys(e), ...(c ? (byCountry.get(c) ?? []) : [])])]));
  }
  return cues;
}
