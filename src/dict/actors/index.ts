import { readFileSync } from "node:fs";
import { DictionaryError } from "../../core/index.js";
import { modelCacheFile, readModelCache, writeModelCache } from "./_cache.js";
import { crossCheck } from "./_check.js";
import { buildConfig, compileActors, listActorFiles, parseActorDir } from "./_compile.js";
import { aliasKey } from "./_key.js";
import { formatProblem, type Problem, parseActorFile } from "./_parse.js";
import { HIT_STEP, hitAt, hitsEnd, hitsStart, nodeAt } from "./_trie.js";
import type { ActorEntry, AliasHit, Role } from "./_types.js";

export { defaultModelCache } from "./_cache.js";
export type { ActorModel } from "./_compile.js";
export { renderCountryFile } from "./_countries.js";
export { caseShape, fitsShape, isOwnKey, splitAlias, tokenKey } from "./_key.js";
export { importPetrarchActors, renderActorEntries } from "./_petrarch.js";

export { codeOn, codeOnDay, codeOnDayFrom, dayOf, type RoleTable, roleAt, roleCode } from "./_roles.js";
export {
  type AliasTrie,
  child,
  H_HEAD,
  HIT_STEP,
  hasChildren,
  hitCat,
  hitEntry,
  hitKind,
  hitRole,
  hitShape,
  hitsEnd,
  hitsStart,
  rootsMayBeLower,
  rootsNames,
  slotRoots,
  slotToken,
  textTokenId,
  textTokenSlot,
  tokenCount,
  tokenId,
  tokenNouns,
  tokenSlot,
  tokenWords,
} from "./_trie.js";
export type { ActorConfig, ActorEntry, AliasHit, AliasRole, EntryKind, Role } from "./_types.js";
export { HIT_HONORIFIC, HIT_PERSON, HIT_REF, WORDS } from "./_types.js";
export { parseActorFile };

import type { ActorModel } from "./_compile.js";

/**
 * Reads, validates and compiles every actor file under `dir` (data/actors); throws on the first bad line. With
 * `cache` (a private folder, see defaultModelCache), a model compiled from the same files by the same compiler is read
 * from there instead, and a new one is kept there.
 */
export function loadActorModel(dir: string, opts: { cache?: string | null } = {}): ActorModel {
  const texts = listActorFiles(dir).map((f) => ({ ...f, text: readFileSync(f.path, "utf8") }));
  const file = opts.cache ? modelCacheFile(opts.cache, dir, texts) : null;
  const kept = file ? readModelCache(file) : null;
  if (kept) return kept;
  const files = texts.map((f) => parseActorFile(f.text, f.path, f.personFile));
  const errors: Problem[] = files.flatMap((f) => f.errors);
  const config = buildConfig(files, errors);
  crossCheck(files, config, errors, null);
  const first = errors[0];
  if (first) throw new DictionaryError(first.file, first.line, first.message);
  const model = compileActors(files, config);
  if (file) writeModelCache(file, model);
  return model;
}

/** Validates every actor file under `dir` and reports all problems, without throwing for bad data. */
export function lintActors(dir: string): {
  errors: string[];
  warnings: string[];
  counts: Record<string, number>;
} {
  const files = parseActorDir(dir);
  const errors: Problem[] = files.flatMap((f) => f.errors);
  const warnings: Problem[] = files.flatMap((f) => f.warnings);
  const config = buildConfig(files, errors);
  crossCheck(files, config, errors, warnings);
  const counts = { ...compileActors(files, config).counts, errors: errors.length, warnings: warnings.length };
  return { errors: errors.map(formatProblem), warnings: warnings.map(formatProblem), counts };
}

/** The role a person holds on `date` (first listed wins); with no date, a role still held today. */
export function roleOn(entry: ActorEntry, date: string | null): Role | null {
  const roles = entry.roles;
  for (let k = 0; k < roles.length; k++) {
    const r = roles[k]!;
    if (date === null ? r.end === null : r.start <= date && (r.end === null || date <= r.end)) return r;
  }
  return null;
}

/**
 * A person's code on `date`: the covering role's code, else their `default:`, else the country of their first
 * role + the config's former sector (a former office-holder is elite: JPNELI).
 */
export function personCode(
  model: ActorModel,
  entry: ActorEntry,
  date: string | null,
): { code: string; role: Role | null } {
  const role = roleOn(entry, date);
  if (role) return { code: role.code, role };
  const first = entry.roles[0];
  const fallback = first ? `${first.code.slice(0, 3)}${model.config.formerSector}` : "";
  return { code: entry.defaultCode ?? fallback, role: null };
}

/** What one alias of an entry codes as on its own (no sentence context). */
function codeAlone(model: ActorModel, e: ActorEntry, role: string, date: string | null) {
  const cfg = model.config;
  const unknown = (sector: string | null) => `${cfg.unknownCountry}${sector ?? ""}`;
  switch (e.kind) {
    case "state":
      if (role === "adj")
        return { code: e.code ?? "", note: "adjective: names the state with a sector noun" };
      if (role === "combining")
        return { code: e.code ?? "", note: "combining form: names the state before a hyphen and a demonym" };
      {
        const sector = role === "people" ? cfg.peopleSector : cfg.stateSector;
        return e.pair === null
          ? { code: `${e.code}${sector}` }
          : {
              code: `${e.code}${sector}`,
              note: `pair: also ${e.pair.map((c) => `${c}${sector}`).join(", ")}`,
            };
      }
    case "person": {
      const { code, role: r } = personCode(model, e, date);
      const held = r ? `${r.title} ${r.start}..${r.end ?? ""}` : `no role on ${date ?? "today"}: default`;
      return { code, note: role === "surname" ? `surname; ${held}` : held };
    }
    case "sector":
    case "title":
      return { code: unknown(e.sector), note: "no country in the name" };
    case "place":
      return e.code === null
        ? { code: "", note: "a place, not an actor" }
        : { code: e.code, note: "a place in this country: an event target, never a source" };
    case "honorific":
      return { code: "", note: "honorific: needs a name" };
    default:
      return { code: e.code ?? "" };
  }
}

/**
 * Looks a name up in the dictionary as the CLI does: every entry it names, coded for `date`.
 * @example lookupActor(model, "Prime Minister Ishiba", "2025-06-20") // [] (titles compose in sentences)
 */
export function lookupActor(
  model: ActorModel,
  name: string,
  date: string | null,
): { code: string; entry: string; kind: string; note?: string }[] {
  const keys = aliasKey(name.replace(/^the\s+/i, "")).split(" ");
  const found = (table: "name" | "noun") => {
    const node = nodeAt(model.trie, table, keys);
    const out: AliasHit[] = [];
    if (node < 0) return out;
    for (let h = hitsStart(model.trie, node); h < hitsEnd(model.trie, node); h += HIT_STEP)
      out.push(hitAt(model.trie, h));
    return out;
  };
  const all = [...found("name"), ...found("noun")];
  // One row per entry: its name reading before its adjective reading ("NATO").
  const hits = all.filter((h, k) => all.findIndex((o) => o.entry === h.entry) === k);
  return hits.map((h) => {
    const e = model.entries[h.entry]!;
    const { code, note } = codeAlone(model, e, h.role, date);
    return note === undefined
      ? { code, entry: e.id, kind: e.kind }
      : { code, entry: e.id, kind: e.kind, note };
  });
}
