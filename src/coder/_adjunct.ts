import type { Token } from "../core/index.js";
import {
  type Args,
  betweenGroup,
  isPerson,
  mainSubject,
  occasionObject,
  sameCountry,
  subjectOf,
} from "./_args.js";
import type { Match } from "./_match.js";
import type { PrevAct, SecondWords } from "./_second.js";
import { is, isIn, type View } from "./_view.js";

const NOUN_LEAD = new Set(["DET", "ADJ", "NUM", "NOUN", "PROPN"]);

/** "talks brokered by China", "talks mediated by Qatar": the mediator's act, not the parties' own (coded apart). */
function mediated(v: View, m: Match): boolean {
  let k = m.last + 1;
  // "talks in Sharm el-Sheikh mediated by Egypt": a hyphen inside a place name does not end the phrase.
  const inName = (j: number) => v.toks[j]!.text === "-" && j > m.last + 1 && v.toks[j + 1]?.pos !== "PUNCT";
  // "talks on southern Syria mediated by a US envoy": an adjective that is no -ed word is inside the phrase.
  const participle = (t: Token) => t.pos === "VERB" || (t.pos === "ADJ" && t.lower.endsWith("ed"));
  while (k < v.toks.length && k <= m.last + 6 && !participle(v.toks[k]!)) {
    if (v.toks[k]!.pos === "PUNCT" && !inName(k)) return false;
    k++;
  }
  const t = v.toks[k];
  return t?.lower.endsWith("ed") === true && is(v, v.toks[k + 1], v.b.agent);
}

/**
 * "after talks it mediated", "after talks that Qatar brokered": a relative clause on the noun whose subject (an actor or
 * a pronoun) mediates (`_MEDIATE_VERB`); the mediation is coded from that verb.
 */
function mediatedRelative(v: View, m: Match): boolean {
  let k = m.last + 1;
  if (is(v, v.toks[k], v.b.relative) || v.toks[k]?.lower === "that") k++;
  if (v.toks[k]?.pos === "DET" && (v.groupAt[k + 1] ?? -1) >= 0) k++;
  const g = v.groupAt[k] ?? -1;
  if (g >= 0 && v.groups[g]!.tokStart === k && !v.attributive[g]) k = v.groups[g]!.tokEnd;
  else if (is(v, v.toks[k], v.b.subjectPronoun)) k++;
  else return false;
  while (v.toks[k]?.pos === "AUX" || v.toks[k]?.pos === "ADV") k++;
  // The tagger often reads "mediated" there as an adjective.
  const t = v.toks[k];
  return (t?.pos === "VERB" || t?.pos === "ADJ") && isIn(t, v.w.mediateVerb);
}

/** "in a deal brokered by China after talks in Beijing": a mediator named just before the phrase at `k` owns the talks. */
function brokeredBefore(v: View, k: number): boolean {
  for (let j = k - 1; j > 0 && j >= k - 6; j--) {
    const t = v.toks[j]!;
    if (t.pos === "PUNCT" || t.pos === "CCONJ") return false;
    if (is(v, t, v.b.agent) && v.toks[j - 1]!.lower.endsWith("ed")) return true;
  }
  return false;
}

/**
 * "after a phone call with Trump", "after two days of negotiations in Geneva", "in a phone call": the preposition that
 * opens an adjunct phrase headed by a consultation (a root-04 noun event), or -1.
 */
export function adjunctPrep(v: View, sw: SecondWords, m: Match): number {
  const r = occasionPhrase(v, sw, m);
  return r.k < 0 || r.reduced || mediated(v, m) || brokeredBefore(v, r.k) ? -1 : r.k;
}

/**
 * "signed an agreement at a meeting hosted by Egypt", "a swap, agreed at talks in Istanbul": a consultation named only
 * as the occasion of another act, hosted or mediated by a third party or of a participle's act, is no act of the
 * parties (the host's own act is coded from its verb).
 */
export function occasionOnly(v: View, sw: SecondWords, m: Match): boolean {
  const r = occasionPhrase(v, sw, m, true);
  if (r.k < 0 || v.frontEnd > m.trigger || !(r.reduced || mediated(v, m) || mediatedRelative(v, m)))
    return false;
  // "talks with the RSF": a counterpart named in the pattern's words makes the talks an act of their own.
  for (let j = m.trigger; j < m.spanEnd; j++) if (v.groupAt[j]! >= 0) return false;
  return true;
}

/**
 * "suspended, a week after the Singapore summit", "days before the NATO summit": a consultation named with no parties
 * of its own after a span of time and "after"/"before"/"since" dates the clause; it is no act of the clause's subject.
 */
export function landmarkOnly(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.noun || !m.pattern.code.startsWith("04") || m.targetGroup >= 0 || m.last > m.trigger)
    return false;
  // "a day before talks between Ukrainian and U.S. officials": parties named after the noun make the talks theirs.
  const next = v.toks[m.trigger + 1];
  if (is(v, next, v.b.between) || next?.lower === "with") return false;
  // "hours after a visit by French Foreign Minister Barrot": an agent after "by" names the visitor, whose act it is.
  if (is(v, next, v.b.agent) && agentGroupAfter(v, m.trigger + 2)) return false;
  let k = m.trigger - 1;
  while (k >= 0 && k >= m.trigger - 6 && (NOUN_LEAD.has(v.toks[k]!.pos) || v.toks[k]!.text === "-")) {
    // A party named in the phrase ("after the U.S.-China talks") makes the talks theirs.
    const g = v.groupAt[k]!;
    if (g >= 0 && v.groups[g]!.members.some((x) => x.kind !== "place")) return false;
    k--;
  }
  if (!isIn(v.toks[k], sw.landmarkPrep) || v.toks[k - 1]?.pos !== "NOUN" || !isIn(v.toks[k - 1], sw.duration))
    return false;
  // Not "for 90 days after talks in Geneva": the span is the act's own length there, not a distance in time.
  let j = k - 2;
  while (j >= 0 && (v.toks[j]!.pos === "NUM" || v.toks[j]!.pos === "DET" || v.toks[j]!.pos === "ADJ")) j--;
  return v.toks[j]?.pos !== "ADP";
}

/**
 * "signed an agreement after weeks of tense negotiations", "after years of talks between diplomats", "ending nine years
 * of talks", "despite years of talks": talks or a meeting noun after a long span (`_PROCESS_SPAN`) and "of" name a
 * negotiating process, no meeting or negotiation (040, 046) of its parties, as every wire-dev writer but one codes it
 * ("after two days of talks in Geneva" and "hours of talks" stay meetings; mediation, 045, stays the mediator's).
 */
export function processOnly(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.noun || (m.pattern.code !== "040" && m.pattern.code !== "046")) return false;
  let k = m.trigger - 1;
  // "weeks of sometimes tense", "nine years of closed-door": the noun's own modifiers.
  while (
    k >= 0 &&
    k >= m.trigger - 5 &&
    (occasionLead(v, k) || (v.toks[k]!.pos === "ADV" && v.groupAt[k]! < 0))
  )
    k--;
  return is(v, v.toks[k], v.b.npLink) && isIn(v.toks[k - 1], sw.processSpan);
}

/**
 * "Moscow proposed direct talks between the two delegations", "Iran called for an emergency meeting of the Security
 * Council", "rejected calls by Washington for renewed talks with the RSF", "a breakthrough that paved the way for the
 * first formal talks between Modi and Xi", "urging Moscow and Kyiv to resume direct talks": a consultation noun that is
 * proposed (`_UNHELD_VERB`), asked for (`_UNHELD_FOR` before "for") or urged (`_UNHELD_URGE` before "to" and a verb)
 * is no meeting held; the proposal or appeal is coded by its own pattern. "agreed to resume talks", "the proposed
 * summit was scrapped" and "invited to the summit" are left alone.
 */
export function unheldMeeting(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.noun || !m.pattern.code.startsWith("04")) return false;
  let k = m.trigger - 1;
  while (k >= 0 && k >= m.trigger - 6 && meetingLead(v, k)) k--;
  const t = v.toks[k];
  if (t === undefined) return false;
  if (t.pos === "VERB" && isIn(t, sw.unheldVerb)) return true;
  if (t.lower === "for") return askedBefore(v, k - 1, sw.unheldFor, false);
  return t.pos === "VERB" && v.toks[k - 1]?.lower === "to" && askedBefore(v, k - 2, sw.unheldUrge, true);
}

const PARTICIPLE_LEAD = new Set(["DET", "ADJ", "ADV", "ADP", "SCONJ"]);

/**
 * Token `j` is a word of the noun phrase before a meeting noun ("the first formal", "renewed peace", "the proposed").
 */
function meetingLead(v: View, j: number): boolean {
  const t = v.toks[j]!;
  if (v.groupAt[j]! >= 0) return false;
  // "the first formal talks": the tagger may read "first" as an adverb.
  if (
    NOUN_LEAD.has(t.pos) ||
    t.pos === "ADV" ||
    t.text === "-" ||
    t.text === "'s" ||
    is(v, t, v.b.possessivePronoun)
  )
    return true;
  // "for renewed talks", "the proposed summit": an "-ed" participle with no subject of its own before it.
  const p = v.toks[j - 1];
  return t.pos === "VERB" && t.lower.endsWith("ed") && p !== undefined && PARTICIPLE_LEAD.has(p.pos);
}

/**
 * A word of `words` at or before token `k`, with only actors, determiners, adjectives and "by"/"from" between ("calls
 * by the United States", "a request from Azerbaijan"); with `object`, the addressee of an appeal ("urging Moscow and
 * Kyiv", "urged them").
 */
function askedBefore(v: View, k: number, words: ReadonlySet<string>, object: boolean): boolean {
  for (let j = k; j >= 0 && j >= k - 8; j--) {
    const t = v.toks[j]!;
    if (isIn(t, words)) return true;
    const skip =
      v.groupAt[j]! >= 0 ||
      t.pos === "DET" ||
      t.pos === "ADJ" ||
      (!object && (t.lower === "by" || t.lower === "from")) ||
      (object && (t.pos === "PRON" || t.pos === "CCONJ"));
    if (!skip) return false;
  }
  return false;
}

/**
 * "at a meeting of the Communist Party's Politburo", "after a meeting of NATO defence ministers", "called for an
 * emergency meeting of the U.N. Security Council": a meeting "of" one body is that body's own session, no meeting
 * between it and the clause's subject; a meeting of two or more named parties ("a summit of China, Japan and South
 * Korea", "a meeting of the Thai and Cambodian defence ministers") is theirs.
 */
export function bodyMeeting(v: View, m: Match): boolean {
  if (!m.pattern.noun || !m.pattern.recip || !m.pattern.code.startsWith("04")) return false;
  const of = m.trigger + 1;
  if (v.toks[of]?.lower !== "of") return false;
  let j = of + 1;
  while (j < v.toks.length && j <= of + 3 && v.groupAt[j]! < 0 && NOUN_LEAD.has(v.toks[j]!.pos)) j++;
  const g = v.groupAt[j] ?? -1;
  if (g < 0) return false;
  const gr = v.groups[g]!;
  if (gr.members.length !== 1) return false;
  const next = v.toks[gr.tokEnd];
  return !(next && (next.text === "," || next.text === "-" || is(v, next, v.b.and)));
}

/**
 * "would not seek to open accession talks with the European Union", "allowing the other leaders to open accession
 * talks with Ukraine", "would not lift its veto on opening EU accession talks with Ukraine": talks on joining a bloc
 * (`_ACCESSION` right before the talks noun) opened by an infinitive or a gerund are a step not taken, no meeting;
 * "the EU opened accession negotiations with Ukraine" is one, and "agreed to open …" is read by the intent patterns.
 */
export function unopenedAccession(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.code.startsWith("04")) return false;
  let noun = -1;
  for (let j = m.trigger; j <= m.last; j++)
    if (isIn(v.toks[j], sw.talksNoun) && isIn(v.toks[j - 1], sw.accession)) noun = j;
  if (noun < 0) return false;
  // The opening verb: the trigger of a verb pattern, or the word before the noun phrase of a noun pattern.
  let k = m.pattern.noun ? noun - 2 : m.trigger;
  const gerund = (j: number) => v.toks[j]!.lower.endsWith("ing");
  if (m.pattern.noun)
    while (k >= 0 && k >= noun - 5 && !gerund(k) && (meetingLead(v, k) || v.groupAt[k]! >= 0)) k--;
  const t = v.toks[k];
  // "on opening EU accession talks": the tagger may read the gerund as a noun.
  if (t?.pos !== "VERB" && t?.pos !== "NOUN") return false;
  return gerund(k) || (t.pos === "VERB" && v.toks[k - 1]?.lower === "to");
}

/** An actor group starts at token `k`, past determiners and adjectives ("by a Chinese premier", "by Rubio"). */
function agentGroupAfter(v: View, k: number): boolean {
  while (k < v.toks.length && (v.toks[k]!.pos === "DET" || v.toks[k]!.pos === "ADJ") && v.groupAt[k]! < 0)
    k++;
  return (v.groupAt[k] ?? -1) >= 0;
}

/**
 * "the largest rally since Russia's invasion of Ukraine", "on the first anniversary of Russia's invasion of Ukraine",
 * "since the end of its war with Israel": a noun act of force (roots 18–20) whose phrase follows "since" or a point of
 * time and "of" (`_ERA_PREP`, `_ERA_NOUN`) names the era the clause is set in, not an act the sentence reports; it is
 * not coded. "a day after the Hamas assault on Israel" (a span of time and "after") and "since Russia invaded" (a verb)
 * are left alone.
 */
export function eraOnly(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.noun || !/^(18|19|20)/.test(m.pattern.code)) return false;
  let k = m.trigger - 1;
  // "Russia's full-scale", "its", "the Russian", "Israel's 2024": the noun's own determiners and possessor.
  while (
    k >= 0 &&
    k >= m.trigger - 6 &&
    (NOUN_LEAD.has(v.toks[k]!.pos) ||
      v.toks[k]!.pos === "PRON" ||
      v.toks[k]!.text === "-" ||
      v.toks[k]!.text === "'s" ||
      v.toks[k]!.text === "'")
  )
    k--;
  const t = v.toks[k];
  if (isIn(t, sw.eraPrep)) return true;
  // "would not recognise Russia's annexation of Crimea": a state of war or occupation judged as the object of the verb,
  // not an act ("recognise Russia's deportation of Ukrainian children as genocide" reports the deportation).
  if (t?.pos === "VERB" && isIn(t, sw.standingVerb) && m.pattern.code.startsWith("19")) return true;
  // "in the weeks after its war with Israel": a war after "after"/"before" is the era too, not an act.
  if (isIn(t, sw.landmarkPrep) && isIn(v.toks[m.trigger], sw.eraWar)) return true;
  return t?.lower === "of" && isIn(v.toks[k - 1], sw.eraNoun);
}

/**
 * "Biden and Xi agreed at a meeting near San Francisco", "at their summit in Alaska": a meeting or summit "at" which a
 * compound subject (or a subject and the counterpart named in the pattern) acted is their own meeting; a name before
 * the noun makes it a venue ("at a Gulf summit", "at the G20 summit in Osaka").
 */
function pairMeeting(v: View, sw: SecondWords, m: Match, k: number): boolean {
  if (!isIn(v.toks[m.trigger], sw.meetingNoun)) return false;
  for (let j = k + 1; j < m.trigger; j++) if (v.toks[j]!.pos === "PROPN" || v.groupAt[j]! >= 0) return false;
  // "telling Aliyev at a meeting in Dushanbe": the verb's object is the other party.
  if (m.targetGroup >= 0 || occasionObject(v, m.trigger) >= 0) return true;
  const subject = subjectOf(v, k);
  return subject >= 0 && v.groups[subject]!.members.length > 1;
}

/** Token `j` leads the noun phrase of an occasion: a noun-phrase word, a possessive pronoun or an inner hyphen. */
function occasionLead(v: View, j: number): boolean {
  const t = v.toks[j]!;
  if (v.groupAt[j]! >= 0) return false;
  if (NOUN_LEAD.has(t.pos) || is(v, t, v.b.possessivePronoun)) return true;
  // "a 90-minute phone call", "an hour-long call": a hyphen inside a compound modifier is part of the noun phrase.
  // "a closed-door meeting": the word before the hyphen may be an "-ed" participle.
  if (t.text === "-")
    return (
      (NOUN_LEAD.has(v.toks[j - 1]?.pos ?? "") || v.toks[j - 1]?.lower.endsWith("ed") === true) &&
      NOUN_LEAD.has(v.toks[j + 1]?.pos ?? "")
    );
  // "in a televised meeting", "a heated exchange": an "-ed" participle after a determiner or adjective modifies the noun.
  return t.pos === "VERB" && t.lower.endsWith("ed") && NOUN_LEAD.has(v.toks[j - 1]?.pos ?? "");
}

function occasionPhrase(v: View, sw: SecondWords, m: Match, venue = false): { k: number; reduced: boolean } {
  const none = { k: -1, reduced: false };
  if (!m.pattern.noun || !m.pattern.code.startsWith("04")) return none;
  let k = m.trigger - 1;
  while (k >= 0 && k >= m.trigger - 6 && occasionLead(v, k)) k--;
  // "two days of negotiations", "a second round of talks"
  if (is(v, v.toks[k], v.b.npLink) && v.toks[k - 1]?.pos === "NOUN") {
    k -= 2;
    while (k >= 0 && occasionLead(v, k)) k--;
  }
  const t = v.toks[k];
  // "at a Gulf summit", "at a conference in Tokyo": a venue, not talks between the parties.
  if (t?.pos !== "ADP") return none;
  // "Russia and Ukraine agreed at a second round of talks in Istanbul": talks are no venue (a summit or a conference
  // is one: "agreed to restore ties with Qatar at a Gulf summit").
  const talksAt =
    isIn(t, sw.venuePrep) && (isIn(v.toks[m.trigger], sw.talksNoun) || pairMeeting(v, sw, m, k));
  if (!(isIn(t, sw.occasionPrep) || isIn(t, sw.adjunctPrep) || talksAt || (venue && isIn(t, sw.venuePrep))))
    return none;
  // "promises made during talks with the RSF": the phrase belongs to a participle, not to the clause's verb.
  const p = v.toks[k - 1];
  const pp = v.toks[k - 2];
  const reduced =
    pp !== undefined && pp.pos !== "AUX" && pp.pos !== "PART" && pp.pos !== "PRON" && v.groupAt[k - 2]! < 0;
  if (p?.pos === "VERB" && p.lower !== p.lemma && !p.lower.endsWith("ing") && reduced)
    return { k, reduced: true };
  // A fronted phrase ("After talks with X, Y said ...") is read elsewhere.
  return v.frontEnd > m.trigger ? none : { k, reduced: false };
}

/**
 * "optimistic about a breakthrough in trade talks between the United States and China": talks whose parties are named
 * after "between"/"among" (right after the noun or ending its pattern) and do not include the subject's country.
 */
function othersTalks(v: View, m: Match, subject: number): boolean {
  if (subject < 0) return false;
  const own = new Set(v.groups[subject]!.members.map((x) => x.code.slice(0, 3)));
  for (let j = m.trigger + 1; j <= m.last + 1; j++) {
    if (!is(v, v.toks[j], v.b.between)) continue;
    let named = false;
    for (let k = j + 1; k < v.toks.length && !v.w.barrier.has(v.toks[k]!.text); k++) {
      const g = v.groupAt[k]!;
      if (g < 0) continue;
      if (v.groups[g]!.members.some((x) => own.has(x.code.slice(0, 3)))) return false;
      named = true;
    }
    return named;
  }
  return false;
}

/**
 * "Sheinbaum agreed to send troops after a phone call with Trump", "Washington and Beijing agreed ... after two days of
 * negotiations", "Netanyahu apologised to Qatar's prime minister in a phone call": a consultation in an adjunct phrase
 * is the clause subject's own act, aimed at the actor it names; a means ("in a phone call") at the previous act's
 * counterpart; with a compound subject, at one another. Returns the new arguments, or null when the rule does not apply.
 */
export function adjunctTalks(v: View, sw: SecondWords, m: Match, a: Args, prev: PrevAct | null): Args | null {
  const k = adjunctPrep(v, sw, m);
  if (k < 0) return null;
  const subject = subjectOf(v, k);
  if (othersTalks(v, m, subject)) return null;
  // "apologised to Qatar's prime minister in a phone call from the White House": the means of the act before it is
  // the subject's, with that act's counterpart.
  // "Mongolia did not arrest Putin during his visit to Ulaanbaatar": a noun a possessive pronoun gives another owner
  // than the subject, with its own target, is that owner's act (his visit, not Mongolia's), no means of the act before.
  // A person subject keeps the pronoun ("Trump said he might meet Kim during his trip to Seoul": Trump's trip).
  const owned =
    a.source >= 0 &&
    a.target >= 0 &&
    a.source !== subject &&
    subject >= 0 &&
    !isPerson(v, subject) &&
    pronounLed(v, m.trigger);
  const means = isIn(v.toks[k], sw.occasionPrep) && prev !== null && prev.source === subject && !owned;
  // "during a visit by Netanyahu": an agent after "by" is the noun's own ("a call from the White House" may be a place).
  const byAgent = a.source >= 0 && isIn(v.toks[v.groups[a.source]!.tokStart - 1], v.w.agent);
  // "Trump and Vance berated Zelensky in a meeting": the compound subject meets that counterpart, not one another.
  // "apologised to Aliyev in a phone call on Saturday for what the Kremlin called ...": an actor of the subject's own
  // country found after the noun is no counterpart of the call either.
  const ownSide =
    means &&
    a.target >= 0 &&
    !v.groups[a.target]!.members.every((x) => x.kind === "place") &&
    sameCountry(v, a.target, subject);
  if (means && prev.target !== subject && !byAgent && (a.target < 0 || a.source !== subject || ownSide)) {
    const { mutual: _, ...rest } = a;
    const named = v.groups[subject]!.members.length > 1;
    return { ...rest, source: subject, target: prev.target, targetHow: named ? "slot" : "inside" };
  }
  if (a.source >= 0 && a.target >= 0) return null;
  // "Putin told U.S. President Donald Trump in a two-hour phone call that ...": an actor right before the phrase that
  // is the object of a verb is the partner of that verb's subject, also when it was read as the call's own source.
  const told = a.target < 0 && isIn(v.toks[k], sw.occasionPrep) ? toldPair(v, k) : null;
  if (
    told &&
    (a.source < 0 || a.source === told.object) &&
    (prev === null || prev.source !== told.subject || prev.target === told.object)
  )
    return { ...a, source: told.subject, target: told.object, targetHow: "inside" };
  // "Frederiksen told Trump in a phone call that ...": with no act coded before it, the means is with the object of
  // the verb it follows; so too when the act before is that verb's own, aimed at that object ("told Trump in a phone
  // call that Greenland was not for sale": the refusal and the call are both with Trump).
  const speaker = a.source >= 0 ? a.source : subject;
  const object = isIn(v.toks[k], sw.occasionPrep) && a.target < 0 ? objectBefore(v, k, speaker) : -1;
  if (object >= 0 && (prev === null || prev.source !== speaker || prev.target === object))
    return { ...a, source: speaker, target: object, targetHow: "inside" };
  const source = a.source >= 0 ? a.source : subject;
  if (source < 0) return null;
  if (a.target >= 0 && a.target !== source) return { ...a, source };
  // "after months of mediation by Qatar, Egypt and the United States": agents after "by" act together, not on one another.
  if (v.groups[source]!.members.length > 1 && !byAgent)
    return { ...a, source, target: -1, targetHow: "none", mutual: true };
  return null;
}

/**
 * "At a summit in Jakarta, Indonesia and Australia agreed ...", "During a phone call, Macron urged Netanyahu ...": a
 * consultation noun in a phrase that opens the sentence and names no party (`frontEnd`, the phrase's comma) is the main
 * clause's own, as the same phrase after the clause is (occasionPhrase, adjunctTalks): a compound subject meets one
 * another; a single subject, after "in"/"during" (the means of its act), meets the object of the main verb, and at a
 * meeting or summit ("at") only the object of a verb of speech ("At a meeting in Dushanbe, Putin told Aliyev ...").
 * A name before the noun makes it a venue ("At the G20 summit in Rio, Biden announced ..."): no meeting; so does a
 * meeting "of" one body (bodyMeeting, read before); so does a fronted "after"/"following"/"amid" phrase (an earlier
 * occasion). Returns the new arguments, or null when the rule does not apply.
 */
export function frontedTalks(v: View, sw: SecondWords, m: Match, a: Args): Args | null {
  if (a.source >= 0 || a.target >= 0 || a.mutual) return null;
  if (!m.pattern.noun || !m.pattern.recip || !m.pattern.code.startsWith("04")) return null;
  if (v.frontEnd < 0 || m.last >= v.frontEnd) return null;
  let k = m.trigger - 1;
  while (k >= 0 && occasionLead(v, k)) k--;
  // "After two days of negotiations", "During a second round of talks"
  if (is(v, v.toks[k], v.b.npLink) && v.toks[k - 1]?.pos === "NOUN") {
    k -= 2;
    while (k >= 0 && occasionLead(v, k)) k--;
  }
  const t = v.toks[k];
  if (k !== 0 || t?.pos !== "ADP") return null;
  for (let j = k + 1; j < m.trigger; j++) if (v.toks[j]!.pos === "PROPN") return null;
  // "at"/"in"/"during" place the act inside the meeting; "After two days of talks in Geneva, the United States and
  // China agreed ..." names an earlier occasion, which the gold files do not agree to code (wire-dev's w-046 codes
  // none): no fronted "after", "following" or "amid".
  const at = isIn(t, sw.venuePrep);
  const means = isIn(t, sw.occasionPrep) && !is(v, t, v.b.agent);
  if (!(at || means)) return null;
  const subject = mainSubject(v, v.frontEnd);
  if (subject < 0) return null;
  if (v.groups[subject]!.members.length > 1)
    return { ...a, source: subject, target: -1, targetHow: "none", mutual: true };
  // The main verb right after the subject and its object: an actor right after it, past a determiner.
  let j = v.groups[subject]!.tokEnd;
  while (v.toks[j]?.pos === "AUX" || v.toks[j]?.pos === "ADV" || v.toks[j]?.pos === "PART") j++;
  const verb = v.toks[j];
  if (verb?.pos !== "VERB" || verb.lower.endsWith("ing")) return null;
  if (at && !is(v, verb, v.b.say)) return null;
  if (v.toks[j + 1]?.pos === "DET" && (v.groupAt[j + 1] ?? -1) < 0) j++;
  const object = v.groupAt[j + 1] ?? -1;
  if (object < 0 || object === subject || v.groups[object]!.tokStart !== j + 1 || v.attributive[object])
    return null;
  if (v.groups[object]!.members.every((x) => x.kind === "place") || sameCountry(v, object, subject))
    return null;
  return { ...a, source: subject, target: object, targetHow: "inside" };
}

/** "told Trump in a phone call": the verb's subject and the actor right before the phrase at `k`, its object; or null. */
function toldPair(v: View, k: number): { subject: number; object: number } | null {
  const object = v.groupAt[k - 1] ?? -1;
  if (object < 0) return null;
  let j = v.groups[object]!.tokStart - 1;
  if (v.toks[j]?.pos === "DET" || is(v, v.toks[j], v.b.possessivePronoun)) j--;
  const verb = v.toks[j];
  if (verb?.pos !== "VERB" || verb.lower.endsWith("ing")) return null;
  const subject = subjectOf(v, j);
  return subject >= 0 && subject !== object && !sameCountry(v, subject, object) ? { subject, object } : null;
}

/** "his visit", "her first official trip": a possessive pronoun leads the noun at `head` (modifiers in between). */
function pronounLed(v: View, head: number): boolean {
  let k = head - 1;
  while (
    k >= 0 &&
    k >= head - 4 &&
    v.groupAt[k]! < 0 &&
    (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "NOUN")
  )
    k--;
  return is(v, v.toks[k], v.b.possessivePronoun) && v.toks[k]!.pos !== "DET";
}

/** "told Trump in a phone call": the actor right before the phrase at `k`, object of the verb before it, or -1. */
function objectBefore(v: View, k: number, subject: number): number {
  const g = v.groupAt[k - 1] ?? -1;
  if (g < 0 || g === subject || subject < 0) return -1;
  // "told his Ukrainian counterpart Dmytro Kuleba in a phone call": a possessive pronoun or a determiner may open the
  // object's phrase.
  let j = v.groups[g]!.tokStart - 1;
  if (v.toks[j]?.pos === "DET" || is(v, v.toks[j], v.b.possessivePronoun)) j--;
  const verb = v.toks[j];
  return verb?.pos === "VERB" && !verb.lower.endsWith("ing") ? g : -1;
}

/**
 * "talks between Hamas and Fatah that China had planned to host", "a summit with China that Tokyo had hoped to host": a
 * consultation verb (root 04) in an object relative on a meeting noun, with no object of its own, is aimed at the
 * parties the noun names after "between" or "with". Returns the new arguments, or null when the rule does not apply.
 */
export function relativeMeeting(v: View, sw: SecondWords, m: Match, a: Args): Args | null {
  if (m.pattern.noun || !m.pattern.code.startsWith("04") || a.source < 0) return null;
  // "host the negotiations in Beijing": a place of the host's own is where, not whom.
  if (a.target >= 0 && !v.groups[a.target]!.members.every((x) => x.kind === "place")) return null;
  const src = v.groups[a.source]!;
  let r = src.tokStart - 1;
  while (r > 0 && v.toks[r]!.pos === "DET" && v.groupAt[r]! < 0) r--;
  if (!(is(v, v.toks[r], v.b.relative) || v.toks[r]?.lower === "that")) return null;
  // "that Tokyo had hoped to host", "that the EU was due to host": only the verb chain stands between.
  for (let k = src.tokEnd; k < m.trigger; k++) if (!VERB_CHAIN.has(v.toks[k]!.pos)) return null;
  for (let k = v.toks[r - 1]?.text === "," ? r - 2 : r - 1; k >= 0 && k >= r - 16; k--) {
    const t = v.toks[k]!;
    if (v.w.barrier.has(t.text) || t.pos === "VERB" || t.pos === "AUX") return null;
    const g = is(v, t, v.b.between)
      ? betweenGroup(v, k - 1)
      : t.lower === "with"
        ? (v.groupAt[k + 1] ?? -1)
        : -1;
    if (g >= 0 && g !== a.source)
      return meetingBefore(v, sw, k) ? { ...a, target: g, targetHow: "inside" } : null;
  }
  return null;
}

const VERB_CHAIN = new Set(["AUX", "VERB", "PART", "ADV", "ADJ"]);

/** True when a meeting or talks noun stands within three words before token `k` ("talks between", "a summit with"). */
function meetingBefore(v: View, sw: SecondWords, k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--)
    if (isIn(v.toks[j], sw.meetingNoun) || isIn(v.toks[j], sw.talksNoun)) return true;
  return false;
}

/**
 * "Kyiv accepted a U.S. proposal for a ceasefire", "gathered to discuss a U.S. ceasefire proposal", "agreed to an
 * Egyptian offer": the `offer` noun at `i` is the object of a `_TAKE_UP` verb (past "to" or "on"), which is the act.
 */
export function takenUp(v: View, i: number): boolean {
  const t = governingVerb(v, i);
  return t?.pos === "VERB" && isIn(t, v.w.takeUp);
}

/**
 * "Egypt and Jordan rejected Trump's proposal to take over Gaza", "rejected the American proposal for a ceasefire with
 * Kyiv": an offer turned down (its governing verb a `_TURN_DOWN` word) is made to the one who turns it down; an actor
 * found after the offer, in what it proposes, of no country named before that verb, is what the offer is about, and the
 * offer gets no event ("Hamas rejected an Israeli proposal for a truce in Gaza" stays Israel's 03 to the Palestinians).
 */
export function turnedDownElsewhere(v: View, i: number, target: number): boolean {
  if (target < 0 || v.groups[target]!.tokStart <= i) return false;
  const verb = governingVerb(v, i);
  if (verb?.pos !== "VERB" || !isIn(verb, v.w.turnDown)) return false;
  const at = v.toks.indexOf(verb);
  const code = v.groups[target]!.members[0]!.code.slice(0, 3);
  return !v.groups.some((g) => g.tokEnd <= at && g.members.some((x) => x.code.slice(0, 3) === code));
}

/**
 * "rejecting Trump's proposal for the territory", "rejected an EU proposal for an association of Serb-majority
 * municipalities", "rejected a proposal by Algeria for a six-month transition": an offer turned down whose "for" phrase
 * (past the offer's own span and a "by"/"from" agent) is a plain noun phrase naming no actor and no act (its head no
 * event noun of the patterns, nor a word of the meeting, talks, truce or deal classes) proposes a thing, not an act
 * with the one who turns it down: the offer gets no event, as the wire-dev writers code it (w26-065, w32-070, w16-140),
 * while "a proposal for a truce", "for a summit", "for direct negotiations" stay the offerer's 03 to it.
 */
export function turnedDownForThing(
  v: View,
  i: number,
  spanEnd: number,
  isAct: (word: string) => boolean,
): boolean {
  const verb = governingVerb(v, i);
  if (verb?.pos !== "VERB" || !isIn(verb, v.w.turnDown)) return false;
  let k = i + 1;
  const by = v.toks[k]?.lower;
  if (by === "by" || by === "from") {
    k++;
    if (v.toks[k]?.pos === "DET" && (v.groupAt[k] ?? -1) < 0) k++;
    const g = v.groupAt[k] ?? -1;
    if (g < 0) return false;
    k = v.groups[g]!.tokEnd;
  }
  if (k < spanEnd || v.toks[k]?.lower !== "for") return false;
  k++;
  let head = -1;
  for (; k < v.toks.length; k++) {
    const t = v.toks[k]!;
    if ((v.groupAt[k] ?? -1) >= 0) return false;
    if (t.pos === "NOUN") head = k;
    else if (!NOUN_LEAD.has(t.pos) && t.text !== "-") break;
  }
  if (head < 0) return false;
  const h = v.toks[head]!;
  return !isAct(h.lemma) && !isAct(h.lower);
}

/** The verb that governs an offer noun at `i`, past its own noun phrase and a "to" or "on" before it. */
function governingVerb(v: View, i: number): View["toks"][number] | undefined {
  let k = i - 1;
  // The offer's own noun phrase: "a U.S.", "an Egyptian-Qatari", "Washington's latest".
  while (k >= 0 && k >= i - 8) {
    const t = v.toks[k]!;
    if (!NOUN_LEAD.has(t.pos) && t.pos !== "PART" && t.text !== "-") break;
    k--;
  }
  if (k > 0 && (v.toks[k]!.lower === "to" || v.toks[k]!.lower === "on")) k--;
  return v.toks[k];
}

/**
 * "King Abdullah told Trump at the White House that ...", "Trump confronted Ramaphosa in the Oval Office with ...": a
 * verb act (roots 01–14, no consultation of its own) of speech to one present (`_SEAT_VERB`: told, urged, confronted)
 * by one person on the person right after it, of another country, followed by "at"/"in" and a seat of government
 * (`_SEAT`) is also their meeting, as the wire-dev writers code it; a compound subject ("Trump and Vance berated
 * Zelensky in the Oval Office") is a scene, not a bilateral meeting, and "criticised Putin at the Elysee" no speech to
 * one present.
 */
export function seatMeeting(v: View, sw: SecondWords, m: Match, a: Args): boolean {
  const k = seatSpeech(v, sw, m, a);
  if (k < 0) return false;
  const one = v.toks[k]?.lower ?? "";
  const two = `${one}-${v.toks[k + 1]?.lower ?? ""}`;
  return (
    sw.seat.has(two) || (sw.seat.has(one) && v.toks[k + 1]?.pos !== "PROPN" && v.toks[k + 1]?.pos !== "NOUN")
  );
}

/**
 * "Rubio told Panama's President Mulino in Panama City that ...", "Dissanayake assured Narendra Modi in New Delhi
 * that ...": speech as for seatMeeting, followed by "in" and a place of the addressee's country (not the speaker's),
 * is the speaker's visit there (`042`), as the wire-dev writers code it (w19-072, w40-110, w43-019, w44-068).
 */
export function seatVisit(v: View, sw: SecondWords, m: Match, a: Args): boolean {
  const k = seatSpeech(v, sw, m, a);
  if (k < 0 || v.toks[k - 1]?.lower !== "in") return false;
  const g = v.groupAt[k] ?? -1;
  if (g < 0) return false;
  const place = v.groups[g]!;
  // "in Ukraine's east", "in the city's port": a place owned or described is not read.
  if (
    place.tokStart !== k ||
    v.toks[place.tokEnd]?.text === "'s" ||
    !place.members.every((x) => x.kind === "place")
  )
    return false;
  const where = place.members[0]!.code.slice(0, 3);
  return (
    where === v.groups[a.target]!.members[0]!.code.slice(0, 3) &&
    where !== v.groups[a.source]!.members[0]!.code.slice(0, 3)
  );
}

/**
 * The token after "at"/"in" (and "the") that follows a speech act (`_SEAT_VERB`, roots 01–14, no consultation) of
 * one person on the person right after the verb, of another country; -1 when the act is none such.
 */
function seatSpeech(v: View, sw: SecondWords, m: Match, a: Args): number {
  const root = m.pattern.code.slice(0, 2);
  if (m.pattern.noun || root === "04" || root > "14" || a.source < 0 || a.target < 0) return -1;
  if (!isIn(v.toks[m.trigger], sw.seatVerb)) return -1;
  const src = v.groups[a.source]!;
  const tgt = v.groups[a.target]!;
  if (src.members.length !== 1 || tgt.members.length !== 1 || sameCountry(v, a.source, a.target)) return -1;
  if (!isPerson(v, a.source) || !isPerson(v, a.target) || tgt.tokStart !== m.trigger + 1) return -1;
  const prep = v.toks[tgt.tokEnd];
  if (prep?.pos !== "ADP" || (prep.lower !== "at" && prep.lower !== "in")) return -1;
  let k = tgt.tokEnd + 1;
  if (v.toks[k]?.lower === "the") k++;
  return k;
}

/** Words that may lead a span of time before "of" ("for three long hours of talks"). */
const SPAN_LEAD: ReadonlySet<string> = new Set(["NUM", "ADV", "ADJ", "DET"]);

/**
 * "hosted Putin at a military base for talks that ended without an agreement", "hosted Witkoff at the Kremlin for three
 * hours of talks": talks after "for" that the sentence narrates as held (a span of time before them, or a relative
 * clause with a past verb after them) are the parties' own talks, not just the purpose of the visit; "hosted Sybiha for
 * talks in Ankara" states only the purpose.
 */
export function heldTalks(v: View, sw: SecondWords, m: Match): boolean {
  if (!m.pattern.noun || !m.pattern.code.startsWith("04") || !isIn(v.toks[m.trigger], sw.talksNoun))
    return false;
  let k = m.trigger - 1;
  while (k >= 0 && (v.toks[k]!.pos === "ADJ" || v.toks[k]!.pos === "DET") && v.groupAt[k]! < 0) k--;
  let span = false;
  if (is(v, v.toks[k], v.b.npLink) && isIn(v.toks[k - 1], sw.duration)) {
    span = true;
    k -= 2;
    while (k >= 0 && SPAN_LEAD.has(v.toks[k]!.pos)) k--;
  }
  if (v.toks[k]?.lower !== "for") return false;
  if (span) return true;
  const rel = v.toks[m.trigger + 1];
  const verb = v.toks[m.trigger + 2];
  return (
    (rel?.lower === "that" || rel?.lower === "which") &&
    verb?.pos === "VERB" &&
    verb.lower.endsWith("ed") &&
    verb.lower !== verb.lemma
  );
}

/**
 * "A ceasefire between Israel and Hamas took effect, and Hamas freed … prisoners released by Israel", "A planned summit
 * between Trump and Putin was put on hold after Rubio and Lavrov held a phone call": a noun act that heads the subject
 * of its own clause (only modifiers before it, back to the sentence's start, a subordinator or a ", and") is narrated
 * as an act of its own, no echo of a verb act between the same pair in another clause.
 */
export function clauseSubjectNoun(v: View, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = v.toks[k]!;
    if (is(v, t, v.b.subord) || (t.pos === "CCONJ" && v.toks[k - 1]?.text === ",")) return true;
    // "A planned summit": an "-ed" word right after the determiner is a modifier, not a clause's verb.
    const modifier = t.pos === "VERB" && t.lower.endsWith("ed") && v.toks[k - 1]?.pos === "DET";
    if (!NOUN_LEAD.has(t.pos) && !modifier && t.text !== "-" && t.text !== "'s") return false;
  }
  return true;
}

/** Words that may stand between an act's verb (or its counterpart) and the "in" of its place: adjuncts and objects. */
const PLACE_GAP: ReadonlySet<string> = new Set(["ADV", "ADP", "DET", "ADJ", "NUM", "NOUN", "PROPN", "PRON"]);

/**
 * "Trump and Xi agreed in Busan to ...", "agreed at his golf resort in Scotland on ...", "signed a ten-year security
 * agreement with Zelensky in Kyiv": the group of the place (mentions of kind `place` only) named by "in" within eight
 * words after token `from` (the verb, or the counterpart after it), past adjuncts and the act's own object only (no
 * verb, comma, conjunction or other actor between: "agreed to cut tariffs on goods made in China" names no place of
 * the act); else -1. With `bare`, no object either: "agreed on Wednesday to a ceasefire in Gaza" places the ceasefire,
 * not the agreement ("to", and "on" before anything but a date, end the search). A meeting noun between ("agreed at the
 * G7 summit in Alberta") places the summit, which the pair attended, not a visit of one to the other.
 */
export function actPlace(v: View, sw: SecondWords, from: number, bare: boolean): number {
  for (let k = from + 1; k < v.toks.length && k <= from + 8; k++) {
    const t = v.toks[k]!;
    if (v.groupAt[k]! >= 0 || !PLACE_GAP.has(t.pos) || isIn(t, sw.meetingNoun)) return -1;
    if (
      bare &&
      (t.lower === "to" ||
        (t.lower === "on" && v.toks[k + 1]?.pos !== "PROPN" && v.toks[k + 1]?.pos !== "NUM"))
    )
      return -1;
    if (t.lower !== "in") continue;
    const g = v.groupAt[k + 1]!;
    if (g < 0) return -1;
    const place = v.groups[g]!;
    // "in Ukraine's east", "in the Saudi city of Jeddah": a place owned or described is not read.
    if (v.toks[place.tokEnd]?.text === "'s" || !place.members.every((x) => x.kind === "place")) return -1;
    return g;
  }
  return -1;
}
