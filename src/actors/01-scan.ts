import { formOf, POS_TAGS, type Pos, perPair, type Token, tagOf, VERB_TAG } from "../core/index.js";
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
  rootsMayBeLower,
  rootsNames,
  slotRoots,
  slotToken,
  textTokenSlot,
  tokenCount,
  tokenKey,
  tokenNouns,
  tokenWords,
} from "../dict/actors/index.js";

// Fields of a token in Lattice.num, TOK a token: the number of its first name match, of its first noun match (one
// past its last name match) and one past its last noun match (tokens are scanned last first, so a token's matches
// are numbered after those of the tokens that follow it); the union of its name matches' HIT_* bits.
const T_NAMES = 0;
const T_NOUNS = 1;
const T_END = 2;
const T_CATS = 3;
const TOK = 4;
// Fields of a match in Lattice.match, MATCH a match: end token (exclusive), HIT_* bits, its hits in hitList, its trie
// node when it kept all of the node's hits (else -1).
const M_END = 0;
const M_CATS = 1;
const M_FROM = 2;
const M_TO = 3;
const M_NODE = 4;
const MATCH = 5;

/**
 * The buffers of the Lattice being read: a sentence's lattice lives only while its sentence is parsed, so the next
 * one reuses them (nothing is allocated per sentence but the Lattice itself). They only grow.
 */
const SCRATCH = {
  num: new Int32Array(1024) as Int32Array<ArrayBuffer>,
  match: new Int32Array(256),
  hits: new Int32Array(256),
};

/** POS_TAGS as a plain array: V8's optimised code reads a frozen array's elements through a slow generic path. */
const TAG_NAMES: readonly Pos[] = [...POS_TAGS];

/** Form numbers and texts by form number for a Lattice read by text (none: its tokens are read). */
const NO_FORMS: readonly number[] = [];
const NO_TEXTS: readonly (string | undefined)[] = [];

/** A copy of `a` twice as long. */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/** Does the text start with an ASCII lower-case letter? Most words do; most names do not. */
const lowerStart = (text: string) => {
  const c = text.charCodeAt(0);
  return c >= 97 && c <= 122;
};

// A token's case bits (Lattice.num, FormSlots): starts lower case; fits an alias token's case shape "C" (capitalised),
// "A" (in capitals). Shape "-" fits any token.
const LOWER = 1;
const FITS_C = 2;
const FITS_A = 4;

/** The case bits of a text token (see LOWER, FITS_C, FITS_A). */
const caseBits = (text: string): number =>
  (lowerStart(text) ? LOWER : 0) | (fitsShape("C", text) ? FITS_C : 0) | (fitsShape("A", text) ? FITS_A : 0);

/**
 * What the scan asks of a token's text, kept per form number (see NlpDoc.forms) for one model: its token id and
 * V_ROOTS value (see slotRoots), its case bits, its WORDS bits and its nouns root, functions of the text alone. So a
 * text is hashed once in the engine's life instead of once a token, and neither the token, its text, the vocabulary
 * table nor the ids' info is read again for it (the dictionary is large and mostly cold when a sentence is matched).
 * `known` holds KNOWN numbers per form (see K_*); `texts` and `lowers` each form's text and its lower case (undefined
 * for a form not yet asked), which the parser reads by number instead of from the token object.
 */
export interface FormSlots {
  known: Int32Array;
  readonly texts: (string | undefined)[];
  readonly lowers: (string | undefined)[];
}

// Fields of a form in FormSlots.known, KNOWN a form: its V_ROOTS value; 0 when not yet asked, else case bits << 25 |
// (token id + 2); its WORDS bits (see tokenWords); its nouns root (see tokenNouns). One 16-byte record: one cache line.
const K_ROOTS = 0;
const K_ID = 1;
const K_WORDS = 2;
const K_NOUNS = 3;
const KNOWN = 4;

// FormSlots keeps a token id + 2 in 25 bits: a model with more ids than that is read by text (see formSlots).
const ID_BITS = 0x1ffffff;

/** The FormSlots of each model, per form numbering (one per NLP engine). */
const FORM_SLOTS = new WeakMap<ActorModel, WeakMap<object, FormSlots>>();

/**
 * The FormSlots of `model` for form numbering `forms`; undefined for a model with too many token ids to pack (see
 * ID_BITS), whose tokens are then looked up by hashing their text.
 */
export function formSlots(model: ActorModel, forms: object): FormSlots | undefined {
  if (tokenCount(model.trie) > ID_BITS - 2) return undefined;
  return perPair(FORM_SLOTS, model, forms, () => ({ known: new Int32Array(KNOWN << 15), texts: [], lowers: [] }));
}

/** Makes room in `slots` for form number `form`; returns the new `known`. */
function roomFor(slots: FormSlots, form: number): Int32Array {
  let size = slots.known.length;
  while (size < KNOWN * (form + 1)) size *= 2;
  const bigger = new Int32Array(size);
  bigger.set(slots.known);
  slots.known = bigger;
  return bigger;
}

/**
 * Works out what FormSlots holds of a form, given in lower case and as written, and keeps it in `slots`; returns
 * its K_ID number.
 */
function learn(trie: AliasTrie, slots: FormSlots, form: number, lower: string, text: string): number {
  const known = slots.known;
  const { texts, lowers } = slots;
  // Filled in order: a sparse array would make every look-up slow.
  while (texts.length <= form) {
    texts.push(undefined);
    lowers.push(undefined);
  }
  texts[form] = text;
  lowers[form] = lower;
  const slot = textTokenSlot(trie, lower);
  const id = slot < 0 ? -1 : slotToken(trie, slot);
  const roots = slot < 0 ? -1 : slotRoots(trie, slot);
  const at = KNOWN * form;
  known[at + K_ROOTS] = roots;
  known[at + K_WORDS] = id < 0 ? 0 : tokenWords(trie, id, roots);
  known[at + K_NOUNS] = id < 0 ? -1 : tokenNouns(trie, id, roots);
  const v = (caseBits(text) << 25) | (id + 2);
  known[at + K_ID] = v;
  return v;
}

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
   * Per token, TOK numbers (see T_*) from 0; then, from idAt0, per token its token id (-1: in no alias nor word list);
   * then, from lemmaAt0, its lemma's id (its own when the lemma has the same key, or the token is a verb); then, from
   * wordsAt0, its WORDS bits, read once here as the parser asks for them many times; then, from caseAt0, its case
   * bits (LOWER, FITS_C, FITS_A). One buffer, shared by every Lattice (see SCRATCH). What only token i's own scan
   * asks (its roots, its nouns roots) is never stored.
   */
  private readonly num: Int32Array;
  private readonly idAt0: number;
  private readonly lemmaAt0: number;
  private readonly wordsAt0: number;
  private readonly caseAt0: number;
  /**
   * The sentence's form numbers (Sentence.forms) when it is read by them, else none: what pos, text, lower and lemma
   * read of a token with a number (its form and tag, whether its lemma is its lower case), the token object otherwise.
   */
  private readonly forms: readonly number[];
  /** The texts and lower cases of forms by number (see FormSlots). */
  private readonly texts: readonly (string | undefined)[];
  private readonly lowers: readonly (string | undefined)[];
  /** Per match, MATCH numbers (see M_*); `mlen` of them are used, for `count` matches. */
  private match: Int32Array;
  private mlen = 0;
  private count = 0;
  /** Trie hit numbers of the matches; `hlen` of them are used. */
  private hitList: Int32Array;
  private hlen = 0;

  /**
   * One pass over the tokens, last first: each token's id is looked up, then the aliases starting at it are walked at
   * once (a walk reads only the tokens after its start, already looked up). With the sentence's form numbers
   * (Sentence.forms) and the model's FormSlots for them, ids are read by number.
   */
  constructor(
    readonly tokens: readonly Token[],
    model: ActorModel,
    forms?: readonly number[],
    slots?: FormSlots,
  ) {
    const n = tokens.length;
    this.n = n;
    const trie = model.trie;
    this.trie = trie;
    this.idAt0 = TOK * n;
    this.lemmaAt0 = (TOK + 1) * n;
    this.wordsAt0 = (TOK + 2) * n;
    this.caseAt0 = (TOK + 3) * n;
    const size = (TOK + 4) * n;
    if (SCRATCH.num.length < size) SCRATCH.num = new Int32Array(2 * size);
    this.num = SCRATCH.num;
    if (SCRATCH.match.length < 2 * n + MATCH) SCRATCH.match = new Int32Array(4 * n + MATCH);
    this.match = SCRATCH.match;
    if (SCRATCH.hits.length < n + 4) SCRATCH.hits = new Int32Array(2 * n + 4);
    this.hitList = SCRATCH.hits;
    const byForm = forms !== undefined && slots !== undefined && forms.length === n;
    this.forms = byForm ? forms : NO_FORMS;
    this.texts = byForm ? slots.texts : NO_TEXTS;
    this.lowers = byForm ? slots.lowers : NO_TEXTS;
    if (byForm) this.scanByForm(forms, slots);
    else for (let i = n - 1; i >= 0; i--) this.scanByText(i);
  }

  /** Looks up token i's id and its lemma's by hashing their text, then scans the aliases starting at it. */
  private scanByText(i: number): void {
    const { num, trie } = this;
    const t = this.tokens[i]!;
    const lower = t.lower;
    const slot = textTokenSlot(trie, lower);
    const id = slot < 0 ? -1 : slotToken(trie, slot);
    const roots = slot < 0 ? -1 : slotRoots(trie, slot);
    num[this.idAt0 + i] = id;
    const cased = caseBits(t.text);
    num[this.caseAt0 + i] = cased;
    num[this.wordsAt0 + i] = id < 0 ? 0 : tokenWords(trie, id, roots);
    const byKey = id < 0 ? -1 : tokenNouns(trie, id, roots);
    // A verb matches nouns only as written: "Belarus forced a flight to land" holds no "force". (The tag is
    // checked first: it is a shared string, the lemma may be a cold one.)
    const lemma = t.lemma;
    const own = t.pos === "VERB" || lemma === lower;
    const byLemma = this.lemmaOf(i, id, own ? -2 : textTokenSlot(trie, lemma));
    this.scanAt(i, roots, cased, byKey, byLemma);
  }

  /**
   * Sets token i's lemma id from the lemma's vocabulary slot `other` (-2: the lemma is the token itself, id `id`; -1:
   * in no alias nor word list); returns the lemma's nouns root when the lemma has another id (else -1).
   */
  private lemmaOf(i: number, id: number, other: number): number {
    const trie = this.trie;
    const lemma = other === -2 ? id : other < 0 ? -1 : slotToken(trie, other);
    this.num[this.lemmaAt0 + i] = lemma;
    // A lemma with another key ("warships" -> "warship") may begin nouns of its own.
    return lemma < 0 || lemma === id ? -1 : tokenNouns(trie, lemma, slotRoots(trie, other));
  }

  /**
   * Reads every token's id by form number (see FormSlots), working out and keeping in `slots` only those of forms not
   * seen before, and scans the aliases starting at it; the token object is read only then, for a token with no
   * number, or for a lemma of its own.
   */
  private scanByForm(forms: readonly number[], slots: FormSlots): void {
    const { num, tokens, trie } = this;
    let known = slots.known;
    for (let i = this.n - 1; i >= 0; i--) {
      const f = forms[i]!;
      if (f < 0) {
        this.scanByText(i);
        continue;
      }
      const form = formOf(f);
      const at = KNOWN * form;
      if (at + KNOWN > known.length) known = roomFor(slots, form);
      let v = known[at + K_ID]!;
      if (v === 0) v = learn(trie, slots, form, tokens[i]!.lower, tokens[i]!.text);
      const id = (v & ID_BITS) - 2;
      const cased = v >>> 25;
      num[this.idAt0 + i] = id;
      num[this.caseAt0 + i] = cased;
      num[this.wordsAt0 + i] = known[at + K_WORDS]!;
      // Odd: the lemma is not the token in lower case. A verb matches nouns only as written (see scanByText). The tag
      // is read from the number: the token object is read only for a lemma of its own.
      let byLemma = -1;
      if ((f & 1) === 0 || tagOf(f) === VERB_TAG) num[this.lemmaAt0 + i] = id;
      else byLemma = this.lemmaOf(i, id, textTokenSlot(trie, tokens[i]!.lemma));
      this.scanAt(i, known[at + K_ROOTS]!, cased, known[at + K_NOUNS]!, byLemma);
    }
  }

  /**
   * Scans the aliases starting at token i (V_ROOTS value `roots`, case bits `cased`, nouns roots of its key and
   * its lemma), adding its name and noun matches.
   */
  private scanAt(i: number, roots: number, cased: number, byKey: number, byLemma: number): void {
    const num = this.num;
    const first = this.count;
    // Lower-case words need an alias that may begin lower case: nouns, titles, a few names ("al-Qaeda").
    const names = rootsNames(roots);
    if (names >= 0 && ((cased & LOWER) === 0 || rootsMayBeLower(roots))) this.scanNames(names, i);
    const nouns = this.count;
    let cats = 0;
    for (let m = first; m < nouns; m++) cats |= this.match[m * MATCH + M_CATS]!;
    if (byKey >= 0 || byLemma >= 0) this.scanNouns(byKey, byLemma, i);
    const at = TOK * i;
    num[at + T_NAMES] = first;
    num[at + T_NOUNS] = nouns;
    num[at + T_END] = this.count;
    num[at + T_CATS] = cats;
  }

  /** The key of token j (see tokenKey); "" outside the sentence. */
  keyAt(j: number): string {
    if (j < 0 || j >= this.n) return "";
    const lower = this.tokens[j]!.lower;
    return isOwnKey(lower) ? lower : tokenKey(lower);
  }

  /** Token j's tag (undefined outside the sentence), by its form number when it has one: the token is not read. */
  pos(j: number): Pos | undefined {
    if (j < 0 || j >= this.n) return undefined;
    const f = this.forms[j] ?? -1;
    return f < 0 ? this.tokens[j]!.pos : TAG_NAMES[tagOf(f)]!;
  }

  /** Token j's lemma (undefined outside the sentence): its lower case by form number when that is its lemma. */
  lemma(j: number): string | undefined {
    if (j < 0 || j >= this.n) return undefined;
    const f = this.forms[j] ?? -1;
    // Even: the lemma is the text in lower case (see packForm).
    return f < 0 || (f & 1) === 1 ? this.tokens[j]!.lemma : this.lowers[formOf(f)]!;
  }

  /** Token j's text (undefined outside the sentence), by its form number when it has one. */
  text(j: number): string | undefined {
    if (j < 0 || j >= this.n) return undefined;
    const f = this.forms[j] ?? -1;
    return f < 0 ? this.tokens[j]!.text : this.texts[formOf(f)]!;
  }

  /** Token j's text in lower case (undefined outside the sentence), by its form number when it has one. */
  lower(j: number): string | undefined {
    if (j < 0 || j >= this.n) return undefined;
    const f = this.forms[j] ?? -1;
    return f < 0 ? this.tokens[j]!.lower : this.lowers[formOf(f)]!;
  }

  /** The WORDS bits of the config word lists that hold token j's key (0 outside the sentence). */
  words(j: number): number {
    return j < 0 || j >= this.n ? 0 : this.num[this.wordsAt0 + j]!;
  }

  /** Adds a match ending before token `end` with the hits of `node` whose case shape fits (if any). */
  private add(end: number, node: number, start: number, checkCase: boolean): void {
    const trie = this.trie;
    const from = this.hlen;
    const hits = trie.data[node + 1]!;
    let cats = 0;
    for (let h = hitsStart(trie, node), last = h + HIT_STEP * hits; h < last; h += HIT_STEP) {
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
      match[m + M_NODE] = this.hlen - from === hits ? node : -1;
      this.mlen = m + MATCH;
      this.count++;
    }
  }

  /** Does hit h's case shape fit the text tokens from `start`? (Read by the tokens' case bits.) */
  private fits(h: number, start: number): boolean {
    const shape = hitShape(this.trie, h);
    for (let k = 0; k < shape.length; k++) {
      const c = shape.charCodeAt(k);
      // "-" fits any token; past the sentence's end the text is "", which fits "A" only (as fitsShape says).
      if (c === 45) continue;
      const bits = start + k < this.n ? this.num[this.caseAt0 + start + k]! : FITS_A;
      if ((bits & (c === 65 ? FITS_A : FITS_C)) === 0) return false;
    }
    return true;
  }

  /** Walks the names table from `root` (token `start` matched) on exact keys. */
  private scanNames(root: number, start: number): void {
    const trie = this.trie;
    const first = this.mlen;
    for (let j = start, node = root; ; ) {
      if (hitsEnd(trie, node) > hitsStart(trie, node)) this.add(j + 1, node, start, true);
      if (++j >= this.n || !hasChildren(trie, node)) break;
      const id = this.num[this.idAt0 + j]!;
      node = id < 0 ? -1 : child(trie, node, id);
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
    const a = this.num[this.idAt0 + k]!;
    const b = this.num[this.lemmaAt0 + k]!;
    const na = a < 0 ? -1 : child(trie, node, a);
    if (na >= 0) this.walkNouns(k, na);
    const nb = b < 0 || a === b ? -1 : child(trie, node, b);
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
    return i >= 0 && i < this.n && this.num[i * TOK + T_END]! > this.num[i * TOK + T_NAMES]!;
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
    return i >= 0 && i < this.n ? this.num[i * TOK + T_END]! : 0;
  }

  /** The union of the HIT_* bits of the name matches at token i (0 outside the sentence). */
  catsAt(i: number): number {
    return i >= 0 && i < this.n ? this.num[i * TOK + T_CATS]! : 0;
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

  /**
   * The trie node of match m when the match kept all of its hits (none fell to the case check), else -1: the same
   * node always gives such a match the same hits, so what follows from them alone can be kept by node.
   */
  node(m: number): number {
    return this.match[m * MATCH + M_NODE]!;
  }

  /** A trie hit number (see the dictionary's hit* readers). */
  hit(x: number): number {
    return this.hitList[x]!;
  }
}
