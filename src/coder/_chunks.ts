import type { Token } from "../core/index.js";

/**
 * A shallow chunk layer over one sentence: noun-phrase chunks, verb groups and clause openings, read from the tagger's
 * parts of speech and the actor groups alone (no parser). The matcher uses it to pass over a whole phrase attached to
 * an object ("signed a declaration backing the ceasefire together with X") where a token window stops inside it.
 */

/** "np": a determiner/adjective/noun/number/possessive run (an actor's mention is one); "vg": a verb group. */
export type ChunkKind = "np" | "vg";

/** One chunk: tokens [start, end) and, for a noun phrase, its head (last) noun. */
export interface Chunk {
  readonly kind: ChunkKind;
  readonly start: number;
  readonly end: number;
}

/** The chunks of a sentence, indexed by token. */
export interface Chunks {
  readonly list: readonly Chunk[];
  /** Token index → chunk index, or -1 (prepositions, conjunctions, punctuation, subordinators). */
  readonly at: readonly number[];
  /** Token index → true when a clause opens at that token (a subordinator, relative word, ";", ", and" + verb). */
  readonly opens: readonly boolean[];
}

/** What the chunker reads: the View's tokens, actor groups and word classes (a View satisfies it). */
export interface ChunkInput {
  readonly toks: readonly Token[];
  readonly groupAt: readonly number[];
  readonly groups: readonly { readonly tokStart: number; readonly tokEnd: number }[];
  readonly w: {
    readonly and: ReadonlySet<string>;
    readonly relative: ReadonlySet<string>;
    readonly subord: ReadonlySet<string>;
    readonly say: ReadonlySet<string>;
    readonly possessive: ReadonlySet<string>;
  };
}

const NP_WORD = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const VG_WORD = new Set(["AUX", "VERB"]);
/** Symbols and marks inside a noun phrase: "$95 billion", "30%", "long-range", quoted names. */
const NP_MARK = new Set(["$", "€", "£", "%", "-", '"', "“", "”", "'", "‘", "’"]);
const CLAUSE_PUNCT = new Set([";", ":", "—", "–"]);

/** True when token `k` may stand inside a noun phrase that is already open (`open`) or may open one. */
function npToken(x: ChunkInput, k: number, open: boolean): boolean {
  const t = x.toks[k]!;
  if (x.groupAt[k]! >= 0) return true;
  // "which", "whose": a relative word opens a clause, never a noun phrase's determiner.
  if (x.w.relative.has(t.lower) || relativeVerb(x, k)) return false;
  if (NP_WORD.has(t.pos)) return true;
  // "Japan's", "its": a possessive joins the owner to the owned noun.
  if ((t.pos === "PART" || t.pos === "PRON") && x.w.possessive.has(t.lower)) return t.pos === "PRON" || open;
  // "highly enriched uranium": an adverb before an adjective.
  if (t.pos === "ADV") return NP_WORD.has(x.toks[k + 1]?.pos ?? "") && x.toks[k + 1]!.pos !== "DET";
  if (t.pos === "VERB") return verbInPhrase(x, k, open);
  // A mark between two words of the phrase ("long-range", "$95 billion").
  if (NP_MARK.has(t.text)) return (open || t.text === "$") && NP_WORD.has(x.toks[k + 1]?.pos ?? "");
  return false;
}

/**
 * A verb form the tagger read inside a noun phrase: "the planned summit", "two suspected militants" (a participle after
 * a determiner, adjective or number), "banks and shipping firms" (an "-ing" word opening an item before its noun),
 * "asset freezes and travel bans" (a plural noun read as a verb, with no object after it).
 */
function verbInPhrase(x: ChunkInput, k: number, open: boolean): boolean {
  const t = x.toks[k]!;
  const prev = x.toks[k - 1];
  const next = x.toks[k + 1];
  if (t.lower === t.lemma) return false;
  if (open) {
    if (participleSlot(prev)) return true;
    return (
      prev?.pos === "NOUN" && t.lower.endsWith("s") && !NP_WORD.has(next?.pos ?? "") && next?.pos !== "PRON"
    );
  }
  const itemStart = prev === undefined || prev.pos === "CCONJ" || prev.text === ",";
  return itemStart && t.lower.endsWith("ing") && t.lemma !== "include" && next?.pos === "NOUN";
}

/** ", which hosts U.S. forces": a plural-looking noun right after a relative word, before a noun phrase, is its verb. */
function relativeVerb(x: ChunkInput, k: number): boolean {
  const t = x.toks[k]!;
  return (
    t.pos === "NOUN" &&
    x.w.relative.has(x.toks[k - 1]?.lower ?? "") &&
    (NP_WORD.has(x.toks[k + 1]?.pos ?? "") || (x.groupAt[k + 1] ?? -1) >= 0)
  );
}

function participleSlot(prev: Token | undefined): boolean {
  return prev !== undefined && (prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM");
}

/** True when token `k` may stand in a verb group: auxiliaries, verbs, "not"/"to", adverbs between them. */
function vgToken(x: ChunkInput, k: number, open: boolean): boolean {
  const t = x.toks[k]!;
  if (VG_WORD.has(t.pos) || relativeVerb(x, k)) return true;
  if (!open) return false;
  // "would not", "has yet to", "had already": negation, infinitive marker and adverbs inside the chain.
  return (t.pos === "PART" || t.pos === "ADV") && VG_WORD.has(x.toks[k + 1]?.pos ?? "");
}

/**
 * Marks the chunks of a sentence. Pure: reads `x`, returns new arrays.
 * @example chunkSentence(view).list // [{kind:"np",start:0,end:1}, {kind:"vg",start:1,end:2}, …] for "Japan signed a pact"
 */
export function chunkSentence(x: ChunkInput): Chunks {
  const n = x.toks.length;
  const list: Chunk[] = [];
  const at = new Array<number>(n).fill(-1);
  let k = 0;
  while (k < n) {
    let kind: ChunkKind | null = null;
    let e = k;
    if (npToken(x, k, false)) {
      kind = "np";
      e = k + 1;
      while (e < n && npToken(x, e, true)) e++;
    } else if (
      vgToken(x, k, false) ||
      ((x.toks[k]!.pos === "PART" || x.toks[k]!.pos === "ADV") && vgToken(x, k, true))
    ) {
      kind = "vg";
      e = k + 1;
      while (e < n && vgToken(x, e, true)) e++;
    }
    if (kind === null) {
      k++;
      continue;
    }
    // An actor's mention is never split: the chunk runs to the end of any group it cuts.
    const g = x.groupAt[e - 1]!;
    if (g >= 0 && x.groups[g]!.tokEnd > e) e = x.groups[g]!.tokEnd;
    for (let j = k; j < e; j++) at[j] = list.length;
    list.push({ kind, start: k, end: e });
    k = e;
  }
  return { list, at, opens: clauseOpenings(x, list, at) };
}

/** Token → true where a clause opens (see `Chunks.opens`). */
function clauseOpenings(x: ChunkInput, list: readonly Chunk[], at: readonly number[]): boolean[] {
  const toks = x.toks;
  const opens = new Array<boolean>(toks.length).fill(false);
  const kindAt = (k: number) => (at[k]! >= 0 ? list[at[k]!]!.kind : null);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (CLAUSE_PUNCT.has(t.text)) opens[k] = true;
    else if (
      t.pos === "SCONJ" ||
      (x.w.subord.has(t.lower) && kindAt(k) === null && clauseAhead(list, at, k + 1))
    )
      opens[k] = true;
    // "the base, which hosts", "officials who": a relative word after a noun or a comma.
    else if (x.w.relative.has(t.lower) && (toks[k - 1]?.text === "," || kindAt(k - 1) === "np"))
      opens[k] = true;
    // ", and" or ", but" before a verb group or a noun phrase and its verb group: a coordinated clause.
    else if (t.text === "," && toks[k + 1]?.pos === "CCONJ") {
      if (clauseAhead(list, at, k + 2)) opens[k] = true;
    } else if (
      kindAt(k) === "vg" &&
      x.w.say.has(t.lemma) &&
      kindAt(k + 1) === "np" &&
      clauseAhead(list, at, k + 1)
    ) {
      // "said Israel had ...": a reporting verb whose noun phrase runs into a verb group opens a reported clause.
      opens[k + 1] = true;
    }
  }
  return opens;
}

/** True when a verb group, or a noun phrase and a verb group right after it, starts at token `k`. */
function clauseAhead(list: readonly Chunk[], at: readonly number[], k: number): boolean {
  const ci = at[k] ?? -1;
  if (ci < 0) return false;
  const c = list[ci]!;
  return c.kind === "vg" || (list[ci + 1]?.kind === "vg" && list[ci + 1]!.start === c.end);
}

/** Most words in a phrase attached to an object that the matcher passes over as a whole. */
export const MAX_ATTACHED = 14;

/**
 * The end (exclusive) of the noun phrase whose chunk covers token `k`, with the "of" phrases and the list of noun
 * phrases ("banks, oil traders and shipping firms") joined to it; -1 when no noun phrase starts at `k`.
 */
export function phraseEnd(x: ChunkInput, c: Chunks, k: number): number {
  const ci = c.at[k] ?? -1;
  if (ci < 0 || c.list[ci]!.kind !== "np") return -1;
  let e = c.list[ci]!.end;
  for (;;) {
    const t = x.toks[e];
    if (t === undefined) return e;
    const next = c.at[e + 1] ?? -1;
    const npNext = next >= 0 && c.list[next]!.kind === "np" && !c.opens[e + 1];
    // "of the Gaza ceasefire", "and energy", ", trade": an "of" phrase, or another item of a list.
    const joins = t.lower === "of" || x.w.and.has(t.lower) || (t.text === "," && listAhead(x, c, e + 1));
    if (!joins || !npNext) return e;
    e = c.list[next]!.end;
  }
}

/** True when the noun phrases from token `k` run, through commas, to "and"/"or" and a last noun phrase. */
function listAhead(x: ChunkInput, c: Chunks, k: number): boolean {
  let j = k;
  for (let items = 0; items < 6; items++) {
    const ci = c.at[j] ?? -1;
    if (ci < 0 || c.list[ci]!.kind !== "np") return false;
    j = c.list[ci]!.end;
    const t = x.toks[j];
    if (t !== undefined && x.w.and.has(t.lower))
      return (c.at[j + 1] ?? -1) >= 0 && c.list[c.at[j + 1]!]!.kind === "np";
    if (t?.text !== ",") return false;
    j++;
  }
  return false;
}

/**
 * The end (exclusive) of a phrase attached to the noun right before token `k`, passed over as a whole: a participle
 * with its object ("a declaration backing the Gaza ceasefire", "sanctions targeting banks and shipping firms") or a
 * comma-enclosed apposition or "including" list (", including asset freezes and travel bans,": the closing comma
 * included); -1 when none starts at `k` or it runs past `MAX_ATTACHED` words or into a clause.
 */
export function attachedEnd(x: ChunkInput, c: Chunks, k: number): number {
  const toks = x.toks;
  const prev = toks[k - 1];
  if (!(prev?.pos === "NOUN" || prev?.pos === "PROPN") || (c.at[k - 1] ?? -1) < 0 || c.opens[k]) return -1;
  const t = toks[k];
  if (t === undefined) return -1;
  let e = -1;
  if (t.pos === "VERB" && t.lower.endsWith("ing") && t.lower !== t.lemma) {
    // An "-ing" participle with its own object: one word of the verb group, then a noun phrase ("-ed" and an object
    // after a noun is mostly a clause's own verb: "officials said rebels attacked villages").
    const vg = c.at[k]!;
    if (vg < 0 || c.list[vg]!.end !== k + 1) return -1;
    e = phraseEnd(x, c, k + 1);
  } else if (t.text === ",") {
    const open = toks[k + 1]?.lower === "including" ? k + 2 : k + 1;
    const end = phraseEnd(x, c, open);
    e = end > 0 && toks[end]?.text === "," ? end + 1 : -1;
  }
  if (e < 0 || e - k > MAX_ATTACHED) return -1;
  for (let j = k + 1; j < e; j++) if (c.opens[j]) return -1;
  return e;
}

/** Most words of a comma-enclosed insertion between a subject and its verb. */
export const MAX_INSERTION = 30;

/**
 * The noun-phrase chunk before a comma-enclosed insertion that the comma at `close` ends, when the insertion opens with
 * a preposition, a subordinator or an "-ing" participle and the phrase before it opens its clause: "India's external
 * affairs minister, after a meeting of Quad foreign ministers in Tokyo that focused on maritime security, criticised
 * China" → the chunk of "India's external affairs minister"; -1 otherwise.
 */
export function subjectBeforeInsertion(x: ChunkInput, c: Chunks, close: number): number {
  const toks = x.toks;
  if (toks[close]?.text !== ",") return -1;
  let open = close - 1;
  while (
    open > 0 &&
    close - open <= MAX_INSERTION &&
    toks[open]!.text !== "," &&
    !CLAUSE_PUNCT.has(toks[open]!.text)
  )
    open--;
  if (toks[open]?.text !== "," || open >= close - 1) return -1;
  const lead = toks[open + 1]!;
  const opener =
    (lead.pos === "ADP" && lead.lower !== "of") ||
    x.w.subord.has(lead.lower) ||
    (lead.pos === "VERB" && lead.lower.endsWith("ing"));
  const ci = c.at[open - 1] ?? -1;
  if (!opener || ci < 0 || c.list[ci]!.kind !== "np") return -1;
  const start = c.list[ci]!.start;
  return start === 0 || c.opens[start - 1] || c.opens[start] ? ci : -1;
}
