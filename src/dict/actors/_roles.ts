// Dated roles of every entry in one typed array, so the matcher resolves a person without walking role objects.
import type { ActorConfig, ActorEntry } from "./_types.js";

/** A role still held: its end day. */
const OPEN = 99_999_999;

/**
 * The roles of entry e are `first[e]` to `first[e + 1] - 1`; role r is `spans[3r]` (first day) and `spans[3r + 1]`
 * (last day, OPEN when still held), days written as the number YYYYMMDD, and `codes[spans[3r + 2]]`. `fallback[e]`
 * is a person's code on a day no role covers: their `default:`, else the country of their first role + the former
 * sector. Codes are shared strings, so reading one touches no per-person memory. `head` repeats, per entry, HEAD
 * numbers: its first role's days and code index times 2 (+ 1 when more roles follow; -1 with no roles), and the
 * index of its fallback code: a person found in a sentence, cold in memory, is then coded from one record, not from
 * `first` and `spans` (see codeOnDay). Not to be written.
 */
export interface RoleTable {
  readonly first: Int32Array;
  readonly spans: Int32Array;
  readonly codes: readonly string[];
  readonly fallback: readonly string[];
  readonly head: Int32Array;
}

/** Numbers per entry in RoleTable.head. */
const HEAD = 4;

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
  const head = new Int32Array(HEAD * entries.length);
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    first[e] = spans.length / 3;
    const at = spans.length;
    for (const r of entry.roles)
      spans.push(dayOf(r.start)!, r.end === null ? OPEN : dayOf(r.end)!, intern(r.code));
    const firstRole = entry.roles[0];
    const former = firstRole ? `${firstRole.code.slice(0, 3)}${config.formerSector}` : "";
    const back = intern(entry.defaultCode ?? former);
    fallback.push(codes[back]!);
    if (firstRole)
      head.set([spans[at]!, spans[at + 1]!, 2 * spans[at + 2]! + (entry.roles.length > 1 ? 1 : 0)], HEAD * e);
    else head[HEAD * e + 2] = -1;
    head[HEAD * e + 3] = back;
  }
  first[entries.length] = spans.length / 3;
  return Object.freeze({
    first,
    spans: Int32Array.from(spans),
    codes: Object.freeze(codes),
    fallback: Object.freeze(fallback),
    head,
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

/**
 * codeOn for a day number, from entry e's head record alone when its first role covers the day or it has no other
 * role (see RoleTable.head).
 */
export function codeOnDay(t: RoleTable, e: number, day: number): string {
  return codeOnDayFrom(t, t.head, HEAD * e, e, day);
}

/**
 * codeOnDay from a copy of entry e's head record at `head[at]` (the person's trie hit: see AliasTrie), read where
 * the caller has just been reading.
 */
export function codeOnDayFrom(t: RoleTable, head: Int32Array, at: number, e: number, day: number): string {
  const code = head[at + 2]!;
  if (code < 0) return t.codes[head[at + 3]!]!;
  if (head[at]! <= day && day <= head[at + 1]!) return t.codes[code >> 1]!;
  return (code & 1) === 0 ? t.codes[head[at + 3]!]! : codeOn(t, e, day);
}

/** A person's code on `day`: the covering role's code, else the fallback (see RoleTable). */
export function codeOn(t: RoleTable, e: number, day: number | null): string {
  const r = roleAt(t, e, day);
  return r < 0 ? t.fallback[e]! : roleCode(t, r);
}
