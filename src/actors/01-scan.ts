import type { Token } from "../core/index.js";
import {
  type ActorModel,
  type AliasTrie,
  child,
  fitsShape,
  HIT_STEP,
  hasChildren,
  hitCat,
  hitShape,
  hitsEnd,
  hitsStart,
  isOwnKey,
  nameMayBeLower,
  nameRoot,
  nounRoot,
  slotToken,
  textTokenSlot,
  tokenKey,
  wordBits,
} from "../dict/actors/index.js";

// Fields of a token in Lattice.num, TOK a token: the number of its first name match and of its first noun match
// (one past its last name match). Its noun matches end where the next token's names begin (a sentinel follows the
// last token).
const T_NAMES = 0;
const T_NOUNS = 1;
const TOK = 2;
// Fields of a match in Lattice.match, MATCH a match: end token (exclusive), HIT_* bits, its hits in hitList.
const M_END = 0;
const M_CATS = 1;
const M_FROM = 2;
const M_TO = 3;
const MATCH = 4;

/**
 * The buffers of the Lattice being read: a sentence's lattice lives only while its sentence is parsed, so the next
 * one reuses them (nothing is allocated per sentence but the Lattice itself). They only grow.
 */
const SCRATCH = {
  num: new Int32Array(1024) as Int32Array<ArrayBuffer>,
  match: new Int32Array(256),
  hits: new Int32Array(256),
};

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** Is the token's first character an ASCII lower-case letter? Most words are; most names are not. */
const lowerStart = (t: Token) => {
  const c = t.text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/**
 * Every alias match in one sentence, in a few flat arrays (nothing is allocated per token or match). Matches are
 * numbered token by token: the name matches (states, IGOs, seats, groups, people, places) starting at token i are
 * the numbers from namesStart(i) to namesEnd(i), then its noun matches (sector nouns and titles, as written or as
 * lemmas) to nounsEnd(i), longest first. A match has an end token, hits (trie hit numbers from firstHit(m) to
 * endHit(m), read with hit(x)) and the union of their HIT_* bits.
 */
export class Lattice {
  readonly n: number;
  readonly trie: AliasTrie;
  /**
   * Per token, TOK numbers (see T_*) from 0, then the number of matches; then, from slotAt0, per token its
   * vocabulary slot (-1: in no alias nor word list; the slot holds the token id, roots and word bits, see AliasTrie);
   * then, from lemmaAt0, its lemma's (its own when the lemma has the same key, or the token is a verb); then, from
   * wordsAt0, its WORDS bits, read once here as the parser asks for them many times. One buffer, shared by every
   * Lattice (see SCRATCH).
   */
  private readonly num: Int32Array;
  private readonly slotAt0: number;
  private readonly lemmaAt0: number;
  private readonly wordsAt0: number;
  /** Per match, MATCH numbers (see M_*); `mlen` of them are used. */
  private match: Int32Array;
  private mlen = 0;
  /** Trie hit numbers of the matches; `hlen` of them are used. */
  private hitList: Int32Array;
  private hlen = 0;

  /**
   * Every token's slot is looked up once, first (a walk looks ahead; the parser asks for word lists); then all
   * tokens are scanned in one tight loop, walks included: measured, this beats walking lazily when the parser asks.
   */
  constructor(
    readonly tokens: readonly Token[],
    model: ActorModel,
  ) {
    const n = tokens.length;
    this.n = n;
    const trie = model.trie;
    this.trie = trie;
    this.slotAt0 = TOK * n + 1;
    this.lemmaAt0 = (TOK + 1) * n + 1;
    this.wordsAt0 = (TOK + 2) * n + 1;
    const size = (TOK + 3) * n + 1;
    if (SCRATCH.num.length < size) SCRATCH.num = new Int32Array(2 * size);
    const num = SCRATCH.num;
    this.num = num;
    if (SCRATCH.match.length < 2 * n + MATCH) SCRATCH.match = new Int32Array(4 * n + MATCH);
    this.match = SCRATCH.match;
    if (SCRATCH.hits.length < n + 4) SCRATCH.hits = new Int32Array(2 * n + 4);
    this.hitList = SCRATCH.hits;
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      const lower = t.lower;
      const slot = textTokenSlot(trie, lower);
      num[this.slotAt0 + i] = slot;
      // A verb matches nouns only as written: "Belarus forced a flight to land" holds no "force". (The tag is
      // checked first: it is a shared string, the lemma may be a cold one.)
      const lemma = t.lemma;
      num[this.lemmaAt0 + i] = t.pos === "VERB" || lemma === lower ? slot : textTokenSlot(trie, lemma);
    }
    for (let i = 0; i < n; i++) this.scanAt(i);
    num[TOK * n + T_NAMES] = this.mlen / MATCH;
  }

  /** Scans the aliases starting at token i, adding its name and noun matches. */
  private scanAt(i: number): void {
    const trie = this.trie;
    const slot = this.num[this.slotAt0 + i]!;
    const lemma = this.num[this.lemmaAt0 + i]!;
    const first = this.mlen / MATCH;
    let nouns = first;
    this.num[this.wordsAt0 + i] = slot < 0 ? 0 : wordBits(trie, slot);
    if (slot >= 0) {
      // Lower-case words need an alias that may begin lower case: nouns, titles, a few names ("al-Qaeda").
      const names = nameRoot(trie, slot);
      if (names >= 0 && (!lowerStart(this.tokens[i]!) || nameMayBeLower(trie, slot)))
        this.scanNames(names, i);
      nouns = this.mlen / MATCH;
      const byKey = nounRoot(trie, slot);
      // A lemma with another key ("warships" -> "warship") may begin nouns of its own.
      const byLemma = lemma !== slot && lemma >= 0 ? nounRoot(trie, lemma) : -1;
      if (byKey >= 0 || byLemma >= 0) this.scanNouns(byKey, byLemma, i);
    } else if (lemma >= 0) {
      const byLemma = nounRoot(trie, lemma);
      if (byLemma >= 0) this.scanNouns(-1, byLemma, i);
    }
    const at = TOK * i;
    this.num[at + T_NAMES] = first;
    this.num[at + T_NOUNS] = nouns;
  }

  /** The key of token j (see tokenKey); "" outside the sentence. */
  keyAt(j: number): string {
    if (j < 0 || j >= this.n) return "";
    const lower = this.tokens[j]!.lower;
    return isOwnKey(lower) ? lower : tokenKey(lower);
  }

  /** The WORDS bits of the config word lists that hold token j's key (0 outside the sentence). */
  words(j: number): number {
    return j < 0 || j >= this.n ? 0 : this.num[this.wordsAt0 + j]!;
  }

  /** Adds a match ending before token `end` with the hits of `node` whose case shape fits (if any). */
  private add(end: number, node: number, start: number, checkCase: boolean): void {
    const trie = this.trie;
    const from = this.hlen;
    let cats = 0;
    for (let h = hitsStart(trie, node), last = hitsEnd(trie, node); h < last; h += HIT_STEP) {
      if (checkCase && !this.fits(h, start)) continue;
      if (this.hlen === this.hitList.length) this.hitList = SCRATCH.hits = grown(this.hitList);
      this.hitList[this.hlen++] = h;
      cats |= hitCat(trie, h);
    }
    if (this.hlen > from) {
      const m = this.mlen;
      if (m + MATCH > this.match.length) this.match = SCRATCH.match = grown(this.match);
      const match = this.match;
      match[m + M_END] = end;
      match[m + M_CATS] = cats;
      match[m + M_FROM] = from;
      match[m + M_TO] = this.hlen;
      this.mlen = m + MATCH;
    }
  }

  /** Does hit h's case shape fit the text tokens from `start`? */
  private fits(h: number, start: number): boolean {
    const shape = hitShape(this.trie, h);
    for (let k = 0; k < shape.length; k++)
      if (!fitsShape(shape[k]!, this.tokens[start + k]?.text ?? "")) return false;
    return true;
  }

  /** Walks the names table from `root` (token `start` matched) on exact keys. */
  private scanNames(root: number, start: number): void {
    const trie = this.trie;
    const first = this.mlen;
    for (let j = start, node = root; ; ) {
      if (hitsEnd(trie, node) > hitsStart(trie, node)) this.add(j + 1, node, start, true);
      if (++j >= this.n || !hasChildren(trie, node)) break;
      const slot = this.num[this.slotAt0 + j]!;
      node = slot < 0 ? -1 : child(trie, node, slotToken(trie, slot));
      if (node < 0) break;
    }
    // Found shortest first: reverse them.
    for (let a = first, b = this.mlen - MATCH; a < b; a += MATCH, b -= MATCH) this.swap(a, b);
  }

  /** Walks the nouns table from the roots of the token's key and of its lemma ("warships" -> "warship"). */
  private scanNouns(byKey: number, byLemma: number, start: number): void {
    const first = this.mlen;
    if (byKey >= 0) this.walkNouns(start, byKey);
    if (byLemma >= 0) this.walkNouns(start, byLemma);
    // Longest first, keeping the order of equals (insertion sort: one or two matches).
    const match = this.match;
    for (let k = first + MATCH; k < this.mlen; k += MATCH)
      for (let m = k; m > first && match[m - MATCH + M_END]! < match[m + M_END]!; m -= MATCH)
        this.swap(m - MATCH, m);
  }

  /** One step of the nouns walk: `node` matched token j; go on with token j + 1 as written, then as its lemma. */
  private walkNouns(j: number, node: number): void {
    const trie = this.trie;
    if (hitsEnd(trie, node) > hitsStart(trie, node)) this.add(j + 1, node, j, false);
    const k = j + 1;
    if (k >= this.n || !hasChildren(trie, node)) return;
    const a = this.num[this.slotAt0 + k]!;
    const b = this.num[this.lemmaAt0 + k]!;
    const na = a < 0 ? -1 : child(trie, node, slotToken(trie, a));
    if (na >= 0) this.walkNouns(k, na);
    const nb = b < 0 || a === b ? -1 : child(trie, node, slotToken(trie, b));
    if (nb >= 0) this.walkNouns(k, nb);
  }

  /** Swaps the matches at offsets a and b of `match`. */
  private swap(a: number, b: number): void {
    const match = this.match;
    for (let f = 0; f < MATCH; f++) {
      const x = match[a + f]!;
      match[a + f] = match[b + f]!;
      match[b + f] = x;
    }
  }

  /** Does any alias start at token i? */
  starts(i: number): boolean {
    return i >= 0 && i < this.n && this.num[(i + 1) * TOK + T_NAMES]! > this.num[i * TOK + T_NAMES]!;
  }

  /** First name match at token i; names run to namesEnd(i). */
  namesStart(i: number): number {
    return i >= 0 && i < this.n ? this.num[i * TOK + T_NAMES]! : 0;
  }

  namesEnd(i: number): number {
    return i >= 0 && i < this.n ? this.num[i * TOK + T_NOUNS]! : 0;
  }

  /** First noun match at token i; nouns run to nounsEnd(i). */
  nounsStart(i: number): number {
    return this.namesEnd(i);
  }

  nounsEnd(i: number): number {
    return i >= 0 && i < this.n ? this.num[(i + 1) * TOK + T_NAMES]! : 0;
  }

  /** The union of the HIT_* bits of the name matches at token i (0 outside the sentence). */
  catsAt(i: number): number {
    let cats = 0;
    for (let m = this.namesStart(i), end = this.namesEnd(i); m < end; m++) cats |= this.catsOf(m);
    return cats;
  }

  /** End token (exclusive) of match m. */
  end(m: number): number {
    return this.match[m * MATCH + M_END]!;
  }

  /** The union of the HIT_* bits of match m's hits. */
  catsOf(m: number): number {
    return this.match[m * MATCH + M_CATS]!;
  }

  /** Match m's hits are hit(x) for x from firstHit(m) to endHit(m). */
  firstHit(m: number): number {
    return this.match[m * MATCH + M_FROM]!;
  }

  endHit(m: number): number {
    return this.match[m * MATCH + M_TO]!;
  }

  /** A trie hit number (see the dictionary's hit* readers). */
  hit(x: number): number {
    return this.hitList[x]!;
  }
}
