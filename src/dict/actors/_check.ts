import type { ParsedFile, Problem } from "./_parse.js";
import type { ActorConfig, ActorEntry } from "./_types.js";

/**
 * Checks across files: unique ids, people with roles, place codes naming a known state, a usable config; with
 * `warnings`, also names shared by entries of different codes (lint only: loading skips that pass).
 */
export function crossCheck(
  files: readonly ParsedFile[],
  config: ActorConfig,
  errors: Problem[],
  warnings: Problem[] | null,
): void {
  const ids = new Map<string, ActorEntry>();
  for (const f of files)
    for (const e of f.entries) {
      const prev = ids.get(e.id);
      if (prev)
        errors.push({
          file: e.file,
          line: e.line,
          message: `id "${e.id}" also used at ${prev.file}:${prev.line}`,
        });
      else ids.set(e.id, e);
      if (e.kind === "person" && e.roles.length === 0)
        errors.push({ file: e.file, line: e.line, message: `person "${e.id}" has no role` });
    }
  placeCodes(files, errors);
  fitsCodes(files, config, errors);
  if (config.unknownCountry !== "" && !/^(?:[A-Z]{3}|---)$/.test(config.unknownCountry))
    errors.push({
      file: files[0]?.file ?? "",
      line: 1,
      message: "config unknown-country must be 3 characters",
    });
  if (warnings) sharedNames(files, warnings);
}

/** A place's `code:`, a territory's `sovereign:` and every code of a pair must be codes of state entries. */
function placeCodes(files: readonly ParsedFile[], errors: Problem[]): void {
  const states = new Set<string>();
  for (const f of files)
    for (const e of f.entries) if (e.kind === "state" && e.pair === null && e.code) states.add(e.code);
  // A malformed code was reported by the parser already.
  for (const f of files)
    for (const e of f.entries) {
      const own = e.pair !== null ? [e.code, ...e.pair] : e.kind === "place" ? [e.code] : e.home;
      const codes = e.sovereign === null ? own : [...own, e.sovereign];
      for (const c of codes)
        if (c !== null && /^[A-Z]{3}$/.test(c) && !states.has(c))
          errors.push({
            file: e.file,
            line: e.line,
            message: `${e.pair !== null ? "pair" : e.kind} "${e.id}": "${c}" is not the code of a state entry`,
          });
    }
}

/** Every code a describing word fits (`fits-*` config keys) must be the code of a state entry. */
function fitsCodes(files: readonly ParsedFile[], config: ActorConfig, errors: Problem[]): void {
  if (config.stateFits.size === 0) return;
  const states = new Set<string>();
  for (const f of files)
    for (const e of f.entries) if (e.kind === "state" && e.pair === null && e.code) states.add(e.code);
  for (const [word, codes] of config.stateFits)
    for (const c of codes)
      if (/^[A-Z]{3}$/.test(c) && !states.has(c))
        errors.push({
          file: files[0]?.file ?? "data/actors",
          line: 1,
          message: `config fits "${word}": "${c}" is not the code of a state entry`,
        });
}

/** Warns about names that entries of different codes share (resolved by document cues at run time). */
function sharedNames(files: readonly ParsedFile[], warnings: Problem[]): void {
  const owners = new Map<string, ActorEntry>();
  for (const e of files.flatMap((f) => f.entries)) {
    if (e.kind === "sector" || e.kind === "title" || e.kind === "person" || e.kind === "honorific") continue;
    for (const n of [...e.names, ...e.adjs]) {
      const key = n.toLowerCase();
      const prev = owners.get(key);
      if (prev && prev.code !== e.code && prev.kind !== "place" && e.kind !== "place")
        warnings.push({
          file: e.file,
          line: e.line,
          message: `"${n}" also names ${prev.id} (${prev.code}) at ${prev.file}:${prev.line}: resolved by document cues`,
        });
      else if (!prev) owners.set(key, e);
    }
  }
}
