import { describe, expect, it } from "vitest";
import { analyzeText, createNlpEngine } from "../nlp/index.js";
import { attachedEnd, type ChunkInput, chunkSentence, phraseEnd, subjectBeforeInsertion } from "./_chunks.js";
import { testMentions } from "./coder.fixture.js";

const nlp = createNlpEngine();
const WORDS: ChunkInput["w"] = {
  and: new Set(["and", "or"]),
  relative: new Set(["which", "who", "whom", "whose", "where"]),
  subord: new Set(["that", "because", "after", "before", "while", "when", "as", "although", "if", "unless"]),
  say: new Set(["say", "tell", "announce"]),
  possessive: new Set(["'s", "'", "’s", "its", "their", "his", "her"]),
};

/** The chunker's input for the first sentence of `text`: each test actor's mention is its own group. */
function input(text: string): ChunkInput {
  const doc = analyzeText(nlp, text);
  const toks = doc.sentences[0]!.tokens;
  const groups = (testMentions(doc)[0] ?? []).map((m) => ({ tokStart: m.tokenStart, tokEnd: m.tokenEnd }));
  const groupAt = toks.map((_, k) => groups.findIndex((g) => g.tokStart <= k && k < g.tokEnd));
  return { toks, groupAt, groups, w: WORDS };
}

/** The sentence with its chunks bracketed ("[np Japan] [vg signed] …") and "|" before each clause opening. */
function bracketed(text: string): string {
  const x = input(text);
  const c = chunkSentence(x);
  const out: string[] = [];
  x.toks.forEach((t, k) => {
    const ci = c.at[k]!;
    const chunk = ci >= 0 ? c.list[ci]! : null;
    let word = t.text;
    if (chunk?.start === k) word = `[${chunk.kind} ${word}`;
    if (chunk?.end === k + 1) word = `${word}]`;
    out.push(c.opens[k] ? `| ${word}` : word);
  });
  return out.join(" ");
}

/** The words a phrase attached at the first occurrence of `at` spans, or null when none is attached there. */
function attached(text: string, at: string): string | null {
  const x = input(text);
  const k = x.toks.findIndex((t) => t.text === at);
  const e = attachedEnd(x, chunkSentence(x), k);
  return e < 0
    ? null
    : x.toks
        .slice(k, e)
        .map((t) => t.text)
        .join(" ");
}

describe("chunkSentence", () => {
  it.each([
    ["Japan signed a pact with Australia.", "[np Japan] [vg signed] [np a pact] with [np Australia] ."],
    [
      "China's foreign ministry would not comment on the planned drills.",
      "[np China 's foreign ministry] [vg would not comment] on [np the planned drills] .",
    ],
    // a mention of several words is one chunk; "long-range" and "$95 billion" stay inside their phrase
    [
      "The United States approved a $95 billion package of long-range missiles.",
      "[np The United States] [vg approved] [np a $ 95 billion package] of [np long - range missiles] .",
    ],
    // "shipping" and "freezes" as the tagger reads them, inside a list of noun phrases
    [
      "Japan targeted banks and shipping firms.",
      "[np Japan] [vg targeted] [np banks] and [np shipping firms] .",
    ],
    // clause openings: a subordinator, a relative word, ", and" before a verb group, a reported clause
    [
      "Russia fired missiles at Ukraine after talks collapsed.",
      "[np Russia] [vg fired] [np missiles] at [np Ukraine] | after [np talks] [vg collapsed] .",
    ],
    [
      "Iran struck a base in Qatar, which hosts U.S. forces.",
      "[np Iran] [vg struck] [np a base] in [np Qatar] , | which [vg hosts] [np U.S. forces] .",
    ],
    [
      "Germany said Russia had violated the treaty, and France agreed.",
      "[np Germany] [vg said] | [np Russia] [vg had violated] [np the treaty] | , and [np France] [vg agreed] .",
    ],
    // must not open: ", and" in a list of noun phrases
    [
      "India bought tanks, jets, and drones.",
      "[np India] [vg bought] [np tanks] , [np jets] , and [np drones] .",
    ],
  ])("%s", (text, expected) => {
    expect(bracketed(text)).toBe(expected);
  });
});

describe("attachedEnd", () => {
  it.each([
    // a participle with its object, a list of objects and an "of" phrase
    [
      "Kenya signed a declaration backing the Gaza ceasefire together with Egypt.",
      "backing",
      "backing the Gaza ceasefire",
    ],
    [
      "Japan imposed sanctions targeting banks and shipping firms on Russia.",
      "targeting",
      "targeting banks and shipping firms",
    ],
    [
      "India signed a deal covering the supply of jets with France.",
      "covering",
      "covering the supply of jets",
    ],
    // a comma-enclosed list, with its closing comma
    [
      "The EU imposed sanctions, including asset freezes and travel bans, on Belarus.",
      ",",
      ", including asset freezes and travel bans ,",
    ],
    // none: an "-ed" verb after a noun is mostly a clause's own verb; a verb right after the sentence's subject
    ["Officials said rebels attacked villages near Goma.", "attacked", null],
    ["Japan imposed sanctions on Russia.", "imposed", null],
    // none: a comma that opens no closed phrase
    ["The EU imposed sanctions, and Belarus protested.", ",", null],
  ])("%s (%s)", (text, at, expected) => {
    expect(attached(text, at)).toBe(expected);
  });

  it("joins 'of' phrases and list items to a noun phrase", () => {
    const x = input("Japan sent experts of the agency, engineers and doctors to Turkey.");
    const c = chunkSentence(x);
    const e = phraseEnd(x, c, 2);
    expect(
      x.toks
        .slice(2, e)
        .map((t) => t.text)
        .join(" "),
    ).toBe("experts of the agency , engineers and doctors");
    expect(phraseEnd(x, c, 1)).toBe(-1);
  });
});

describe("subjectBeforeInsertion", () => {
  /** The words of the noun phrase before the insertion that the last comma before `verb` closes, or null. */
  function subject(text: string, verb: string): string | null {
    const x = input(text);
    const c = chunkSentence(x);
    const close = x.toks.findIndex((t) => t.text === verb) - 1;
    const ci = subjectBeforeInsertion(x, c, close);
    if (ci < 0) return null;
    const { start, end } = c.list[ci]!;
    return x.toks
      .slice(start, end)
      .map((t) => t.text)
      .join(" ");
  }

  it.each([
    // a prepositional phrase holding a relative clause, a subordinate clause, a participle phrase
    [
      "India's foreign minister, after a meeting of Quad ministers in Tokyo that focused on security, criticised China.",
      "criticised",
      "India 's foreign minister",
    ],
    ["Japan, while the talks went on, criticised China.", "criticised", "Japan"],
    [
      "Germany's chancellor, speaking in Berlin on Friday, condemned Russia.",
      "condemned",
      "Germany 's chancellor",
    ],
    // a reported clause's first noun phrase; none: an apposition (no preposition, subordinator or participle opens
    // it), or a phrase before the insertion that does not open its clause (the object of "summoned")
    ["Japan, a close ally of Washington, criticised China.", "criticised", null],
    ["Officials said that Japan, in a statement, criticised China.", "criticised", "Japan"],
    [
      "Japan summoned China's ambassador, after the incident at sea, criticising Beijing.",
      "criticising",
      null,
    ],
  ])("%s", (text, verb, expected) => {
    expect(subject(text, verb)).toBe(expected);
  });
});
