// Dated roles of every entry in one typed array, so the matcher resolves a person without walking role objects.
import type { ActorConfig, ActorEntry } from "./_types.js";

/** A role still held: its end day. */
const OPEN = 99_999_999;

/**
 * The roles of entry e are `first[e]` to `first[e + 1] - 1`; role r is `spans[3r]` (first day) and `spans[3r + 1]`
 * (last day, OPEN when still held), days written as the number YYYYMMDD, and `codes[spans[3r + 2]]`. `fallback[e]`
 * is a person's code on a day no role covers: their `default:`, else the country of their first role + the former
 * sector. Codes are shared strings, so reading one touches no per-person memory. Not to be written.
 */
export interface RoleTable {
  readonly first: Int32Array;
  readonly spans: Int32Array;
  readonly codes: readonly string[];
  readonly fallback: readonly string[];
}

/**
 * A date as the day number roles are compared on: YYYY-MM-DD -> YYYYMMDD, null -> null; undefined for any other
 * string (its callers then compare the role's date strings, as written).
 */
export function dayOf(date: string | null): number | null | undefined {
  if (date === null) return null;
  if (date.length !== 10) return undefined;
  let day = 0;
  for (let k = 0; k < 10; k++) {
    const c = date.charCodeAt(k);
    if (k === 4 || k === 7) {
      if (c !== 45) return undefined;
    } else if (c >= 48 && c <= 57) day = day * 10 + (c - 48);
    else return undefined;
  }
  return day;
}

/** Lays out the roles of all entries. */
export function buildRoles(entries: readonly ActorEntry[], config: ActorConfig): RoleTable {
  const first = new Int32Array(entries.length + 1);
  const spans: number[] = [];
  const codes: string[] = [];
  const codeIds = new Map<string, number>();
  const intern = (code: string) => {
    let id = codeIds.get(code);
    if (id === undefined) {
      id = codes.length;
      codeIds.set(code, id);
      codes.push(code);
    }
    return id;
  };
  const fallback: string[] = [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    first[e] = spans.length / 3;
    for (const r of entry.roles)
      spans.push(dayOf(r.start)!, r.end === null ? OPEN : dayOf(r.end)!, intern(r.code));
    const firstRole = entry.roles[0];
    const former = firstRole ? `${firstRole.code.slice(0, 3)}${config.formerSector}` : "";
    fallback.push(codes[intern(entry.defaultCode ?? former)]!);
  }
  first[entries.length] = spans.length / 3;
  return Object.freeze({
    first,
    spans: Int32Array.from(spans),
    codes: Object.freeze(codes),
    fallback: Object.freeze(fallback),
  });
}

/** The role entry e holds on `day` (the first listed that covers it); with no day, one still held. -1: none. */
export function roleAt(t: RoleTable, e: number, day: number | null): number {
  const spans = t.spans;
  for (let r = t.first[e]!, end = t.first[e + 1]!; r < end; r++) {
    const to = spans[3 * r + 1]!;
    if (day === null ? to === OPEN : spans[3 * r]! <= day && day <= to) return r;
  }
  return -1;
}

/** The code of role r. */
export const roleCode = (t: RoleTable, r: number): string => t.codes[t.spans[3 * r + 2]!]!;

/** A person's code on `day`: the covering role's code, else the fallback (see RoleTable). */
export function codeOn(t: RoleTable, e: number, day: number | null): string {
  const r = roleAt(t, e, day);
  return r < 0 ? t.fallback[e]! : roleCode(t, r);
}
