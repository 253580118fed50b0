import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DictionaryError, EventStatus } from "../../core/index.js";
import type { CameoTable } from "../cameo/index.js";
import { readVersion } from "../text-file.js";
import type { CueWhere, ParsedPattern as Pattern, PatternElement, StatusCue } from "./_types.js";
import { parseUse, parseWordnetLines, WORDNET_FILE, type WordnetRow, type WordnetUse } from "./_wordnet.js";

/** Classes the engine reads; every dictionary must define them. */
export const RESERVED_CLASSES = [
  "_AND",
  "_RELATIVE",
  "_SAY",
  "_MEDIA",
  "_AGENT",
  "_PASSIVE",
  "_SUBORD",
  "_TARGET_PREP",
  "_BARRIER",
  "_POSSESSIVE",
  "_PLACE_PREP",
  "_OBJ_PRONOUN",
  "_QUANTITY",
  "_NP_LINK",
  "_POSS_PRONOUN",
  "_DISCARD",
  "_SUBJ_PRONOUN",
  "_NOUN_AGENT",
  "_CLAUSE_SPLIT",
  "_INTENT_NOUN",
  "_GERUND_ROLE",
  "_CONTROL",
  "_PLURAL_POSS",
  "_AGENT_VERB",
  "_PAIR_COUNT",
  "_PAIR_NOUN",
  "_REASON_PREP",
  "_BETWEEN",
  "_PERSON_PRONOUN",
  "_MEANS_PREP",
  "_CLAIM_NOUN",
] as const;

/** Reserved classes the engine reads as word sets only, with no class bit (a bit mask holds 32 classes). */
export const RESERVED_SETS = [
  "_STANCE_NOUN",
  "_AIRCRAFT",
  "_CROWD_NOUN",
  "_MARCHER_NOUN",
  "_PROTEST_MOVE",
  "_WEAPON",
  "_SUICIDE",
  "_BOMBER",
  "_FIGHTER",
  "_INQUIRY",
  "_FORCE_TYPE",
  "_PLURAL_PRONOUN",
  "_ADJUNCT_PREP",
  "_OCCASION_PREP",
  "_VENUE_PREP",
  "_DRAFT_VERB",
  "_RECIPROCAL",
  "_OWN_REPORT",
  "_STATE_OUTLET",
  "_THING_PRONOUN",
  "_APART",
  "_INFORMANT",
  "_TAKE_IN",
  "_ORGANISER_VERB",
  "_ASPECT_VERB",
  "_LANDMARK_PREP",
  "_DURATION",
  "_PROCESS_SPAN",
  "_ERA_PREP",
  "_ERA_NOUN",
  "_ERA_WAR",
  "_TIME_WORD",
  "_AGENTLESS",
  "_LEADER_VERB",
  "_ATTRIBUTION",
  "_CONDITION",
  "_PROVOKED",
  "_ACT_THROUGH",
  "_AUTHOR_VERB",
  "_UNDERGO",
  "_COURT",
  "_PROSPECT",
  "_RISK_MODAL",
  "_FORECAST",
  "_TERMS_NOUN",
  "_SIGN_VERB",
  "_SIGNED_NOUN",
  "_TRUCE_NOUN",
  "_TALKS_NOUN",
  "_MEETING_NOUN",
  "_TOPIC_NOUN",
  "_TOPIC_PREP",
  "_TRUCE_TOPIC_PREP",
  "_DESTINATION",
  "_SEAT",
  "_SEAT_VERB",
  "_PLACE_MEET_VERB",
  "_MEET_ALONE",
  "_STATE_REF",
  "_COPY_FOLLOW",
  "_COPY_SUIT",
  "_COPY_DO",
  "_COPY_SAME",
  "_COPY_TAKE",
  "_COPY_STEP",
  "_COPY_AS",
  "_COPY_TOO",
  "_COPY_OTHERS",
  "_COPY_LEAD",
  "_COPY_NEG",
  "_COPY_MAYBE",
  "_COPY_FUTURE",
  "_COPY_REPORT",
  "_COPY_ASK",
  "_PLACE_RELATIVE",
  "_UNHELD_VERB",
  "_UNHELD_FOR",
  "_UNHELD_URGE",
  "_ACCESSION",
  "_JOINT_VERB",
  "_JOIN_IN",
  "_ABSENT_PREP",
  "_MEDIATE_VERB",
  "_RETALIATION",
  "_GROUP_COUNT",
  "_ADDRESSEE_SAY",
  "_OBLIGE",
  "_OBLIGE_TO",
  "_DEMAND_SAY",
  "_PERFORM",
  "_FREE_CHOICE",
  "_DECIDE",
  "_DECISION_NOUN",
  "_MOVE_NOUN",
  "_PERCEIVE",
  "_HELP_NOUN",
  "_REQUEST_NOUN",
  "_POSTED_NOUN",
  "_COMPLEMENT_CONTROL",
  "_ROLE_ACT_NOUN",
  "_PROBE_CAUSE",
  "_FRAME_PREP",
  "_VISIT_OCCASION",
  "_VISIT_SITE",
  "_TRANSIT_PLACE",
  "_ALSO_LINK",
  "_CO_LINK",
  "_NEITHER",
  "_RESPECTIVE",
] as const;

const CUE_WHERE: readonly CueWhere[] = ["before", "govern", "modifier", "sentence", "clause", "backshift"];
/** The code of a pattern that blocks its trigger and codes nothing (PETRARCH writes such patterns with "---"). */
const BLOCK_CODE = "---";
/** `need` of a pattern before the model numbers its elements (see ParsedPattern). */
const NO_NEED = new Int32Array(0);

/**
 * Flags of the form `name=CODE`: in the case each names, the act takes CODE instead of the pattern's code (`inquiry=`
 * `jointly=`, `signed=`, `onward=`, `verdict=`, `demands=`, `protested=` and `also=` code CODE beside it).
 */
const RECODE_FLAGS = [
  "forces",
  "armed",
  "civilians",
  "foreign",
  "people",
  "media",
  "riot",
  "crowd",
  "deal",
  "claim",
  "aircraft",
  "craft",
  "weapon",
  "named",
  "victim",
  "troops",
  "bomber",
  "inquiry",
  "jointly",
  "signed",
  "served",
  "denied",
  "onward",
  "verdict",
  "demands",
  "protested",
  "also",
  "refused",
  "persons",
] as const;

const FLAGS = new Set([
  "noun",
  "echo",
  "formal",
  "finding",
  "established",
  "recip",
  "mutual",
  "notarget",
  "wrap",
  "fallback",
  "main",
  "self",
  "ctx",
  "inner",
  "transparent",
  "deferring",
  "ifnegated",
  "prospect",
  "condition",
  "ultimatum",
  "avenged",
  "drafter",
  "accuser",
  "denier",
  "antecedent",
  "undergone",
  "territory",
  "apart",
  "toll",
  "victims",
  "owned",
  "compound",
  "unowned",
  "occasion",
  "filed",
  "bare",
  "topic",
  "patient",
  "alternative",
  "converse",
  "tight",
  "asstate",
  "ownact",
  "purpose",
  "envoy",
  "toenvoy",
  "joint",
  "probe",
  "forcesonly",
  "bound",
  "dispatched",
  "peopleonly",
  "means",
  "joins",
  "kin",
  "venue",
  "answered",
  "framing",
  "frame",
  "restated",
  "undoes",
  "actbefore",
  "charging",
  "opposed",
  "saidbefore",
  "inquirer",
  "armedrecip",
  "relterms",
  "thing",
  "charges",
  "reporter",
  "hosted",
  "homevenue",
  "counter",
  "offer",
  "nameless",
]);
const ID_RE = /^[a-z0-9][a-z0-9._-]*$/;

/** Everything read from a data/verbs folder, with the errors found on the way. */
export interface ParsedVerbs {
  readonly versions: string[];
  readonly classes: Map<string, Set<string>>;
  /** `$_IRREGULAR` read once: base word → its irregular forms. */
  irregular: ReadonlyMap<string, readonly string[]>;
  readonly patterns: Pattern[];
  readonly cues: StatusCue[];
  readonly statusOrder: EventStatus[];
  readonly sharedReport: string[];
  readonly statedNow: string[];
  readonly embeds: Map<string, Map<string, string>>;
  /** The WordNet neighbour table (wordnet.txt, optional): its rows and which of them the coder uses. */
  wordnet: { rows: WordnetRow[]; use: WordnetUse };
  readonly errors: DictionaryError[];
}

interface RawLine {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Splits a file into meaningful lines (comments and blanks dropped), checking the version line. */
function readLines(file: string, text: string, out: ParsedVerbs): RawLine[] {
  const version = readVersion(text);
  if (version === null) out.errors.push(new DictionaryError(file, 1, "missing '# version: X' line"));
  else out.versions.push(version);
  const lines: RawLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    // "#50+" is a quantity element, not a comment.
    const t = raw.replace(/\s+#(?!\d+\+(\s|$)).*$/, "").trim();
    if (t === "" || t.startsWith("#")) return;
    lines.push({ file, line: i + 1, text: t });
  });
  return lines;
}

function parseClasses(lines: readonly RawLine[], out: ParsedVerbs): void {
  for (const l of lines) {
    const [name, ...words] = l.text.split(/\s+/);
    if (!name || !/^\$[A-Z_][A-Z0-9_]*$/.test(name) || words.length === 0) {
      out.errors.push(new DictionaryError(l.file, l.line, `expected "$NAME word word ...", got "${l.text}"`));
      continue;
    }
    const set = out.classes.get(name.slice(1)) ?? new Set<string>();
    for (const w of words) set.add(w.toLowerCase());
    out.classes.set(name.slice(1), set);
  }
}

/** Regular inflections of a word, so matching survives a wrong lemma ("staged" lemmatised as "stag"). */
export function inflections(w: string): string[] {
  if (!/^[a-z]+$/.test(w) || w.length < 3) return [w];
  const out = [w, `${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`];
  if (w.endsWith("e")) out.push(`${w.slice(0, -1)}ing`);
  if (w.endsWith("y")) out.push(`${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`);
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(w)) out.push(`${w}${w.at(-1)}ed`, `${w}${w.at(-1)}ing`);
  return out;
}

/**
 * The `$_IRREGULAR` class read once: each entry `base:form:form` gives a base word's irregular forms ("shoot:shot").
 * The pattern parser adds them to a pattern word; the coder reads the forms unlike their base as past tenses.
 */
export function irregularForms(entries: Iterable<string>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const e of entries) {
    const [base, ...rest] = e.split(":");
    if (base) forms.set(base, rest);
  }
  return forms;
}

/** Resolves one word element: `word`, `$CLASS`, or alternatives of either joined by `/`. */
function wordSet(tok: string, out: ParsedVerbs, l: RawLine): Set<string> | null {
  const set = new Set<string>();
  for (const alt of tok.split("/")) {
    if (alt.startsWith("$")) {
      const cls = out.classes.get(alt.slice(1));
      if (!cls) {
        out.errors.push(new DictionaryError(l.file, l.line, `unknown class ${alt}`));
        return null;
      }
      for (const w of cls) for (const f of inflections(w)) set.add(f);
    } else if (/^=[a-z']+$/.test(alt.toLowerCase())) {
      // "=has": this exact word form only, no lemma and no inflections ("has to", not "had to").
      set.add(alt.toLowerCase());
    } else if (/^[a-z0-9'.+-]+$/.test(alt.toLowerCase()) || /^[^\w\s]+$/.test(alt)) {
      for (const f of inflections(alt.toLowerCase())) set.add(f);
      // "shot" tagged as a noun keeps its own lemma: irregular forms are listed in $_IRREGULAR ("shoot:shot").
      for (const f of out.irregular.get(alt.toLowerCase()) ?? []) set.add(f);
    } else {
      out.errors.push(new DictionaryError(l.file, l.line, `bad word "${alt}" in "${tok}"`));
      return null;
    }
  }
  return set;
}

function parsePatternLine(l: RawLine, cameo: CameoTable, out: ParsedVerbs): Pattern | null {
  const [body = "", flagText = ""] = l.text.split("|");
  const [id, code, ...elems] = body.trim().split(/\s+/);
  const err = (msg: string) => {
    out.errors.push(new DictionaryError(l.file, l.line, msg));
    return null;
  };
  if (!id || !ID_RE.test(id)) return err(`bad pattern id "${id ?? ""}"`);
  if (!code || (code !== BLOCK_CODE && !cameo.get(code)))
    return err(`unknown CAMEO code "${code ?? ""}" in pattern ${id}`);
  if (elems.length === 0) return err(`pattern ${id} has no words`);
  // The coder matches pattern words by lemma and form; an exact form ("=demands") would never match there.
  const exact = elems.find((e) => e.split("/").some((w) => w.startsWith("=")));
  if (exact) return err(`exact form "${exact}" in pattern ${id}: "=word" is for status cues only`);
  const flags = new Set<string>();
  let status: EventStatus | null = null;
  let embed: string | null = null;
  let selfTarget: string | null = null;
  // Flags that give the act another code in a given case (`forces=074`).
  const recode: Record<(typeof RECODE_FLAGS)[number], string | null> = {
    forces: null,
    armed: null,
    civilians: null,
    foreign: null,
    people: null,
    media: null,
    riot: null,
    crowd: null,
    deal: null,
    claim: null,
    aircraft: null,
    craft: null,
    weapon: null,
    named: null,
    victim: null,
    troops: null,
    bomber: null,
    inquiry: null,
    jointly: null,
    signed: null,
    served: null,
    denied: null,
    onward: null,
    verdict: null,
    demands: null,
    protested: null,
    also: null,
    refused: null,
    persons: null,
  };
  for (const f of flagText.trim().split(/\s+/).filter(Boolean)) {
    const eq = f.indexOf("=");
    // A plain flag has no "=": "victims" is no `victim=` flag with its last letter taken for the "=".
    const name = eq > 0 ? RECODE_FLAGS.find((r) => r === f.slice(0, eq)) : undefined;
    if (name) {
      const c = f.slice(eq + 1);
      if (!cameo.get(c)) return err(`unknown CAMEO code "${c}" in ${name}= of pattern ${id}`);
      recode[name] = c;
    } else if (f.startsWith("self=")) {
      selfTarget = f.slice(5);
      if (!/^[A-Z]{3}$/.test(selfTarget))
        return err(`self= takes a 3-letter sector code, got "${selfTarget}"`);
    } else if (f.startsWith("embed=")) {
      embed = f.slice(6);
      if (!out.embeds.has(embed)) return err(`unknown embed table "${embed}" in pattern ${id}`);
    } else if (f.startsWith("status=")) {
      const s = EventStatus.safeParse(f.slice(7));
      if (!s.success) return err(`unknown status "${f.slice(7)}" in pattern ${id}`);
      status = s.data;
    } else if (FLAGS.has(f)) flags.add(f);
    else return err(`unknown flag "${f}" in pattern ${id}`);
  }
  if (flags.has("owned") && !flags.has("noun")) return err(`pattern ${id}: owned needs noun`);
  if (flags.has("filed") && !(flags.has("noun") && elems.includes("TGT")))
    return err(`pattern ${id}: filed needs noun and TGT`);
  if (flags.has("ifnegated") && (status === null || status === "negated"))
    return err(`pattern ${id}: ifnegated needs a status= other than negated`);
  if (flags.has("prospect") && status === null) return err(`pattern ${id}: prospect needs a status=`);
  if (flags.has("condition") && !flags.has("prospect")) return err(`pattern ${id}: condition needs prospect`);
  if (flags.has("saidbefore") && !flags.has("prospect"))
    return err(`pattern ${id}: saidbefore needs prospect`);
  if (flags.has("ultimatum") && !flags.has("wrap")) return err(`pattern ${id}: ultimatum needs wrap`);
  if (flags.has("alternative") && (status === null || flags.has("noun") || embed !== null))
    return err(`pattern ${id}: alternative needs a status= and no noun or embed`);
  if (flags.has("answered") && !flags.has("noun")) return err(`pattern ${id}: answered needs noun`);
  if (recode.served && !flags.has("noun")) return err(`pattern ${id}: served= needs noun`);
  if (flags.has("framing") && !flags.has("noun")) return err(`pattern ${id}: framing needs noun`);
  if (flags.has("armedrecip") && recode.armed === null) return err(`pattern ${id}: armedrecip needs armed=`);
  const [headTok, ...restToks] = elems as [string, ...string[]];
  if (headTok === "TGT") return err(`pattern ${id} cannot start with TGT`);
  const head = wordSet(headTok, out, l);
  if (!head) return null;
  const rest: PatternElement[] = [];
  let literals = 0;
  for (const t of restToks) {
    if (t === "TGT") {
      if (rest.some((e) => e.kind === "target")) return err(`pattern ${id} has two TGT slots`);
      rest.push({ kind: "target" });
      continue;
    }
    const q = /^#(\d+)\+$/.exec(t);
    if (q) {
      rest.push({ kind: "quantity", min: Number(q[1]), text: t });
      literals++;
      continue;
    }
    if (t.startsWith("#")) return err(`bad quantity "${t}" in pattern ${id}: write #N+`);
    const words = wordSet(t, out, l);
    if (!words) return null;
    rest.push({ kind: "word", words, text: t });
    literals++;
  }
  return {
    id,
    code,
    blocks: code === BLOCK_CODE,
    head,
    rest,
    noun: flags.has("noun"),
    wordnet: false,
    recip: flags.has("recip"),
    mutual: flags.has("mutual") || flags.has("recip"),
    selfTarget: selfTarget ?? (flags.has("self") ? "" : null),
    contextTarget: flags.has("ctx"),
    inner: flags.has("inner"),
    transparent: flags.has("transparent"),
    deferring: flags.has("deferring"),
    ifNegated: flags.has("ifnegated"),
    prospect: flags.has("prospect"),
    condition: flags.has("condition"),
    ultimatum: flags.has("ultimatum"),
    avenged: flags.has("avenged"),
    drafter: flags.has("drafter"),
    accuser: flags.has("accuser"),
    denier: flags.has("denier"),
    antecedent: flags.has("antecedent"),
    undergone: flags.has("undergone"),
    reporter: flags.has("reporter"),
    hosted: flags.has("hosted"),
    homeVenue: flags.has("homevenue"),
    counter: flags.has("counter"),
    embed,
    targetOptional: flags.has("notarget"),
    wrap: flags.has("wrap") || embed !== null,
    fallback: flags.has("fallback"),
    echo: flags.has("echo"),
    formal: flags.has("formal"),
    finding: flags.has("finding"),
    established: flags.has("established"),
    main: flags.has("main"),
    territory: flags.has("territory"),
    apart: flags.has("apart"),
    toll: flags.has("toll"),
    victims: flags.has("victims"),
    ...recode,
    owned: flags.has("owned"),
    compound: flags.has("compound"),
    unowned: flags.has("unowned"),
    occasion: flags.has("occasion"),
    filed: flags.has("filed"),
    bare: flags.has("bare"),
    topic: flags.has("topic"),
    patient: flags.has("patient"),
    alternative: flags.has("alternative"),
    answered: flags.has("answered"),
    framing: flags.has("framing"),
    frame: flags.has("frame"),
    converse: flags.has("converse"),
    tight: flags.has("tight"),
    nameless: flags.has("nameless"),
    asState: flags.has("asstate"),
    ownAct: flags.has("ownact"),
    restated: flags.has("restated"),
    undoes: flags.has("undoes"),
    thing: flags.has("thing"),
    charges: flags.has("charges"),
    relTerms: flags.has("relterms"),
    offer: flags.has("offer"),
    actBefore: flags.has("actbefore"),
    charging: flags.has("charging"),
    opposed: flags.has("opposed"),
    saidBefore: flags.has("saidbefore"),
    inquirer: flags.has("inquirer"),
    armedRecip: flags.has("armedrecip"),
    purpose: flags.has("purpose"),
    envoy: flags.has("envoy"),
    toEnvoy: flags.has("toenvoy"),
    joint: flags.has("joint"),
    probe: flags.has("probe"),
    forcesOnly: flags.has("forcesonly"),
    bound: flags.has("bound"),
    dispatched: flags.has("dispatched"),
    peopleOnly: flags.has("peopleonly"),
    means: flags.has("means"),
    joins: flags.has("joins"),
    kin: flags.has("kin"),
    venue: flags.has("venue"),
    status,
    // A pattern that fires only when negated (or in prospect, or in an `opposed` free relative) outranks the same
    // words without the condition (a "---" block, "calls for"); an `onward` one, which also codes the place after its
    // preposition, outranks a `territory` pattern's place bonus ("struck PKK targets in northern Iraq").
    specificity:
      literals * 10 +
      code.length +
      (rest.some((e) => e.kind === "target") ? 5 : 0) +
      (flags.has("ifnegated") || flags.has("prospect") || flags.has("opposed") ? 1 : 0) +
      (recode.onward ? 2 : 0),
    file: l.file,
    line: l.line,
    need: NO_NEED,
  };
}

function parseStatus(lines: readonly RawLine[], out: ParsedVerbs): void {
  const ids = new Set<string>();
  for (const l of lines) {
    const err = (msg: string) => out.errors.push(new DictionaryError(l.file, l.line, msg));
    if (l.text.startsWith("@order")) {
      for (const s of l.text.split(/\s+/).slice(1)) {
        const p = EventStatus.safeParse(s);
        if (p.success) out.statusOrder.push(p.data);
        else err(`unknown status "${s}" in @order`);
      }
      continue;
    }
    if (l.text.startsWith("@shared-report")) {
      out.sharedReport.push(...l.text.split(/\s+/).slice(1));
      continue;
    }
    if (l.text.startsWith("@stated-now")) {
      out.statedNow.push(...l.text.split(/\s+/).slice(1));
      continue;
    }
    const [body = "", flagText = ""] = l.text.split("|");
    const [id, status, where, ...seq] = body.trim().split(/\s+/);
    if (!id || !ID_RE.test(id)) {
      err(`bad cue id "${id ?? ""}"`);
      continue;
    }
    if (ids.has(id)) err(`duplicate cue id ${id}`);
    ids.add(id);
    const st = EventStatus.safeParse(status);
    if (!st.success) err(`unknown status "${status ?? ""}" in cue ${id}`);
    if (!CUE_WHERE.includes(where as CueWhere)) err(`unknown position "${where ?? ""}" in cue ${id}`);
    if (seq.length === 0) err(`cue ${id} has no words`);
    const flag = flagText.trim();
    // "plover=CONSULT": the cue applies only to acts of that PLOVER type.
    const plover = flag.startsWith("plover=") ? flag.slice(7) : null;
    if (flag !== "" && flag !== "attribution" && !plover) err(`unknown flag "${flag}" in cue ${id}`);
    const sets = seq.map((t) => wordSet(t, out, l));
    if (!st.success || sets.some((s) => s === null) || !CUE_WHERE.includes(where as CueWhere)) continue;
    out.cues.push({
      id,
      status: st.data,
      where: where as CueWhere,
      seq: sets as Set<string>[],
      attribution: flag === "attribution",
      plover,
    });
  }
}

function parseEmbeds(lines: readonly RawLine[], cameo: CameoTable, out: ParsedVerbs): void {
  for (const l of lines) {
    const f = l.text.split(/\s+/);
    const [table, from, to] = f;
    const err = (msg: string) => out.errors.push(new DictionaryError(l.file, l.line, msg));
    if (f.length !== 3 || !table || !from || !to || !ID_RE.test(table)) {
      err(`expected "table embedded-code code", got "${l.text}"`);
      continue;
    }
    if (!cameo.get(from)) err(`unknown CAMEO code "${from}"`);
    if (!cameo.get(to)) err(`unknown CAMEO code "${to}"`);
    const map = out.embeds.get(table) ?? new Map<string, string>();
    if (map.has(from)) err(`duplicate entry ${table} ${from}`);
    map.set(from, to);
    out.embeds.set(table, map);
  }
}

/** Reads classes.txt, status.txt, embed.txt and every patterns/*.txt file under `dir`, collecting all errors. */
export function parseVerbDir(dir: string, cameo: CameoTable): ParsedVerbs {
  const out: ParsedVerbs = {
    versions: [],
    classes: new Map(),
    irregular: new Map(),
    patterns: [],
    cues: [],
    statusOrder: [],
    sharedReport: [],
    statedNow: [],
    embeds: new Map(),
    wordnet: { rows: [], use: parseUse(["off"])! },
    errors: [],
  };
  const read = (file: string): RawLine[] => {
    try {
      return readLines(file, readFileSync(file, "utf8"), out);
    } catch (cause) {
      out.errors.push(new DictionaryError(file, 0, `cannot read: ${(cause as Error).message}`));
      return [];
    }
  };
  parseClasses(read(join(dir, "classes.txt")), out);
  out.irregular = irregularForms(out.classes.get("_IRREGULAR") ?? []);
  for (const name of [...RESERVED_CLASSES, ...RESERVED_SETS])
    if (!out.classes.has(name))
      out.errors.push(new DictionaryError(join(dir, "classes.txt"), 0, `missing class $${name}`));
  parseStatus(read(join(dir, "status.txt")), out);
  parseEmbeds(read(join(dir, "embed.txt")), cameo, out);
  if (out.statusOrder.length === 0)
    out.errors.push(new DictionaryError(join(dir, "status.txt"), 0, "missing @order line"));
  const wnFile = join(dir, WORDNET_FILE);
  if (existsSync(wnFile)) out.wordnet = parseWordnetLines(read(wnFile), out.errors);
  const pdir = join(dir, "patterns");
  let files: string[] = [];
  try {
    files = readdirSync(pdir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
  } catch (cause) {
    out.errors.push(new DictionaryError(pdir, 0, `cannot list patterns: ${(cause as Error).message}`));
  }
  const seen = new Map<string, string>();
  for (const f of files) {
    for (const l of read(join(pdir, f))) {
      const p = parsePatternLine(l, cameo, out);
      if (!p) continue;
      const prev = seen.get(p.id);
      if (prev)
        out.errors.push(
          new DictionaryError(l.file, l.line, `duplicate pattern id ${p.id} (first at ${prev})`),
        );
      else seen.set(p.id, `${l.file}:${l.line}`);
      out.patterns.push(p);
    }
  }
  return out;
}
