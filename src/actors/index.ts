import type { ActorMention, NlpDoc, Sentence } from "../core/index.js";
import { type ActorModel, WORDS } from "../dict/actors/index.js";
import { type FormSlots, formSlots, Lattice } from "./01-scan.js";
import { countryOfCode, type DocContext, docContext } from "./02-context.js";
import { SentenceView } from "./03-heads.js";
import { type Candidate, LOCUS } from "./04-refs.js";
import { COUNT_WORDS, parseAt, type Recent } from "./05-compose.js";

/** `called:` nouns per entry id and per code (the first entry of a code), per model, made on first use. */
const CALLED = new WeakMap<ActorModel, Map<string, readonly string[]>>();
// A court named by a sector noun ("Pakistan's Supreme Court", "a Beijing court") is what "the court" points back to.
const COURT_CALLED: readonly string[] = Object.freeze(["court", "tribunal"]);
const COURT_WORDS = /\b(?:court|tribunal)s?\b/i;

/** The `called:` nouns of the model's entries, by entry id and by code (the first entry of a code), made once. */
function calledMap(model: ActorModel): Map<string, readonly string[]> {
  let called = CALLED.get(model);
  if (!called) {
    called = new Map();
    for (const e of model.entries)
      if (e.called.length > 0) {
        called.set(e.id, e.called);
        if (e.code !== null && !called.has(e.code)) called.set(e.code, e.called);
      }
    CALLED.set(model, called);
  }
  return called;
}

const NONE: readonly string[] = Object.freeze([]);
// Words that may open an actor phrase before its first alias (see parseAt).
const OPENERS = WORDS.determiners | WORDS.formerWords | WORDS.followerWords;

/**
 * The nouns that may point back to a mention: those of its entries ("the bloc" for the EU), else those of the first
 * entry with its code ("NATO Secretary-General Jens Stoltenberg" is IGOWSTNAT: "the alliance"), else "court" for a
 * court named by a sector noun.
 */
function calledOf(called: Map<string, readonly string[]>, c: Candidate, m: ActorMention): readonly string[] {
  // States and places are never called by a noun of this kind (and are most mentions); a seat may be ("Brussels").
  if (m.kind === "state" || m.kind === "place" || m.kind === "attributive") return NONE;
  // People and a country's sector nouns ("Hamas fighters" is PSEREB) are called like the entry of their code.
  if (m.kind === "person" || (m.kind === "sector" && m.country !== null)) return byCode(called, m);
  const e = c.entry;
  if (e.indexOf("+") < 0) {
    const own = called.get(e);
    if (own) return own;
  }
  // The ids joined by "+" ("igo-eu+sector-gov-leaders"), read without splitting.
  else
    for (let from = 0; from < e.length; ) {
      let to = e.indexOf("+", from);
      if (to < 0) to = e.length;
      const own = called.get(e.slice(from, to));
      if (own) return own;
      from = to + 1;
    }
  return byCode(called, m);
}

/** The nouns of the first entry with the mention's code, or "court" for a court named by a sector noun. */
function byCode(called: Map<string, readonly string[]>, m: ActorMention): readonly string[] {
  return called.get(m.code) ?? (m.code.endsWith("JUD") && COURT_WORDS.test(m.text) ? COURT_CALLED : NONE);
}

/** Records an organisation, group or court for later pointing nouns (Recent.orgs). */
function remember(
  called: Map<string, readonly string[]>,
  recent: Recent,
  c: Candidate,
  m: ActorMention,
): void {
  const nouns = calledOf(called, c, m);
  if (nouns.length > 0) recent.orgs.push({ code: m.code, called: nouns });
}

/** Parses one sentence left to right, longest phrase first, updating `recent` as it goes. */
function sentenceMentions(
  s: Sentence,
  ctx: DocContext,
  called: Map<string, readonly string[]>,
  recent: Recent,
  slots: FormSlots | undefined,
): ActorMention[] {
  const v = new SentenceView(new Lattice(s.tokens, ctx.model, s.forms, slots), ctx);
  const found: ActorMention[] = [];
  // Per mention found, its Candidate.locus; whether any is LOCUS.FLOATING or later (see placeFloating).
  const loci: number[] = [];
  let floating = false;
  let i = 0;
  recent.lastEnd = -1;
  recent.lastKind = null;
  recent.lastCountry = null;
  // The paragraph's sentences so far, this one filled as it is read: what `coref: pair` nouns look back over.
  recent.para.push({ tokens: s.tokens, found });
  recent.lastSeated = null;
  let first: string | null = null;
  const lat = v.lat;
  const n = s.tokens.length;
  let next = -1;
  while (i < n) {
    // A phrase reaches its first alias over at most four words ("the former senior officials", "supporters of jailed
    // former prime minister X"): skip ahead.
    if (next < i) for (next = i; next < n && !lat.starts(next); next++);
    if (next >= n) break;
    if (next > i + 4) i = next - 4;
    // Saves most parse calls (about 8 of 13 a sentence): before the alias, a phrase opens only with a determiner,
    // "former" or a follower word ("supporters of"), or an adjective right before it ("[senior] officials").
    if (i < next && (lat.words(i) & OPENERS) === 0 && !(i === next - 1 && lat.pos(i) === "ADJ")) {
      i++;
      continue;
    }
    const c = parseAt(v, i, recent);
    if (c === null) {
      i++;
      continue;
    }
    if (typeof c === "number") {
      i = Math.max(c, i + 1);
      continue;
    }
    let m = toMention(s, lat, ctx, c);
    // "Russia warned Finland and Sweden ... if the two Nordic countries joined NATO": a count before a group of more
    // states names the ones of it named before.
    const counted =
      m.country !== null && c.pair !== null
        ? countedMembers(s, c.start, [m.country, ...c.pair], found)
        : null;
    if (counted) m = { ...m, code: `${counted[0]}${m.code.slice(3)}`, country: counted[0]! };
    found.push(m);
    loci.push(c.locus);
    if (c.locus >= LOCUS.FLOATING) floating = true;
    // A pair ("the two Koreas", "the Baltic states") names several states: one more mention of the same span per
    // other country.
    if (m.country !== null && c.pair !== null)
      for (const other of counted ? counted.slice(1) : c.pair) {
        found.push({ ...m, code: `${other}${m.code.slice(3)}`, country: other });
        loci.push(c.locus);
      }
    // "both sides": the actors named before, one mention each over the same span; no antecedent itself.
    if (c.also !== null) {
      for (const code of c.also) {
        found.push({ ...m, code, country: countryOfCode(code, ctx.model) });
        loci.push(c.locus);
      }
      recent.lastEnd = c.end;
      recent.lastKind = c.kind;
      recent.lastCountry = null;
      i = c.end;
      continue;
    }
    // Not a person: leaders abroad speak of juntas ("…, President Emmanuel Macron said, bowing to the junta").
    if (m.country !== null && m.kind !== "person") recent.placed = m.country;
    // A place ("visited Beijing") is no actor: it is never an antecedent nor the head of an apposition.
    if (c.kind === "place") {
      i = c.end;
      continue;
    }
    if (c.person !== undefined) ctx.see(c.person);
    remember(called, recent, c, m);
    recent.lastEnd = c.end;
    recent.lastKind = c.kind;
    recent.lastCountry = m.country;
    recent.lastSeated = c.seated === undefined ? null : { entry: c.seated, code: c.code };
    // Remembered for `coref: same` ("Hamas … the militants"); unknown countries ("---REB") are no antecedent.
    if (!m.code.startsWith(ctx.model.config.unknownCountry)) recent.bySector.push(m.code);
    if (m.country) {
      recent.nearest = m.country;
      // The sentence's first country stays the antecedent for the rest of the sentence and the next ones.
      if (first === null) recent.country = m.country;
      first ??= m.country;
    } else if (!m.code.startsWith(ctx.model.config.unknownCountry)) recent.igo = m.code;
    i = c.end;
  }
  return chairHeld(s, ctx, floating ? placeFloating(found, loci, ctx) : found);
}

/**
 * "drew condemnation from ASEAN chair Cambodia", "Laos, the current ASEAN chair, urged": a body whose chair is named
 * by its country (`chair-words` between them) is no actor of its own there; the state that holds the chair is.
 */
function chairHeld(s: Sentence, ctx: DocContext, found: ActorMention[]): ActorMention[] {
  const chair = ctx.model.config.chairWords;
  if (chair.size === 0 || found.length < 2) return found;
  // Most sentences name no organisation: leave before making the closures below (a cost on every sentence).
  let igo = false;
  for (const m of found) if (m.kind === "igo") igo = true;
  if (!igo) return found;
  const word = (k: number) => s.tokens[k]?.text.toLowerCase() ?? "";
  const held = (m: ActorMention, k: number): boolean => {
    if (m.kind !== "igo" || !chair.has(word(m.tokenEnd))) return false;
    // Body, chair words, state: "ASEAN chair Cambodia", "ASEAN rotating chair Cambodia".
    const next = found[k + 1];
    if (next !== undefined && next.kind === "state") {
      let j = m.tokenEnd;
      while (j < next.tokenStart && chair.has(word(j))) j++;
      if (j === next.tokenStart) return true;
    }
    // State, comma, "the" and chair words, body, chair words: "Laos, the current ASEAN chair, …".
    const prev = found[k - 1];
    if (prev === undefined || prev.kind !== "state") return false;
    let j = m.tokenStart - 1;
    while (j > prev.tokenEnd && chair.has(word(j))) j--;
    return ctx.model.config.determiners.has(word(j)) && word(j - 1) === "," && j - 1 === prev.tokenEnd;
  };
  const out = found.filter((m, k) => !held(m, k));
  return out.length === found.length ? found : out;
}

/**
 * "Al-Shabab militants stormed a hotel in Mogadishu, police said", "students protested in Dhaka, clashing with
 * police": `located` nouns left without a country (LOCUS.FLOATING, PENDING) take the sentence's country when the
 * sentence names no other country at all and either places something there (a place, or a noun placed by "in") or
 * names a domestic actor of it: an office-holder, a party or group, or a sector noun of that country ("Peru's
 * government declared an emergency as protesters blocked roads" -> PERCVL), not a bare state name ("protesters
 * denounced Israel" stays unknown: crowds abroad protest against states). A title before a name not in the
 * dictionary (LOCUS.NAMED: "Attorney General Consuelo Porras") takes it the same way. Pending nouns that get none
 * are dropped, and so are `located: domestic` nouns (LOCUS.DOMESTIC: "Soldiers in Niger detained President
 * Bazoum") unless another actor of their country is named and no other country.
 */
function placeFloating(found: ActorMention[], loci: readonly number[], ctx: DocContext): ActorMention[] {
  let country: string | null = null;
  let placed = false;
  const abroad = abroadNouns(ctx.model);
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.country === null) continue;
    if (country !== null && m.country !== country) {
      country = null;
      break;
    }
    country = m.country;
    placed ||=
      m.kind === "place" || loci[k] === LOCUS.PLACED || (loci[k] === LOCUS.NONE && domestic(m, abroad));
  }
  // "Thousands of Armenians rallied in Yerevan against the handover of villages to Azerbaijan, and police detained
  // dozens": with other countries named, the country the sentence opens with and is placed in, and no other.
  const home = country === null ? homePlace(found, loci, abroad) : null;
  const out: ActorMention[] = [];
  const unknown = ctx.model.config.unknownCountry;
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    const locus = loci[k]!;
    if (locus < LOCUS.FLOATING) out.push(m);
    else if (locus === LOCUS.DOMESTIC) {
      if (
        m.country === country &&
        found.some(
          (o, j) => j !== k && loci[j]! < LOCUS.FLOATING && o.kind !== "place" && o.country === country,
        )
      )
        out.push(m);
    } else if (home !== null && locus !== LOCUS.NAMED && m.note === undefined && m.code.endsWith(POLICE)) {
      out.push({ ...m, code: `${home}${m.code.slice(unknown.length)}`, country: home });
    } else if (country !== null && placed && (m.note === undefined || locus === LOCUS.NAMED)) {
      const { note: _, ...rest } = m;
      out.push({ ...rest, code: `${country}${m.code.slice(unknown.length)}`, country });
    } else if (locus !== LOCUS.PENDING) out.push(m);
  }
  return out;
}

// The sector of police and security forces, which keep order where the sentence happens (see homePlace).
const POLICE = "COP";

/**
 * The one country where a sentence naming several happens: the country of its first mention (its subject) when every
 * place it names, or noun placed by "in", is in that country ("Jordanians rallied outside the Israeli embassy in
 * Amman ..., as riot police blocked the road" -> JOR); null when a place is elsewhere or none is named ("Israel
 * struck targets in Gaza, police said" stays unknown), or when the first mention is no state, seat or domestic actor.
 */
function homePlace(
  found: readonly ActorMention[],
  loci: readonly number[],
  abroad: ReadonlySet<string>,
): string | null {
  const first = found.find((m) => m.country !== null);
  // "migrants from Pakistan … sank off Greece's coast, the coast guard said": people as often abroad place nothing.
  if (!first || !(first.kind === "state" || first.kind === "metonym" || domestic(first, abroad))) return null;
  let placed = false;
  for (let k = 0; k < found.length; k++) {
    const m = found[k]!;
    if (m.country === null || (m.kind !== "place" && loci[k] !== LOCUS.PLACED)) continue;
    if (m.country !== first.country) return null;
    placed = true;
  }
  return placed ? first.country : null;
}

/** Ids of sector entries for people often abroad (neither `located` nor `located: domestic`), per model. */
const ABROAD = new WeakMap<ActorModel, ReadonlySet<string>>();

/** The ids of the model's sector entries that are neither `located` nor `domestic` ("embassy", "refugees"), made once. */
function abroadNouns(model: ActorModel): ReadonlySet<string> {
  let ids = ABROAD.get(model);
  if (!ids) {
    ids = new Set(
      model.entries.filter((e) => e.kind === "sector" && !e.located && !e.domestic).map((e) => e.id),
    );
    ABROAD.set(model, ids);
  }
  return ids;
}

/**
 * Does a mention name an actor of its country's own affairs: a person, a group, or a sector noun said of where it
 * sits ("Peru's government", "the army"), not a bare state, seat or demonym, nor envoys, embassies or refugees
 * ("outside its embassy"), who are as often abroad?
 */
function domestic(m: ActorMention, abroad: ReadonlySet<string>): boolean {
  if (m.kind === "person" || m.kind === "group") return true;
  if (m.kind !== "sector" && m.kind !== "coref") return false;
  return !abroad.has(m.entry.slice(m.entry.lastIndexOf("+") + 1));
}

/**
 * Attaches offsets, text and country to a candidate; the offsets are read from Sentence.starts and the last token's
 * text by form number when the sentence has them (see Lattice.text), not from the token objects.
 */
function toMention(s: Sentence, lat: Lattice, ctx: DocContext, c: Candidate): ActorMention {
  const starts = s.starts;
  const byStart = starts !== undefined && starts.length === lat.n;
  const start = byStart ? starts[c.start]! : s.tokens[c.start]!.start;
  const end = byStart ? starts[c.end - 1]! + lat.text(c.end - 1)!.length : s.tokens[c.end - 1]!.end;
  const text = ctx.docText.slice(start, end);
  const country = countryOfCode(c.code, ctx.model);
  const sentence = s.index;
  const { start: tokenStart, end: tokenEnd, code, kind, entry, note } = c;
  return note
    ? { sentence, tokenStart, tokenEnd, start, end, text, code, country, kind, entry, note }
    : { sentence, tokenStart, tokenEnd, start, end, text, code, country, kind, entry };
}

/** What a new paragraph remembers: nothing (pointing nouns and pairs look back within a paragraph only). */
function paragraphStart(): Recent {
  return {
    country: null,
    nearest: null,
    placed: null,
    igo: null,
    bySector: [],
    lastEnd: -1,
    lastKind: null,
    lastCountry: null,
    lastSeated: null,
    orgs: [],
    para: [],
  };
}

/**
 * Finds actor mentions in every sentence, resolved against the document date (YYYY-MM-DD or null).
 * Returns one array per sentence, in sentence order, mentions sorted by position and non-overlapping, except
 * that a pair ("the two Koreas") gives two mentions of the same span, one per country.
 * @example findMentions(analyzeText(nlp, "Tokyo rebuffed Washington."), model.actors, "2025-06-20")
 *   // [[{ text: "Tokyo", code: "JPNGOV", … }, { text: "Washington", code: "USAGOV", … }]]
 */
export function findMentions(doc: NlpDoc, model: ActorModel, date: string | null): ActorMention[][] {
  const ctx = docContext(doc, model, date);
  const called = calledMap(model);
  // Token slots kept by form number across documents (see FormSlots), when the engine numbered the forms.
  const slots = doc.forms === undefined ? undefined : formSlots(model, doc.forms);
  const out: ActorMention[][] = [];
  let paragraph = -1;
  let recent = paragraphStart();
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraph) {
      paragraph = s.paragraph;
      recent = paragraphStart();
    }
    out.push(sentenceMentions(s, ctx, called, recent, slots));
  }
  return out;
}

/**
 * The members of a group of states that a count before it picks out ("the two Nordic countries" after "Finland and
 * Sweden"): the group's states already named in the sentence, when there are exactly as many as the count and fewer
 * than the group; null otherwise.
 */
function countedMembers(
  s: Sentence,
  start: number,
  codes: readonly string[],
  found: readonly ActorMention[],
): string[] | null {
  const n = COUNT_WORDS.get(s.tokens[start - 1]?.lower ?? "");
  if (n === undefined || n >= codes.length) return null;
  const named = [
    ...new Set(found.map((x) => x.country).filter((x): x is string => x !== null && codes.includes(x))),
  ];
  return named.length === n ? named : null;
}
