import type { ActorEntry, EntryKind, Role } from "./_types.js";

/** A problem found in a data file, with its place. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** Formats a problem as "file:line: message". */
export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`;

/** Result of reading one data file: entries, raw config keys, and every problem found. */
export interface ParsedFile {
  readonly file: string;
  readonly version: string | null;
  readonly entries: ActorEntry[];
  readonly config: Map<string, { value: string; line: number }>;
  readonly errors: Problem[];
  readonly warnings: Problem[];
}

interface Field {
  readonly key: string;
  readonly value: string;
  readonly line: number;
}

interface Block {
  readonly id: string;
  readonly line: number;
  readonly fields: Field[];
}

const KEY = /^[a-z][a-z-]*$/;
const NONE: readonly string[] = Object.freeze([]);
const CODE = /^(?:[A-Z]{3}|---)(?:[A-Z]{3})*$/;
const SECTOR = /^[A-Z]{3}$/;
const ID = /^[a-z0-9][a-z0-9._-]*$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ROLE = /^(\S+)\s+(\S+)\s+(\S+)\s*(?:\|\s*(.*))?$/;

// Keys each kind accepts; the first list is required.
const SHAPES: Record<EntryKind | "pair" | "config", readonly [readonly string[], readonly string[]]> = {
  // A pair is read as a state entry of its first code that also names the second (see `pair` on ActorEntry).
  pair: [["code", "name", "source"], ["cue"]],
  state: [
    ["code", "name", "source"],
    ["adj", "people", "cue", "combining", "plain", "sovereign"],
  ],
  igo: [
    ["code", "name", "source"],
    ["adj", "cue", "called"],
  ],
  metonym: [["code", "name", "source"], ["cue"]],
  group: [
    ["code", "name", "source"],
    ["adj", "cue", "role", "called"],
  ],
  sector: [
    ["sector", "noun", "source"],
    ["rank", "coref", "bare", "located", "home"],
  ],
  title: [
    ["sector", "name", "source"],
    ["rank", "coref", "bare"],
  ],
  honorific: [["name", "source"], []],
  place: [
    ["name", "source"],
    ["code", "cue"],
  ],
  person: [
    ["name", "role", "source"],
    ["surname", "default", "cue", "mention-first"],
  ],
  config: [[], []],
};
const LISTS = new Set(["name", "noun", "adj", "people", "surname", "cue", "combining", "home", "called"]);

/**
 * Splits a file into `== id` blocks of `key: value` lines, handing each block to onBlock as soon as it ends: a large
 * file's blocks and lines are never all held at once (they would survive young-generation collections).
 */
function readBlocks(text: string, file: string, errors: Problem[], onBlock: (b: Block) => void): void {
  let current: Block | null = null;
  for (let from = 0, i = 0; from <= text.length; i++) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    const line = i + 1;
    const s = text.slice(from, to).trim();
    from = to + 1;
    if (s === "" || s.charCodeAt(0) === 35) continue;
    if (s.startsWith("==")) {
      const id = s.slice(2).trim();
      if (id !== "" && !/\s/.test(id)) {
        if (current) onBlock(current);
        current = { id, line, fields: [] };
        continue;
      }
    }
    const colon = s.indexOf(":");
    const key = colon > 0 ? s.slice(0, colon) : "";
    if (!KEY.test(key)) errors.push({ file, line, message: `expected "key: value" or "== id", got "${s}"` });
    else if (!current)
      errors.push({ file, line, message: `"${key}:" outside a block (start one with "== id")` });
    else (current as Block).fields.push({ key, value: s.slice(colon + 1).trim(), line });
  }
  if (current) onBlock(current);
}

/** The non-empty, trimmed items of a `|` list. */
function splitList(v: string): string[] {
  const out: string[] = [];
  for (let from = 0; from <= v.length; ) {
    let to = v.indexOf("|", from);
    if (to < 0) to = v.length;
    const item = v.slice(from, to).trim();
    if (item !== "") out.push(item);
    from = to + 1;
  }
  return out;
}

/** The last word of a name (after its last white space): the default surname. */
function lastWord(name: string): string {
  for (let k = name.length - 1; k >= 0; k--) {
    const c = name.charCodeAt(k);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && /\s/.test(name[k]!));
    if (space) return name.slice(k + 1);
  }
  return name;
}

/** Edit distance between two short words with the same initial, else (or once it exceeds `max`) `max + 1`. */
function editDistance(a: string, b: string, max: number): number {
  // Transliterations of one surname keep its initial (Zelensky/Zelenskiy); checking it first keeps load fast.
  if (Math.abs(a.length - b.length) > max || a[0] !== b[0]) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The default surnames: the first name's last word, plus the last word of any other name that spells it another
 * way ("Volodymyr Zelensky | Volodymyr Zelenskiy" gives Zelensky and Zelenskiy, not a reversed given name).
 */
function defaultSurnames(names: readonly string[]): string[] {
  const first = lastWord(names[0] ?? "");
  if (first === "") return [];
  const out = [first];
  const key = first.toLowerCase();
  for (const n of names.slice(1)) {
    const w = lastWord(n);
    const k = w.toLowerCase();
    if (w === n || out.includes(w)) continue;
    const d = editDistance(key, k, 2);
    if (d > 0 && d <= 2 && d * 2 < Math.min(key.length, k.length)) out.push(w);
  }
  return out;
}

/** Parses `CODE START END | title`; returns an error message or the role. */
function parseRole(value: string): Role | string {
  const m = ROLE.exec(value);
  if (!m?.[1] || !m[2] || !m[3]) return `bad role "${value}" (want "CODE YYYY-MM-DD YYYY-MM-DD|- | title")`;
  const [, code, start, end, title] = m;
  if (!CODE.test(code)) return `bad actor code "${code}"`;
  if (!DATE.test(start)) return `bad start date "${start}"`;
  if (end !== "-" && !DATE.test(end)) return `bad end date "${end}" (use "-" for a role held today)`;
  if (end !== "-" && end < start) return `role ends (${end}) before it starts (${start})`;
  return { code, start, end: end === "-" ? null : end, title: (title ?? "").trim() };
}

/** Reads `coref: yes | no | igo | same | pair`. */
function corefOf(f: Field | undefined, errors: Problem[], file: string): ActorEntry["coref"] {
  if (!f) return "no";
  const v = f.value;
  if (v === "yes" || v === "no" || v === "igo" || v === "same" || v === "pair" || v === "nearest") return v;
  errors.push({ file, line: f.line, message: `"coref:" must be yes, no, igo, same, pair or nearest` });
  return "no";
}

/** Reads `called: bloc | organisation`: lower-case singular nouns. */
function calledOf(
  list: readonly string[] | undefined,
  b: Block,
  file: string,
  errors: Problem[],
): readonly string[] {
  if (!list) return NONE;
  for (const w of list)
    if (w !== w.toLowerCase()) errors.push(problem(file, b.line, `"called:" noun "${w}" must be lower case`));
  return list;
}

const problem = (file: string, line: number, message: string): Problem => ({ file, line, message });

/** The fields of one block, sorted by key type. */
interface Fields {
  readonly one: Map<string, Field>;
  readonly many: Map<string, string[]>;
  readonly roles: Role[];
}

/** Sorts a block's fields into single values, lists and roles, reporting keys the kind does not allow. */
function collect(
  b: Block,
  kind: EntryKind | "pair",
  file: string,
  errors: Problem[],
  warnings: Problem[],
): Fields {
  const [required, optional] = SHAPES[kind];
  const out: Fields = { one: new Map(), many: new Map(), roles: [] };
  for (const f of b.fields) {
    if (f.key === "kind") continue;
    if (!required.includes(f.key) && !optional.includes(f.key)) {
      errors.push(problem(file, f.line, `key "${f.key}" is not allowed in a ${kind} block`));
    } else if (f.key === "role") {
      const r = parseRole(f.value);
      if (typeof r === "string") errors.push(problem(file, f.line, r));
      else {
        if (r.title === "") warnings.push(problem(file, f.line, "role without a title"));
        out.roles.push(r);
      }
    } else if (LISTS.has(f.key)) {
      const list = splitList(f.value);
      if (list.length === 0) errors.push(problem(file, f.line, `empty "${f.key}:" list`));
      const prev = out.many.get(f.key);
      out.many.set(f.key, prev ? [...prev, ...list] : list);
    } else if (out.one.has(f.key)) errors.push(problem(file, f.line, `"${f.key}:" given twice`));
    else out.one.set(f.key, f);
  }
  for (const k of required)
    if (!out.one.has(k) && !out.many.has(k) && !(k === "role" && out.roles.length > 0))
      errors.push(problem(file, b.line, `block "${b.id}" (${kind}) lacks "${k}:"`));
  return out;
}

/** Checks a single value against a pattern. */
function check(f: Field | undefined, re: RegExp, what: string, file: string, errors: Problem[]): void {
  if (f && !re.test(f.value)) errors.push(problem(file, f.line, `bad ${what} "${f.value}"`));
}

/** Reads `key: yes | no`. */
function flagOf(f: Field | undefined, dflt: boolean, file: string, errors: Problem[]): boolean {
  if (!f) return dflt;
  // `located: only` and `located: domestic` are read by the caller.
  if (f.key === "located" && f.value === "only") return true;
  if (f.key === "located" && f.value === "domestic") return false;
  if (f.value !== "yes" && f.value !== "no")
    errors.push(problem(file, f.line, `"${f.key}:" must be yes or no`));
  return f.value === "yes";
}

/** Reads a pair's `code: KOR | PRK` (or a group's `LTU | LVA | EST`): two or more different ISO alpha-3 codes (null,
 * with an error, otherwise). */
function pairCodes(f: Field | undefined, file: string, errors: Problem[]): string[] | null {
  if (!f) return null;
  const codes = splitList(f.value);
  if (codes.length >= 2 && codes.every((c) => SECTOR.test(c)) && new Set(codes).size === codes.length)
    return codes;
  errors.push(
    problem(
      file,
      f.line,
      `bad pair "${f.value}" (want two or more different ISO alpha-3 codes: "KOR | PRK")`,
    ),
  );
  return null;
}

/** The value of a block's first `kind:` line, if any. */
function firstKind(b: Block): string | undefined {
  for (const f of b.fields) if (f.key === "kind") return f.value;
  return undefined;
}

/** The kind a block declares (or person, for blocks with roles and in people/ files). */
function kindOf(b: Block, personFile: boolean): { kind: string; field: Field | undefined } {
  let field: Field | undefined;
  let hasRole = false;
  for (const f of b.fields) {
    if (f.key === "kind") field = f;
    else if (f.key === "role") hasRole = true;
  }
  return { kind: field?.value ?? (personFile || hasRole ? "person" : ""), field };
}

/** Validates one block into an entry, pushing problems to errors/warnings. */
function toEntry(
  b: Block,
  file: string,
  personFile: boolean,
  errors: Problem[],
  warnings: Problem[],
): ActorEntry | null {
  const { kind: k, field } = kindOf(b, personFile);
  if (!(k in SHAPES) || k === "config") {
    if (k !== "config")
      errors.push(problem(file, field?.line ?? b.line, `block "${b.id}": unknown or missing kind "${k}"`));
    return null;
  }
  const kind = k as EntryKind | "pair";
  if (!ID.test(b.id))
    errors.push(problem(file, b.line, `bad id "${b.id}" (lower-case letters, digits, "-", ".")`));
  const { one, many, roles } = collect(b, kind, file, errors, warnings);
  const code = one.get("code");
  const pair = kind === "pair" ? pairCodes(code, file, errors) : null;
  // States and places carry a bare country code (ISO alpha-3); other kinds a full actor code.
  const bare = kind === "state" || kind === "place";
  if (kind !== "pair")
    check(code, bare ? SECTOR : CODE, bare ? "ISO alpha-3 code" : "actor code", file, errors);
  check(one.get("sector"), SECTOR, "sector", file, errors);
  check(one.get("sovereign"), SECTOR, "sovereign (ISO alpha-3 code)", file, errors);
  check(one.get("default"), CODE, "default code", file, errors);
  check(one.get("rank"), /^\d+$/, "rank (a whole number)", file, errors);
  const names = many.get(kind === "sector" ? "noun" : "name") ?? NONE;
  return {
    id: b.id,
    kind: kind === "pair" ? "state" : kind,
    file,
    line: b.line,
    code: pair ? (pair[0] ?? null) : (code?.value ?? null),
    pair: pair ? pair.slice(1) : null,
    sector: one.get("sector")?.value ?? null,
    names,
    adjs: many.get("adj") ?? NONE,
    combining: many.get("combining") ?? NONE,
    people: many.get("people") ?? NONE,
    surnames: many.get("surname") ?? (kind === "person" ? defaultSurnames(names) : NONE),
    cues: many.get("cue") ?? NONE,
    roles,
    defaultCode: one.get("default")?.value ?? null,
    rank: Number(one.get("rank")?.value ?? 0) || 0,
    coref: corefOf(one.get("coref"), errors, file),
    bare: flagOf(one.get("bare"), true, file, errors),
    located: flagOf(one.get("located"), false, file, errors),
    placedOnly: one.get("located")?.value === "only",
    domestic: one.get("located")?.value === "domestic",
    home: many.get("home") ?? NONE,
    called: calledOf(many.get("called"), b, file, errors),
    mentionFirst: flagOf(one.get("mention-first"), false, file, errors),
    plain: flagOf(one.get("plain"), false, file, errors),
    sovereign: one.get("sovereign")?.value ?? null,
    source: one.get("source")?.value ?? "",
  };
}

/**
 * Parses one actor data file in the block format of data/actors/README.md (or people/README.md when
 * `personFile`); collects every problem instead of stopping at the first.
 */
export function parseActorFile(text: string, file: string, personFile: boolean): ParsedFile {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const m = /^#\s*version:\s*(\S+)/m.exec(text);
  const version = m?.[1] ?? null;
  if (!version) errors.push({ file, line: 1, message: `missing "# version: X" line` });
  const config = new Map<string, { value: string; line: number }>();
  const entries: ActorEntry[] = [];
  // Line-format problems come first, then those of the blocks' contents, as when blocks were read before any entry.
  const late: Problem[] = [];
  readBlocks(text, file, errors, (b) => {
    if (firstKind(b) === "config") {
      for (const f of b.fields) if (f.key !== "kind") config.set(f.key, { value: f.value, line: f.line });
      return;
    }
    const e = toEntry(b, file, personFile, late, warnings);
    if (e) entries.push(e);
  });
  for (const p of late) errors.push(p);
  return { file, version, entries, config, errors, warnings };
}
