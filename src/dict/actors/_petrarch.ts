import type { ActorEntry, Role } from "./_types.js";

// Function words kept lower case when PETRARCH's upper-case names are converted ("BASHAR_AL-ASSAD_").
const LOWER_WORDS = new Set([
  "of",
  "the",
  "and",
  "de",
  "al",
  "bin",
  "la",
  "le",
  "van",
  "von",
  "da",
  "du",
  "el",
  "for",
]);

/** "PRIME_MINISTER_ABE_" -> "Prime Minister Abe"; short all-caps words stay acronyms ("US", "UN"). */
function petrarchName(raw: string): string {
  const words = raw
    .replace(/_+$/, "")
    .split("_")
    .filter((w) => w !== "");
  return words
    .map((w, i) =>
      w
        .split("-")
        .map((p) => {
          const lower = p.toLowerCase();
          if (i > 0 && LOWER_WORDS.has(lower)) return lower;
          if (p.length <= 2 || p.includes(".")) return p;
          return p === p.toUpperCase() ? lower.charAt(0).toUpperCase() + lower.slice(1) : p;
        })
        .join("-"),
    )
    .join(" ");
}

/** PETRARCH's regular plural for agents marked `!noun!`. */
function plural(noun: string): string {
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

const ymd = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/** Parses one bracketed code: `JPNGOV`, `JPNGOV >20200916`, `USAELI <20090120`, `JPNGOV 20121226-20200916`. */
function parseCode(inner: string): { code: string; role: Role | null } | null {
  const m = /^~?([A-Z-]{3,})(?:\s+([<>]?)(\d{8})(?:-(\d{8}))?)?$/.exec(inner.trim());
  if (!m?.[1]) return null;
  const [, code, op, d1, d2] = m;
  if (!d1) return { code, role: null };
  if (op === ">") return { code, role: { code, start: ymd(d1), end: null, title: "imported" } };
  if (op === "<") return { code, role: { code, start: "1900-01-01", end: ymd(d1), title: "imported" } };
  return { code, role: { code, start: ymd(d1), end: d2 ? ymd(d2) : null, title: "imported" } };
}

interface Draft {
  names: string[];
  codes: { code: string; role: Role | null }[];
  line: number;
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "entry";

/** Turns one PETRARCH record into an entry of ours: agent -> sector, dated -> person, 3 letters -> state. */
function toEntry(d: Draft, file: string, agents: boolean, id: string): ActorEntry | null {
  const first = d.codes[0];
  if (!first || d.names.length === 0) return null;
  const roles = d.codes.flatMap((c) => (c.role ? [c.role] : []));
  const undated = d.codes.find((c) => !c.role);
  const kind = agents ? "sector" : roles.length > 0 ? "person" : first.code.length === 3 ? "state" : "group";
  return {
    id,
    kind,
    file,
    line: d.line,
    code: kind === "state" || kind === "group" ? first.code : null,
    pair: null,
    sector: kind === "sector" ? first.code.slice(-3) : null,
    names: d.names,
    adjs: [],
    combining: [],
    people: [],
    surnames: [],
    cues: [],
    roles,
    defaultCode: kind === "person" ? (undated?.code ?? null) : null,
    rank: 0,
    coref: "no",
    called: [],
    bare: true,
    located: false,
    placedOnly: false,
    domestic: false,
    home: [],
    mentionFirst: false,
    plain: false,
    sovereign: null,
    source: `imported from ${file.split(/[\\/]/).pop()} line ${d.line}`,
  };
}

type Code = { code: string; role: Role | null };

/** One line of a PETRARCH file: its names (synonym when it starts with "+") and bracketed codes. */
function readLine(s: string, agents: boolean): { names: string[]; codes: Code[]; synonym: boolean } | null {
  const codes: Code[] = [];
  for (const m of s.matchAll(/\[([^\]]*)\]/g)) {
    const c = parseCode(m[1] ?? "");
    if (!c) return null;
    codes.push(c);
  }
  const head = s.replace(/\[[^\]]*\]/g, "").trim();
  const forms = [...head.matchAll(/\{([^}]*)\}/g)].flatMap((m) => (m[1] ?? "").split(/\s+/).filter(Boolean));
  const word = head.replace(/\{[^}]*\}/g, "").trim();
  const bang = /^!(.+)!$/.exec(word);
  const base = bang?.[1] ?? word;
  const names = base === "" ? [] : [petrarchName(base.replace(/^\+/, ""))];
  if (bang && names[0]) names.push(plural(names[0].toLowerCase()));
  names.push(...forms.map(petrarchName));
  return {
    names: agents ? names.map((n) => n.toLowerCase()) : names,
    codes,
    synonym: head.startsWith("+") || head === "",
  };
}

/** Groups lines into records: an entry line, then its "+" synonyms and indented code lines. */
function readDrafts(text: string, agents: boolean, skipped: { line: number; text: string }[]): Draft[] {
  const drafts: Draft[] = [];
  let cur: Draft | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const s = raw.replace(/#.*$/, "").trim();
    if (s === "" || s.startsWith(";")) continue;
    const r = readLine(s, agents);
    if (!r || (r.synonym && !cur)) skipped.push({ line: i + 1, text: raw });
    else if (r.synonym && cur) {
      cur.names.push(...r.names);
      cur.codes.push(...r.codes);
    } else {
      cur = { names: r.names, codes: r.codes, line: i + 1 };
      drafts.push(cur);
    }
  }
  return drafts;
}

/**
 * Converts a PETRARCH/TABARI actors or agents dictionary into entries of ours (agents when the file name
 * contains "agent" or `agents` is true). Lines it cannot read are returned in `skipped`.
 * @example importPetrarchActors("SHINZO_ABE_ [JPNGOV 20121226-20200916] [JPNELI >20200916]\n+ABE_SHINZO_", "a.txt")
 */
export function importPetrarchActors(
  text: string,
  file: string,
  agents: boolean = /agent/i.test(file),
): { entries: ActorEntry[]; skipped: { line: number; text: string }[] } {
  const skipped: { line: number; text: string }[] = [];
  const used = new Set<string>();
  const entries: ActorEntry[] = [];
  for (const d of readDrafts(text, agents, skipped)) {
    let id = slug(d.names[0] ?? "entry");
    for (let n = 2; used.has(id); n++) id = `${slug(d.names[0] ?? "entry")}-${n}`;
    const e = toEntry({ ...d, names: [...new Set(d.names)] }, file, agents, id);
    if (e) {
      used.add(id);
      entries.push(e);
    } else skipped.push({ line: d.line, text: d.names.join(" ") || "(no name or no code)" });
  }
  return { entries, skipped };
}

/** Renders entries in the block format of data/actors/README.md (person blocks as in people/README.md). */
export function renderActorEntries(
  entries: readonly ActorEntry[],
  version: string,
  header: readonly string[] = [],
): string {
  const out = [`# version: ${version}`, ...header.map((h) => `# ${h}`)];
  for (const e of entries) {
    out.push("", `== ${e.id}`);
    if (e.kind !== "person") out.push(`kind: ${e.kind}`);
    if (e.code) out.push(`code: ${e.code}`);
    if (e.sector) out.push(`sector: ${e.sector}`);
    if (e.names.length > 0) out.push(`${e.kind === "sector" ? "noun" : "name"}: ${e.names.join(" | ")}`);
    if (e.adjs.length > 0) out.push(`adj: ${e.adjs.join(" | ")}`);
    if (e.people.length > 0) out.push(`people: ${e.people.join(" | ")}`);
    if (e.kind === "person" && e.surnames.length > 0) out.push(`surname: ${e.surnames.join(" | ")}`);
    for (const r of e.roles) out.push(`role: ${r.code} ${r.start} ${r.end ?? "-"} | ${r.title}`);
    if (e.kind === "person" && e.defaultCode) out.push(`default: ${e.defaultCode}`);
    if (e.cues.length > 0) out.push(`cue: ${e.cues.join(" | ")}`);
    if (e.rank > 0) out.push(`rank: ${e.rank}`);
    if (e.coref !== "no") out.push(`coref: ${e.coref}`);
    if (!e.bare) out.push("bare: no");
    if (e.located) out.push(e.placedOnly ? "located: only" : "located: yes");
    if (e.domestic) out.push("located: domestic");
    if (e.home.length > 0) out.push(`home: ${e.home.join(" | ")}`);
    out.push(`source: ${e.source}`);
  }
  return `${out.join("\n")}\n`;
}
