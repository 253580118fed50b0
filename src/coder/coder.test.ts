import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findMentions } from "../actors/index.js";
import { Event } from "../core/index.js";
import { loadActorModel } from "../dict/actors/index.js";
import { loadCameo } from "../dict/index.js";
import { loadVerbModel } from "../dict/verbs/index.js";
import { analyzeText, createNlpEngine } from "../nlp/index.js";
import { TEST_ACTORS, testMentions } from "./coder.fixture.js";
import { codeDocument, codeDocumentFeatures, suggestPatterns } from "./index.js";

const DATA = join(import.meta.dirname, "../../data");
const cameo = loadCameo(join(DATA, "cameo", "cameo.tsv"));
const verbs = loadVerbModel(join(DATA, "verbs"), cameo);
const model = { verbs, cameo, version: "test@1" };
const nlp = createNlpEngine();

function code(text: string, date: string | null = "2025-06-20") {
  const doc = analyzeText(nlp, text);
  return codeDocument({ doc, mentions: testMentions(doc), docId: "d1", date }, model);
}

/** Events as "SRC>TGT code status", sorted, for compact comparison. */
function brief(text: string): string[] {
  return code(text)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
    .sort();
}

/** `brief` with more actor names than TEST_ACTORS (and `testMentions`' attributive and place names). */
function briefWithActors(
  extra: readonly (readonly [string, string])[],
  attributive: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): (text: string) => string[] {
  return (text) => {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...TEST_ACTORS, ...extra], attributive, places);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  };
}

describe("codeDocument", () => {
  it.each([
    // verb + object + particle, most specific pattern wins
    ["Japan called off talks with China.", ["JPN>CHN 125 occurred"]],
    ["Japan cancelled its annual security meeting with the United States.", ["JPN>USA 125 occurred"]],
    ["Japan canceled a high-level “2+2” security meeting with the United States.", ["JPN>USA 125 occurred"]],
    ["Russia imposed new tariffs on Japanese cars.", ["RUS>JPN 163 occurred"]],
    ["Velk accused China of espionage.", ["USAGOV>CHN 1125 occurred"]],
    ["Velk accused China.", ["USAGOV>CHN 112 occurred"]],
    // passive voice
    ["Tokyo was criticised by Beijing over the remarks.", ["CHNGOV>JPNGOV 111 occurred"]],
    // compound actors and reciprocal verbs
    ["Japan and Australia met in Manila.", ["AUS>JPN 040 occurred", "JPN>AUS 040 occurred"]],
    ["France and Germany condemned Iran.", ["DEU>IRN 111 occurred", "FRA>IRN 111 occurred"]],
    // a three-name subject after ", while" / ", and" opens a new clause, not an apposition of the name before it
    [
      "China shelled Vietnam, while France, Germany and Japan condemned China.",
      ["CHN>VNM 194 occurred", "DEU>CHN 111 occurred", "FRA>CHN 111 occurred", "JPN>CHN 111 occurred"],
    ],
    ["Arata met Velk.", ["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"]],
    // apposition: the name, not the country inside the title, is the actor
    ["Mara Velk, the U.S. President, criticised Japan.", ["USAGOV>JPN 111 occurred"]],
    // relative clause skipped when finding the subject
    [
      "China, which Japan criticised last week, shelled Vietnam.",
      ["CHN>VNM 194 occurred", "JPN>CHN 111 occurred"],
    ],
    // reported speech: the embedded act is coded; another country saying it makes it "reported"
    ["Japan said China had attacked Vietnam.", ["CHN>VNM 190 reported"]],
    ["China said it had attacked Vietnam.", ["CHN>VNM 190 occurred"]],
    // appeal with the embedded act (embed table)
    ["Seoul urged Pyongyang to release the detained fishermen.", ["KORGOV>PRKGOV 0253 occurred"]],
    ["India pledged to send humanitarian aid to Pakistan.", ["IND>PAK 0333 occurred"]],
    // status
    ["Arata will visit Seoul next week.", ["JPNGOV>KORGOV 042 scheduled"]],
    ["Japan is set to host Velk in July.", ["JPN>USAGOV 043 scheduled"]],
    ["India could impose sanctions on Pakistan.", ["IND>PAK 163 hypothetical"]],
    ["France did not condemn Iran.", ["FRA>IRN 111 negated"]],
    ["Japan has yet to criticise China.", ["JPN>CHN 111 negated"]],
    ["Russia threatened to impose sanctions on Ukraine.", ["RUS>UKR 1312 threatened"]],
    ["The U.S. demanded that Japan withdraw its troops.", ["USA>JPN 106 demanded"]],
    [
      "The summit between Japan and South Korea was cancelled.",
      ["JPN>KOR 040 cancelled", "KOR>JPN 040 cancelled"],
    ],
    ["Arata's visit to Seoul was postponed.", ["JPNGOV>KORGOV 042 postponed"]],
    // postponing (unlike cancelling) keeps the meeting as the act, even when a party does it
    [
      "India put off a round of trade talks with Pakistan.",
      ["IND>PAK 040 postponed", "PAK>IND 040 postponed"],
    ],
    // a trailing place before the sayer is not the sayer
    [
      "Japan postponed talks with China set for May in Manila, officials said.",
      ["CHN>JPN 040 postponed", "JPN>CHN 040 postponed"],
    ],
    ["China reportedly shelled Vietnam.", ["CHN>VNM 194 reported"]],
    // refusing is a reject, not a negation
    ["India refused to meet Pakistan.", ["IND>PAK 125 occurred"]],
    // noun events
    ["The EU's sanctions on Russia took effect.", ["IGOEUREEC>RUS 163 occurred"]],
    ["Talks between India and Pakistan resumed on Monday.", ["IND>PAK 040 occurred", "PAK>IND 040 occurred"]],
    // compound subject of a wrapped mutual act, coded pairwise with the embedded code
    ["Japan and India vowed to share intelligence.", ["IND>JPN 0314 occurred", "JPN>IND 0314 occurred"]],
    // a party's own future act in "said it would" is that act, scheduled; a pledge stays root 03
    ["India said it would send humanitarian aid to Pakistan.", ["IND>PAK 073 scheduled"]],
    ["India pledged to send humanitarian aid to Pakistan.", ["IND>PAK 0333 occurred"]],
    ["India said it will impose sanctions on Pakistan.", ["IND>PAK 163 scheduled"]],
    // coordinated verbs keep the partner; object pronouns find their antecedent
    [
      "Arata met Velk in Manila and signed a trade agreement.",
      [
        "JPNGOV>USAGOV 040 occurred",
        "USAGOV>JPNGOV 040 occurred",
        "JPNGOV>USAGOV 057 occurred",
        "USAGOV>JPNGOV 057 occurred",
      ],
    ],
    [
      "Arata called Velk and urged him to lift the tariffs.",
      ["JPNGOV>USAGOV 041 occurred", "USAGOV>JPNGOV 041 occurred", "JPNGOV>USAGOV 0254 occurred"],
    ],
    // an owned noun event inside another act: both are coded
    [
      "Russia rejected Ukraine's demand for a withdrawal of troops.",
      ["RUS>UKR 1232 occurred", "UKR>RUS 100 demanded"],
    ],
    // domestic acts get the source's own country (self); force posture the other country in the sentence (ctx)
    ["India imposed a curfew in the capital.", ["IND>IND 1723 occurred"]],
    ["Japan put its forces on high alert as China held drills.", ["JPN>CHN 152 occurred"]],
    // a third country saying it: reported, with the sayer as claimant
    ["China shelled Vietnam, Manila said.", ["CHN>VNM 194 reported"]],
    // a conditional clause only marks the act inside it; "it" there is the party warned (session 25, fight6)
    [
      "Japan warned China of consequences if it attacked Vietnam.",
      ["CHN>VNM 190 hypothetical", "JPN>CHN 130 threatened"],
    ],
    // no two political actors interacting: no event
    ["Japan's economy grew two percent in the first quarter.", []],
    ["Japan beat Australia 2-1 in the football tournament.", []],
    ["China said it was monitoring the situation.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });

  it("fills every Event field from the CAMEO table and the input", () => {
    const [e] = code("Japan called off talks with China.");
    expect(Event.parse(e)).toBeTruthy();
    const entry = cameo.get("125")!;
    expect(e).toMatchObject({
      root: entry.root,
      label: entry.label,
      goldstein: entry.goldstein,
      quad: entry.quad,
      plover: entry.plover,
      mode: entry.mode,
      auxMode: null,
      date: "2025-06-20",
      datePrecision: "day",
      dateEnd: null,
      pattern: "12.call-off-meeting-with",
      dictVersion: "test@1",
      evidence: { docId: "d1", sentence: 0, start: 0, text: "Japan called off talks with China." },
    });
    expect(e!.source).toMatchObject({ code: "JPN", text: "Japan", start: 0, end: 5 });
    expect(e!.target).toMatchObject({ code: "CHN", text: "China" });
  });

  it.each([
    ["Arata will visit Seoul.", "future"],
    ["India could impose sanctions on Pakistan.", "hypothetical"],
    ["France did not condemn Iran.", "negation"],
  ])("sets auxMode from status: %s", (text, aux) => {
    expect(code(text)[0]?.auxMode).toBe(aux);
  });

  it("names the sayer as claimant", () => {
    expect(code("China shelled Vietnam, Manila said.")[0]).toMatchObject({
      claimant: "PHLGOV",
      outlet: null,
    });
  });

  it("marks an implied domestic target with no words", () => {
    expect(code("India imposed a curfew in the capital.")[0]?.target).toMatchObject({
      code: "IND",
      text: "",
      entry: "implied:self",
    });
  });

  it("records attribution as outlet or claimant, not as an actor", () => {
    const [a] = code("According to the Daily Courier, China shelled Vietnam.");
    expect(a).toMatchObject({ status: "reported", outlet: "the Daily Courier", claimant: null });
    expect(a!.source.code).toBe("CHN");
  });

  it("gives stable ids and evidence offsets for later sentences", () => {
    const text = "Nothing happened.\nJapan called off talks with China.";
    const a = code(text, null);
    const b = code(text, null);
    expect(a.map((e) => e.id)).toEqual(b.map((e) => e.id));
    expect(a[0]).toMatchObject({ datePrecision: "unknown", date: null });
    expect(text.slice(a[0]!.evidence.start, a[0]!.evidence.end)).toBe("Japan called off talks with China.");
  });
});

/** Events with hand-made mentions in which the listed demonyms are attributive ("Japanese cars"). */
function briefAttr(text: string, attributive: readonly string[]): string[] {
  const doc = analyzeText(nlp, text);
  const mentions = testMentions(doc, [...TEST_ACTORS, ["Ukrainian", "UKR"]], new Set(attributive));
  return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`)
    .sort();
}

/** Events with hand-made mentions in which the listed names are places ("visited Beijing"), coded by country. */
function briefPlace(text: string, places: readonly (readonly [string, string])[]): string[] {
  const doc = analyzeText(nlp, text);
  const table = [...places, ...TEST_ACTORS.filter(([n]) => !places.some(([p]) => p === n))];
  const mentions = testMentions(doc, table, new Set(), new Set(places.map(([n]) => n)));
  return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`)
    .sort();
}

describe("place mentions: a target only", () => {
  it.each([
    ["Velk visited Beijing.", [["Beijing", "CHN"]], ["USAGOV>CHN 042"]],
    ["Japan struck ports across Ukraine.", [["Ukraine", "UKR"]], ["JPN>UKR 195"]],
    // never the source of an act, nor a partner of a reciprocal act, nor a target of its own country
    ["A meeting in Washington drew crowds.", [["Washington", "USA"]], []],
    ["In Beijing, officials criticised Japan.", [["Beijing", "CHN"]], []],
    ["Japan held talks in Vietnam.", [["Vietnam", "VNM"]], []],
    ["Velk visited Washington.", [["Washington", "USA"]], []],
    // a mutual act of a compound in a "where" clause is between its parties, not at the place "where" points back to
    [
      "Officials gathered in Manila, where Japan and China agreed to a ceasefire.",
      [["Manila", "PHL"]],
      ["CHN>JPN 0871", "JPN>CHN 0871"],
    ],
  ] as const)("%s", (text, places, expected) => {
    expect(briefPlace(text, places)).toEqual([...expected].sort());
  });
});

describe("attributive mentions", () => {
  it.each([
    // the country an act is aimed at
    ["Russia imposed new tariffs on Japanese cars.", ["Japanese"], ["RUS>JPN 163"]],
    ["Washington raised tariffs on Chinese goods to 125%.", ["Chinese"], ["USAGOV>CHN 163"]],
    ["Russia banned Japanese seafood imports.", ["Japanese"], ["RUS>JPN 163"]],
    ["China seized Japanese fishing boats near the islands.", ["Japanese"], ["CHN>JPN 1711"]],
    ["Russia struck Ukrainian ports overnight.", ["Ukrainian"], ["RUS>UKR 195"]],
    // never the source of an act ...
    ["Japanese carmakers criticised China.", ["Japanese"], []],
    ["Chinese exporters accused Japan of dumping.", ["Chinese"], []],
    // ... nor a partner of a reciprocal act, nor a target of its own country
    ["Japan held talks on Japanese investment in Vietnam.", ["Japanese"], []],
    ["Japan imposed tariffs on Japanese cars.", ["Japanese"], []],
  ])("%s", (text, attributive, expected) => {
    expect(briefAttr(text, attributive)).toEqual([...expected].sort());
  });

  it("codes the same sentence with a state mention as a source", () => {
    expect(briefAttr("Japanese carmakers criticised China.", [])).toEqual(["JPN>CHN 111"]);
  });
});

describe("wire-style sentences", () => {
  it.each([
    // "called X on Tuesday to": a day after the object is no particle of "call on X to"
    [
      "Velk called Arata on Tuesday to discuss the trade talks.",
      ["JPNGOV>USAGOV 041 occurred", "USAGOV>JPNGOV 041 occurred"],
    ],
    ["Velk called on Japan on Tuesday to raise defence spending.", ["USAGOV>JPN 020 occurred"]],
    // an irregular past form the tagger took for a noun after the subject is the verb
    ["Japanese jets shot down Chinese drones.", ["JPN>CHN 190 occurred"]],
    // a fallback pattern in a verb joined by "and" to another act, naming its own target, is an act of its own
    [
      "Japan condemned China's seizure of a boat and announced sanctions targeting Chinese officials.",
      ["JPN>CHN 111 occurred", "JPN>CHN 163 occurred"],
    ],
    // a wrapped act's target of no known country does not replace the wrapper's foreign target
    [
      "Japan refused to allow Chinese trucks carrying deported migrants to land in the country.",
      ["JPN>CHN 120 occurred"],
    ],
    // a fallback pattern whose subject is the prompted actor (", prompting X to ...") is an act of its own
    [
      "Japan banned Chinese goods, prompting China to call the step a blockade.",
      ["CHN>JPN 111 occurred", "JPN>CHN 163 occurred"],
    ],
    // a participle's threat naming the subject's own country is aimed at the counterpart of the act before
    [
      "Japan demanded that China withdraw its tariffs, warning that Tokyo would respond with countermeasures.",
      ["JPN>CHN 106 demanded", "JPN>CHN 1312 threatened"],
    ],
    // a domestic act in a participle continuing an act into another country happens in that country
    [
      "Japanese troops invaded China on Monday, killing hundreds of civilians.",
      ["JPN>CHN 190 occurred", "JPN>CHN 202 occurred"],
    ],
    // the actor of an absolute phrase (", with X ...ing") is the subject of the participle
    [
      "Japan protested to China on Monday, with Japanese jets striking Chinese military targets.",
      ["JPN>CHN 110 occurred", "JPN>CHN 195 occurred"],
    ],
    // ", the first time X had ...": a phrase ranking the main act restates it
    [
      "Velk hosted Arata at the White House, the first time a U.S. president had received NATO leaders alone.",
      ["USAGOV>JPNGOV 043 occurred"],
    ],
    // a comma list of plain nouns stands inside one pattern's words
    ["Japan sent tents, blankets and medicine to China.", ["JPN>CHN 073 occurred"]],
    ["Japan sent tents, blankets, and medicine to China.", ["JPN>CHN 073 occurred"]],
    // a mediator's truce between two parties is the parties' ceasefire too, once brokered (not when only sought)
    [
      "Qatar brokered a truce between Israel and Hamas.",
      [
        "ISR>PSEREB 0871 occurred",
        "PSEREB>ISR 0871 occurred",
        "QAT>ISR 045 occurred",
        "QAT>PSEREB 045 occurred",
      ],
    ],
    [
      "Qatar is trying to broker a truce between Israel and Hamas.",
      ["QAT>ISR 045 occurred", "QAT>PSEREB 045 occurred"],
    ],
    [
      "Qatar failed to broker a truce between Israel and Hamas.",
      ["QAT>ISR 045 negated", "QAT>PSEREB 045 negated"],
    ],
    // "would not rule out force" is a threat (ifnegated pattern); "ruled out force" is no act at all
    ["Israel did not rule out strikes on Iran.", ["ISR>IRN 138 threatened"]],
    ["Britain ruled out military action against Iran.", []],
    // an ifnegated pattern that outranks the plain one at its trigger gives way to it when there is no negation
    ["Japan cooperated with the United States.", ["JPN>USA 060 occurred"]],
    ["Japan has not cooperated with the United States.", ["JPN>USA 121 occurred"]],
    // taking military action is force in general (138); invading or taking a territory is occupation (1382)
    ["Pakistan threatened to take military action against India.", ["PAK>IND 138 threatened"]],
    ["Russia threatened to invade Ukraine.", ["RUS>UKR 1382 threatened"]],
    // ", drawing a rebuke from X" answers the sentence's main subject, not the reported clause's subject
    // (status: a reaction drawn in the participle is not the sayer's report, as gold w5-248 wants: occurred)
    ["France said Japan's plan was flawed, drawing a sharp rebuke from China.", ["CHN>FRA 111 occurred"]],
    // a fronted phrase: its noun event belongs to the main clause's subject
    [
      "In a phone call with Arata on Friday, Velk urged Japan to raise defence spending.",
      ["JPNGOV>USAGOV 041 occurred", "USAGOV>JPNGOV 041 occurred", "USAGOV>JPN 020 occurred"],
    ],
    // the refusal answers the appeal aimed at Japan (gold w-062: "declined to commit to raising ..." JPN>USA 120)
    [
      "Despite a personal appeal from Velk, Japan declined to raise spending.",
      ["JPN>USAGOV 120 occurred", "USAGOV>JPN 020 occurred"],
    ],
    // a subject pronoun after a long aside stands for its clause's subject
    [
      "China denounced the remarks on Sunday, saying Velk had lied, and it lodged a formal protest with Japan.",
      ["CHN>JPN 114 occurred"],
    ],
    // "prompting X to ...": X is the subject of the infinitive
    [
      // an arms sale is military cooperation (062), not aid
      "Germany approved a sale of tanks to Ukraine, prompting Russia to lodge a formal protest with Germany.",
      ["DEU>UKR 062 occurred", "RUS>DEU 114 occurred"],
    ],
    // a subordinate clause with an unknown subject does not borrow the main clause's
    [
      "The central bank kept rates unchanged, as Governor Ueda warned that U.S. tariffs posed risks to Japan.",
      [],
    ],
    // coordinated objects of one verb: one event each
    [
      "Velk imposed a 24% levy on goods from Japan and a 20% duty on imports from the EU.",
      ["USAGOV>IGOEUREEC 163 occurred", "USAGOV>JPN 163 occurred"],
    ],
    // an infinitive completing a noun ("a plot to sabotage") is not an act
    ["Germany expelled diplomats over what it called a plot to sabotage supply lines to Ukraine.", []],
    // a gerund naming a role is not an act
    ["The U.S.-Japan alliance is vital in deterring Chinese aggression.", []],
    // clauses split by ", while": each has its own subject; the sayer reports only its own clause
    [
      "Japan said it had shot down two Chinese drones, while China accused Japan of provocations.",
      ["CHN>JPN 1123 occurred", "JPN>CHN 190 occurred"],
    ],
    // a background "after" clause is not what the outlet reports... unless the outlet's cue covers the sentence
    [
      "Two weeks after the U.S. struck Iran, Japan criticised China, Manila said.",
      ["JPN>CHN 111 reported", "USA>IRN 190 occurred"],
    ],
    // a reaction with no named target answers the earlier act aimed at its country
    [
      "Velk imposed sanctions on China, and Beijing condemned the move.",
      ["USAGOV>CHN 163 occurred", "CHNGOV>USAGOV 111 occurred"],
    ],
    // "what X called ..." names a thing; the noun event inside still counts, its "its" is not the source's own
    [
      "China fired missiles at Japan in what it called a response to the U.S. strikes on its bases.",
      ["CHN>JPN 195 occurred", "USA>CHN 195 occurred"],
    ],
    // a copula governs a noun event: its subject is the agent
    ["Japan said China was behind the attacks on Vietnam.", ["CHN>VNM 190 reported"]],
    // a wrapping act with two coordinated infinitives: one event each
    [
      "Arata pledged to hold talks with China and to send humanitarian aid to Vietnam.",
      ["JPNGOV>CHN 036 occurred", "JPNGOV>VNM 0333 occurred"],
    ],
    // "has to" is an obligation (hypothetical); "had to" reports what happened
    ["Japan has to impose sanctions on Russia.", ["JPN>RUS 163 hypothetical"]],
    ["Japan had to impose sanctions on Russia.", ["JPN>RUS 163 occurred"]],
    // mediation: a reduced relative's "by" agent mediates between the clause's subjects
    [
      "Israel and Iran agreed to a ceasefire brokered by Qatar.",
      ["IRN>ISR 0871 occurred", "ISR>IRN 0871 occurred", "QAT>IRN 045 occurred", "QAT>ISR 045 occurred"],
    ],
    // a list closed by "and" ends at the next comma: the fronted phrase's mediators are not the subject
    [
      "Under a deal brokered by Qatar and France, Israel and Iran agreed to a ceasefire.",
      [
        "FRA>IRN 045 occurred",
        "FRA>ISR 045 occurred",
        "IRN>ISR 0871 occurred",
        "ISR>IRN 0871 occurred",
        "QAT>IRN 045 occurred",
        "QAT>ISR 045 occurred",
      ],
    ],
    // "their meeting" joins the subject and the actor named after it
    [
      "Arata told Velk at their meeting in Tokyo that Japan would raise spending.",
      ["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"],
    ],
    // an -s form right after a verb is a noun ("ignored calls"); its "from" actor is the noun event's agent
    [
      "Pyongyang ignored calls from Seoul to return to talks.",
      ["KORGOV>PRKGOV 0253 occurred", "PRKGOV>KORGOV 128 occurred"],
    ],
    // a participle after a comma elaborates the act: one event; nested quantities still leave a subject
    [
      "Thousands of Japanese protesters took to the streets, protesting against Arata.",
      ["JPN>JPNGOV 141 occurred"],
    ],
    ["Hundreds of thousands of Japanese protesters rallied against Arata.", ["JPN>JPNGOV 141 occurred"]],
    // agreeing to postpone an act is the act, postponed; agreeing to hold it is a pledge
    [
      "Japan and Australia agreed to postpone their joint drills.",
      ["AUS>JPN 062 postponed", "JPN>AUS 062 postponed"],
    ],
    ["Japan and Australia agreed to hold joint drills.", ["AUS>JPN 0312 occurred", "JPN>AUS 0312 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("a second act between the same pair", () => {
  it.each([
    // a participle's or a coordinated verb's pronoun object is the previous act's counterpart when it fits
    [
      "Japan imposed sanctions on Russia, accusing it of cyberattacks.",
      ["JPN>RUS 1125 occurred", "JPN>RUS 163 occurred"],
    ],
    [
      "Japan imposed sanctions on China and Russia, accusing them of cyberattacks.",
      ["JPN>CHN 1125 occurred", "JPN>CHN 163 occurred", "JPN>RUS 1125 occurred", "JPN>RUS 163 occurred"],
    ],
    [
      "Japan suspended talks with China and summoned its ambassador.",
      ["JPN>CHN 114 occurred", "JPN>CHN 164 occurred"],
    ],
    // a consultation in an adjunct phrase is the subject's own act
    [
      "Velk agreed to lift tariffs after a phone call with Arata.",
      ["JPNGOV>USAGOV 041 occurred", "USAGOV>JPNGOV 0354 occurred", "USAGOV>JPNGOV 041 occurred"],
    ],
    [
      "Japan apologised to China in a phone call.",
      ["CHN>JPN 041 occurred", "JPN>CHN 041 occurred", "JPN>CHN 055 occurred"],
    ],
    [
      "Japan and Australia agreed to cut tariffs after two days of negotiations.",
      ["AUS>JPN 0354 occurred", "AUS>JPN 040 occurred", "JPN>AUS 0354 occurred", "JPN>AUS 040 occurred"],
    ],
    // ", and" + a verb with no subject continues the main clause, not the background clause before it
    [
      "Japan expelled a Chinese diplomat, a day after Beijing ordered out a Japanese official, and rejected the allegations.",
      ["CHNGOV>JPN 166 occurred", "JPN>CHN 166 occurred", "JPN>CHNGOV 120 occurred"],
    ],
    // a verbal participle after a relative clause on a thing or a condition is the governing clause's subject's
    [
      "Japan said it would keep buying coal despite the tariffs that China imposed, calling the levies unfair.",
      ["JPN>CHN 111 occurred"],
    ],
    [
      "Japan warned that it would close its ports if China sent more ships, calling the patrols a provocation.",
      ["JPN>CHN 111 occurred", "JPN>CHN 130 threatened"],
    ],
    // ... but not after a relative clause whose own verb reports or blames: the participle goes on its words
    [
      "Three Japanese soldiers were killed in an ambush that Tokyo blamed on China, vowing revenge.",
      ["JPNGOV>CHN 112 occurred", "JPNGOV>CHN 130 threatened"],
    ],
    // "but" + a past-tense verb ends the clause a wrapping act consumes
    [
      "Seoul said it was ready to resume talks with Tokyo but criticised Japan for its export curbs.",
      ["KORGOV>JPN 111 occurred", "KORGOV>JPNGOV 036 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("suggestPatterns", () => {
  it("lists uncovered verbs between two actors, ranked by frequency", () => {
    const texts = ["Japan hectored China.", "India hectored Pakistan.", "Japan called off talks with China."];
    const items = texts.map((t) => {
      const doc = analyzeText(nlp, t);
      return { doc, mentions: testMentions(doc) };
    });
    const rows = suggestPatterns(items, model);
    expect(rows[0]).toMatchObject({ lemma: "hector", pos: "VERB", count: 2 });
    expect(rows.some((r) => r.lemma === "call" || r.lemma === "talk")).toBe(false);
  });
});

describe("a possessive in a subject relative", () => {
  // "Iranian drones" is an actor of its own in the real pipeline: the fixture names the drones' country outright.
  const drones: readonly (readonly [string, string])[] = [
    ...TEST_ACTORS,
    ["Chinese drones", "CHNMIL"],
    ["Taiwan", "TWN"],
  ];
  it("takes the main clause's subject as the owner of 'its', not the actor after the act", () => {
    const text = "Japan intercepted several Chinese drones that crossed its airspace heading toward Taiwan.";
    const doc = analyzeText(nlp, text);
    const events = codeDocument({ doc, mentions: testMentions(doc, drones), docId: "d1", date: null }, model);
    expect(events.map((e) => `${e.source.code}>${e.target?.code} ${e.code}`).sort()).toEqual([
      "CHNMIL>JPN 192",
      "JPN>CHNMIL 190",
    ]);
  });
});

describe("session 6 cD", () => {
  it.each([
    // a report by one of the parties of a reciprocal act is their own: occurred
    [
      "Japan and South Korea agreed to resume their currency swap, according to a joint statement.",
      ["JPN>KOR 030 occurred", "KOR>JPN 030 occurred"],
    ],
    [
      "Russia and Iran held talks in Tehran on Monday, according to Moscow.",
      ["IRN>RUS 040 occurred", "RUS>IRN 040 occurred"],
    ],
    // a third party's account stays reported; so does the victim's account of a one-way act
    [
      "Russia and Iran held talks in Tehran on Monday, according to Qatar.",
      ["IRN>RUS 040 reported", "RUS>IRN 040 reported"],
    ],
    ["Russia shelled Ukraine overnight, according to Kyiv.", ["RUS>UKR 194 reported"]],
    // a "would" reported by a past reporting verb is a future act; with a condition after it, hypothetical
    ["Japan said on Monday it would impose tariffs on China.", ["JPN>CHN 163 scheduled"]],
    // (and, by cB's rule, a conditional act of force on the other party's condition is also its threat; a sanction
    // so promised is its threat alone, session 36)
    [
      "Japan said it would impose tariffs on China if Beijing raised its levies.",
      ["JPN>CHN 1312 threatened"],
    ],
    // a demand with no actor as demander ("a resolution demanding ...") still holds what it demands: not an act
    ["A draft resolution demanding a ceasefire between Russia and Ukraine failed.", []],
    // talks in an adjunct whose parties are named after "between", none of the subject's country, are theirs alone
    [
      "Arata praised a breakthrough in trade talks between the United States and China.",
      ["JPNGOV>CHN 051 occurred", "JPNGOV>USA 051 occurred", "CHN>USA 040 occurred", "USA>CHN 040 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("session 6 cD: a demonym closing a 'since' phrase", () => {
  it("is no subject of the participle after it", () => {
    const text = "Arata flew to Washington on his first trip since the Chinese invasion, meeting Velk.";
    // (with cA's rule, the meeting restates the trip: one visit)
    expect(briefAttr(text, ["Chinese"])).toEqual(["JPNGOV>USAGOV 042"]);
  });
});

describe("session 6 cA", () => {
  it("reads ', meeting X' after a trip as the traveller's, restating the visit (the tagger's noun 'meeting')", () => {
    const text =
      "Arata flew to Washington on Tuesday on his first trip since the Chinese invasion, meeting Velk there.";
    expect(brief(text)).toEqual(["JPNGOV>USAGOV 042 occurred"]);
  });
  it("codes a journey made to meet someone as one visit to that person", () => {
    expect(brief("Arata crossed the border on Friday to meet Velk.")).toEqual(["JPNGOV>USAGOV 042 occurred"]);
  });
  it("finds the verb governing 'X's planned visit' past the participle (postponed, not an intent to meet)", () => {
    expect(brief("Japan and China agreed to postpone Arata's planned visit to Beijing.")).toEqual([
      "JPNGOV>CHNGOV 042 postponed",
    ]);
  });
  it("codes 'during X's visit to Y' inside another act's words when the visit has its own owner", () => {
    const text =
      "Japan and India signed a deal for the supply of ten howitzers during Arata's visit to India.";
    expect(brief(text)).toContain("JPNGOV>IND 042 occurred");
  });
  it("gives a gerund after a subordinator the governing clause's subject ('..., after signing a deal with X')", () => {
    expect(brief("Japan said it would investigate, after signing an agreement with India.")).toEqual([
      "IND>JPN 057 occurred",
      "JPN>IND 057 occurred",
    ]);
  });
});

describe("session 6 cB", () => {
  it.each([
    // A modal act of force on another party's condition is also the threat of it.
    [
      "India would strike Pakistan again if Pakistan backed another attack.",
      ["IND>PAK 1384 threatened", "IND>PAK 190 hypothetical"],
    ],
    // "if attacked": a participle condition is the target's act too.
    [
      "Moscow would strike Kyiv if attacked.",
      ["RUSGOV>UKRGOV 1384 threatened", "RUSGOV>UKRGOV 190 hypothetical"],
    ],
    // The condition is an event, not a party's act: no threat.
    ["Japan may impose sanctions on Russia if the talks fail.", ["JPN>RUS 163 hypothetical"]],
    // An opening quote inside the auxiliary chain keeps the modal.
    [
      'Washington would "totally destroy" North Korea if attacked.',
      ["USAGOV>PRK 1384 threatened", "USAGOV>PRK 190 hypothetical"],
    ],
    // Rejecting "it" answers the source country's earlier counterpart.
    [
      "Tokyo criticised the Chinese decision and said Japan would not accept it.",
      ["JPNGOV>CHN 111 occurred", "JPN>CHN 120 occurred"],
    ],
    // A future non-acceptance is a refusal, not a negated act.
    ["Beijing would never accept the ruling by Manila.", ["CHNGOV>PHLGOV 120 occurred"]],
    // A rejection restated in ", saying ..." is one act.
    [
      "Seoul rejected the Japanese demand, saying South Korea would never accept Japan's terms.",
      ["JPN>KORGOV 100 demanded", "KORGOV>JPN 1232 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });

  it("reads 'which' after a group of no known country as naming the clause before the comma", () => {
    const table = [...TEST_ACTORS, ["migrants", "---REF"] as const];
    const text = "Washington imposed new rules on migrants, which Mexico said it would not accept.";
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...table, ["Mexico", "MEX"]]);
    const events = codeDocument({ doc, mentions, docId: "d1", date: null }, model);
    expect(events.map((e) => `${e.source.code}>${e.target?.code} ${e.code}`)).toEqual(["MEX>USAGOV 120"]);
  });
});

describe("session 6 cB: judging the counterpart's things", () => {
  it("aims a participle judging 'them' at the counterpart of the act before", () => {
    expect(brief("Tokyo urged Beijing to lift the tariffs, calling them unjust.")).toContain(
      "JPNGOV>CHNGOV 111 occurred",
    );
  });
});

describe("session 6 cB: a refusal that names no one", () => {
  it("answers the latest act aimed at its source's country", () => {
    expect(
      brief("Washington imposed tariffs on China after Beijing refused to take back its nationals."),
    ).toContain("CHNGOV>USAGOV 120 occurred");
  });
});

describe("session 6 cC", () => {
  const table: readonly (readonly [string, string])[] = [
    ...TEST_ACTORS,
    ["Kivu rebels", "CODREB"],
    ["Goma", "COD"],
    ["Bukavu", "COD"],
  ];
  const places = new Set(["Goma", "Bukavu"]);
  const run = (text: string) => {
    const doc = analyzeText(nlp, text);
    const events = codeDocument(
      { doc, mentions: testMentions(doc, table, new Set(), places), docId: "d1", date: null },
      model,
    );
    return events.map((e) => `${e.source.code}>${e.target?.code} ${e.code}`).sort();
  };
  it("codes a place of the source's own country taken in a territory pattern's slot, outranking a seizure", () => {
    expect(run("Kivu rebels captured Goma on Monday.")).toEqual(["CODREB>COD 192"]);
    expect(run("Kivu rebels attacked an army base in Bukavu.")).toEqual(["CODREB>COD 190"]);
  });
  it("makes every party of a reciprocal act with a compound subject act with every other, unless 'each'", () => {
    expect(brief("Japan and Australia held joint naval drills with India.")).toEqual([
      "AUS>IND 062 occurred",
      "AUS>JPN 062 occurred",
      "IND>AUS 062 occurred",
      "IND>JPN 062 occurred",
      "JPN>AUS 062 occurred",
      "JPN>IND 062 occurred",
    ]);
    expect(brief("Japan and Australia each signed a deal with India.")).toEqual([
      "AUS>IND 057 occurred",
      "IND>AUS 057 occurred",
      "IND>JPN 057 occurred",
      "JPN>IND 057 occurred",
    ]);
  });
  it("still reads a place after a non-territory act as where it happened", () => {
    expect(run("Kivu rebels shot five traders in Goma.")).toEqual([]);
  });
});

describe("session 6 cF", () => {
  it.each([
    // a named agent killing at least 50 civilians or people is a mass killing (202); a smaller toll is not
    ["Chinese troops killed more than 300 civilians in India.", ["CHN>IND 202 occurred"]],
    ["Chinese troops killed 12 civilians in India.", ["CHN>IND 1823 occurred"]],
    // a toll of 50 or more in a participle after an attack is the attacker's mass killing too (wire-dev13-18 writers)
    [
      "Russia shelled Kyiv, killing more than 100 people.",
      ["RUS>UKRGOV 194 occurred", "RUS>UKRGOV 202 occurred"],
    ],
    // a mediation naming no party after it serves the parties of the talks before it
    [
      "Japan and China held talks in Seoul, with South Korea acting as mediator.",
      ["CHN>JPN 040 occurred", "JPN>CHN 040 occurred", "KOR>CHN 045 occurred", "KOR>JPN 045 occurred"],
    ],
    // a hyphenated mediator before the parties' agreement
    [
      "Japan and China signed a Qatar-brokered accord on Sunday.",
      ["CHN>JPN 057 occurred", "JPN>CHN 057 occurred", "QAT>CHN 045 occurred", "QAT>JPN 045 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("session 6 cE", () => {
  it("codes a reaction drawn by an act, the agent named after an adjective-headed noun", () => {
    expect(brief("Japan expelled two Chinese diplomats, drawing an angry response from Beijing.")).toEqual([
      "CHNGOV>JPN 111 occurred",
      "JPN>CHN 166 occurred",
    ]);
  });
  it("does not let an earlier sayer report a reaction drawn in a participle", () => {
    expect(brief("NATO said Russia's drills were reckless, drawing condemnation from Moscow.")).toContain(
      "RUSGOV>IGOWSTNAT 111 occurred",
    );
  });
  it("codes a named accusation as the accuser's 112 and its denial as 016", () => {
    expect(brief("Moscow denied claims by Kyiv that Russian troops had shelled a school.")).toEqual([
      "RUSGOV>UKRGOV 016 occurred",
      "UKRGOV>RUSGOV 112 occurred",
    ]);
    expect(brief("China rejected NATO's accusation that it was arming Russia.")).toEqual([
      "CHN>IGOWSTNAT 016 occurred",
      "IGOWSTNAT>CHN 112 occurred",
    ]);
  });
  it("codes 'said X had made a mistake' as criticism, not 'said it had made a mistake'", () => {
    expect(brief("Seoul said Tokyo had made a grave mistake.")).toEqual(["KORGOV>JPNGOV 111 occurred"]);
    expect(brief("Japan said it had made a mistake in its forecasts for trade with China.")).toEqual([]);
  });
  it("reads 'both governments' as the pair even when the resolver made it an actor", () => {
    const text =
      "Fighting erupted between India and Pakistan, with both governments accusing each other of violating the truce.";
    // a mutual accusation of violating a truce is 112 each way, as the wire-dev writers code it
    expect(brief(text)).toEqual([
      "IND>PAK 112 occurred",
      "IND>PAK 190 occurred",
      "PAK>IND 112 occurred",
      "PAK>IND 190 occurred",
    ]);
  });
  it("codes 'dismissed as' and 'a stab in the back' as criticism of the act's author", () => {
    const text = "The EU imposed duties on Chinese cars, a decision Beijing dismissed as protectionist.";
    expect(brief(text)).toEqual(["CHNGOV>IGOEUREEC 111 occurred", "IGOEUREEC>CHN 163 occurred"]);
    expect(brief("Pakistan downed an Indian jet, and India called it a stab in the back.")).toEqual([
      "IND>PAK 111 occurred",
      "PAK>IND 190 occurred",
    ]);
  });
  it("codes 'said X would pay' as a threat, not when the reported subject is no actor", () => {
    expect(brief("Seoul said Pyongyang would pay for the attack.")).toEqual(["KORGOV>PRKGOV 130 threatened"]);
    expect(brief("Japan denounced China, saying the plotters would pay a heavy price.")).toEqual([
      "JPN>CHN 111 occurred",
    ]);
  });
});

describe("session 7 cE", () => {
  it("reads a quoted verb after an auxiliary as a verb", () => {
    expect(brief('Iran said it would "exercise all options" against Washington.')).toEqual([
      "IRN>USAGOV 130 threatened",
    ]);
    expect(brief('Beijing said it would "remain calm" after the typhoon.')).toEqual([]);
  });
  it("reads an -s form after a preposition or 'to' as a plural noun, a verb after its subject", () => {
    expect(brief("Germany gave in to demands from Washington on defence spending.")).toEqual([
      "DEU>USAGOV 080 occurred",
      "USAGOV>DEU 100 demanded",
    ]);
    expect(brief("Seoul demands Pyongyang return the detained fishermen.")).toEqual([
      "KORGOV>PRKGOV 1053 demanded",
    ]);
  });
  it("ends a wrapped clause at 'and said'", () => {
    expect(
      brief("Beijing accused Manila of provocations at sea and said China reserved the right to respond."),
    ).toEqual(["CHN>PHLGOV 130 threatened", "CHNGOV>PHLGOV 1123 occurred"]);
  });
  it("codes a noun threat with the act it threatens as the owner's threat", () => {
    expect(brief("Seoul dismissed Pyongyang's threat to seize the islands.")).toEqual([
      "KORGOV>PRKGOV 120 occurred",
      "PRKGOV>KORGOV 1382 threatened",
    ]);
    expect(brief("Japan scrambled to avert tariffs threatened by Washington.")).toEqual([
      "USAGOV>JPN 1312 threatened",
    ]);
    expect(brief("Israel called the tunnel network a threat to its security.")).toEqual([]);
  });
  it("codes a pair's rejection in a relative clause on the act before as answering that act's source", () => {
    expect(
      brief("Japan asked South Korea and China to lift their bans, a request both neighbours rejected."),
    ).toEqual([
      "CHN>JPN 120 occurred",
      "JPN>CHN 0251 occurred",
      "JPN>KOR 0251 occurred",
      "KOR>JPN 120 occurred",
    ]);
  });
  it("codes 'said it would not attend the summit in X' as a refusal aimed at the host", () => {
    expect(brief("India said it would not attend the summit in Pakistan.")).toEqual(["IND>PAK 125 occurred"]);
    expect(brief("Japan said that it would not attend the forum in Pakistan.")).toEqual([
      "JPN>PAK 125 occurred",
    ]);
  });
  it("leaves 'at X's request' to the requester's appeal, not the reverse", () => {
    expect(brief("Canada arrested the suspect at Washington's request.")).not.toContain(
      "CAN>USAGOV 020 occurred",
    );
  });
});

describe("session 7 cF", () => {
  it("lets a sayer after the act report it only when it trails the act", () => {
    expect(brief("Russia recalled its ambassador from Japan on Monday, the United States said.")).toEqual([
      "RUS>JPN 161 reported",
    ]);
    // A sayer opening a clause coordinated after the act, or with a complement of its own, reports that clause.
    expect(
      brief("Russia recalled its ambassador from Japan, and the United States said it was concerned."),
    ).toEqual(["RUS>JPN 161 occurred"]);
    // (the restated act said to raise tensions is also Washington's verdict on its author: 11.xac-say-would-raise-risk)
    expect(
      brief("Russia recalled its ambassador from Japan, a move Washington said would raise tensions."),
    ).toEqual(["RUS>JPN 161 occurred", "USAGOV>RUS 111 occurred"]);
  });
  it("leaves a reciprocal act occurred when one of its parties reports it", () => {
    expect(brief("Japan and the Philippines held joint naval drills on Friday, Manila said.")).toEqual([
      "JPN>PHL 062 occurred",
      "PHL>JPN 062 occurred",
    ]);
  });
  it("finds the verb a noun event is subject of past coordinated actors and a relative clause", () => {
    expect(
      brief("Talks between India and Pakistan that had been scheduled to open next week were postponed."),
    ).toEqual(["IND>PAK 040 postponed", "PAK>IND 040 postponed"]);
    expect(
      brief("A planned signing of a trade deal between Japan and Australia did not take place."),
    ).toEqual(["AUS>JPN 057 negated", "JPN>AUS 057 negated"]);
  });
  it("codes agreeing to a reduction as the reduction, not agreeing to a deal that names one", () => {
    expect(brief("Germany agreed to restrict exports to Iran.")).toEqual(["DEU>IRN 163 occurred"]);
    expect(brief("Washington said it would end sales of drones to Pakistan.")).toEqual([
      "USAGOV>PAK 163 scheduled",
    ]);
  });
  it("reads 'ahead of', 'put on hold' and a reduced relative before the verb of a noun event", () => {
    expect(brief("Seoul tightened security ahead of a visit by President Mara Velk to South Korea.")).toEqual(
      ["USAGOV>KOR 042 scheduled"],
    );
    expect(brief("Joint drills between Japan and Australia have been put on hold.")).toEqual([
      "AUS>JPN 062 postponed",
      "JPN>AUS 062 postponed",
    ]);
    expect(brief("Joint drills by U.S. and Japanese forces planned for May have been called off.")).toEqual([
      "JPN>USA 062 cancelled",
      "USA>JPN 062 cancelled",
    ]);
  });
});

describe("session 7 cB", () => {
  /** Events with the fixture's names plus a few longer ones ("the embassies of France", as the resolver reads them). */
  function briefWith(text: string, extra: readonly (readonly [string, string])[]): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  it("finds a participle's subject behind a reported clause whose subject is counted", () => {
    expect(
      brief("India said that more than 20 Japanese soldiers were killed near the border, blaming China."),
    ).toEqual(["IND>CHN 112 occurred"]);
    expect(brief("India said dozens of Japanese soldiers died near the border, blaming China.")).toEqual([
      "IND>CHN 112 occurred",
    ]);
  });
  it("does not read the 'and' of the previous act's partner list as a coordinated verb", () => {
    const extra = [
      ["Iranian protesters", "IRNCVL"],
      ["the embassies of France", "FRAGOV"],
    ] as const;
    const text = "Iranian protesters attacked the embassies of France, Germany and Israel on Monday, ";
    expect(briefWith(`${text}accusing Western nations of hypocrisy.`, extra)).toEqual([
      "IRNCVL>DEU 145 occurred",
      "IRNCVL>FRAGOV 145 occurred",
      "IRNCVL>ISR 145 occurred",
    ]);
    expect(briefWith(`${text}accusing them of hypocrisy.`, extra)).toEqual([
      "IRNCVL>DEU 112 occurred",
      "IRNCVL>DEU 145 occurred",
      "IRNCVL>FRAGOV 112 occurred",
      "IRNCVL>FRAGOV 145 occurred",
      "IRNCVL>ISR 112 occurred",
      "IRNCVL>ISR 145 occurred",
    ]);
  });
  it("gives no subject to an infinitive after 'prompting' an unnamed group", () => {
    expect(
      brief("India expelled two diplomats from Pakistan, prompting Western leaders to condemn Pakistan."),
    ).toEqual(["IND>PAK 166 occurred"]);
    expect(brief("India expelled two diplomats from Pakistan, prompting Pakistan to condemn India.")).toEqual(
      ["IND>PAK 166 occurred", "PAK>IND 111 occurred"],
    );
  });
  it("reads an irregular past tense after a plural subject noun as the verb ('jets shot down')", () => {
    const tags = (text: string) =>
      analyzeText(nlp, text).sentences[0]!.tokens.map((t) => `${t.lower}/${t.pos}`);
    expect(tags("Japanese fighter jets shot down a Chinese drone.")).toContain("shot/VERB");
    expect(tags("Japanese troops shot dead two Chinese fishermen.")).toContain("shot/VERB");
    // "ministers meeting in ...": an "-ing" word after a plural noun names the forum, not a meeting.
    expect(tags("NATO defence ministers meeting in Brussels condemned Russia.")).toContain("meeting/NOUN");
    expect(brief("NATO defence ministers meeting in Brussels condemned Russia.")).toEqual([
      "IGOWSTNAT>RUS 111 occurred",
    ]);
  });
  it("reads the 'by' agent of a reduced passive relative on a noun event ('sanctions imposed on X by Y')", () => {
    const out = brief("Russia condemned the sanctions imposed on Russia by Japan.");
    expect(out.some((e) => /^JPN\S*>RUS\S* 163 /.test(e))).toBe(true);
    expect(out.some((e) => /^RUS\S*>JPN\S* 111 /.test(e))).toBe(true);
    // No agent after "by": no source is made up for the sanctions.
    expect(brief("Russia said the sanctions imposed on its central bank were illegal.")).toEqual([]);
  });
  it("codes a bare denial of the charge before it, not a denial of access", () => {
    expect(brief("Kyiv accused Moscow of shelling a hospital, which Moscow denied.")).toEqual([
      "RUSGOV>UKRGOV 016 occurred",
      "UKRGOV>RUSGOV 112 occurred",
    ]);
    expect(brief("Russia denied France access to the site.")).toEqual([]);
  });
});

describe("session 7 cC", () => {
  it("lets each member of a compound subject sign its own agreements with a third party", () => {
    expect(
      brief("Japan and South Korea signed agreements to normalise relations with Vietnam on Monday."),
    ).toEqual([
      "JPN>VNM 057 occurred",
      "KOR>VNM 057 occurred",
      "VNM>JPN 057 occurred",
      "VNM>KOR 057 occurred",
    ]);
    expect(brief("India and Pakistan signed separate agreements with Qatar on Friday.")).toEqual([
      "IND>QAT 057 occurred",
      "PAK>QAT 057 occurred",
      "QAT>IND 057 occurred",
      "QAT>PAK 057 occurred",
    ]);
    // One agreement signed by all three: every party with every other.
    expect(brief("Japan and South Korea signed a trade agreement with Australia on Monday.")).toContain(
      "JPN>KOR 057 occurred",
    );
  });
  it("aims a handover at the recipient, not at the person handed over", () => {
    expect(brief("Manila handed a Chinese fugitive over to Beijing on Tuesday.")).toEqual([
      "PHLGOV>CHNGOV 063 occurred",
    ]);
  });
  it("codes a pledge of mutual assistance both ways", () => {
    expect(brief("Russia and North Korea pledged mutual military assistance on Friday.")).toEqual([
      "PRK>RUS 0312 occurred",
      "RUS>PRK 0312 occurred",
    ]);
  });
  it("codes letting a partner fire supplied weapons as easing a restriction, not other permissions", () => {
    expect(brief("Washington allowed Kyiv to fire U.S. missiles deep into Russia.")).toContain(
      "USAGOV>UKRGOV 081 occurred",
    );
    expect(brief("Tokyo allowed Washington to use a port in Okinawa.").some((e) => e.includes(" 081 "))).toBe(
      false,
    );
  });
  it("codes an offer to send rescuers as an intent to give humanitarian aid", () => {
    expect(brief("Japan offered to send rescuers to Vietnam after the floods.")).toEqual([
      "JPN>VNM 0333 occurred",
    ]);
  });
  it("codes an agreed cut in ties or trade as the act itself, an agreed cooperative act as intent", () => {
    expect(brief("The EU agreed to impose sanctions on Russia on Monday.")).toEqual([
      "IGOEUREEC>RUS 163 occurred",
    ]);
    expect(brief("Japan agreed to provide humanitarian aid to Vietnam.")).toEqual(["JPN>VNM 0333 occurred"]);
  });
  it("codes dropping one's own tariffs as easing them, not imposing them", () => {
    expect(brief("Australia dropped its tariffs on Chinese steel on Monday.")).toEqual([
      "AUS>CHN 085 occurred",
    ]);
  });
});

describe("session 7 cD", () => {
  it("drops a killing between the same countries as the strike it followed (the toll), keeps a killing alone", () => {
    expect(brief("Russia fired missiles at Kyiv on Sunday and killed 12 civilians.")).toEqual([
      "RUS>UKRGOV 195 occurred",
    ]);
    expect(brief("Russia shelled Kyiv on Sunday and killed 12 civilians.")).toEqual([
      "RUS>UKRGOV 194 occurred",
    ]);
    expect(brief("Russia killed 12 civilians in Kyiv on Sunday.")).toEqual(["RUS>UKRGOV 1823 occurred"]);
  });
  it("codes killing 'the commander of' a force as a targeted killing, kept beside the strike", () => {
    expect(brief("Israel struck Tehran and killed the commander of Iran's Quds Force.")).toEqual([
      "ISR>IRN 186 occurred",
      "ISR>IRN 190 occurred",
    ]);
  });
  it("codes destroying a state as force (190), not the destruction of property", () => {
    expect(brief("Russia would totally destroy Ukraine if attacked.")).toEqual([
      "RUS>UKR 1384 threatened",
      "RUS>UKR 190 hypothetical",
    ]);
  });
  it("reads 'forced labour' as no coercion, and firing on a crowd as repression", () => {
    expect(brief("Japan criticised South Korea over wartime forced labour.")).toEqual([
      "JPN>KOR 111 occurred",
    ]);
    expect(brief("Pakistan's police fired on protesters in Lahore.")).toEqual(["PAK>PAK 175 occurred"]);
  });
  it("ends a pattern's words at 'and' after a day name, and codes entering a city as taking it", () => {
    expect(brief("Russia captured Kyiv on Sunday and President Zelensky fled the country.")).toEqual([
      "RUS>UKRGOV 171 occurred",
    ]);
    expect(brief("Russia entered Kyiv on Sunday.")).toEqual(["RUS>UKRGOV 192 occurred"]);
    expect(brief("Russia entered talks with Ukraine on Sunday.")).toEqual([
      "RUS>UKR 040 occurred",
      "UKR>RUS 040 occurred",
    ]);
  });
  it("codes killing protesters as repression (175) whatever the toll", () => {
    expect(brief("Pakistan's police killed more than 60 protesters on Friday.")).toEqual([
      "PAK>PAK 175 occurred",
    ]);
    expect(brief("Pakistan's police killed more than 60 villagers on Friday.")).toEqual([
      "PAK>PAK 202 occurred",
    ]);
  });
  it("codes no coercion for people forced to flee, and reads '-ed' before a name as its adjective", () => {
    expect(brief("Russia shelled Kyiv, forcing Ukraine's government to flee.")).toEqual([
      "RUS>UKRGOV 194 occurred",
    ]);
    expect(
      brief("A Chinese court sentenced ousted Prime Minister Kenji Arata to ten years in prison."),
    ).toEqual(["CHN>JPNGOV 116 occurred", "CHN>JPNGOV 173 occurred"]);
  });
});

describe("session 7 cG", () => {
  /** Events with extra hand-made actors (forces named with their sector). */
  function briefWith(text: string, extra: readonly (readonly [string, string])[]): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`)
      .sort();
  }
  it("codes forces named in the plural arriving in a country as a deployment (074), a named officer as a visit", () => {
    const forces: [string, string][] = [
      ["Russian paratroopers", "RUSMIL"],
      ["French police officers", "FRACOP"],
      ["General Anna Roth", "USAMIL"],
    ];
    expect(briefWith("Russian paratroopers arrived in Kyiv on Monday.", forces)).toEqual([
      "RUSMIL>UKRGOV 074",
    ]);
    expect(briefWith("French police officers touched down in Manila on Friday.", forces)).toEqual([
      "FRACOP>PHLGOV 074",
    ]);
    expect(briefWith("General Anna Roth arrived in Seoul on Tuesday.", forces)).toEqual([
      "USAMIL>KORGOV 042",
    ]);
  });
  it("reads a participle with a 'by' agent after a dated adjunct as the mediation of the talks", () => {
    expect(
      brief("Israel and Hamas agreed to a truce after talks in Cairo on Sunday mediated by Qatar."),
    ).toEqual([
      "ISR>PSEREB 0871 occurred",
      "PSEREB>ISR 0871 occurred",
      "QAT>ISR 045 occurred",
      "QAT>PSEREB 045 occurred",
    ]);
  });
  it("reads the subject of a passive with its agent inside a 'where' clause as the one received, and keeps the visit", () => {
    expect(brief("Velk flew to Tokyo, where she was received by Arata.")).toEqual([
      "JPNGOV>USAGOV 043 occurred",
      "USAGOV>JPNGOV 042 occurred",
    ]);
    expect(brief("Velk praised Japan during a visit to Tokyo, where she was received by Arata.")).toEqual([
      "JPNGOV>USAGOV 043 occurred",
      "USAGOV>JPN 051 occurred",
      "USAGOV>JPNGOV 042 occurred",
    ]);
    // the same act both ways stays one: a meeting noun after "met" is not coded again
    expect(brief("Arata met Velk in Tokyo during talks with Velk.")).toEqual([
      "JPNGOV>USAGOV 040 occurred",
      "USAGOV>JPNGOV 040 occurred",
    ]);
  });
  it("codes a video call naming no party as a call with the act's counterpart", () => {
    expect(brief("Velk urged Arata in a video call to raise defence spending.")).toEqual([
      "JPNGOV>USAGOV 041 occurred",
      "USAGOV>JPNGOV 020 occurred",
      "USAGOV>JPNGOV 041 occurred",
    ]);
    expect(brief("Velk criticised China in a video message on Monday.")).toEqual(["USAGOV>CHN 111 occurred"]);
  });
});

describe("session 7 cA", () => {
  it("codes an owned war inside another act, not a war with no owner", () => {
    expect(brief("Beijing denied selling drones to Moscow for its war in Ukraine.")).toContain(
      "RUSGOV>UKR 190 occurred",
    );
    expect(brief("Students opposed to Israel's war in Gaza rallied outside the EU office.")).toContain(
      "ISR>PSE 190 occurred",
    );
    expect(brief("Israel and Hamas agreed to talks on ending the war in Gaza.").join()).not.toContain(
      " 190 ",
    );
  });
  it("reads 'of X' after an incursion as the intruder and a violator's airspace as the target", () => {
    expect(brief("Kyiv investigated the incursion of Russia's drones into Ukraine overnight.")).toContain(
      "RUS>UKR 192 occurred",
    );
    expect(
      brief("Tokyo protested to Beijing over a Chinese aircraft's violation of Japan airspace."),
    ).toContain("CHN>JPN 192 occurred");
  });
  it("codes an owned threat to seize inside the rejection of it, not an unowned one", () => {
    expect(brief("Kyiv rejected Moscow's threats to seize Ukraine territory.")).toContain(
      "RUSGOV>UKR 1382 threatened",
    );
    expect(brief("Kyiv said the threat to seize territory was real.")).toEqual([]);
  });
  it("codes joining another's strikes as the joiner's own, not joining talks on a war", () => {
    expect(brief("France joined Israel's strikes on Iran.")).toEqual([
      "FRA>IRN 195 occurred",
      "ISR>IRN 195 occurred",
    ]);
    expect(brief("France joined talks on the war in Ukraine.")).toEqual([]);
  });
  it("takes the 'by' agent after a noun event's 'of' patient as its source", () => {
    const text = "Tokyo said the detention of Japanese writer Ken Oda by Beijing was unjust.";
    expect(briefAttr(text, ["Japanese"])).toContain("CHNGOV>JPN 173");
  });
});

describe("session 7 cH", () => {
  it("lets the members of a compound subject sign separate or plural agreements with the partner only", () => {
    expect(brief("Japan and South Korea signed separate accords with the European Union.")).toEqual([
      "IGOEUREEC>JPN 057 occurred",
      "IGOEUREEC>KOR 057 occurred",
      "JPN>IGOEUREEC 057 occurred",
      "KOR>IGOEUREEC 057 occurred",
    ]);
    expect(brief("Russia and China held joint drills with Iran.")).toContain("RUS>CHN 062 occurred");
  });
  it("codes no attack for 'stop attacking'", () => {
    const out = brief("Hamas agreed to a truce under which it would stop attacking Israel.");
    expect(out.filter((s) => / 19\d /.test(s))).toEqual([]);
    expect(brief("Russia kept attacking Kyiv.")).toEqual(["RUS>UKRGOV 190 occurred"]);
  });
  it("codes no second sanction for a noun inside a verb act of the same code", () => {
    expect(brief("Germany reimposed EU sanctions on Russia.")).toEqual(["DEU>RUS 163 occurred"]);
    expect(brief("Japan criticised the EU's sanctions on Russia.")).toEqual([
      "IGOEUREEC>RUS 163 occurred",
      "JPN>IGOEUREEC 111 occurred",
    ]);
  });
  it("codes neither a sanction nor an appeal for 'called for sanctions'", () => {
    expect(brief("Tokyo called for new sanctions against Pyongyang.")).toEqual([]);
  });
  it("reads ', forcing X to' as a consequence, 'forced X to' as coercion", () => {
    expect(brief("Russia shelled Kyiv, forcing Ukraine to close its airports.")).toEqual([
      "RUS>UKRGOV 194 occurred",
    ]);
    expect(brief("Washington forced Tokyo to scrap the deal.")).toContain("USAGOV>JPNGOV 170 occurred");
  });
  it("codes a toll as part of the strike that caused it, a killing alone as a killing", () => {
    const struck = briefAttr("Russia struck Kyiv on Monday and killed two Ukrainian civilians.", [
      "Ukrainian",
    ]);
    expect(struck.filter((s) => / 18\d+$/.test(s))).toEqual([]);
    expect(struck.filter((s) => / 19\d$/.test(s)).length).toBeGreaterThan(0);
    expect(briefAttr("Russia killed two Ukrainian civilians.", ["Ukrainian"])).toContain("RUS>UKR 1823");
  });
});

describe("session 7 cI", () => {
  it("reads a bare 'the two' or 'both' after a meeting as the pair, acting on each other", () => {
    expect(brief("Japan met India in Tokyo on Monday, and the two agreed to boost cooperation.")).toEqual([
      "IND>JPN 031 occurred",
      "IND>JPN 040 occurred",
      "JPN>IND 031 occurred",
      "JPN>IND 040 occurred",
    ]);
    expect(brief("Japan met India in Tokyo on Monday, and both agreed to boost cooperation.")).toEqual([
      "IND>JPN 031 occurred",
      "IND>JPN 040 occurred",
      "JPN>IND 031 occurred",
      "JPN>IND 040 occurred",
    ]);
  });
  it("gives a participle after a reduced relative ('talks hosted by X, agreeing to') the main clause's subject", () => {
    expect(
      brief("Japan and India met in Tokyo at talks hosted by China, agreeing to boost cooperation."),
    ).toEqual([
      "CHN>IND 043 occurred",
      "CHN>JPN 043 occurred",
      "IND>JPN 031 occurred",
      "IND>JPN 040 occurred",
      "JPN>IND 031 occurred",
      "JPN>IND 040 occurred",
    ]);
  });
});

describe("session 7 lead", () => {
  it("codes a restated act once: the same source, target, code and status twice in a sentence", () => {
    expect(brief("Arata met Velk in Tokyo on Monday, and the two discussed trade.")).toEqual([
      "JPNGOV>USAGOV 040 occurred",
      "USAGOV>JPNGOV 040 occurred",
    ]);
  });
  it("keeps acts of the same code with different statuses", () => {
    expect(brief("Japan met China on Monday and will meet China again in May.")).toEqual([
      "CHN>JPN 040 occurred",
      "CHN>JPN 040 scheduled",
      "JPN>CHN 040 occurred",
      "JPN>CHN 040 scheduled",
    ]);
  });
  it("reads no capitalised name or month inside the sentence as a status cue", () => {
    // "May" is Theresa May (the real actor stage resolves her; here only the status matters).
    const text = "Arata hosted Velk on Friday, and May later urged Russia to withdraw.";
    const urged = brief(text).filter((e) => e.includes(" 025"));
    expect(urged.length).toBeGreaterThan(0);
    expect(urged.filter((e) => !e.endsWith("occurred"))).toEqual([]);
  });
});

describe("session 7 cK", () => {
  // "X and Y each expelled two diplomats" (the resolver gives the diplomats one member's country) is coded each way:
  // gold ws7k-001/002. A named third country stays the target of each member:
  it("keeps a named third country as the target of 'X and Y each expelled'", () => {
    expect(brief("France and Germany each expelled three diplomats from Russia.")).toEqual([
      "DEU>RUS 166 occurred",
      "FRA>RUS 166 occurred",
    ]);
  });
});

describe("session 7 cJ", () => {
  it("codes no talks of the parties at a meeting hosted by a third party", () => {
    const got = brief(
      "Japan and South Korea signed a currency swap deal at a meeting hosted by Vietnam on Friday.",
    );
    expect(got).not.toContain("JPN>KOR 040 occurred");
    expect(got).toContain("VNM>KOR 043 occurred");
  });
  it("keeps the parties' own talks after the act when no host is named", () => {
    expect(
      brief("Japan and South Korea signed a currency swap deal after talks in Seoul on Friday."),
    ).toContain("JPN>KOR 040 occurred");
  });
  it("gives a ceremony host's act to the counterpart of a signing too", () => {
    const got = brief("Russia signed a grain deal with Ukraine in a ceremony hosted by Qatar.");
    expect(got).toContain("QAT>RUS 043 occurred");
    expect(got).toContain("QAT>UKR 043 occurred");
  });
  it("reads a demonym hyphened to a participle before an act noun as its agent, not one before a thing", () => {
    expect(brief("Russia and Ukraine agreed to a Japanese-brokered truce.")).toContain(
      "JPN>RUS 045 occurred",
    );
    expect(brief("Ukraine shot down two Russian-made drones.").some((e) => e.startsWith("RUS"))).toBe(false);
  });
});

describe("session 8 lexD: verdicts, enemies, reserved options, relatives on an owned noun, cases brought by", () => {
  it.each([
    // a verdict on another's act named by an anaphoric noun: the act's author elsewhere in the sentence
    ["Japan expanded its export curbs, and Beijing called the move a blunder.", "CHNGOV>JPN 111 occurred"],
    ["Seoul called Pyongyang's missile launch reckless and dangerous.", "KORGOV>PRKGOV 111 occurred"],
    // naming another an enemy
    ["Pyongyang declared South Korea its main enemy.", "PRKGOV>KOR 111 occurred"],
    // reserving options after another's strike
    ["Israel struck targets near Tehran, and Iran said it reserved all options.", "IRN>ISR 130 threatened"],
    // an object relative on a noun owned by an actor: the owner is the target
    [
      "China held drills on Friday after Arata's speech, which Beijing condemned.",
      "CHNGOV>JPNGOV 111 occurred",
    ],
  ])("%s", (text, want) => {
    expect(brief(text)).toContain(want);
  });
  it("reads a call on a day as a phone call, not a verdict", () => {
    const got = brief("Velk called Arata on Tuesday after a mistake in the trade figures.");
    expect(got.some((e) => e.includes(" 111 "))).toBe(false);
  });
  it("codes no demand when the insisting side speaks of its own affairs", () => {
    const got = brief(
      "Japan rebuffed mediation from China, insisting its dispute with Seoul should be settled bilaterally.",
    );
    expect(got.some((e) => e.includes(" 100 "))).toBe(false);
  });
  it("keeps an insistence on another's act a demand", () => {
    expect(brief("Ukraine insisted that Russia must withdraw.")).toContain("UKR>RUS 100 demanded");
  });
  it("codes the filer's complaint against the party the court acted on", () => {
    const got = brief("The court ordered Russia to free the sailors in a case brought by Ukraine.");
    expect(got).toContain("UKR>RUS 115 occurred");
    expect(got.some((e) => e.startsWith("RUS>UKR 115"))).toBe(false);
  });
  it("skips the filer's own country when looking for the party acted on", () => {
    expect(brief("A tribunal in Manila ruled against Beijing in a case filed by the Philippines.")).toContain(
      "PHL>CHNGOV 115 occurred",
    );
  });
  it("reads a clash at a meeting as a verbal clash, a clash elsewhere as fighting", () => {
    expect(brief("Velk clashed with Arata at a news conference in Tokyo.")).toContain(
      "USAGOV>JPNGOV 111 occurred",
    );
    expect(brief("India clashed with Pakistan near the border.")).toContain("IND>PAK 190 occurred");
  });
  it("codes nothing for a case with no actor acted on", () => {
    expect(brief("The court heard arguments in a case brought by Ukraine.")).toEqual([]);
  });
});

describe("session 8 lexC: agreements, joint drills, support by forces, aid as purpose, withdrawals", () => {
  const extra: [string, string][] = [
    ["Russian", "RUS"],
    ["Belarusian", "BLR"],
    ["Lithuania", "LTU"],
    ["Turkish troops", "TURMIL"],
    ["Turkey", "TUR"],
    ["Syrian rebels", "SYRREB"],
    ["Norway", "NOR"],
    ["Armenia", "ARM"],
    ["Azerbaijan", "AZE"],
    ["Serbia", "SRB"],
    ["Kosovo", "XKX"],
    ["Kenya", "KEN"],
    ["Thai troops", "THAMIL"],
    ["Cambodian", "KHM"],
  ];
  /** Events as "SRC>TGT code", with the extra hand-made actors above. */
  function got(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`)
      .sort();
  }
  it("reads a compound inside joint-drill words as the parties, not the governing verb's subject", () => {
    const out = got("Lithuania closed two border crossings during joint Russian-Belarusian naval drills.");
    expect(out).toContain("RUS>BLR 062");
    expect(out).toContain("BLR>RUS 062");
    expect(out.filter((e) => e.startsWith("LTU>") && e.endsWith(" 062"))).toEqual([]);
  });
  it("codes backing by armed forces as military aid, backing by a state as support", () => {
    expect(got("Syrian rebels backed by Turkish troops captured the town of Manbij.")).toContain(
      "TURMIL>SYRREB 072",
    );
    expect(got("Syrian rebels backed by Turkey captured the town of Manbij.")).toContain("TUR>SYRREB 050");
  });
  it("codes a welcomed truce between its parties, with no praise of them", () => {
    const out = got("Norway welcomed the truce between Armenia and Azerbaijan.");
    expect(out).toContain("ARM>AZE 0871");
    expect(out).toContain("AZE>ARM 0871");
    expect(out.filter((e) => e.startsWith("NOR>"))).toEqual([]);
  });
  it("codes agreeing to or signing a plan or a phase of one as an agreement", () => {
    expect(got("Armenia and Azerbaijan agreed to the second stage of the peace plan.")).toContain(
      "ARM>AZE 057",
    );
    expect(got("Serbia and Kosovo signed the first stage of the plan on Monday.")).toContain("XKX>SRB 057");
    expect(got("Japan and South Korea struck a compromise over the export curbs.")).toContain("KOR>JPN 057");
  });
  it("reads 'to help' after an act of aid between the same pair as its purpose, not a second act", () => {
    const out = got(
      "Japan approved a 500 million dollar loan for Kenya to help the country rebuild its roads.",
    );
    expect(out).toContain("JPN>KEN 071");
    expect(out).not.toContain("JPN>KEN 070");
    expect(got("Japan helped Vietnam with a loan on Monday.")).toContain("JPN>VNM 070");
  });
  it("codes forces leaving a zone or corridor as a pullback, not a walk-out from a deal", () => {
    expect(got("Thai troops withdrew from the buffer zone along the Cambodian border.")).toContain(
      "THAMIL>KHM 087",
    );
  });
  it("takes the governing verb's subject as the source of a noun event whose 'of' phrase names a place", () => {
    expect(briefPlace("Velk ordered the lifting of U.S. sanctions on Iran.", [["U.S.", "USA"]])).toContain(
      "USAGOV>IRN 085",
    );
    expect(got("Tokyo announced the lifting of its sanctions on Kenya.")).toContain("JPNGOV>KEN 085");
    expect(got("Tokyo announced the lifting of its sanctions on Kenya.")).not.toContain("JPNGOV>KEN 163");
  });
  it("codes becoming a member of a bloc as accession, and handing over papers as no handover of people", () => {
    expect(got("Kenya became a full member of NATO on Monday.")).toContain("KEN>IGOWSTNAT 057");
    expect(got("Kenya became NATO's newest member on Monday.")).toContain("KEN>IGOWSTNAT 057");
    expect(got("Kenya handed over the accession papers to Washington.")).toEqual([]);
    expect(
      got("Kenya handed over two suspects to Washington.").some((e) => e.startsWith("KEN>USAGOV 0")),
    ).toBe(true);
  });
});

describe("session 8 lexB: consultations (root 04)", () => {
  it("reads a place after a passive host as the venue, so the host receives each party", () => {
    const got = briefPlace(
      "India and Pakistan agreed to a truce after talks hosted by Qatar in Doha on Sunday.",
      [["Doha", "QAT"]],
    );
    expect(got).toContain("QAT>IND 043");
    expect(got).toContain("QAT>PAK 043");
  });
  it("keeps a hyphenated length inside the phone call that is the means of the act before it", () => {
    const got = brief("Arata urged Velk to lift the tariffs during a 40-minute phone call.");
    expect(got).toContain("JPNGOV>USAGOV 041 occurred");
    expect(got).toContain("USAGOV>JPNGOV 041 occurred");
  });
  it("gives a call named as the means of an uncoded verb to that verb's object", () => {
    const got = brief("Arata told Velk in a tense phone call that the islands were not for sale.");
    // refuse3: the refusal told to Velk is coded too (12.xq2-tell-not-for-sale), and the call stays with Velk
    expect(got).toEqual([
      "JPNGOV>USAGOV 041 occurred",
      "JPNGOV>USAGOV 120 occurred",
      "USAGOV>JPNGOV 041 occurred",
    ]);
  });
  it.each([
    // a pair acting "at a meeting" (no name before the noun) met there; a compound subject meets the act's counterpart
    ["Japan and Australia agreed at a meeting in Tokyo to cut tariffs.", "AUS>JPN 040 occurred", true],
    ["Japan and Australia agreed at the G7 summit to cut tariffs.", "AUS>JPN 040 occurred", false],
    ["Japan and Australia criticised China in a televised meeting.", "JPN>CHN 040 occurred", true],
    ["Japan and Australia criticised China in a closed-door meeting.", "CHN>AUS 040 occurred", true],
    // a host in an object relative on talks between named parties hosts each party
    [
      "Talks between India and Pakistan that Japan had hoped to host were postponed.",
      "JPN>PAK 043 postponed",
      true,
    ],
    ["The summit that Japan hosted in Tokyo ended without a statement.", "JPN>JPN 043 occurred", false],
    // "they" after ", where" on the place of a host's act stands for the host and its guests
    ["Japan hosted India and Australia in Tokyo, where they signed a pact.", "IND>AUS 057 occurred", true],
    ["Japan hosted India and Australia in Tokyo, where they signed a pact.", "AUS>JPN 057 occurred", true],
  ])("reads a meeting named as an occasion or a relative's object: %s", (text, event, present) => {
    expect(brief(text).includes(event)).toBe(present);
  });
  it("leaves an act of force after ', where they' to the side that used force", () => {
    const got = brief("Russia shelled Ukrainian soldiers near Kharkiv, where they killed 12 civilians.");
    expect(got.some((e) => e.startsWith("UKR"))).toBe(false);
  });
  it("codes a third party's announcement of a truce between two parties as mediation", () => {
    const got = brief("Velk announced a ceasefire between India and Pakistan on Saturday.");
    expect(got).toContain("USAGOV>IND 045 occurred");
    expect(got).toContain("USAGOV>PAK 045 occurred");
    expect(got.some((e) => e.startsWith("USAGOV>") && e.includes(" 087"))).toBe(false);
  });
  it.each([
    "Seoul called North Korea's missile launch reckless on Monday.",
    "Japan called Russia's detention of the fishermen unlawful.",
    "Velk called China's trade figures misleading on Friday.",
  ])("makes no phone call of calling another's act something: %s", (text) => {
    expect(brief(text).filter((e) => e.includes(" 041"))).toEqual([]);
  });
  it("still codes a plain call on a weekday", () => {
    expect(brief("Arata called Velk on Thursday.")).toEqual([
      "JPNGOV>USAGOV 041 occurred",
      "USAGOV>JPNGOV 041 occurred",
    ]);
  });
  it("makes no visit of a visit to a military base", () => {
    expect(brief("Velk visited a U.S. naval base in Japan.").filter((e) => e.includes(" 042"))).toEqual([]);
  });
});

describe("session 8 lexE: roots 14-17", () => {
  it("codes leaving a bloc named with its noun as 160, not a referendum vote", () => {
    expect(brief("Germany announced on Monday that it was leaving the European Union.")).toContain(
      "DEU>IGOEUREEC 160 occurred",
    );
    expect(brief("Germany voted to leave the European Union in a referendum.")).toEqual([]);
  });
  it("codes drills that surround another country as 150", () => {
    expect(brief("Chinese warships surrounded Japan in naval drills on Monday.")).toContain(
      "CHN>JPN 150 occurred",
    );
    expect(brief("Chinese bombers held a third day of drills surrounding the Philippines.")).toContain(
      "CHN>PHL 150 occurred",
    );
  });
  it("codes police raiding a foreign mission as a seizure, not an armed attack", () => {
    const got = brief("Japanese police raided China's consulate in Osaka on Friday.");
    expect(got).toContain("JPN>CHN 171 occurred");
    expect(got.some((e) => e.includes(" 190 "))).toBe(false);
  });
  it("targets the people named after ', including' among those arrested", () => {
    expect(brief("Russia arrested five people, including two Japanese tourists, on Sunday.")).toContain(
      "RUS>JPN 173 occurred",
    );
  });
  it("codes retaliatory tariffs at the other country of the sentence", () => {
    expect(brief("China announced retaliatory tariffs after Washington raised its levies.")).toContain(
      "CHN>USAGOV 163 occurred",
    );
  });
  it("codes 'signed an order pulling X out of Y' as the signer's 160", () => {
    expect(brief("Velk signed an order pulling the United States out of NATO.")).toContain(
      "USAGOV>IGOWSTNAT 160 occurred",
    );
  });
});

describe("session 8 lexA: vows of force, agreed deals, postponed meetings, places before a subject", () => {
  /** Like `brief`, with Geneva and Oslo known as places (not actors). */
  function briefPlaces(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const table = [...TEST_ACTORS, ["Geneva", "CHE"] as const, ["Oslo", "NOR"] as const];
    const mentions = testMentions(doc, table, new Set(), new Set(["Geneva", "Oslo"]));
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }

  it.each([
    ["Iran vowed to attack Israel if its nuclear sites were struck.", "IRN>ISR 1384 threatened"],
    ["Moscow pledged to annex parts of Ukraine.", "RUSGOV>UKR 1382 threatened"],
    ["Pyongyang swore to reduce Seoul to ashes.", "PRKGOV>KORGOV 138 threatened"],
  ])("codes a vow of force as a threat: %s", (text, want) => {
    const got = brief(text);
    expect(got).toContain(want);
    expect(got.filter((e) => e.includes(" 03"))).toEqual([]);
  });

  it("still codes a vow of cooperation as a pledge", () => {
    expect(brief("Japan vowed to support Ukraine.")).toContain("JPN>UKR 032 occurred");
  });

  it.each([
    ["Israel and Hamas agreed on Sunday to the second stage of a peace plan."],
    ["India and Pakistan agreed to a roadmap for reopening trade."],
  ])("codes agreeing to a deal or plan as 057 each way: %s", (text) => {
    const got = brief(text);
    expect(got.filter((e) => e.includes(" 057 occurred")).length).toBe(2);
    expect(got.filter((e) => e.includes(" 03"))).toEqual([]);
  });

  it("codes agreeing to a deal with a named partner as 057 each way, not agreeing with its view", () => {
    const got = brief("Iran agreed to a deal with France on its missile programme.");
    expect(got).toEqual(["FRA>IRN 057 occurred", "IRN>FRA 057 occurred"]);
  });

  it("reads 'agreed they ...' as 'agreed that they ...'", () => {
    const got = brief(
      "Arata held talks with Velk in Tokyo, and the two leaders agreed they would work together.",
    );
    expect(got).toContain("JPNGOV>USAGOV 019 occurred");
    expect(got).toContain("USAGOV>JPNGOV 019 occurred");
  });

  it("codes a meeting that a speaker says he will postpone as postponed, not as an intent to meet", () => {
    expect(brief("Velk said she would postpone a meeting with Arata.")).toEqual([
      "JPNGOV>USAGOV 040 postponed",
      "USAGOV>JPNGOV 040 postponed",
    ]);
  });

  it("codes an offer to mediate named as a noun as the offerer's 039", () => {
    expect(brief("Pakistan welcomed Qatar's offer to mediate.")).toContain("QAT>PAK 039 occurred");
  });

  it("ends a fronted place phrase at its comma: the actors after it are the subject, not a list with the place", () => {
    expect(briefPlaces("In Geneva, Russia and Ukraine agreed to resume talks.")).toEqual([
      "RUS>UKR 036 occurred",
      "UKR>RUS 036 occurred",
    ]);
    // A list of places stays a list ("in Geneva, Oslo and ...": no actor after the comma).
    expect(
      briefPlaces("Talks between Russia and Ukraine were held in Geneva, Oslo and Tokyo.").length,
    ).toBeGreaterThan(0);
  });
});

describe("session 8 lexF: roots 18-20 (targets of strikes and shelling, verbal clashes, reports by the other side)", () => {
  const table: readonly (readonly [string, string])[] = [
    ...TEST_ACTORS,
    ["Chinese jets", "CHNMIL"],
    ["Kivu rebels", "CODREB"],
    ["Congolese officials", "CODGOV"],
    ["Congolese troops", "CODMIL"],
    ["Rwanda", "RWA"],
    ["Bukavu", "COD"],
    ["Israeli", "ISR"],
    ["Kabul", "AFG"],
  ];
  const places = new Set(["Bukavu", "Kabul"]);
  const run = (text: string) => {
    const doc = analyzeText(nlp, text);
    const events = codeDocument(
      { doc, mentions: testMentions(doc, table, new Set(), places), docId: "d1", date: null },
      model,
    );
    return events.map((e) => `${e.source.code}>${e.target?.code} ${e.code} ${e.status}`).sort();
  };
  it("opens a new clause after a subordinator and a numeral before the actor", () => {
    expect(
      run("Japan sought consultations with NATO after four Chinese jets violated its airspace."),
    ).toContain("CHNMIL>JPN 192 occurred");
  });
  it("makes a mission's state, not its host city's, the target of a strike on its premises", () => {
    const got = run("An Israeli air strike hit Qatar's embassy compound in Kabul on Tuesday.");
    expect(got).toContain("ISR>QAT 195 occurred");
    expect(got.some((e) => e.includes(">AFG"))).toBe(false);
  });
  it("codes no killing or blockade noun without its own agent", () => {
    expect(
      run("Iran vowed revenge for the killing of Hamas commanders.").some((e) => e.includes(" 18")),
    ).toBe(false);
    expect(
      run("Activists from France tried to break the blockade of Gaza.").some((e) => e.includes(" 191")),
    ).toBe(false);
    expect(run("Pakistan condemned Israel's blockade of Gaza.")).toContain("ISR>PSE 191 occurred");
  });
  it("reads leaders clashing at a meeting or summit as mutual criticism, not combat", () => {
    expect(run("Arata clashed with Velk at a summit in Manila.")).toEqual(
      expect.arrayContaining(["JPNGOV>USAGOV 111 occurred", "USAGOV>JPNGOV 111 occurred"]),
    );
    expect(run("Japan and China clashed during a tense meeting.").some((e) => e.includes(" 190"))).toBe(
      false,
    );
    expect(run("Chinese jets and Japan clashed near the islands.")).toContain("CHNMIL>JPN 190 occurred");
  });
  it("lets no state official speak for an armed group of its country, but for its own forces", () => {
    expect(run("Kivu rebels attacked an army base in Bukavu, Congolese officials said.")).toContain(
      "CODREB>COD 190 reported",
    );
    expect(run("Congolese troops shelled Rwanda on Monday, Congolese officials said.")).toContain(
      "CODMIL>RWA 194 occurred",
    );
  });
  it("takes no sayer inside a relative clause on the thing struck as the target", () => {
    const got = run("Japan struck a boat that Velk said was carrying arms from China.");
    expect(got).toContain("JPN>CHN 190 occurred");
    expect(got.some((e) => e.includes(">USAGOV"))).toBe(false);
  });
  it("codes joining another's attacks or air campaign as attacking the same target", () => {
    expect(run("Pakistan warned it would respond if India joined Israel's attacks on Iran.")).toContain(
      "IND>IRN 195 hypothetical",
    );
    expect(run("France joined the air campaign against Iran.")).toContain("FRA>IRN 195 occurred");
    expect(run("France joined the campaign against Chinese tariffs.").some((e) => e.includes(" 19"))).toBe(
      false,
    );
  });
  it("takes a town named after 'of' as the place shelled, in the source's own country too", () => {
    expect(run("Kivu rebels shelled the besieged town of Bukavu.")).toEqual(["CODREB>COD 194 occurred"]);
  });
});

describe("session 8 lead: talks under mediators named after a hyphenated venue", () => {
  /** Like `brief`, with two hyphenated venues known as places (not actors). */
  function briefVenues(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const venues = ["Port-au-Prince", "Addis-Ababa"] as const;
    const table = [...TEST_ACTORS, ...venues.map((p) => [p, "XXX"] as const)];
    const mentions = testMentions(doc, table, new Set(), new Set(venues));
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }

  it("codes no meeting between the parties of talks a mediator held", () => {
    const got = briefVenues(
      "India and Pakistan agreed to a truce after talks in Port-au-Prince mediated by Qatar.",
    );
    expect(got).toContain("IND>PAK 0871 occurred");
    expect(got.filter((e) => e.startsWith("IND>PAK 04") || e.startsWith("PAK>IND 04"))).toEqual([]);
  });

  it("codes a strike on a single facility or plant in a place against the place's country", () => {
    const doc = analyzeText(nlp, "Russia's drones hit an energy facility in Lviv overnight.");
    const table = [...TEST_ACTORS, ["Lviv", "UKR"] as const];
    const mentions = testMentions(doc, table, new Set(), new Set(["Lviv"]));
    const got = codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model).map(
      (e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`,
    );
    expect(got).toContain("RUS>UKR 190");
  });

  it("still codes the parties' talks when nobody mediates them", () => {
    const got = briefVenues("India and Pakistan agreed to a truce after talks in Port-au-Prince on Monday.");
    expect(got.some((e) => e.startsWith("IND>PAK 04"))).toBe(true);
  });
});

describe("session 8 status: who reports an act", () => {
  it("makes an act reported when unnamed informants say it, not when officials of both parties do", () => {
    expect(brief("Washington shared intelligence with Kyiv last week, officials said.")).toContain(
      "USAGOV>UKRGOV 064 reported",
    );
    // session 34 (status): unnamed officials or diplomats may be the parties' own after a meeting, as the dev files code it
    expect(brief("Seoul and Tokyo held security talks in Busan, diplomats said on Monday.")).toContain(
      "KORGOV>JPNGOV 040 occurred",
    );
    expect(brief("Seoul and Tokyo held security talks in Busan, witnesses said on Monday.")).toContain(
      "KORGOV>JPNGOV 040 reported",
    );
    expect(brief("Seoul and Tokyo held security talks in Busan, officials on both sides said.")).toContain(
      "KORGOV>JPNGOV 040 occurred",
    );
  });
  it("keeps an act its own when the sayer is any member of a compound source", () => {
    const got = brief(
      "Germany and France imposed sanctions on Russia on Friday, France's finance ministry said.",
    );
    expect(got).toContain("DEU>RUS 163 occurred");
    expect(got).toContain("FRA>RUS 163 occurred");
  });
  it("does not read a verb coordinated after the act as its report", () => {
    const got = brief("Germany and Japan condemned Russia's attack on Ukraine and announced new sanctions.");
    expect(got).toContain("DEU>RUS 111 occurred");
    expect(got).toContain("JPN>RUS 111 occurred");
  });
  it("does not report an act in a ', prompting X to' clause after the sayer", () => {
    expect(
      brief(
        "Manila will expand its fishing fleet, the Philippines announced, prompting Beijing to lodge a protest.",
      ),
    ).toContain("CHNGOV>PHLGOV 114 occurred");
  });
  it("keeps a noun event owned by a named actor as a known event inside a report", () => {
    expect(
      brief(
        "Beijing said it would cancel military talks with Washington in protest at Velk's visit to Manila.",
      ),
    ).toContain("USAGOV>PHLGOV 042 occurred");
  });
  it("lets the target of a mediation report it as its own", () => {
    expect(
      brief(
        "India and Pakistan agreed to reopen the border after talks mediated by Qatar, India's foreign ministry said.",
      ),
    ).toContain("QAT>IND 045 occurred");
  });
});

describe("session 8 second: acts joined to a wrapped appeal or demand", () => {
  it.each([
    [
      "The EU urged Iran to free the jailed reporters or face tougher sanctions.",
      "IGOEUREEC>IRN 1312 threatened",
    ],
    [
      "Japan called on Russia to return the seized trawler or face serious consequences.",
      "JPN>RUS 130 threatened",
    ],
    [
      "Tokyo demanded that Pyongyang scrap its launch site or face military action.",
      "JPNGOV>PRKGOV 138 threatened",
    ],
  ])("codes the penalty after 'or' as the wrapper's threat: %s", (text, threat) => {
    const got = brief(text);
    expect(got).toContain(threat);
    expect(got.some((e) => !e.includes(" 13"))).toBe(true);
  });
  it("codes no threat when a country only faces sanctions", () => {
    expect(brief("Russia could face sanctions if it rejects the truce, France said.")).toEqual([]);
  });
  it("codes no second threat after an ultimatum that already threatens", () => {
    const got = brief("Washington gave Pyongyang ten days to free the sailors or face the use of force.");
    expect(got.filter((e) => e.includes(" 13"))).toEqual(["USAGOV>PRKGOV 139 threatened"]);
  });
  it("codes each bare verb joined by 'and' in a demand as a demand of its own", () => {
    const got = brief(
      "Seoul demanded that Pyongyang accept a ceasefire and withdraw its troops from the border.",
    );
    expect(got).toContain("KORGOV>PRKGOV 107 demanded");
    expect(got).toContain("KORGOV>PRKGOV 106 demanded");
  });
  it("reads a bare verb the tagger took for an adjective after 'and' as the second act", () => {
    const got = brief(
      "Moscow said it would expel ten U.S. diplomats and close the American consulate in Vladivostok.",
    );
    expect(got.some((e) => e.startsWith("RUSGOV>USA") && e.includes(" 166 "))).toBe(true);
    expect(got.some((e) => e.startsWith("RUSGOV>USA") && e.includes(" 161 "))).toBe(true);
  });
  it("keeps an adjective after 'and' before a noun inside the object", () => {
    const got = brief("Moscow will impose retaliatory tariffs and other measures on Japanese goods.");
    expect(got).toEqual(["RUSGOV>JPN 163 scheduled"]);
  });
  it("adds nothing for a joined verb the wrapper's table has no code for", () => {
    const got = brief("France called on Russia to silence its guns and open the way to a settlement.");
    expect(got.filter((e) => e.startsWith("FRA>RUS")).length).toBe(1);
  });
});

describe("session 8 pairs: pair phrases and reciprocal subjects", () => {
  it("reads 'between the two countries' as the last two states named before, not the announcer", () => {
    const got = brief(
      "Seoul said it would stop its drills if Pyongyang did, a day after Velk announced a truce between the two countries.",
    );
    expect(got).toContain("KORGOV>PRKGOV 0871 occurred");
    expect(got).toContain("PRKGOV>KORGOV 0871 occurred");
    expect(got.some((e) => e.startsWith("USAGOV>") && e.includes(" 0871 "))).toBe(false);
  });
  it("reads 'hosted the two leaders' as the pair named before the host", () => {
    const got = brief(
      "Japan and Vietnam signed a trade pact in Washington, where Velk hosted the two leaders.",
    );
    expect(got).toContain("USAGOV>JPN 043 occurred");
    expect(got).toContain("USAGOV>VNM 043 occurred");
  });
  it("leaves the pair unnamed when fewer than two states were named before", () => {
    expect(brief("Velk hosted the two leaders at the White House.")).toEqual([]);
  });
  it("leaves 'talks between the two sides' to the compound that already acts", () => {
    const got = brief(
      "Russia and Ukraine agreed to swap prisoners, Qatar said, in talks between the two sides.",
    );
    expect(got.some((e) => e.includes(" 040 "))).toBe(false);
  });
  it("codes 'each side accused the other' and ', with each blaming the other' both ways", () => {
    expect(
      brief(
        "China and Vietnam exchanged fire at sea, and each side accused the other of breaking the truce.",
      ),
    ).toEqual(expect.arrayContaining(["CHN>VNM 112 occurred", "VNM>CHN 112 occurred"]));
    expect(
      brief("Talks between Russia and Ukraine collapsed on Friday, with each blaming the other."),
    ).toEqual(expect.arrayContaining(["RUS>UKR 112 occurred", "UKR>RUS 112 occurred"]));
  });
  it("does not read ', each releasing' as a new act of the pair", () => {
    const got = brief("Russia and Ukraine swapped prisoners on Friday, each releasing 200 soldiers.");
    expect(got.some((e) => e.includes(" 084 "))).toBe(false);
  });
  it("lets a country named as a place act in 'since the two countries agreed'", () => {
    const text =
      "Velk visited Vietnam on Monday, the first trip since the two countries agreed to expand trade.";
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, TEST_ACTORS, new Set(), new Set(["Vietnam"]));
    const got = codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model).map(
      (e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.root}`,
    );
    expect(got).toContain("USAGOV>VNM 03");
    expect(got).toContain("VNMGOV>USAGOV 03");
  });
  it("gives a participle joined by 'and' the subject of the absolute phrase before it", () => {
    const got = brief(
      "Fighting flared at sea on Sunday, with China and Vietnam reporting losses and accusing each other of starting it.",
    );
    expect(got).toEqual(expect.arrayContaining(["CHN>VNM 112 occurred", "VNM>CHN 112 occurred"]));
  });
  it("reads ', and the two leaders vowed' after two actors named apart as that pair", () => {
    const got = brief(
      "Arata visited Paris as the guest of France, and the two leaders vowed to deepen trade ties.",
    );
    expect(got.filter((e) => e.startsWith("JPNGOV>FRA 03") || e.startsWith("FRA>JPNGOV 03"))).toHaveLength(2);
  });
});

describe("session 8 actors: a demonym before an -ing act noun is its agent", () => {
  it.each([
    ["Chinese shelling killed five civilians in Japan on Monday.", ["Chinese"], ["CHN>JPN 194"]],
    ["Ukrainian shelling hit a hospital in Japan overnight.", ["Ukrainian"], ["UKR>JPN 194"]],
    ["Chinese shelling killed dozens of villagers in India.", ["Chinese"], ["CHN>IND 194"]],
  ])("%s", (text, attributive, expected) => {
    expect(briefAttr(text, attributive)).toEqual(expected);
  });
  it("keeps an -ing word after a demonym a participle when no verb follows it", () => {
    expect(briefAttr("Japanese officials were seen shelling out money for China.", ["Japanese"])).toEqual([]);
  });
  it("codes 'seized power' as no seizure from a coordinated act's partner", () => {
    const got = brief("Japanese soldiers detained Velk and said they had seized power.");
    expect(got.some((e) => e.includes(" 171 "))).toBe(false);
  });
});

/** Events with hand-made mentions in which the listed names are persons ("General Oren Dask"), plus those persons. */
function briefPerson(text: string, persons: readonly (readonly [string, string])[]): string[] {
  const doc = analyzeText(nlp, text);
  const names = new Set(persons.map(([n]) => n));
  const mentions = testMentions(doc, [...persons, ...TEST_ACTORS], new Set(["Japanese", "Chinese"])).map(
    (s) => s.map((m) => (names.has(m.text) ? { ...m, kind: "person" as const } : m)),
  );
  return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.root}`)
    .sort();
}

describe("session 9 lexE: a strike that kills a named person, and unnamed commanders killed by a strike", () => {
  const dask = [["General Oren Dask", "CHNMIL"]] as const;
  it.each([
    // the strike's place ("at", "in", none) is no target: the killing only
    ["A Japanese drone strike at the airport killed General Oren Dask on Friday.", ["JPN>CHNMIL 18"]],
    ["A Japanese drone strike in Manila killed General Oren Dask.", ["JPN>CHNMIL 18"]],
    ["A Japanese drone strike killed General Oren Dask near the airport.", ["JPN>CHNMIL 18"]],
    // near misses: a strike that names what it hit keeps both acts; no named person keeps the strike
    ["A Japanese strike on Beijing killed General Oren Dask on Friday.", ["JPN>CHNGOV 19", "JPN>CHNMIL 18"]],
    ["Japan struck Beijing and killed General Oren Dask.", ["JPN>CHNGOV 19", "JPN>CHNMIL 18"]],
  ])("%s", (text, expected) => {
    expect(briefPerson(text, dask)).toEqual([...expected].sort());
  });
  it("keeps a strike in the subject phrase of a mass toll", () => {
    expect(
      briefPerson("A Japanese drone strike in Manila killed dozens of people.", dask).length,
    ).toBeGreaterThan(0);
    expect(briefPerson("A Japanese drone strike in Manila killed dozens of people.", dask)).not.toContain(
      "JPN>CHNMIL 18",
    );
  });
  it("reads unnamed commanders killed by a strike on their country as the strike's toll", () => {
    expect(
      brief("Japanese jets struck Chinese military sites and killed several senior commanders."),
    ).toEqual(["JPN>CHN 195 occurred"]);
    // a commander killed with no strike stays a killing
    expect(
      brief("Japanese agents killed several senior Chinese commanders.").map((e) => e.slice(0, 11)),
    ).toEqual(["JPN>CHN 186"]);
  });
});

describe("session 9 lexE: the subject of a passive is no agent of the act named as its means", () => {
  it.each([
    ["Arata was killed in a strike on his residence in Manila, Japan said.", []],
    ["Dozens of people were wounded during shelling of Manila on Sunday.", []],
    // near misses: the act's own modifier, a reciprocal act, a reason ("for") keep their agent; the victim the
    // passive names is the target (session 13: "Haniyeh was killed in an Israeli strike ... in Tehran" is ISR>PSE)
    ["Arata was killed in a Chinese strike on his residence in Manila.", ["CHN>JPN 19"]],
    ["Japanese soldiers were killed in a clash with Chinese troops.", ["CHN>JPN 19", "JPN>CHN 19"]],
  ])("%s", (text, expected) => {
    const got = code(text).map(
      (e) => `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3) ?? "-"} ${e.root}`,
    );
    expect(got.sort()).toEqual([...expected].sort());
  });
});

describe("session 9 pairs: 'between their forces', 'between the two armies' name the pair named before", () => {
  it.each([
    [
      "China protested to Manila on Monday, a day after a clash between their forces near the shoal.",
      ["CHN>PHLGOV 190 occurred", "PHLGOV>CHN 190 occurred"],
    ],
    [
      "India sent more troops to its border with China after clashes between their armed forces.",
      ["IND>CHN 190 occurred", "CHN>IND 190 occurred"],
    ],
    [
      "India sent more troops to its border with China after a deadly clash between the two armies.",
      ["IND>CHN 190 occurred", "CHN>IND 190 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expect.arrayContaining(expected));
  });
  it("leaves 'between their' alone when no two states were named before it", () => {
    expect(
      brief("Japan said a clash between their fishermen was a private dispute.").some((e) =>
        e.includes(" 190 "),
      ),
    ).toBe(false);
  });
  it("does not read 'two soldiers' as the pair named before", () => {
    const got = brief("Ukraine said Russia shelled a village near the border, wounding two soldiers.");
    expect(got.some((e) => e.startsWith("UKR>RUS") || e.endsWith(" 190 occurred"))).toBe(false);
  });
});

describe("session 9 lexD: crowds clashing with police, marching on buildings, relative 'who'", () => {
  function briefWith(text: string, extra: readonly (readonly [string, string])[]): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  const crowd = [
    ["Chilean protesters", "CHLCVL"],
    ["protesters", "CHLCVL"],
    ["demonstrators", "CHLCVL"],
    ["riot police", "CHLCOP"],
    ["police", "CHLCOP"],
    ["Chilean soldiers", "CHLMIL"],
    ["Mapuche fighters", "CHLREB"],
    ["the Peruvian embassy", "PERGOV"],
  ] as const;
  it.each([
    [
      "Clashes between protesters and riot police in Santiago left three injured.",
      ["CHLCVL>CHLCOP 145 occurred"],
    ],
    ["Two men died in clashes between police and demonstrators on Friday.", ["CHLCVL>CHLCOP 145 occurred"]],
  ])("codes the crowd's clash with police one way (145): %s", (text, expected) => {
    expect(briefWith(text, crowd)).toEqual(expected);
  });
  it("leaves clashes between two armed groups to fighting (190, both ways)", () => {
    expect(briefWith("Clashes between Chilean soldiers and Mapuche fighters left two dead.", crowd)).toEqual([
      "CHLMIL>CHLREB 190 occurred",
      "CHLREB>CHLMIL 190 occurred",
    ]);
  });
  it("codes a march on a mission as a protest against its owner (141)", () => {
    expect(briefWith("Chilean protesters marched on the Peruvian embassy on Monday.", crowd)).toEqual([
      "CHLCVL>PERGOV 141 occurred",
    ]);
  });
  it("gives 'who' after an unnamed noun no subject from the clause before it", () => {
    const got = briefWith(
      "Riot police dispersed students who tried to march on the Peruvian embassy.",
      crowd,
    );
    expect(got).not.toContain("CHLCOP>PERGOV 141 occurred");
  });
  it("keeps the main subject for a participle after a 'who' clause closed by a comma", () => {
    const got = brief(
      "Beijing detained a Japanese couple who were cycling across the country, accusing them of spying.",
    );
    expect(got.filter((e) => e.includes(" 112"))).toEqual(["CHNGOV>JPN 1125 occurred"]);
  });
});

describe("session 9 lexA: comments on relations, a pronoun's verb, meetings in a comma adjunct", () => {
  it.each([
    [
      "Arata said relations with China were back on track after months of strain.",
      ["JPNGOV>CHN 013 occurred"],
    ],
    ["Velk said ties with Japan had improved sharply this year.", ["USAGOV>JPN 013 occurred"]],
    ["Arata said relations with China were at their lowest point in a decade.", ["JPNGOV>CHN 012 occurred"]],
    ["Russia said it saw little prospect of a thaw in relations with Japan.", ["RUS>JPN 012 occurred"]],
    ["Japan said it saw no chance of a deal with China this year.", ["JPN>CHN 012 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
  it("codes no comment when the relations are only a topic", () => {
    expect(brief("Arata said relations with China would be discussed at the summit.")).toEqual([]);
  });
  it("keeps a good outlook with 01.see-chances (013)", () => {
    expect(brief("Japan said it saw good chances of a deal with China.")).toEqual(["JPN>CHN 013 occurred"]);
  });
  it("reads a participle after 'said he' as his verb, not as an adjective before a 'say X must' target", () => {
    const got = brief("Arata said he shared China's view that Vietnam must free the fishermen.");
    expect(got).toContain("JPNGOV>CHN 019 occurred");
    expect(got.some((e) => e.startsWith("JPNGOV>CHN 10"))).toBe(false);
  });
  it("gives a gerund in a comma adjunct (', two days after meeting X') the main clause's subject", () => {
    const got = brief("Arata said Vietnam must free the fishermen, two days after meeting Velk in Tokyo.");
    expect(got).toEqual(expect.arrayContaining(["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"]));
    expect(got.some((e) => e.startsWith("VNM>USAGOV 040"))).toBe(false);
  });
  it("aims a bare 'claimed responsibility' at the victim named before it", () => {
    expect(brief("Missiles hit Japanese ships on Friday, and China claimed responsibility.")).toContain(
      "CHN>JPN 015 occurred",
    );
  });
  it("codes no claim when no group claims responsibility", () => {
    expect(brief("A bomb hit a market in Tokyo on Friday, and no group claimed responsibility.")).toEqual([]);
  });
  it("keeps a gerund with no comma before its subordinator with the nearest subject", () => {
    const got = brief("Japan said Vietnam had freed the fishermen after meeting Velk in Hanoi.");
    expect(got.some((e) => e.startsWith("JPN>USAGOV 040") || e.startsWith("JPNGOV>USAGOV 040"))).toBe(false);
  });
});

describe("session 9 lexB: material cooperation and aid", () => {
  it.each([
    // `converse`: the actor after "from" gives, the subject receives.
    ["Kyiv received a fresh batch of howitzers from Germany on Monday.", "DEU>UKRGOV 072 occurred"],
    ["Pakistan obtained a loan from China to shore up its reserves.", "CHN>PAK 071 occurred"],
    ["India bought 36 fighter jets from France.", "FRA>IND 062 occurred"],
    // Relief goods on a carrier sent to a country.
    ["Japan sent a ship carrying rice, tents and medicine to the Philippines.", "JPN>PHL 073 occurred"],
    // Drills "between" two parties, with the status of the verb that governs them.
    [
      "The annual drills between Japan and the Philippines were suspended on Tuesday.",
      "JPN>PHL 062 cancelled",
    ],
    // A demanded expulsion is a demand (106); an ordered one is the expulsion (166).
    ["Pakistan's parliament demanded the expulsion of India's ambassador.", "PAK>IND 106 demanded"],
    ["Pakistan ordered the expulsion of India's ambassador.", "PAK>IND 166 occurred"],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    ["India bought crude oil from Russia last month.", " 062 "],
    ["India bought crude oil from Russia last month.", "RUS>IND"],
    ["Japan received a phone call from Velk.", " 07"],
    ["Iran sent a ship carrying rockets to Gaza.", " 073 "],
    ["China held drills near the border between India and Pakistan.", " 062 "],
    ["Pakistan's parliament demanded the expulsion of India's ambassador.", " 166 "],
  ])("not: %s (%s)", (text, absent) => {
    expect(brief(text).some((e) => e.includes(absent))).toBe(false);
  });
  it("codes nothing for a converse pattern whose giver is not named", () => {
    expect(
      brief("Kyiv received a fresh batch of howitzers on Monday.").some((e) => e.includes(" 072 ")),
    ).toBe(false);
  });
});

describe("session 9 lexC: accusations, complaints, threats and vetoes in wire phrasings", () => {
  const table = [
    ...TEST_ACTORS,
    ["EU", "IGOEUREEC"] as const,
    ["German", "DEU"] as const,
    ["Israeli", "ISR"] as const,
  ];
  const lexC = (text: string): string[] => {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, table, new Set(["Israeli"]));
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  };
  it.each([
    // allegations held or pursued by the subject are its accusation
    [
      "Arata told parliament that Japanese police were pursuing credible allegations linking agents of the Chinese government to the killing of a dissident.",
      "JPN>CHN 112 occurred",
    ],
    // naming another as behind a crime
    [
      "Germany expelled two diplomats after German police linked Moscow to a sabotage plot.",
      "DEU>RUSGOV 112 occurred",
    ],
    // a complaint named as a noun with its owner
    [
      "China declined to comment on Japan's complaint that a Chinese warship had entered its waters.",
      "JPN>CHN 114 occurred",
    ],
    // a threat named with what it threatens
    ["Iran put its air defences on alert, citing Israeli threats of retaliation.", "ISR>IRN 138 threatened"],
    ["Seoul condemned Pyongyang's threats of military action.", "PRKGOV>KORGOV 138 threatened"],
    // an amount before the package's owner: the owner, not the beneficiary
    ["Germany vetoed a 50 billion euro EU aid package for Ukraine.", "DEU>IGOEUREEC 129 occurred"],
  ])("%s", (text, expected) => {
    expect(lexC(text)).toContain(expected);
  });
  it.each([
    // a danger, not a threat by the speaker
    "Qatar urged Israel and Hamas to return to talks, warning that the fighting risked spreading.",
    // the singular "threat from" names a danger
    "Japan raised its defence budget on Friday, citing the threat from China.",
    // "linked" with no actor before "to", or no crime after it
    "A militia linked to Iran fired rockets at a base in Iraq.",
    "Velk linked China to the new trade corridor.",
  ])("codes no threat or accusation: %s", (text) => {
    const got = lexC(text);
    expect(got.some((e) => / 1(12|3\d*) /.test(e))).toBe(false);
  });
  it("keeps the beneficiary out of a vetoed package with no amount", () => {
    expect(lexC("Germany blocked a new EU package of military aid for Ukraine.")).toContain(
      "DEU>IGOEUREEC 129 occurred",
    );
  });
  it.each([
    // a reaction to a place named before "which" answers the act before the comma
    ["Russia annexed Crimea, which Japan condemned as illegal.", "JPN>RUS 111"],
    ["The EU adopted a plan for a truce in Gaza, which Israel rejected.", "ISR>IGOEUREEC 120"],
    // naming that act ethnic cleansing is an accusation of its author
    [
      "Russia drove thousands of villagers out of Crimea, which Kyiv called ethnic cleansing.",
      "UKRGOV>RUS 112",
    ],
  ])("aims a reaction to a place at the act's author: %s", (text, expected) => {
    const got = briefPlace(text, [
      ["Crimea", "UKR"],
      ["Gaza", "PSE"],
    ]);
    expect(got).toContain(expected);
    expect(got.some((e) => / 1(1|2)\d+$/.test(e) && e.includes(">UKR ") && !e.startsWith("UKRGOV"))).toBe(
      false,
    );
  });
  it("keeps a place as the target of force in a relative clause", () => {
    expect(briefPlace("Japan praised Crimea, which Russia shelled.", [["Crimea", "UKR"]])).toContain(
      "RUS>UKR 194",
    );
  });
  it("keeps the actor after 'blamed ... on' in a relative clause", () => {
    const got = lexC(
      "Japan opened an inquiry into a blast on a line carrying aid to Ukraine, which Arata blamed on Moscow.",
    );
    expect(got).toContain("JPNGOV>RUSGOV 112 occurred");
    expect(got.some((e) => e.startsWith("JPNGOV>UKR 112"))).toBe(false);
  });
  it("codes a verbal clash named as a noun at a meeting both ways, and leaves troops' clashes to fighting", () => {
    expect(
      lexC("Japan cut aid to Ukraine, days after a clash between Arata and Velk in the Oval Office."),
    ).toEqual(expect.arrayContaining(["JPNGOV>USAGOV 111 occurred", "USAGOV>JPNGOV 111 occurred"]));
    const troops = lexC("A clash between Indian and Chinese troops at the border left 20 dead.");
    expect(troops.some((e) => e.includes(" 111 "))).toBe(false);
  });
});

describe("session 9 lexG: undone sanctions, handovers via the Red Cross, swaps, postponed drills, travel into asylum", () => {
  /** Like `brief`, with a Red Cross, a Spanish capital and an exiled politician known as actors. */
  function briefG(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const extra = [
      ["the Red Cross", "NGOIRC"],
      ["Red Cross", "NGOIRC"],
      ["Spain", "ESP"],
      ["Madrid", "ESPGOV"],
      ["Lena Dorr", "PRKOPP"],
    ] as const;
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]).map((s) =>
      s.map((m) => (m.text === "Lena Dorr" ? { ...m, kind: "person" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  it.each([
    // An order lifting sanctions eases them; the sanctions named in it are no new ones.
    ["Velk signed an executive order on Monday lifting U.S. sanctions on Iran.", "USAGOV>IRN 085 occurred"],
    ["The EU lifted most of its sanctions on Iran on Friday.", "IGOEUREEC>IRN 085 occurred"],
    // The dead go back to their own country; the Red Cross only carries them.
    ["China handed over the bodies of 300 Japanese soldiers to the Red Cross.", "CHN>JPN 084 occurred"],
    // "their" drills of a compound subject, postponed or suspended.
    [
      "Seoul and Washington postponed their drills to make room for diplomacy.",
      "KORGOV>USAGOV 062 postponed",
    ],
    [
      "Seoul and Washington postponed their drills to make room for diplomacy.",
      "USAGOV>KORGOV 062 postponed",
    ],
    ["Japan and Australia suspended their annual exercises.", "JPN>AUS 062 cancelled"],
    // A grant of asylum named after the trip is the granter's act on the traveller.
    ["Lena Dorr flew to Madrid after being granted asylum by Spain.", "ESP>PRKOPP 075 occurred"],
    // Captives handed to the Red Cross go back to the other side named in the sentence.
    [
      "Hamas handed over the remaining hostages to the Red Cross under its truce with Israel.",
      "PSEREB>ISR 0841 occurred",
    ],
    // A swap in which each member of a compound subject frees the other's prisoners.
    ["Russia and Ukraine each released 150 prisoners on Saturday.", "RUS>UKR 0841 occurred"],
    ["Russia and Ukraine each released 150 prisoners on Saturday.", "UKR>RUS 0841 occurred"],
  ])("%s", (text, expected) => {
    expect(briefG(text)).toContain(expected);
  });
  it.each([
    ["Velk signed an executive order on Monday lifting U.S. sanctions on Iran.", " 163 "],
    ["The EU lifted most of its sanctions on Iran on Friday.", " 163 "],
    ["China handed over the bodies of 300 Japanese soldiers to the Red Cross.", ">NGOIRC"],
    ["Lena Dorr flew to Madrid after being granted asylum by Spain.", " 042 "],
    ["Lena Dorr flew to Spain after being granted asylum.", " 042 "],
    ["Lena Dorr flew to Spain to seek asylum.", " 042 "],
    ["Hamas handed over the remaining hostages to the Red Cross under its truce with Israel.", ">NGOIRC 084"],
    ["Hamas released four hostages to the Red Cross on Sunday.", ">NGOIRC 084"],
  ])("not: %s (%s)", (text, absent) => {
    expect(briefG(text).some((e) => e.includes(absent))).toBe(false);
  });
  it("still codes new sanctions named beside a yield act of another kind, and a trip that is a visit", () => {
    expect(briefG("Russia released two Japanese fishermen as Japan imposed sanctions on Russia.")).toContain(
      "JPN>RUS 163 occurred",
    );
    expect(
      briefG("Lena Dorr flew to Madrid after being invited by Spain.").some((e) => e.includes(" 042 ")),
    ).toBe(true);
  });
});

describe("session 9 lexF: talks after an agreed act, and force talked about", () => {
  it.each([
    // "after talks with X" is the occasion of the agreed act, coded by itself: not the act agreed to (no 036).
    [
      "Japan agreed to forward Ukraine's membership bid to parliament after talks with Germany.",
      ["JPN>UKR 03", "JPN>DEU 04", "DEU>JPN 04"],
    ],
    // An actor after another's possessive is no subject ("send Ukraine's NATO accession protocol").
    [
      "Japan agreed to send Ukraine's NATO accession protocol to parliament after talks with Germany.",
      ["JPN>UKR 03", "JPN>DEU 04", "DEU>JPN 04"],
    ],
    // Force named without a weapon: the act, hypothetical, plus the conditional threat (and the accession in the
    // condition, hypothetical: 05.xcp-join-bloc, session 34).
    [
      "Russia said it would use force against Ukraine if Kyiv joined NATO.",
      ["RUS>UKR 19", "RUS>UKR 13", "UKR>IGO 05"],
    ],
    [
      "India said it would take military action against Pakistan if Pakistan backed another attack.",
      ["IND>PAK 19", "IND>PAK 13"],
    ],
    // Force promised against "any" such party is conditional on its act: a threat too.
    [
      "India said it would take military action against any Pakistan post near the border.",
      ["IND>PAK 19", "IND>PAK 13"],
    ],
    ["India said it would take military action against Pakistan posts near the border.", ["IND>PAK 19"]],
    // Not ruling force out stays the threat alone.
    ["Washington did not rule out military action against Iran.", ["USA>IRN 13"]],
  ])("%s", (text, expected) => {
    const got = code(text).map(
      (e) => `${e.source.code.slice(0, 3)}>${e.target?.code.slice(0, 3) ?? "-"} ${e.root}`,
    );
    expect(got.sort()).toEqual([...expected].sort());
  });
  it("codes force the source would use as hypothetical, not as a pledge", () => {
    expect(brief("Russia said it would use force against Ukraine if Kyiv joined NATO.")).toContain(
      "RUS>UKR 190 hypothetical",
    );
  });
  it("reads 'a possible offensive' as an act in prospect", () => {
    expect(brief("Israel is preparing a possible ground offensive against Iran.")).toEqual([
      "ISR>IRN 190 hypothetical",
    ]);
  });
  it("does not code police using force against protesters as an act on another country", () => {
    const got = brief("Tokyo police used force to disperse protesters, drawing criticism from China.");
    expect(got.some((e) => e.includes(" 190 "))).toBe(false);
  });
});

describe("session 9 actors2: civilians attacking assault, they do not wage war", () => {
  function briefWith(text: string, extra: readonly (readonly [string, string])[]): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...extra, ...TEST_ACTORS]);
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`)
      .sort();
  }
  const extra: [string, string][] = [
    ["Israeli settlers", "ISRCVL"],
    ["Palestinian farmers", "PSECVL"],
    ["Russian troops", "RUSMIL"],
    ["Ukrainian farmers", "UKRCVL"],
    ["Jordanian protesters", "JORCVL"],
    ["the Israeli embassy", "ISRGOV"],
  ];
  it("codes an attack by civilians as an assault (civilians=180), one by troops as fighting", () => {
    expect(briefWith("Israeli settlers attacked Palestinian farmers near Nablus on Friday.", extra)).toEqual([
      "ISRCVL>PSECVL 180",
    ]);
    expect(briefWith("Russian troops attacked Ukrainian farmers near Sumy on Friday.", extra)).toEqual([
      "RUSMIL>UKRCVL 190",
    ]);
  });
  it("codes civilians attacking an institution of a state as a violent protest (riot=145)", () => {
    expect(briefWith("Jordanian protesters attacked the Israeli embassy on Friday.", extra)).toEqual([
      "JORCVL>ISRGOV 145",
    ]);
  });
});

describe("session 9 lead: a wrapping pattern's owned last noun is its target", () => {
  it("takes the embassy's owner, not the place in the purpose clause", () => {
    const got = briefAttr(
      "Japanese protesters marched on the Chinese embassy on Friday to protest the war in Gaza.",
      ["Chinese"],
    );
    expect(got.filter((e) => e.endsWith(" 141"))).toEqual(["JPN>CHN 141"]);
  });
  it("leaves a target after a non-noun pattern word alone", () => {
    const got = brief("NATO leaders agreed at their summit in Japan to send Ukraine more air defences.");
    expect(got.some((e) => e.startsWith("IGOWSTNAT>JPN"))).toBe(false);
  });
});

describe("session 9 vocabB: wire vocabulary for disapproval, rejection, threats and force", () => {
  it.each([
    // light-verb disapproval and headline verbs of criticism
    ["Japan voiced opposition to China's plan to build a dam on the river.", "JPN>CHN 110 occurred"],
    ["India took issue with Pakistan's remarks at the summit.", "IND>PAK 110 occurred"],
    ["Kyiv tore into Moscow over the strikes on its power grid.", "UKRGOV>RUSGOV 111 occurred"],
    ["Seoul gave Tokyo a dressing-down over the remarks.", "KORGOV>JPNGOV 111 occurred"],
    // a document named with its act in a participle is its issuer's act
    ["Beijing issued a statement on Friday condemning Tokyo.", "CHNGOV>JPNGOV 111 occurred"],
    ["France released a statement condemning Iran's missile test.", "FRA>IRN 111 occurred"],
    // criticism "under fire ... over"
    ["Russia came under fire from Germany over the poisoning.", "DEU>RUS 111 occurred"],
    // blame and accusations with light verbs
    ["Pakistan put the blame on India for the blast.", "PAK>IND 112 occurred"],
    ["Moscow levelled accusations at Kyiv over the drone attack.", "RUSGOV>UKRGOV 112 occurred"],
    ["Israel attributed the attack to Iran.", "ISR>IRN 112 occurred"],
    // rallying others against a party, and protests and legal action in other words
    ["France rallied European support against Russia's plan.", "FRA>RUS 113 occurred"],
    ["Manila fired off a diplomatic protest to Beijing.", "PHLGOV>CHNGOV 114 occurred"],
    ["Australia launched legal action against China.", "AUS>CHN 115 occurred"],
    ["Japan challenged China at the World Trade Organization.", "JPN>CHN 115 occurred"],
    // refusals
    ["Beijing nixed a proposal from Washington.", "CHNGOV>USAGOV 120 occurred"],
    ["Germany shot down Velk's idea of a new tariff deal.", "DEU>USAGOV 120 occurred"],
    ["China stood firm against U.S. pressure.", "CHN>USA 124 occurred"],
    ["Israel rejected Qatar's offer to mediate.", "ISR>QAT 126 occurred"],
    ["Israel turned down the Chinese truce proposal.", "ISR>CHN 127 occurred"],
    ["Russia thumbed its nose at Washington.", "RUS>USAGOV 128 occurred"],
    // threats, posture and force
    ["Russia menaced Ukraine with troops on its border.", "RUS>UKR 130 threatened"],
    ["Israel set a deadline for Iran to hand over the drones.", "ISR>IRN 139 threatened"],
    ["Chinese jets buzzed a Japanese plane over the sea.", "CHN>JPN 150 occurred"],
    ["Russia launched military action against Ukraine.", "RUS>UKR 190 occurred"],
    ["China rattled its sabre at Kyiv.", "CHN>UKRGOV 130 threatened"],
    ["Russia rained missiles on Kyiv.", "RUS>UKRGOV 195 occurred"],
    ["Iran rocketed Israel.", "IRN>ISR 195 occurred"],
    ["Russia launched anti-terrorist operations against Ukraine.", "RUS>UKR 190 occurred"],
    // jailing in other words, water cannon on a vessel, captives, paused talks
    ["Russia locked up a U.S. journalist.", "RUS>USA 173 occurred"],
    ["Iran put a Japanese tourist behind bars.", "IRN>JPN 173 occurred"],
    ["China blasted a Japanese vessel with water cannon.", "CHN>JPN 170 occurred"],
    ["Iran took Japanese soldiers captive.", "IRN>JPN 181 occurred"],
    ["Australia paused trade negotiations with the EU.", "AUS>IGOEUREEC 164 occurred"],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    // missiles tearing into a city, fire from troops, a vetoed text, an idea shot down is no aircraft
    ["A Russian missile tore into an apartment building in Kyiv.", / 11\d* /],
    ["Ukrainian troops came under fire from Russian forces near the river.", / 11\d* /],
    ["Russia vetoed a resolution condemning Israel.", /RUS>ISR 11\d* /],
    ["Germany shot down Velk's idea of a new tariff deal.", / 19\d* /],
    ["China released a statement condemning Japan's decision.", / 08\d* /],
    ["Thousands rallied against the government in Kyiv.", / 113 /],
    ["Russia launched military action against Ukraine.", / 115 /],
    ["China blasted a Japanese vessel with water cannon.", / 111 /],
    ["Oil prices rocketed after Iran's threats.", / 19\d* /],
  ])("not: %s", (text, absent) => {
    expect(brief(text).some((e) => absent.test(e))).toBe(false);
  });
});

describe("session 9 vocabA: common news wordings of acts in roots 01-10", () => {
  it.each([
    ["Germany flagged concerns about France's budget plans.", "DEU>FRA 012 occurred"],
    ["Japan sounded the alarm over China's naval buildup.", "JPN>CHN 012 occurred"],
    ["France nudged Germany to back the plan.", "FRA>DEU 022 occurred"],
    ["Kyiv sought more air defence systems from Germany.", "UKRGOV>DEU 0232 occurred"],
    ["Japan sought China's cooperation in the inquiry.", "JPN>CHN 021 occurred"],
    ["Seoul expressed its intention to join the pact with Japan.", "KORGOV>JPN 030 occurred"],
    ["Japan made overtures to China.", "JPN>CHN 030 occurred"],
    ["Japan assured the Philippines of its support.", "JPN>PHL 032 occurred"],
    ["Arata jetted to Manila on Monday.", "JPNGOV>PHLGOV 042 occurred"],
    ["Velk feted Arata in Washington.", "USAGOV>JPNGOV 043 occurred"],
    ["France paid tribute to Germany's role in the talks.", "FRA>DEU 051 occurred"],
    ["Japan rallied behind the Philippines.", "JPN>PHL 051 occurred"],
    ["Japan received an apology from China.", "CHN>JPN 055 occurred"],
    ["Japan expressed remorse to South Korea.", "JPN>KOR 055 occurred"],
    ["Japan teamed up with India to build a fighter jet.", "JPN>IND 060 occurred"],
    ["Japan exchanged intelligence with South Korea.", "JPN>KOR 064 occurred"],
    ["The United States funded Ukraine's army.", "USA>UKR 071 occurred"],
    ["Germany gifted Ukraine air defence systems.", "DEU>UKR 072 occurred"],
    ["Iran set free two Japanese citizens.", "IRN>JPN 0841 occurred"],
    ["Russia returned 20 children to Ukraine.", "RUS>UKR 084 occurred"],
    ["The United States rolled back tariffs on Chinese goods.", "USA>CHN 085 occurred"],
    ["Japan is looking into China's claims.", "JPN>CHN 090 occurred"],
    ["Japan sought an explanation from China.", "JPN>CHN 101 demanded"],
    ["The United States piled pressure on Israel to release the prisoners.", "USA>ISR 1053 demanded"],
    ["Israel came under pressure from Washington.", "USAGOV>ISR 100 demanded"],
    ["Japan recognised China's security concerns.", "JPN>CHN 018 occurred"],
    ["Japan conveyed its position to China.", "JPN>CHN 010 occurred"],
    // 0253 since session 39 (tagfix): "free" after "asked that China" is now read as a verb, so the appeal is refined
    ["Japan asked that China free the detainee.", "JPN>CHN 0253 occurred"],
    ["Japan scrutinised China's investment in the port.", "JPN>CHN 090 occurred"],
    ["Japan's donation to the Philippines arrived on Monday.", "JPN>PHL 070 occurred"],
    ["Qatar sent a field hospital to Gaza.", "QAT>PSE 073 occurred"],
    ["Japan stepped up defence cooperation with the Philippines.", "JPN>PHL 062 occurred"],
    ["Japan bolstered its alliance with the United States.", "JPN>USA 060 occurred"],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    // exchanging intelligence is no exchange of fire; jetting somewhere is no jet delivered; receiving an apology or
    // a letter hosts nobody; a tribute to the dead praises no counterpart; rolling back is no support
    ["Japan exchanged intelligence with South Korea.", / 190 /],
    ["Arata jetted to Manila on Monday.", / 07\d* /],
    ["Japan received an apology from China.", / 043 /],
    ["Japan received a letter from China.", / 043 /],
    ["Germany's chancellor paid tribute to the late president of France.", / 051 /],
    ["The United States rolled back tariffs on Chinese goods.", / 050 /],
    // pressure on markets and crowds rallying are no acts between political actors
    ["Rising oil prices put pressure on India's economy.", / 100 /],
    ["Higher U.S. yields put pressure on Tokyo to raise interest rates.", / 10\d* /],
    ["Protesters rallied around the parliament in Tokyo.", / 051 /],
    ["Kazakhstan courted Chinese investors.", / 02\d* /],
    // military pressure is force posture, not a demand
    ["China stepped up military pressure on the Philippines.", / 10\d* /],
    // acknowledging another's concerns is no diplomatic recognition
    ["Japan recognised China's security concerns.", / 054 /],
  ])("not: %s", (text, absent) => {
    expect(brief(text).some((e) => absent.test(e))).toBe(false);
  });
});

describe("codeDocumentFeatures", () => {
  function featured(text: string) {
    const doc = analyzeText(nlp, text);
    return codeDocumentFeatures({ doc, mentions: testMentions(doc), docId: "d1", date: "2025-06-20" }, model);
  }
  const relative = "Velk praised Japan, which had imposed sanctions on Russia.";
  const after = "China criticised Japan after Velk met Arata in Tokyo.";

  it.each([relative, after, "Japan and Australia met in Manila."])(
    "codes as codeDocument does: %s",
    (text) => {
      expect(featured(text).map((x) => x.event)).toEqual(code(text));
    },
  );

  it.each([
    [
      relative,
      "JPN>RUS 163",
      ["clause:relative", "open:which", "aside", "root:16", "events:2"],
      ["srcFirst"],
    ],
    [
      relative,
      "USAGOV>JPN 051",
      ["srcFirst", "how:slot", "dTgt:after:0", "proot:05", "lemma:praise"],
      ["clause:relative", "aside"],
    ],
    [
      "Japan and Australia met in Manila.",
      "JPN>AUS 040",
      ["recip", "pairs:2", "pair:sameRoot"],
      ["clause:subord"],
    ],
    [after, "USAGOV>JPNGOV 040", ["clause:subord", "pair:sameRoot"], ["srcFirst", "clause:relative"]],
    [after, "CHN>JPN 111", ["srcFirst"], ["clause:subord", "pair:sameRoot"]],
  ])("%s: %s", (text, event, present, absent) => {
    const x = featured(text).find(
      (e) => `${e.event.source.code}>${e.event.target?.code} ${e.event.code}` === event,
    );
    const names = Object.keys(x?.features ?? {});
    expect(names).toEqual(expect.arrayContaining(present));
    for (const name of absent) expect(names).not.toContain(name);
  });
});

describe("reactions to a restated act (', a proposal X rejected')", () => {
  it.each([
    // the summary noun restates the act before the comma: no offer of its own, and the reaction answers its agent
    [
      "Velk said the United States would take over Gaza, a proposal Qatar swiftly rejected.",
      "QAT>USAGOV 120 occurred",
    ],
    [
      "Japan imposed tariffs on Chinese steel, a measure Beijing said it would not accept.",
      "CHNGOV>JPN 120 occurred",
    ],
    [
      "The EU ordered Russia to release the ships, an order Moscow said it would not obey.",
      "RUSGOV>IGOEUREEC 120 occurred",
    ],
    // a claim restating reported speech: the claimant is answered, not the actor the claim is about; rejecting it
    // or calling it absurd denies it
    ["A U.S. official said Russia could send jets to Iran, a claim Iran rejected.", "IRN>USA 016 occurred"],
    [
      // session 12: a restated claim judged false is denied (016), as every wire-dev writer codes it
      "Japan said Chinese ships had rammed its patrol boat, a claim that Beijing called absurd.",
      "CHNGOV>JPN 016 occurred",
    ],
    // an accusation with no reporting verb: rejecting the charge is a rejection of the accuser (120)
    ["Japan accused China of spying, a charge Beijing rejected.", "CHNGOV>JPN 120 occurred"],
    // what the sayer says the restated act did or was: its accusation or criticism of the act's agent
    [
      "Japan imposed tariffs on Chinese steel, a step Beijing said violated the 2019 trade agreement.",
      "CHNGOV>JPN 112 occurred",
    ],
    ["Japan imposed tariffs on Chinese steel, a step Beijing said was illegal.", "CHNGOV>JPN 111 occurred"],
    ["Iran seized a Japanese tanker, a decision Tokyo said was shameful.", "JPNGOV>IRN 111 occurred"],
    // harm foretold from the restated act is a verdict on its author, not on an actor the harm falls on
    [
      "Japan imposed tariffs on Chinese steel, a step Beijing said would hurt trade.",
      "CHNGOV>JPN 111 occurred",
    ],
    [
      "Iran seized a Japanese tanker, which Tokyo said would endanger shipping in the Gulf.",
      "JPNGOV>IRN 111 occurred",
    ],
    [
      "Japan lifted its ban on Chinese steel, a move Beijing said would hurt Russia.",
      "CHNGOV>JPN 111 occurred",
    ],
    // a reaction in the relative clause is an aside: a later reaction answers the restated act
    [
      "Iran seized a Japanese tanker, a move Tokyo condemned, and Washington condemned it.",
      "USAGOV>IRN 111 occurred",
    ],
    ["Japan lifted its ban on Chinese seafood, a move Beijing welcomed.", "CHNGOV>JPN 051 occurred"],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    [
      "Velk said the United States would take over Gaza, a proposal Qatar swiftly rejected.",
      /^QAT>RUS|^USA\S* 03/,
    ],
    ["Iran seized a Japanese tanker, a move Tokyo condemned, and Washington condemned it.", /^USAGOV>JPN/],
    ["A U.S. official said Russia could send jets to Iran, a claim Iran rejected.", /^IRN>RUS/],
    [
      "Japan imposed tariffs on Chinese steel, a step Beijing said violated the 2019 trade agreement.",
      / 128 /,
    ],
    // a consequence foretold is no allegation (harm foretold is criticism, below); the sayer of the relative clause
    // reports nothing before the comma
    ["Japan imposed tariffs on Chinese steel, a step Beijing said would hurt trade.", /^CHN\S* 112/],
    // harm foretold outside a relative clause on an act is no verdict on anyone
    ["Beijing said the tariffs would hurt trade with Japan.", / 111 /],
    ["Japan imposed tariffs on Chinese steel, a step Beijing said would help trade.", / 111 /],
    ["Japan imposed tariffs on Chinese steel, a step Beijing said violated trade rules.", / reported$/],
  ])("not: %s", (text, absent) => {
    expect(brief(text).some((e) => absent.test(e))).toBe(false);
  });
  it.each([
    // no reacting subject, or none that acts: the restated act alone
    ["Japan imposed tariffs on Chinese steel, a decision that angered Beijing.", ["JPN>CHN 163 occurred"]],
    [
      "Japan imposed tariffs on Chinese steel, a decision that took effect on Monday.",
      ["JPN>CHN 163 occurred"],
    ],
  ])("only: %s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("session 10 lead: a sentence-initial -ing word before its prepositional phrase and verb is a noun", () => {
  it.each([
    [
      "Fighting between Russia and Ukraine killed dozens of civilians on Monday.",
      ["RUS>UKR 190 occurred", "UKR>RUS 190 occurred"],
    ],
    // a participle before a comma opens an adjunct, and its own act keeps its subject
    ["Speaking to reporters in Tokyo, Japan urged China to resume talks.", ["JPN>CHN 026 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("session 10 lead: noun events (an organiser after a participle, status past an actor list, sharing of intelligence)", () => {
  it.each([
    [
      "Joint drills planned by Japan, India and Australia were postponed.",
      ["AUS>IND 062 postponed", "AUS>JPN 062 postponed", "IND>AUS 062 postponed"].concat([
        "IND>JPN 062 postponed",
        "JPN>AUS 062 postponed",
        "JPN>IND 062 postponed",
      ]),
    ],
    // the agent of another participle is not the noun event's
    ["Talks with a delegation led by China were held in Geneva.", []],
    // forces a state detects near it show force to it: the detected force acts (converse)
    ["Japan said it had detected two Chinese warships near Japan.", ["CHN>JPN 150 reported"]],
    ["Japan detected Chinese hackers in its networks.", []],
    // halting intelligence sharing, as a compound or with "of", withholds military support (1622)
    ["The United States halted intelligence sharing with Ukraine.", ["USA>UKR 1622 occurred"]],
    ["The United States halted the sharing of intelligence with Ukraine.", ["USA>UKR 1622 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("session 12 lead: restated claims judged false, vowed threats, taken ground, intercepted aircraft, counted expulsions", () => {
  it.each([
    // a restated accusation judged false is a denial to the accuser (claim=016); a move judged reckless stays criticism
    [
      "Japan accused Chinese troops of firing on a village, an accusation China called a blatant lie.",
      ["CHN>JPN 016 occurred", "JPN>CHN 112 occurred"],
    ],
    [
      "Israel struck a school in Gaza, a move France dismissed as reckless.",
      ["FRA>ISR 111 occurred", "ISR>PSE 190 occurred"],
    ],
    // a vow of a threat is the threat; a vow of cooperation stays an intent
    ["China vowed to take resolute countermeasures against Japan.", ["CHN>JPN 130 threatened"]],
    ["Japan vowed to resume security cooperation with Australia.", ["JPN>AUS 030 occurred"]],
    // ground taken is occupied territory; taking sides is nothing
    ["China seized the Japanese side of the border crossing.", ["CHN>JPN 192 occurred"]],
    ["Vietnam would not take sides between the United States and China.", []],
    // aircraft intercepted are escorted away (aircraft=150); drones intercepted are fired on
    ["Japan intercepted Chinese bombers near Okinawa.", ["JPN>CHN 150 occurred"]],
    ["Japan intercepted Chinese drones over Okinawa.", ["JPN>CHN 190 occurred"]],
    // an expulsion counted in the thousands is a mass expulsion; a few hundred deportees are deported
    ["Japan has expelled more than 40,000 Chinese nationals since October.", ["JPN>CHN 201 occurred"]],
    ["Japan deported 150 Chinese nationals on Thursday.", ["JPN>CHN 174 occurred"]],
    // a head of state dissolving parliament, a court suspending an official: no event
    ["President Mara Velk dissolved parliament on Tuesday.", []],
    ["A court in Tokyo suspended Prime Minister Kenji Arata from duty.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("session 13 lead: weapons that kill, passive victims, forces storming a mission, wrong lemmas, civilians", () => {
  const SECTORS = [
    ["Chinese police", "CHNCOP"],
    ["Chinese protesters", "CHNCVL"],
  ] as const;
  function briefWith(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...SECTORS, ...TEST_ACTORS]).map((s) =>
      s.map((m) => (m.text === "Prime Minister Kenji Arata" ? { ...m, kind: "person" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  it.each([
    // a strike, drone or missile heading the subject of a killing makes it an attack (weapon=195)
    ["A Chinese drone strike killed three Japanese tourists near Okinawa.", ["CHN>JPN 195 occurred"]],
    ["A Chinese missile killed two Japanese fishermen on Tuesday.", ["CHN>JPN 195 occurred"]],
    // soldiers who kill, or a named victim, stay a killing
    ["Chinese soldiers killed two Japanese fishermen on Tuesday.", ["CHN>JPN 1823 occurred"]],
    ["A Chinese air strike killed Japanese general Kenji Arata on Tuesday.", ["CHN>JPN 186 occurred"]],
    // police storming a foreign mission coerce (armed=170, the fp helper's flag); a crowd storming it protests
    ["Chinese police stormed the Japanese embassy in Beijing.", ["CHNCOP>JPN 170 occurred"]],
    ["Chinese protesters stormed the Japanese embassy in Beijing.", ["CHNCVL>JPN 145 occurred"]],
    // a word form's own patterns when the tagger's lemma is wrong ("raped" read as "rap"); "rapped" stays criticism
    ["Chinese soldiers raped Japanese women near the border.", ["CHN>JPN 1821 occurred"]],
    ["Japan rapped China over its handling of the crisis.", ["JPN>CHN 111 occurred"]],
    // civilians beating people assault them
    ["Chinese protesters beat Japanese residents in Beijing.", ["CHNCVL>JPN 182 occurred"]],
    // burning homes destroys property; protesters burning an institution's building riot
    ["Chinese protesters set fire to Japanese homes in Beijing.", ["CHNCVL>JPN 1712 occurred"]],
    // the object of "accused" moved before its subject is a noun naming no actor: no accusation of the later party
    // (the execution of unnamed men is the state's own people's, 18.xx3-execute-victims, as w41-209 codes it)
    ["Japan executed four men it accused of spying for China.", ["JPN>JPN 1823 occurred"]],
    ["Japan deported Chinese nationals it accused of smuggling.", ["JPN>CHN 174 occurred"]],
    // a passive's subject killed in another country's strike is its target; a named person, a targeted killing
    [
      "Prime Minister Kenji Arata was killed in a Chinese strike on his residence in Beijing.",
      ["CHN>JPNGOV 186 occurred"],
    ],
    [
      "Japanese sailors were killed in a Chinese strike on their ship near Okinawa.",
      ["CHN>JPN 195 occurred"],
    ],
    // readiness for talks is the intent to meet, not talks held
    ["Beijing said it was ready for dialogue with Tokyo.", ["CHNGOV>JPNGOV 036 occurred"]],
    // a call for talks with a party is an appeal to it to negotiate
    ["Beijing called for negotiations with Tokyo.", ["CHNGOV>JPNGOV 026 occurred"]],
    // a force act's own indefinite object that names no actor keeps it from aiming at another actor of the sentence
    // a clause whose subject is a noun phrase that is no actor gives its participle, and a reported clause, none
    ["A cyclone struck Japan and China on Monday, killing hundreds of people.", []],
    ["Japan said the war that ended last year had killed thousands of people.", []],
    ["Chinese gunmen shot dead six men they accused of spying for Japan.", []],
    // (troops sent to a border naming no country are a build-up facing the other country: session 21, force)
    [
      "Chinese troops shelled the town after Japan sent troops to the border.",
      ["CHN>JPN 194 occurred", "JPN>CHN 154 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefWith(text)).toEqual(expected);
  });
});

describe("hyphenated dictionary words", () => {
  it.each([
    // the tokenizer splits "sit-in" in three: the pattern word still matches, the hyphen's other words do not
    ["Chinese fishermen staged a sit-in outside the Japanese embassy.", ["CHN>JPN 141 occurred"]],
    ["Chinese students held sit-ins at the Japanese embassy.", ["CHN>JPN 144 occurred"]],
    ["Chinese fishermen sat in a Japanese cafe.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a person pronoun joined to an actor", () => {
  /** Like `brief`, with the fixture's leaders read as persons, as the resolver reads them. */
  function briefPersons(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc).map((ms) =>
      ms.map((m) => (/Arata|Velk/.test(m.text) ? { ...m, kind: "person" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  it.each([
    // "he and Velk": the pronoun stands for the earlier person, and the two act on one another
    [
      "Arata arrived in Washington on Monday, and he and Velk signed a trade agreement.",
      ["JPNGOV>USAGOV 042 occurred", "JPNGOV>USAGOV 057 occurred", "USAGOV>JPNGOV 057 occurred"],
    ],
    [
      "Arata said he and Velk had agreed to hold talks.",
      ["JPNGOV>USAGOV 036 occurred", "USAGOV>JPNGOV 036 occurred"],
    ],
    // no earlier person: nothing joins the pronoun
    ["Japan said he and Velk signed a trade agreement.", []],
  ])("%s", (text, expected) => {
    expect(briefPersons(text)).toEqual(expected);
  });
});

describe("session 14 status: own outlets, the writer's summaries, relative clauses on meetings", () => {
  it("keeps an act its own when an outlet the party owns reports it", () => {
    expect(
      brief("Japan sent aid to the Philippines, according to a statement carried by its news agency."),
    ).toContain("JPN>PHL 070 occurred");
  });
  it("keeps the writer's summary after a reported clause out of the sayer's report", () => {
    expect(
      brief("Japan said it would expel Chinese diplomats, a decision that drew criticism from Beijing."),
    ).toContain("CHNGOV>JPN 111 occurred");
  });
  it("gives a host in a relative clause on a meeting the meeting's postponement", () => {
    expect(brief("A summit that Japan had planned to host with China was postponed.")).toContain(
      "JPN>CHN 043 postponed",
    );
  });
});

describe("agentless subjects", () => {
  it.each([
    // a relative clause on an incident with no agent, past a time adjunct, has no actor subject
    ["China was hit by an earthquake late on Friday that killed more than 300 people.", []],
    ["Chinese troops, who fought Indian troops in clashes that killed more than 100 people, withdrew.", []],
    // a verb joined by "and" to a subordinate clause whose subject is no actor shares that subject
    [
      "India criticised Japan after a ferry sank near Osaka and killed more than 300 people.",
      ["IND>JPN 111 occurred"],
    ],
    // the killer's own toll stays coded
    [
      "Chinese troops killed more than 300 civilians in India in a raid that destroyed a school.",
      ["CHN>IND 202 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("an act another actor must or should do, stated by a speaker", () => {
  it.each([
    // a trailing speaker of another country demands the act
    ["Israel should withdraw its troops from Gaza, France said.", ["FRA>ISR 106 demanded"]],
    ["Russia needs to withdraw its troops from Ukraine, the EU said.", ["IGOEUREEC>RUS 106 demanded"]],
    // a leading speaker, and an "and" chain sharing the modal
    ["Velk said Russia should withdraw its troops from Ukraine.", ["USAGOV>RUS 106 demanded"]],
    [
      "Russia must end its stalling and withdraw its troops from Ukraine, France said.",
      ["FRA>RUS 106 demanded"],
    ],
    // "or face ...": the speaker's threat beside the demand
    [
      "Israel must withdraw its troops from Gaza or face sanctions, France warned.",
      ["FRA>ISR 106 demanded", "FRA>ISR 1312 threatened"],
    ],
    // the speaker's own country, or no speaker: no demand
    ["Japan should withdraw its troops from China, Tokyo said.", ["JPN>CHN 087 hypothetical"]],
    ["Japan should withdraw its troops from China, analysts said.", ["JPN>CHN 087 hypothetical"]],
    // "had to" states a past necessity, no demand
    ["Israel had to withdraw its troops from Gaza, France said.", ["ISR>PSE 087 reported"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("session 15 status: chains, purposes, prospects and summaries", () => {
  it.each([
    // "has never held": the auxiliary serves the verb, so the negation reaches the act
    ["Arata has never held talks with Velk.", ["JPNGOV>USAGOV 040 negated", "USAGOV>JPNGOV 040 negated"]],
    ["Arata has already held talks with Velk.", ["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"]],
    // "is to": a plan
    ["Arata is to hold talks with Velk.", ["JPNGOV>USAGOV 040 scheduled", "USAGOV>JPNGOV 040 scheduled"]],
    // an infinitive of purpose shares the chain of the verb it serves
    [
      "Arata will travel to Washington next week to sign a trade agreement with Velk.",
      ["JPNGOV>USAGOV 042 scheduled", "JPNGOV>USAGOV 057 scheduled", "USAGOV>JPNGOV 057 scheduled"],
    ],
    [
      "Arata travelled to Washington last week to sign a trade agreement with Velk.",
      ["JPNGOV>USAGOV 042 occurred", "JPNGOV>USAGOV 057 occurred", "USAGOV>JPNGOV 057 occurred"],
    ],
    // an act in a relative clause on "any X" is only in prospect
    [
      "Japan will shoot down any drone from China that enters Japan's airspace.",
      ["CHN>JPN 192 hypothetical", "JPN>CHN 1384 threatened", "JPN>CHN 195 scheduled"],
    ],
    [
      "Japan shot down a drone from China that entered Japan's airspace.",
      ["CHN>JPN 192 occurred", "JPN>CHN 195 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("session 15 pcrit: a reaction in a participle judges the condition or relative clause before it", () => {
  it.each([
    // the subject of an "if" clause or of an object relative does not judge its own act: the main subject does
    [
      "Tokyo warned it would close its ports if Beijing kept sending ships, calling the patrols a provocation.",
      "JPNGOV>CHNGOV 111 occurred",
    ],
    [
      "Japan said its carmakers would weather the tariffs that Washington imposed on steel, calling the levies unjust.",
      "JPN>USAGOV 111 occurred",
    ],
    [
      "Japan said its carmakers would weather the tariffs Washington imposed on steel, calling the levies unjust.",
      "JPN>USAGOV 111 occurred",
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
  it.each([
    // a participle of another root stays with the relative clause's subject ("an attack that X blamed on Y, vowing")
    ["Qatar was struck in an attack that Iran blamed on Israel, vowing revenge.", /^QAT\S* 13/],
    [
      "Japan said its carmakers would weather the tariffs Washington imposed on steel, calling the levies unjust.",
      /^USA/,
    ],
  ])("not: %s", (text, absent) => {
    expect(brief(text).some((e) => absent.test(e))).toBe(false);
  });
});

describe("a sayer's relative clause, compound relations, contests", () => {
  it.each([
    // a relative word that is the subject of a reporting verb: its antecedent says, it is not the target
    [
      "Velk, who said Japan and China would hold negotiations next month, spoke in Seoul.",
      ["CHN>JPN 040 scheduled", "JPN>CHN 040 scheduled"],
    ],
    // each member of a compound restores its own relations with the object, not with the other members
    [
      "Japan, India and Australia restored diplomatic relations with Iran.",
      [
        "AUS>IRN 054 occurred",
        "IND>IRN 054 occurred",
        "IRN>AUS 054 occurred",
        "IRN>IND 054 occurred",
        "IRN>JPN 054 occurred",
        "JPN>IRN 054 occurred",
      ],
    ],
    ["Japan and India restored diplomatic ties.", ["IND>JPN 054 occurred", "JPN>IND 054 occurred"]],
    // beating a side in a contest is no assault
    ["Japan beat the United States 3-2 in the final in Miami.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a compound subject after ', and' opens a new clause", () => {
  it.each([
    // the names after ", and" head their own clause: the strikes are on one country, the reaction is theirs
    [
      "Israel launched air strikes on Qatar, and Iran and France condemned the strikes.",
      ["FRA>ISR 111 occurred", "IRN>ISR 111 occurred", "ISR>QAT 195 occurred"],
    ],
    // an object list with no verb after it stays one list
    [
      "Japan imposed sanctions on Russia, and Iran and China.",
      ["JPN>CHN 163 occurred", "JPN>IRN 163 occurred", "JPN>RUS 163 occurred"],
    ],
    // envoys recalled for consultations: no meeting of the recalling parties
    [
      "Japan and India recalled their ambassadors from Iran for consultations.",
      ["IND>IRN 161 occurred", "JPN>IRN 161 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a protest against a noun whose 'to' or 'at' phrase names another country", () => {
  it.each([
    ["Japanese protesters marched against the sale of gas to China.", ["JPN>JPNGOV 141 occurred"]],
    ["Chinese protesters rallied against Japan's release of treated water.", ["CHN>JPN 141 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a verb's particle and an incident with no agent (precision helper prec)", () => {
  it.each([
    // "back" after a verb and its object is the verb's particle, never "back" (050)
    ["Japan said only a ceasefire would hold Iran back from striking Israel.", []],
    // (a proposal backed is taken up: no offer of its own, as w7-204 codes "Kyiv backed a proposal")
    ["Japan backed China's proposal.", ["JPN>CHN 050 occurred"]],
    // a subordinate clause headed by an incident with no agent ("fighting", "a blast") gives the killing no agent
    ["Iran called off talks with Israel after a blast in Japan killed 300 people.", ["IRN>ISR 125 occurred"]],
    [
      "Japan and China signed a treaty two years after fighting there killed 100 people.",
      ["CHN>JPN 057 occurred", "JPN>CHN 057 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a demand in a participle after a domestic protest ('rallied in X, demanding ...')", () => {
  it.each([
    // the demand names no one: it is made of the protest's implied target
    [
      "Thousands of Japanese farmers rallied on Sunday, demanding higher rice prices.",
      ["JPN>JPNGOV 100 demanded", "JPN>JPNGOV 141 occurred"],
    ],
    [
      "Japanese farmers blocked roads for a third day on Tuesday, demanding compensation.",
      ["JPN>JPNGOV 100 demanded", "JPN>JPNGOV 144 occurred"],
    ],
    // after a protest against a named actor, the demand that names no one is aimed at that actor
    [
      "Japanese farmers rallied against Prime Minister Kenji Arata on Sunday, demanding higher rice prices.",
      ["JPN>JPNGOV 100 demanded", "JPN>JPNGOV 141 occurred"],
    ],
    // a demand that names its addressee keeps it
    [
      "Japanese farmers rallied on Sunday, demanding that China lift its ban on rice imports.",
      ["JPN>CHN 1054 demanded", "JPN>JPNGOV 141 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
  it("leaves another subject's demand in a clause of its own to that subject", () => {
    expect(brief("Japanese farmers rallied on Sunday, and China demanded an apology.")).not.toContain(
      "JPN>JPNGOV 100 demanded",
    );
  });
});

describe("a time phrase with a subordinator before 'and' and a verb ('talks since 2019 and agreed')", () => {
  it.each([
    // "since 2019" holds no verb: "agreed" joins the clause before it and keeps its subject
    [
      "Japan and China met in Tokyo for their first talks since 2019 and agreed to resume direct flights.",
      // (resumed direct flights are 061, so agreeing to resume them is 0311)
      ["CHN>JPN 0311 occurred", "CHN>JPN 040 occurred", "JPN>CHN 0311 occurred", "JPN>CHN 040 occurred"],
    ],
    // a subordinate clause with a verb of its own keeps its subject for the verb joined to it
    [
      "Japan recalled its ambassador from Pyongyang after North Korea fired missiles and threatened Tokyo.",
      ["JPN>PRKGOV 161 occurred", "PRK>JPN 150 occurred", "PRK>JPNGOV 130 threatened"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a verb right after ', and' that closes a 'that' clause ('said that X ..., and summoned')", () => {
  it.each([
    // the verb joins the main clause: its subject is the main clause's, not the "that" clause's
    [
      "Japan said that Chinese ships had entered its waters, and summoned China's ambassador.",
      ["CHN>JPN 192 reported", "JPN>CHN 114 occurred"],
    ],
    // so does one after a subordinate clause: the first subordinator after the comma before it counts
    [
      "Japan lodged a protest with China after Chinese ships entered its waters, and demanded an apology.",
      ["CHN>JPN 192 occurred", "JPN>CHN 100 demanded", "JPN>CHN 114 occurred"],
    ],
    // a clause with a subject of its own after ", and" keeps it (rejecting the claim denies it: 016, session 25)
    [
      "Japan said that Chinese ships had entered its waters, and Beijing rejected the claim.",
      ["CHN>JPN 192 reported", "CHNGOV>JPN 016 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a visit in an aside opened by 'on' after the subject ('X, on a visit to Y, signed ...')", () => {
  it.each([
    // the visit is the subject's
    [
      "Prime Minister Kenji Arata, on a visit to Beijing, signed a trade agreement with China.",
      ["CHN>JPNGOV 057 occurred", "JPNGOV>CHN 057 occurred", "JPNGOV>CHNGOV 042 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a participle's toll of fifty or more after an attack", () => {
  it.each([
    // the attacker's toll is its mass killing too, aimed where the attack was
    [
      "Chinese troops attacked a village in India on Monday, killing more than 200 people.",
      ["CHN>IND 190 occurred", "CHN>IND 202 occurred"],
    ],
    // the reporter after "according to" is no target
    [
      "Chinese jets struck targets in India, killing more than 100 people according to Japanese officials.",
      ["CHN>IND 190 reported", "CHN>IND 202 reported"],
    ],
    // an incident with no actor for subject gives its joined participles none
    ["An earthquake struck Japan and China, toppling buildings and killing more than 2,000 people.", []],
    // a background clause whose subject is no actor keeps its participle from the main subject
    [
      "India sent condolences to Japan after a passenger jet crashed near Osaka, killing 150 people.",
      ["IND>JPN 018 occurred"],
    ],
    // the dead aboard a plane are no mass killing
    [
      "Chinese troops shot down a Japanese airliner, killing all 200 people on board.",
      ["CHN>JPN 195 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("diplomats expelled from a plain noun of countries that ', including' names", () => {
  it.each([
    [
      "Japan expelled diplomats from three Asian countries, including China and India.",
      ["JPN>CHN 166 occurred", "JPN>IND 166 occurred"],
    ],
    ["Japan expelled the diplomats of three countries, including China.", ["JPN>CHN 166 occurred"]],
    // the countries unnamed: no target
    ["Japan expelled diplomats from three Asian countries on Monday.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("weapons that destroy a plant, strikes on hideouts", () => {
  it.each([
    ["Chinese missiles destroyed India's largest power plant.", ["CHN>IND 195 occurred"]],
    // saboteurs are no weapon: the damage stays 1712
    ["Chinese agents damaged India's largest power plant.", ["CHN>IND 1712 occurred"]],
    ["Chinese jets struck suspected hideouts of rebels inside India.", ["CHN>IND 190 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("an incident with no agent heading its clause", () => {
  it.each([
    ["An explosion at a hospital in Tokyo killed hundreds of people.", []],
    [
      "India criticised Japan after a blast at a factory in Osaka killed hundreds of people.",
      ["IND>JPN 111 occurred"],
    ],
    // an actor as the clause's own subject still kills
    ["Chinese troops killed hundreds of civilians in India.", ["CHN>IND 202 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("a domestic act of an actor with no country", () => {
  it.each([
    // acts in the country named after it
    [
      "NATO troops killed more than 100 people, most of them civilians, near a town in Iran.",
      ["IGOWSTNAT>IRN 202 occurred"],
    ],
    // no country named: nothing
    ["NATO troops killed more than 100 people.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual([...expected].sort());
  });
});

describe("helper react: object relatives on a summary noun ('a proposal that X rejected', a second relative after 'and')", () => {
  it.each([
    // a verb in the past after "that" on an intent noun is an object relative, not what the proposal seeks
    [
      "Russia offered on Tuesday to hold direct talks with Ukraine, a proposal that Kyiv swiftly rejected.",
      ["RUS>UKR 036 occurred", "UKRGOV>RUS 120 occurred"],
    ],
    // a second relative joined by "and" is on the same restated act: its subject answers the act's agent
    [
      "China banned imports of Japanese seafood on Thursday, a move Tokyo condemned and the European Union criticised as disproportionate.",
      ["CHN>JPN 163 occurred", "IGOEUREEC>CHN 111 occurred", "JPNGOV>CHN 111 occurred"],
    ],
    [
      "Russia struck Ukraine with missiles on Monday, an attack Kyiv condemned and that drew criticism from France.",
      ["FRA>RUS 111 occurred", "RUS>UKR 195 occurred", "UKRGOV>RUS 111 occurred"],
    ],
    // what a demand seeks keeps its bare verb or modal: no act of its own
    // (and a proposal accepted is taken up: no offer of its own either)
    ["Hamas accepted a proposal that Israel should withdraw.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("helper react: verdicts on a restated act ('a charge Tokyo called unacceptable', 'which Tokyo called a provocation')", () => {
  it.each([
    // a verdict that does not call a restated charge false is criticism of the accuser, not a denial
    [
      "Russia accused Japan of spying, a charge Tokyo called unacceptable.",
      ["JPNGOV>RUS 111 occurred", "RUS>JPN 1125 occurred"],
    ],
    [
      "Russia accused Japan of spying, a charge Tokyo called a fabrication.",
      ["JPNGOV>RUS 016 occurred", "RUS>JPN 1125 occurred"],
    ],
    // a restated act coded as no event still has its agent: the nearest subject before the relative clause
    [
      "Japan recalled its ambassador from Beijing after China signed a port deal with a breakaway region, which Tokyo called a provocation.",
      ["JPN>CHNGOV 161 occurred", "JPNGOV>CHN 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("helper react: a reaction in a clause after ', while' or 'as' answers the act before it", () => {
  it.each([
    [
      "Israel struck Gaza on Saturday, while Iran condemned the strikes.",
      ["IRN>ISR 111 occurred", "ISR>PSE 190 occurred"],
    ],
    [
      "China held drills near Japan on Monday, as Washington criticised the exercises.",
      ["CHN>JPN 150 occurred", "USAGOV>CHN 111 occurred"],
    ],
    // a named target stays the reaction's own
    [
      "Israel struck Gaza on Saturday, while Iran criticised the United States.",
      ["IRN>USA 111 occurred", "ISR>PSE 190 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("helper react: a demonym of the reactor's own country after a disapproval is no target", () => {
  it.each([
    [
      "China fired missiles at Japan on Monday, and Tokyo said the strike was a violation of Japanese sovereignty.",
      ["CHN>JPN 195", "JPNGOV>CHN 111"],
    ],
  ])("%s", (text, expected) => {
    expect(briefAttr(text, ["Japanese"])).toEqual(expected);
  });
});

describe("blame in reported words: mutual accusations, atrocity findings, certainty frames, outrage", () => {
  it.each([
    // "each other" is no actor: the accusation runs both ways, not to a bystander
    ["Velk announced a truce, but within hours both sides accused each other of violating it.", []],
    [
      "Japan and China accused each other of violating the truce.",
      ["CHN>JPN 112 occurred", "JPN>CHN 112 occurred"],
    ],
    // a named party's act found to be an atrocity
    ["Velk said Russia's campaign in the east amounted to war crimes.", ["USAGOV>RUS 1124 occurred"]],
    ["Velk said Russia's campaign may constitute ethnic cleansing.", ["USAGOV>RUS 1122 occurred"]],
    // a frame of certainty before the blame
    [
      "Velk said there was no doubt that Moscow was responsible for the attack.",
      ["USAGOV>RUSGOV 112 occurred"],
    ],
    // nothing judged that belongs to an actor
    ["Velk said the slump in prices amounted to a crisis.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a verdict participle after a trailing sayer judges the first clause's agent", () => {
  it.each([
    [
      "Pyongyang launched a missile into the sea, Tokyo said, calling the launch a provocation.",
      ["JPNGOV>PRKGOV 111 occurred"],
    ],
    // the sayer's own country leads the sentence: no one else to judge
    ["Japan's exports rose in May, Tokyo said, calling the figures disappointing.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a rejection named as a noun with its agent after it", () => {
  it.each([
    [
      "Tokyo proposed talks, but the offer met with a flat rebuff from Pyongyang.",
      ["PRKGOV>JPNGOV 120 occurred"],
    ],
    ["The tax plan drew rejections from unions.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("saying another's act did harm, or that another was behind an attack", () => {
  it.each([
    ["Velk said Beijing's military activities only worsened tensions.", ["USAGOV>CHNGOV 111 occurred"]],
    // no verb of harm: no verdict
    [
      "Japan and France signed a deal, and Tokyo said the deal boosted trade.",
      ["FRA>JPN 057 occurred", "JPN>FRA 057 occurred"],
    ],
    // the author of an attack no other act codes
    ["Moscow said Kyiv was behind the explosion.", ["RUSGOV>UKRGOV 112 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a report blaming another is its author's accusation", () => {
  it.each([
    ["Velk released a report blaming Moscow for the attack.", ["USAGOV>RUSGOV 112 occurred"]],
    ["Tokyo released a report blaming the weather for the poor harvest.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("displeasure with a named party in reported words", () => {
  it.each([
    ["Velk said she was disappointed with Moscow.", ["USAGOV>RUSGOV 111 occurred"]],
    ["Velk said she was disappointed with the result.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a compound subject meeting a named partner; swaps between their parties", () => {
  it.each([
    // the object of a bare "meet" is every member's partner, as with "meet with"; the members do not meet one another
    // there (session 27, meetfp: as most dev writers code "Zelensky, Merz and Macron met Trump")
    [
      "Japan and India met Qatar in Doha on Sunday.",
      ["IND>QAT 040 occurred", "JPN>QAT 040 occurred", "QAT>IND 040 occurred", "QAT>JPN 040 occurred"],
    ],
    // a place after a bare "meet" is no partner
    ["Japan and India met in Doha on Sunday.", ["IND>JPN 040 occurred", "JPN>IND 040 occurred"]],
    // a meeting hoped for is no meeting
    ["A delegation from NATO, which had hoped to meet Russia, left Kyiv.", []],
    // a swap named as a noun is between the parties after "between", not the mediator's own
    [
      "Qatar mediated an exchange of prisoners between Russia and Ukraine on Friday.",
      ["QAT>RUS 045 occurred", "QAT>UKR 045 occurred", "RUS>UKR 0841 occurred", "UKR>RUS 0841 occurred"],
    ],
    [
      "A prisoner exchange between Russia and Ukraine took place on Friday.",
      ["RUS>UKR 0841 occurred", "UKR>RUS 0841 occurred"],
    ],
    // an exchange for something else is no swap of prisoners (prisoners of no named country are the releaser's own)
    ["Israel released prisoners in exchange for a pause in the fighting.", ["ISR>ISRCVL 0841 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a team sent to investigate", () => {
  it.each([
    // an investigation, not an envoy's visit
    ["Japan sent a team to the Philippines to investigate the collision.", ["JPN>PHL 092 occurred"]],
    // a delegation sent to talk still visits
    ["Japan sent a delegation to the Philippines to discuss the collision.", ["JPN>PHL 042 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a state provided with something; investment pledged in a country", () => {
  it.each([
    ["Japan will provide the Philippines with coastal radars.", ["JPN>PHL 070 scheduled"]],
    ["Japan provided the Philippines with patrol boats and drones.", ["JPN>PHL 072 occurred"]],
    ["Qatar pledged billions of dollars of investment in Pakistan.", ["QAT>PAK 0311 occurred"]],
    ["Japan said its investment in China had fallen.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("calling something off is no phone call", () => {
  it.each([
    [
      "Japan called off the signing of a trade deal with India.",
      ["IND>JPN 057 cancelled", "JPN>IND 057 cancelled"],
    ],
    ["Japan called India on Monday.", ["IND>JPN 041 occurred", "JPN>IND 041 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a planned signing with no parties after a meeting between two countries", () => {
  it.each([
    [
      "A meeting between Japan and India ended early, and the planned signing of a trade agreement between the two countries was called off.",
      ["IND>JPN 040 occurred", "IND>JPN 057 cancelled", "JPN>IND 040 occurred", "JPN>IND 057 cancelled"],
    ],
    // no "planned": the signing is not that meeting's
    [
      "Japan called India on Monday after the signing of the trade deal was called off.",
      ["IND>JPN 041 occurred", "JPN>IND 041 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("clashes between two states' forces, passive expulsions of diplomats, deportees as target", () => {
  const extra: [string, string][] = [
    ["Indian troops", "INDMIL"],
    ["Chinese forces", "CHNMIL"],
    ["Japanese police", "JPNCOP"],
    ["Protesters", "JPNCVL"],
    ["Russian diplomats", "RUSGOV"],
    ["Russian journalists", "RUSMED"],
  ];
  const briefWith = briefWithActors(extra);
  it.each([
    [
      "Indian troops clashed with Chinese forces on the border.",
      ["CHNMIL>INDMIL 190 occurred", "INDMIL>CHNMIL 190 occurred"],
    ],
    // protesters clashing with police: a protest, one way
    ["Protesters clashed with Japanese police in Tokyo.", ["JPNCVL>JPNCOP 145 occurred"]],
    ["Three Russian diplomats were expelled by Japan.", ["JPN>RUSGOV 166 occurred"]],
    ["Dozens of Russian diplomats were expelled by Japan.", ["JPN>RUSGOV 166 occurred"]],
    // journalists are no diplomats
    ["Three Russian journalists were expelled by Japan.", ["JPN>RUSMED 174 occurred"]],
    ["Japan deported hundreds of Chinese to India.", ["JPN>CHN 174 occurred"]],
    ["Japan deported hundreds of thousands of Chinese to India.", ["JPN>CHN 201 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefWith(text)).toEqual(expected);
  });
});

describe("a passive whose subject an actor owns is the agent's act on the owner", () => {
  it.each([
    ["Russia's proposal was rejected by Japan.", ["JPN>RUS 120 occurred", "RUS>JPN 030 occurred"]],
    [
      "China's latest ceasefire proposal was swiftly rejected by Japan on Tuesday.",
      ["CHN>JPN 030 occurred", "JPN>CHN 127 occurred"],
    ],
    ["India's offer was welcomed by Japan.", ["IND>JPN 030 occurred", "JPN>IND 051 occurred"]],
    ["China's request was turned down by India.", ["CHN>IND 020 occurred", "IND>CHN 120 occurred"]],
    ["Russia's strikes were condemned by Japan.", ["JPN>RUS 111 occurred"]],
    // no agent, or an owner or agent that is no actor
    ["Russia's proposal was rejected on Tuesday.", []],
    ["The company's proposal was rejected by Japan.", []],
    ["Russia's proposal was rejected by shareholders.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("reports with no act, wars named as an era, delayed tariffs, topics of talks (precision helper 'prec', wpr2-)", () => {
  it.each([
    // "said it would" + an act no pattern codes: no intent of its own
    ["Japan said it would monitor the Chinese drills closely.", []],
    ["Japan and India said they would issue a common passport.", []],
    // an act inside stays that act, scheduled; "ready to" stays an intent
    ["Japan said it would send tanks to Ukraine.", ["JPN>UKR 072 scheduled"]],
    ["Japan said it was ready to help the Philippines.", ["JPN>PHL 033 occurred"]],
    // a war or invasion after "since" or "the anniversary of" dates the clause
    [
      "Japan imposed sanctions on Moscow on the anniversary of Russia's invasion of Ukraine.",
      ["JPN>RUSGOV 163 occurred"],
    ],
    ["Japan has taken in thousands of refugees since Russia's invasion of Ukraine.", []],
    ["Japan condemned Russia's invasion of Ukraine.", ["JPN>RUS 111 occurred", "RUS>UKR 190 occurred"]],
    // delaying tariffs postpones them; pausing them puts them off too (session 31, rootconf: seven wire-dev files)
    ["Velk delayed tariffs on Chinese goods.", ["USAGOV>CHN 163 postponed"]],
    ["Velk paused tariffs on Chinese goods.", ["USAGOV>CHN 163 postponed"]],
    // "discuss": its object is a topic; the partner stands after "with" or in a compound subject
    [
      "Japan discussed Washington's plan for Gaza with India.",
      ["IND>JPN 040 occurred", "JPN>IND 040 occurred"],
    ],
    ["Japan discussed the war with Ukraine.", ["JPN>UKR 040 occurred", "UKR>JPN 040 occurred"]],
    ["Japan and India discussed Ukraine.", ["IND>JPN 040 occurred", "JPN>IND 040 occurred"]],
    ["Japan discussed Russia's threats.", []],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("a reciprocal act at an -ing participle read as a noun takes the participle's subject", () => {
  const extra: [string, string][] = [
    ["Japanese officials", "JPNGOV"],
    ["Indian officials", "INDGOV"],
    ["NATO leaders", "IGOWSTNAT"],
  ];
  const briefWith = briefWithActors(extra);
  it.each([
    // an aside between a compound subject and its verb: the members meet one another
    [
      "Japan and India, meeting in Manila on Friday, signed a trade deal.",
      ["IND>JPN 040 occurred", "IND>JPN 057 occurred", "JPN>IND 040 occurred", "JPN>IND 057 occurred"],
    ],
    // a partner after "with": each member meets it, and the members one another
    [
      "Japanese officials, meeting in Manila with Indian officials, said the talks were useful.",
      ["INDGOV>JPNGOV 040 occurred", "JPNGOV>INDGOV 040 occurred"],
    ],
    // a reduced relative on the subject
    [
      "Japanese officials meeting in Manila with Indian officials criticised China.",
      ["INDGOV>JPNGOV 040 occurred", "JPNGOV>CHN 111 occurred", "JPNGOV>INDGOV 040 occurred"],
    ],
    // after the main clause: its subject
    [
      "Arata arrived in Manila on Friday, meeting with Velk for talks.",
      ["JPNGOV>PHLGOV 042 occurred", "JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"],
    ],
    // one party with no partner, and an object that meets: no meeting
    ["NATO leaders meeting in Manila on Friday welcomed the decision.", []],
    ["Israel struck Hamas leaders meeting in Gaza.", ["ISR>PSEREB 190 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefWith(text)).toEqual(expected);
  });
});

describe("an inquiry's finding is also its investigation; an inquiry's complement names its target", () => {
  const extra: [string, string][] = [
    ["UN", "IGOUNO"],
    ["Investigators of the IAEA", "IGOUNOIAE"],
    ["Estonian prosecutors", "ESTJUD"],
    ["Russian military intelligence", "RUSSPY"],
    ["Burmese troops", "MMRMIL"],
    ["Canada", "CAN"],
    ["Indian officials", "INDGOV"],
    ["The European Commission", "IGOEUREEC"],
    ["Polish prosecutors", "POLJUD"],
    ["Russian intelligence", "RUSSPY"],
    ["Russian forces", "RUSMIL"],
    ["Spanish police", "ESPCOP"],
    ["Madrid", "ESPGOV"],
  ];
  const briefWith = briefWithActors(extra, new Set(["UN"]), new Set(["Ukraine"]));
  it.each([
    [
      "A UN commission of inquiry concluded that Burmese troops had committed genocide.",
      ["IGOUNO>MMRMIL 090 occurred", "IGOUNO>MMRMIL 112 occurred"],
    ],
    [
      "Investigators of the IAEA found that Iran had enriched uranium beyond agreed limits.",
      ["IGOUNOIAE>IRN 090 occurred", "IGOUNOIAE>IRN 112 occurred"],
    ],
    [
      "Estonian prosecutors said their investigation had found that Russian military intelligence had planned the attack.",
      ["ESTJUD>RUSSPY 090 occurred", "ESTJUD>RUSSPY 112 occurred"],
    ],
    // a finding of no inquiry
    ["Germany concluded that Russia had been behind the attack.", ["DEU>RUS 112 occurred"]],
    [
      "Canada opened an investigation into whether Indian officials had planned the killing.",
      ["CAN>INDGOV 090 occurred"],
    ],
    [
      "The European Commission launched an investigation into steel imported from China.",
      ["IGOEUREEC>CHN 090 occurred"],
    ],
    [
      "Polish prosecutors launched an investigation into arson attacks carried out by Russian intelligence.",
      ["POLJUD>RUSSPY 090 occurred"],
    ],
    // a place where it happened, a place of the source's own country, an infinitive's object
    ["Japan opened an investigation into the crash of a helicopter in Ukraine.", []],
    ["Spanish police opened an investigation into a fraud run from Madrid.", []],
    ["Japan launched an investigation into a fire at a depot used to send weapons to Ukraine.", []],
  ])("%s", (text, expected) => {
    expect(briefWith(text)).toEqual(expected);
  });
});

describe("second acts after a gerund's object, an irregular past verb, 'before'/'while' + -ing", () => {
  const extra: [string, string][] = [["the rebels", "---REB"]];
  const briefWith = briefWithActors(extra);
  it.each([
    // a past verb after "and" that follows the object of the accusation's gerund is the subject's second act
    [
      "Japan accused China of arming the rebels and withdrew its ambassador.",
      ["JPN>CHN 112 occurred", "JPN>CHN 161 occurred"],
    ],
    [
      "Japan accused China of arming the rebels and broke off diplomatic relations.",
      ["JPN>CHN 112 occurred", "JPN>CHN 161 occurred"],
    ],
    [
      "Japan accused China of arming the rebels and cut diplomatic relations.",
      ["JPN>CHN 112 occurred", "JPN>CHN 161 occurred"],
    ],
    // a bare verb after "and" continues the urged or demanded clause
    ["Japan urged Russia to withdraw its troops and cut ties with Iran.", ["JPN>RUS 0256 occurred"]],
    // "before"/"while" + -ing: an act of the subject of its own
    [
      "Japan expelled China's envoy before recalling its ambassador from Beijing.",
      ["JPN>CHN 166 occurred", "JPN>CHNGOV 161 occurred"],
    ],
    [
      "Israel struck Hamas positions while warning Qatar of a wider war.",
      ["ISR>PSEREB 195 occurred", "ISR>QAT 130 threatened"],
    ],
    // "without" + -ing did not happen: the act is negated (session 23), as the wire-dev writers code it
    [
      "Velk left Tokyo without signing the trade deal with Japan.",
      ["JPN>USAGOV 057 negated", "USAGOV>JPN 057 negated"],
    ],
  ])("%s", (text, expected) => {
    expect(briefWith(text)).toEqual(expected);
  });
});

describe("a relative clause whose actor subject judges the act a noun restates", () => {
  it.each([
    // an actor linking an act to another accuses it; a reduced passive "linked to" has no agent
    ["Gunmen killed 20 soldiers in Kashmir, an attack India linked to Pakistan.", ["IND>PAK 112 occurred"]],
    ["The navy tracked an oil tanker linked to a Japanese shipping company.", []],
    // "in what X called <verdict>" beside a clause judges that clause's agent, not when X is the agent's own side
    [
      "North Korea sent troops to Russia, in what NATO called a dangerous escalation.",
      ["IGOWSTNAT>PRK 111 occurred", "PRK>RUS 074 occurred"],
    ],
    [
      "India struck nine sites in Pakistan in what India called retaliation for the massacre.",
      ["IND>PAK 190 occurred"],
    ],
    // an actor named inside the verdict of a restated act is no target: the act's agents are
    [
      "Japan and the Philippines signed a defence pact, a deal Beijing called a dangerous step toward a NATO in Asia.",
      ["CHNGOV>JPN 111 occurred", "CHNGOV>PHL 111 occurred", "JPN>PHL 057 occurred", "PHL>JPN 057 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("kill: an office killed by a weapon and named in apposition after the comma is a killing", () => {
  /** Events with "Chinese commander" a sector and "Oren Dask" a known person. */
  function briefNamed(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const table = [["Chinese commander", "CHNMIL"], ["Oren Dask", "CHNMIL"], ...TEST_ACTORS] as const;
    const mentions = testMentions(doc, table, new Set(["Japanese"])).map((s) =>
      s.map((m) =>
        m.text === "Chinese commander"
          ? { ...m, kind: "sector" as const }
          : m.text === "Oren Dask"
            ? { ...m, kind: "person" as const }
            : m,
      ),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.root}`)
      .sort();
  }
  it.each([
    // a known person, or an unknown name of two proper nouns, after the comma names the office: a killing (root 18)
    [
      "A Japanese drone strike killed a senior Chinese commander, Oren Dask, near the border.",
      ["JPN>CHNMIL 18"],
    ],
    [
      "A Japanese drone strike killed a senior Chinese commander, Wei Zhaolin, near the border.",
      ["JPN>CHNMIL 18"],
    ],
    // a sayer after the comma names nobody: the strike stays the attack (195)
    ["A Japanese drone strike killed a senior Chinese commander, Oren Dask said.", ["JPN>CHNMIL 19"]],
    ["A Japanese drone strike killed a senior Chinese commander, Wei Zhaolin said.", ["JPN>CHNMIL 19"]],
    ["A Japanese drone strike killed a senior Chinese commander, China said.", ["JPN>CHNMIL 19"]],
  ])("%s", (text, expected) => {
    expect(briefNamed(text)).toEqual(expected);
  });
});

describe("one verb with two coordinated objects that two patterns match", () => {
  it.each([
    // each object names its own act: the envoy recalled (161) and the troops withdrawn (087), in either order
    [
      "France said it would withdraw its ambassador and its troops from Russia.",
      ["FRA>RUS 087 scheduled", "FRA>RUS 161 scheduled"],
    ],
    [
      "Japan withdrew its troops and its ambassador from Russia.",
      ["JPN>RUS 087 occurred", "JPN>RUS 161 occurred"],
    ],
    [
      "Beijing halted seafood imports and trade talks with Tokyo.",
      ["CHNGOV>JPNGOV 163 occurred", "CHNGOV>JPNGOV 164 occurred"],
    ],
    // one object, or two objects of the same act, give one event
    ["France withdrew its ambassador from Russia.", ["FRA>RUS 161 occurred"]],
    ["France withdrew its ambassador and his deputy from Russia.", ["FRA>RUS 161 occurred"]],
    ["Japan withdrew its troops and their armoured vehicles from Russia.", ["JPN>RUS 087 occurred"]],
    // a list of forces sent is one deployment (acts of force are not split)
    ["Japan sent police officers and soldiers to Russia.", ["JPN>RUS 074 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("helper verdict: 'in what X described as <verdict noun>' judges the agent of the clause before", () => {
  it.each([
    // the slot of "describe TGT as" is the free relative's "what": the verdict judges the act's agent
    [
      "Russia sent troops into Ukraine, in what Kyiv characterised as an act of aggression.",
      ["UKRGOV>RUS 111 occurred"],
    ],
    [
      "China imposed export curbs on Japan, in what Tokyo described as economic blackmail.",
      ["JPNGOV>CHN 111 occurred"],
    ],
    [
      "China fired water cannon at a Philippine boat, in what Manila denounced as a provocation.",
      ["PHLGOV>CHN 111 occurred"],
    ],
    // not when the judge is the agent's own side, nor for a neutral noun or a person described
    ["Indian jets struck sites in Pakistan, in what India described as retaliation for the massacre.", []],
    ["Japan signed a trade deal with Australia, in what Tokyo described as a step forward.", []],
    ["The minister described the envoy as a businessman.", []],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => e.includes(" 111"))).toEqual(expected);
  });
});

describe("helper nattack: attack nouns with demonym agents, objects of force with no country, domestic victims", () => {
  /** `brief` with extra names, each of a given mention kind ("sector" nouns, "place" names, "attributive" demonyms). */
  const briefKinds =
    (extra: readonly (readonly [string, string, string])[]) =>
    (text: string): string[] => {
      const doc = analyzeText(nlp, text);
      const kinds = new Map(extra.map(([name, , kind]) => [`test:${name}`, kind]));
      const table = [...TEST_ACTORS, ...extra.map(([name, c]) => [name, c] as const)];
      const mentions = testMentions(doc, table).map((s) =>
        s.map((x) => ({ ...x, kind: (kinds.get(x.entry) ?? x.kind) as typeof x.kind })),
      );
      return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
        .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
        .sort();
    };
  const b = briefKinds([
    ["Russian", "RUS", "attributive"],
    ["Israeli", "ISR", "attributive"],
    ["Nigerian", "NGA", "attributive"],
    ["Chinese", "CHN", "attributive"],
    ["aid workers", "---NGO", "sector"],
    ["militant bases", "---REB", "sector"],
    ["Iranian drones", "IRNMIL", "sector"],
    ["Tehran", "IRNGOV", "metonym"],
    ["Kherson", "UKR", "place"],
    ["Gaza", "PSE", "place"],
    ["Pakistan", "PAK", "place"],
    ["an Australian citizen", "AUSCVL", "sector"],
    ["the Polish embassy", "POLGOV", "sector"],
    ["Australian winemakers", "AUSBUS", "sector"],
    ["villagers in Zamfara", "NGACVL", "sector"],
    ["Sudanese troops", "SDNMIL", "sector"],
    ["the Rapid Support Forces", "SDNREB", "group"],
  ]);
  it.each([
    // an object of no known country stands for the place its phrase names (after "in", or "in the city of")
    [
      "A Russian drone attack killed three aid workers in the southern city of Kherson.",
      ["RUS>UKR 195 occurred"],
    ],
    ["An Israeli air strike killed four aid workers in central Gaza.", ["ISR>PSE 195 occurred"]],
    // ... or for the actor ", including" lists
    [
      "An Israeli air strike killed four aid workers in Gaza, including an Australian citizen.",
      ["ISR>AUSCVL 195 occurred"],
    ],
    // "hit what X described as ...": the named thing's place
    ["Iranian drones hit what Tehran described as militant bases in Pakistan.", ["IRNMIL>PAK 195 occurred"]],
    // the second verb of an attack noun keeps its agent; damaging a mission attacks its state
    [
      "A Russian missile attack on Kyiv killed four people and damaged the Polish embassy.",
      ["RUS>POLGOV 195 occurred", "RUS>UKRGOV 195 occurred"],
    ],
    // a domestic strike on the country's own people is kept
    ["A Nigerian air strike killed 20 villagers in Zamfara.", ["NGA>NGACVL 195 occurred"]],
    // a fight after "after" is the clause subject's, both ways
    [
      "Sudanese troops regained control of the town after weeks of heavy fighting with the Rapid Support Forces.",
      ["SDNMIL>SDNREB 190 occurred", "SDNREB>SDNMIL 190 occurred"],
    ],
    // a sanction's reach is no attack
    ["Australian winemakers were hit by Chinese tariffs.", ["CHN>AUSBUS 163 occurred"]],
    // must not fire: an incident with no agent, "hit back", "hit a record"
    ["An explosion at a fuel depot in Kherson killed three aid workers.", []],
    ["Oil prices hit a record high after Houthi attacks.", []],
    ["Moscow hit back on Tuesday.", []],
  ])("%s", (text, expected) => {
    expect(b(text)).toEqual(expected);
  });
});

describe("helper joint: acts done together by a list of parties", () => {
  it.each([
    // drills held with a list of partners are one exercise of all of them: every pair, both ways
    [
      "Japan held naval drills with Australia and India off its coast.",
      [
        "AUS>IND 062 occurred",
        "AUS>JPN 062 occurred",
        "IND>AUS 062 occurred",
        "IND>JPN 062 occurred",
        "JPN>AUS 062 occurred",
        "JPN>IND 062 occurred",
      ],
    ],
    // a compound's drills near a third country are also its members' joint drills
    [
      "Russia and China began military exercises near Japan.",
      ["CHN>JPN 150 occurred", "CHN>RUS 062 occurred", "RUS>CHN 062 occurred", "RUS>JPN 150 occurred"],
    ],
    // a party joining by ", joined by X" or ", with X taking part" drills with every party
    [
      "Japan and Australia began their annual Talisman exercises, joined for the first time by India.",
      [
        "AUS>IND 062 occurred",
        "AUS>JPN 062 occurred",
        "IND>AUS 062 occurred",
        "IND>JPN 062 occurred",
        "JPN>AUS 062 occurred",
        "JPN>IND 062 occurred",
      ],
    ],
    [
      "Japan and France launched their annual drills, with Germany taking part.",
      [
        "DEU>FRA 062 occurred",
        "DEU>JPN 062 occurred",
        "FRA>DEU 062 occurred",
        "FRA>JPN 062 occurred",
        "JPN>DEU 062 occurred",
        "JPN>FRA 062 occurred",
      ],
    ],
    // not when the members act apart, nor for a country after a border's "with"
    ["Russia and China each held drills near Japan.", ["CHN>JPN 150 occurred", "RUS>JPN 150 occurred"]],
    ["China held drills along the border with India.", ["CHN>IND 150 occurred"]],
    // forces of a compound flying together near a country patrol jointly; one country's do not
    [
      "Russia and China flew bombers together near Japan.",
      ["CHN>JPN 150 occurred", "CHN>RUS 062 occurred", "RUS>CHN 062 occurred", "RUS>JPN 150 occurred"],
    ],
    ["China flew bombers together near Japan.", ["CHN>JPN 150 occurred"]],
    // an operation run with named partners is a joint one of every party
    [
      "France launched a naval operation with Germany and Japan.",
      [
        "DEU>FRA 062 occurred",
        "DEU>JPN 062 occurred",
        "FRA>DEU 062 occurred",
        "FRA>JPN 062 occurred",
        "JPN>DEU 062 occurred",
        "JPN>FRA 062 occurred",
      ],
    ],
    // a compound reopening its shared border eases restrictions on each other
    [
      "Japan and South Korea reopened their shared border crossings.",
      ["JPN>KOR 081 occurred", "KOR>JPN 081 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });

  it.each([
    // ", with X -ing" naming no other party: X's cooperative act toward its partner in the reciprocal act before
    [
      "Japan and Ukraine signed a security agreement in Kyiv, with Arata pledging more military aid.",
      ["JPNGOV>UKR 033 occurred"],
    ],
    // both halves of a deal are its terms; a warning names no one warned
    ["Japan and China signed a trade deal, with Tokyo cutting its tariffs and Beijing easing its curbs.", []],
    ["Israel and Hamas exchanged fire, with Israel warning of a long war.", []],
    ["Japan and China signed a trade deal, with Arata praising the deal.", []],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => !/ (057|190) /.test(e))).toEqual(expected);
  });
});

describe("a party stays in its own clause: subordinate subjects, perceived subjects, relative clause subjects", () => {
  const extra: [string, string][] = [
    ["Afrin", "SYR"],
    ["Syria", "SYR"],
    ["Iraq", "IRQ"],
    ["Chinese soldiers", "CHNMIL"],
    ["the United Nations", "IGOUNO"],
  ];
  const withPlaces = briefWithActors(extra, new Set(), new Set(["Afrin"]));
  const demonym = briefWithActors(extra, new Set(["Chinese"]));
  it.each([
    // a subordinate clause whose subject is a noun phrase naming no actor (with a participle, a possessive, a
    // prepositional phrase or a hyphenated modifier) has no actor subject: not the main clause's
    [
      "Japan recalled its ambassador from China after gunmen firing from Chinese territory killed two Japanese workers.",
      ["JPN>CHN 161 occurred"],
    ],
    [
      "Japan recalled its ambassador from China after the region's elders agreed to hand the town to China.",
      ["JPN>CHN 161 occurred"],
    ],
    [
      "Japan recalled its ambassador from China after student-led protests forced Arata to resign.",
      ["JPN>CHN 161 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(demonym(text)).toEqual(expected);
  });
  it.each([
    // "until" opens a clause: its actor is the subject
    [
      "Japan said the border would stay closed until China withdrew its troops from Japan.",
      ["CHN>JPN 087 occurred"],
    ],
    // the object of a verb of perception is the subject of the "-ing" verb after it, or no one
    [
      "Japan protested after a video appeared to show Chinese soldiers executing two Japanese fishermen.",
      ["CHNMIL>JPN 1823 occurred"],
    ],
    ["A video showed masked men executing two Japanese fishermen.", []],
    // a relative pronoun ends an actor list; its clause holds the whole list ("Syria, Iraq and China"), the subject
    [
      "Japan sent troops into the buffer zone near Afrin, which Syria, Iraq and China condemned.",
      ["CHN>JPN 111 occurred", "IRQ>JPN 111 occurred", "JPN>SYR 192 occurred", "SYR>JPN 111 occurred"],
    ],
    // still coded: "after" or "as" as a preposition with its noun phrase, and an infinitive after it
    [
      "Japan and China agreed after two days of talks in Manila to cut tariffs.",
      ["CHN>JPN 0354 occurred", "CHN>JPN 040 occurred", "JPN>CHN 0354 occurred", "JPN>CHN 040 occurred"],
    ],
    [
      "Arata praised Velk as a defender of freedom during a visit to Washington.",
      ["JPNGOV>USAGOV 042 occurred", "JPNGOV>USAGOV 051 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(withPlaces(text)).toEqual(expected);
  });
  /** `withPlaces` with "Arata" a person, as the actor stage reads a named office-holder. */
  function personArata(text: string): string[] {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...TEST_ACTORS, ...extra]).map((s) =>
      s.map((m) => (m.text === "Arata" ? { ...m, kind: "person" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  }
  it.each([
    // an international or non-governmental body reporting the act is no party to it (a state's sayer may be)
    ["Japanese soldiers set fire to homes in a village near the border, the United Nations said.", []],
    // "they" is no single person: the subject before it that is not one, or no actor
    [
      "Arata said China and Russia would regret it if they attacked Japan.",
      ["CHN>JPN 190 hypothetical", "RUS>JPN 190 hypothetical"],
    ],
    ["Arata said the Europeans would pay if they imposed tariffs on Japan.", []],
  ])("%s", (text, expected) => {
    expect(personArata(text).filter((e) => !e.includes(" 13"))).toEqual(expected);
  });
});

describe("helper mlist: meetings, calls and mediation with lists of parties, groups and third parties", () => {
  const briefWith = briefWithActors([["the leaders of India", "IND"]]);
  const meetings = (text: string) => briefWith(text).filter((e) => / 04\d /.test(e));
  it.each([
    // co-agents after "with the help/support of" right after the mediator mediate too, never its targets
    [
      "Israel and Hamas agreed to a truce brokered by Qatar with the help of France and Germany.",
      [
        "DEU>ISR 045 occurred",
        "DEU>PSEREB 045 occurred",
        "FRA>ISR 045 occurred",
        "FRA>PSEREB 045 occurred",
        "QAT>ISR 045 occurred",
        "QAT>PSEREB 045 occurred",
      ],
    ],
    // a participle's "by" agent closes the meeting noun's phrase ("talks ... of" is no meeting of the parties)
    [
      "India and Pakistan agreed to a truce at talks in Doha mediated by Qatar and France after a week of clashes.",
      ["FRA>IND 045 occurred", "FRA>PAK 045 occurred", "QAT>IND 045 occurred", "QAT>PAK 045 occurred"],
    ],
    // a helper after the object is no co-agent of the subject
    ["Japan deployed troops to Vietnam with the support of the United States.", []],
    // a list nested after "the leaders of" stays one list: every pair meets, with the main verb's status
    [
      "A summit between Velk and the leaders of India, Pakistan and Iran was cancelled.",
      [
        "IND>IRN 040 cancelled",
        "IND>PAK 040 cancelled",
        "IND>USAGOV 040 cancelled",
        "IRN>IND 040 cancelled",
        "IRN>PAK 040 cancelled",
        "IRN>USAGOV 040 cancelled",
        "PAK>IND 040 cancelled",
        "PAK>IRN 040 cancelled",
        "PAK>USAGOV 040 cancelled",
        "USAGOV>IND 040 cancelled",
        "USAGOV>IRN 040 cancelled",
        "USAGOV>PAK 040 cancelled",
      ],
    ],
    // "a call between X and Y" is a phone call, scheduled after "ahead of"
    [
      "Seoul said on Monday, ahead of a call between Velk and Arata, that tariffs would stay.",
      ["JPNGOV>USAGOV 041 scheduled", "USAGOV>JPNGOV 041 scheduled"],
    ],
    // a named trailing sayer before ", after hosting" hosts the talks
    [
      "India and Pakistan agreed to end their feud, Qatar said, after hosting talks between the two leaders.",
      ["QAT>IND 043 occurred", "QAT>PAK 043 occurred"],
    ],
    // other gerunds after a trailing sayer stay the main subject's
    [
      "North Korea fired a missile into the sea, Seoul said, after meeting Velk in Hanoi.",
      ["PRK>USAGOV 040 occurred", "USAGOV>PRK 040 occurred"],
    ],
    // a plural people noun and an actor joined by "and" are one object list, unless the actor has its own verb
    ["Arata hosted European leaders and Velk in Tokyo.", ["JPNGOV>USAGOV 043 occurred"]],
    ["Arata hosted European leaders and Velk spoke by video link.", []],
    // a reporting verb's object before "at a meeting" met the speaker; not an object of force nor a venue
    [
      "Arata told Velk at a meeting in Hanoi that Japan would buy more gas.",
      ["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"],
    ],
    ["Israel struck Hamas commanders at a meeting in Gaza.", []],
    ["Arata told Velk at a NATO summit that Japan would buy more gas.", []],
  ])("%s", (text, expected) => {
    expect(meetings(text)).toEqual(expected);
  });

  // a compound of demonyms modifying a meeting noun names its parties, as governments; not of another noun
  const briefAttrs = briefWithActors([], new Set(["Japanese", "Chinese"]));
  it.each([
    [
      "A fourth round of Japanese-Chinese trade talks was postponed.",
      ["CHNGOV>JPNGOV 040 postponed", "JPNGOV>CHNGOV 040 postponed"],
    ],
    ["Japanese-Chinese trade rose sharply last year.", []],
  ])("%s", (text, expected) => {
    expect(briefAttrs(text)).toEqual(expected);
  });

  // a host whose slot took its own place hosts the compound subject of the relative clause on the talks
  const briefDoha = briefWithActors([["Doha", "QAT"]], new Set(), new Set(["Doha"]));
  it.each([
    [
      "Qatar hosted talks in Doha at which India and Pakistan agreed to a truce.",
      ["QAT>IND 043 occurred", "QAT>PAK 043 occurred"],
    ],
    ["Qatar hosted a summit in Doha at which regional leaders discussed trade.", []],
  ])("%s", (text, expected) => {
    expect(briefDoha(text).filter((e) => e.includes(" 043 "))).toEqual(expected);
  });

  // a mediator noun ending an actor's mention mediates between the two parties of a held act before it
  const briefMediators = briefWithActors([
    ["Qatari mediators", "QAT"],
    ["Qatari mediator", "QAT"],
  ]);
  it.each([
    [
      "India and Pakistan agreed to resume talks, Qatari mediators said.",
      ["QAT>IND 045 occurred", "QAT>PAK 045 occurred"],
    ],
    [
      "India and Pakistan held indirect talks in Doha through Qatari mediators.",
      ["QAT>IND 045 occurred", "QAT>PAK 045 occurred"],
    ],
    // not after talks that were postponed, nor after a one-way act
    ["Talks between India and Pakistan were postponed, the Qatari mediator said.", []],
    ["Russia shelled Kyiv overnight, Ukraine said, as Qatari mediators prepared a proposal.", []],
  ])("%s", (text, expected) => {
    expect(briefMediators(text).filter((e) => e.includes(" 045 "))).toEqual(expected);
  });
});

describe("helper probe: an investigation is aimed at the author of the act it is of, or framed", () => {
  const extra: readonly (readonly [string, string])[] = [
    ["Ukrainian prosecutors", "UKRJUD"],
    ["Russian troops", "RUSMIL"],
    ["Russian", "RUS"],
    ["Polish police", "POLCOP"],
    ["Kenyan police", "KENCOP"],
    ["Chinese businessman", "CHNBUS"],
    ["Chinese engineers", "CHNCVL"],
    ["Chinese nationals", "CHNCVL"],
    ["Brussels", "IGOEUREEC"],
    ["Israeli tanks", "ISRMIL"],
    ["the UN", "IGOUNO"],
  ];
  const briefWith = briefWithActors(extra);
  const probes = (text: string) => briefWith(text).filter((e) => e.split(" ")[1]!.startsWith("09"));
  it.each([
    // a phrase of cause: the author of the act (modifier, subject, "by" agent)
    [
      "Ukrainian prosecutors opened a war crimes investigation on Sunday after a Russian missile strike on Kharkiv.",
      ["UKRJUD>RUS 094 occurred"],
    ],
    [
      "The UN said it was investigating after Israeli tanks fired on its base.",
      ["IGOUNO>ISRMIL 090 occurred"],
    ],
    // an act named as the object of "investigate": its "by" agent
    [
      "Ukrainian prosecutors were investigating the execution of six captured soldiers by Russian troops.",
      ["UKRJUD>RUSMIL 090 occurred"],
    ],
    // a possessor read with a bare apostrophe
    [
      "The tariffs followed Brussels' investigation into Chinese solar panel makers.",
      ["IGOEUREEC>CHN 090 occurred"],
    ],
    // framing an act of the same clause
    [
      "Kenyan police detained a Chinese businessman in a money-laundering investigation.",
      ["KENCOP>CHNBUS 090 occurred"],
    ],
    // not: a victim, an object of its own before "after", an investigation in another clause
    ["Polish police opened an investigation after an explosion killed two Chinese engineers.", []],
    ["The UN said it was investigating the incident after Israeli tanks fired on its base.", []],
    ["Japan arrested two Chinese nationals, and the UN opened an investigation.", []],
  ])("%s", (text, expected) => {
    expect(probes(text)).toEqual(expected);
  });
});

describe("helper probe: aid resumed, signed into law, supplied with; troops sent to fight alongside", () => {
  const briefWith = briefWithActors([
    ["Taiwan", "TWN"],
    ["Belarus", "BLR"],
    ["Morocco", "MAR"],
    ["Spain", "ESP"],
  ]);
  const aid = (text: string) => briefWith(text).filter((e) => e.split(" ")[1]!.startsWith("07"));
  it.each([
    ["Velk signed a 12 billion dollar aid package for Taiwan into law.", ["USAGOV>TWN 070 occurred"]],
    ["Washington restarted military aid to Kyiv.", ["USAGOV>UKRGOV 072 occurred"]],
    ["Spain supplied Morocco with firefighting planes.", ["ESP>MAR 070 occurred"]],
    ["Belarus sent troops to Russia to fight alongside its army.", ["BLR>RUS 074 occurred"]],
    // not: a pact pledging assistance, a state's own army supplied
    ["Russia and Belarus signed a pact pledging mutual assistance.", []],
    ["Germany supplied its own army with new rifles.", []],
  ])("%s", (text, expected) => {
    expect(aid(text)).toEqual(expected);
  });
});

describe("helper threat: threats worded without 'threaten', and ultimatums that also demand", () => {
  it.each([
    // a promised answer to another's act, in prospect, is a threat aimed at that act's author (or the actor after it)
    [
      "China shelled Vietnam, and Vietnam said it would respond.",
      ["CHN>VNM 194 occurred", "VNM>CHN 130 threatened"],
    ],
    ["Hamas said it would respond to Israel.", ["PSEREB>ISR 130 threatened"]],
    ["Velk said Washington would retaliate against Iran.", ["USAGOV>IRN 138 threatened"]],
    // the answer itself, a refusal to answer, a reply to a proposal and speculation by others are no threat
    ["Beijing responded by raising tariffs on Japanese cars.", ["CHNGOV>JPN 163 occurred"]],
    ["Iran said it would not respond to Israel.", []],
    ["Hamas said it would respond to the ceasefire proposal.", []],
    // what another party is told it would undergo at the speaker's hands
    ["Moscow said Kyiv would face a response.", ["RUSGOV>UKRGOV 130 threatened"]],
    ["Iran vowed that Washington would face severe consequences.", ["IRN>USAGOV 130 threatened"]],
    ["Iran vowed it would be punished.", []],
    // a warning that a party's act would be an act of war threatens that party; a verdict on a past act does not
    [
      "Pakistan said any attempt by India to divert its water would be considered an act of war.",
      ["PAK>IND 138 threatened"],
    ],
    ["Kyiv said it considered the strike an act of war.", []],
    // the one avenged is never the target: the killer is
    [
      "Israel struck Gaza, and Iran vowed to avenge the killing of Hamas leaders.",
      ["IRN>ISR 138 threatened", "ISR>PSE 190 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => !e.includes(" 03") && !e.includes(" 11"))).toEqual(expected);
  });

  it.each([
    // a deadline with a penalty demands the act it sets the deadline for (10x) beside the ultimatum (139)
    [
      "Velk gave Moscow ten days to agree to a ceasefire or face new sanctions.",
      ["USAGOV>RUSGOV 107 demanded", "USAGOV>RUSGOV 139 threatened"],
    ],
    // with no penalty, the ultimatum alone
    ["Washington gave Moscow 60 days to return to the talks.", ["USAGOV>RUSGOV 139 threatened"]],
  ])("%s", (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe("helper vrel: a verdict in a relative or appositive clause on an act the sentence reports judges its author", () => {
  const briefVrel = briefWithActors(
    [
      ["the EU envoy", "IGOEUREEC"],
      ["Chinese agents", "CHNSPY"],
      ["Chinese troops", "CHNMIL"],
      ["Russian forces", "RUSMIL"],
    ],
    new Set(["Chinese"]),
  );
  it.each([
    // "said was" reads the verdict words of "called" (one $BLAME class): criticism of the restated act's author
    [
      "Russia seized two villages in Ukraine, a move Kyiv said was naked aggression.",
      ["UKRGOV>RUS 111 occurred"],
    ],
    // "calls a rehearsal for invasion" is no "call for"; a hyphenated modifier or a place phrase stays in the noun
    // phrase the relative clause is on; both parties of joint drills are judged
    [
      "Japan and the United States began large-scale joint drills that Pyongyang calls a rehearsal for invasion.",
      ["PRKGOV>JPN 111 occurred", "PRKGOV>USA 111 occurred"],
    ],
    [
      "Japan and the United States held joint drills near Okinawa that Pyongyang calls a rehearsal for war.",
      ["PRKGOV>JPN 111 occurred", "PRKGOV>USA 111 occurred"],
    ],
    // "called an act of terror by Moscow" is a verdict, not a blocked "called by"
    [
      "Russia struck a hospital in Kharkiv in an attack that Kyiv called an act of terror by Moscow.",
      ["UKRGOV>RUSGOV 111 occurred"],
    ],
    // the relative's subject is an apposition renaming a name no mention covers
    [
      "Russia shelled a camp in Ukraine in an assault that Oren Dask, the EU envoy, called barbaric.",
      ["IGOEUREEC>RUS 111 occurred"],
    ],
    // a demonym on the subject noun of a deed no pattern codes is the deed's author
    [
      "Japan cancelled talks with Beijing after a Chinese balloon drifted over Hokkaido, an incursion Tokyo called a hybrid attack.",
      ["JPNGOV>CHN 111 occurred"],
    ],
    // not the act's own side's verdict
    ["Japan and the United States held large-scale joint drills that Tokyo called a success.", []],
    // a verdict on a restated stance judges its speaker, not the party the statement names
    [
      "Kenji Arata said Tokyo would block new EU sanctions on China, a position Kyiv called blackmail.",
      ["UKRGOV>JPNGOV 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefVrel(text).filter((e) => / 11\d /.test(e))).toEqual(expected);
  });

  it.each([
    // a restated claim rejected: the claimant accuses the party the claim says is to blame (112) and is denied (016)
    [
      "Kenji Arata said Chinese agents were behind the cable damage, an allegation Beijing rejected as absurd.",
      ["CHNGOV>JPNGOV 016 occurred", "JPNGOV>CHNSPY 112 occurred"],
    ],
    // a reported deed stays the deed reported, with no 112
    [
      "Kenji Arata said Chinese troops had crossed into Japan, a claim Beijing dismissed as a fabrication.",
      ["CHNGOV>JPNGOV 016 occurred", "CHNMIL>JPN 192 reported"],
    ],
    // saying a named party committed war crimes accuses it; denying one's own side did codes nothing
    ["Kyiv said Russian forces had committed war crimes.", ["UKRGOV>RUSMIL 1124 occurred"]],
    ["Moscow said its troops had committed no crimes.", []],
  ])("%s", (text, expected) => {
    expect(briefVrel(text)).toEqual(expected);
  });
});

describe("helper signrel: signings and ratifications named in relative clauses and nouns", () => {
  // an object relative clause on an agreement noun whose verb signs it; a passive one with its "by" agents
  const briefSign = briefWithActors([]);
  it.each([
    [
      "Japan criticised the agreements that Russia signed with China.",
      ["CHN>RUS 057 occurred", "RUS>CHN 057 occurred"],
    ],
    [
      "Japan criticised the agreements Russia had signed with China in May.",
      ["CHN>RUS 057 occurred", "RUS>CHN 057 occurred"],
    ],
    [
      "Japan suspended a fisheries accord with China that Tokyo had signed in 2019.",
      ["CHN>JPNGOV 057 occurred", "JPNGOV>CHN 057 occurred"],
    ],
    [
      "India welcomed the treaty signed by Russia and Japan.",
      ["JPN>RUS 057 occurred", "RUS>JPN 057 occurred"],
    ],
    // not an agreement merely discussed, not a passive signing by one party, not a signing with its own object
    ["Japan criticised the agreements that Russia discussed with China.", []],
    ["Japan criticised the pact signed by Russia in Moscow.", []],
    ["Japan criticised the pact with China signed by Russia.", []],
    ["Japan said the deal that Russia signed was illegal.", []],
  ])("%s", (text, expected) => {
    expect(briefSign(text).filter((e) => e.includes(" 057 "))).toEqual(expected);
  });

  // ratifying another's accession, named as a noun, supports the applicant
  it.each([
    ["Japan completed its ratification of China's accession on Monday.", ["JPN>CHN 050 occurred"]],
    ["Japan delayed the ratification of China's membership bid.", ["JPN>CHN 050 postponed"]],
    ["The ratification of the treaty was delayed.", []],
  ])("%s", (text, expected) => {
    expect(briefSign(text).filter((e) => e.includes(" 050 "))).toEqual(expected);
  });
});

describe("visits and meetings named in adjuncts", () => {
  it.each([
    // a visit "by X" after a span of time is X's visit to the clause's subject, not a landmark
    ["Japan ended its defence pact with France hours after a visit by Velk.", ["USAGOV>JPN 042 occurred"]],
    ["Japan tightened security hours after a visit by a group of tourists.", []],
    // a gerund meeting after "after" inside the words of a reporting pattern is the subject's own act
    [
      "Arata said after meeting Velk in Manila that trade would grow.",
      ["JPNGOV>USAGOV 040 occurred", "USAGOV>JPNGOV 040 occurred"],
    ],
    // an aside opened by "on" with a noun modifier before the visit
    ["Arata, on a surprise visit to Kyiv, toured a hospital.", ["JPNGOV>UKRGOV 042 occurred"]],
    // a visit the clause is dated before has yet to come; "after" and "during" stay occurred
    ["Seoul announced new curbs hours before Velk's visit to South Korea.", ["USAGOV>KOR 042 scheduled"]],
    ["Seoul announced new curbs on the eve of a visit to Seoul by Velk.", ["USAGOV>KORGOV 042 scheduled"]],
    ["Seoul announced new curbs a day after Velk's visit to South Korea.", ["USAGOV>KOR 042 occurred"]],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => e.includes(" 04"))).toEqual(expected);
  });

  // "before" dates only consultations as yet to come: an offensive before which the clause happened stays occurred
  it("keeps an act of force after 'before' occurred", () => {
    const st = code("Japan protested days before China's invasion of the Philippines.").filter((e) =>
      e.code.startsWith("19"),
    );
    expect(st.map((e) => e.status)).toEqual(["occurred"]);
  });
});

describe("visits named in an appositive or a 'whose' relative", () => {
  it.each([
    // a definite visit noun restates only a visit: the host's reception is an act of its own
    [
      "Beijing received Arata on Tuesday, the first visit by a Japanese leader to China in years.",
      ["CHNGOV>JPNGOV 043 occurred", "JPN>CHN 042 occurred"],
    ],
    [
      "Arata visited China on Monday, the first visit by a Japanese leader in years.",
      ["JPNGOV>CHN 042 occurred"],
    ],
    // the antecedent of "whose" owns the visit
    [
      "Thousands rallied against Arata, whose visit to Moscow had angered many voters.",
      ["JPNGOV>RUSGOV 042 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => e.includes(" 04"))).toEqual(expected);
  });
});

describe("helper inqsay: a finding in a participle after a trailing sayer accuses the author of the act reported", () => {
  const briefInq = briefWithActors(
    [
      ["UN", "IGOUNO"],
      ["Human Rights Watch", "NGOHRW"],
      ["Russian forces", "RUSMIL"],
      ["Russian state media", "RUSMED"],
      ["Ukrainian soldiers", "UKRMIL"],
      ["Ukraine's prosecutor general", "UKRJUD"],
    ],
    new Set(["Russian", "Ukrainian"]),
  );
  it.each([
    // an inquiry's conclusion: its accusation (1124) and its investigation (090) of the act's author
    [
      "Russian forces executed captured Ukrainian soldiers, a UN fact-finding mission said, concluding that the killings amounted to war crimes.",
      ["IGOUNO>RUSMIL 090 occurred", "IGOUNO>RUSMIL 1124 occurred"],
    ],
    // a rights group adding a finding: the accusation only
    [
      "Russian forces executed captured Ukrainian soldiers, Human Rights Watch said, adding that the killings amounted to crimes against humanity.",
      ["NGOHRW>RUSMIL 1124 occurred"],
    ],
    // not the victim's own account, nor a news outlet, nor the author's own side
    [
      "Russian forces executed captured Ukrainian soldiers, Ukraine's prosecutor general said, adding that the killings amounted to war crimes.",
      [],
    ],
    [
      "Russian forces executed captured Ukrainian soldiers, Russian state media said, adding that the killings were war crimes.",
      [],
    ],
    // not a sayer that leads its clause
    [
      "Human Rights Watch said Russian forces executed captured Ukrainian soldiers, concluding that the killings amounted to war crimes.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(briefInq(text).filter((e) => / (09|11)\d* /.test(e))).toEqual(expected);
  });

  it("reads a hyphenated sayer head as the trailing sayer: the act is reported, the sayer no target", () => {
    expect(briefInq("Russian forces shelled villages in Ukraine, a UN fact-finding mission said.")).toEqual([
      "RUSMIL>UKR 195 reported",
    ]);
  });
});

describe("threat2: warnings with a penalty, threats with a trailing sayer", () => {
  it.each([
    // a warning to act that names the penalty is a demand beside the threat
    [
      "Washington warned Beijing to stop the drills or be held accountable.",
      ["USAGOV>CHNGOV 1012 demanded", "USAGOV>CHNGOV 130 threatened"],
    ],
    // with no penalty the warning stays a threat alone
    ["Washington warned Beijing to stop the drills.", ["USAGOV>CHNGOV 130 threatened"]],
    // what the subject would undergo, said by a trailing speaker of another country, is that speaker's threat
    ["Japan would suffer a crushing defeat if it intervened, Beijing said.", ["CHNGOV>JPN 130 threatened"]],
    ["Tokyo would pay a heavy price, Washington said.", ["USAGOV>JPNGOV 130 threatened"]],
    // sanctions faced may be another's measures: no threat by the speaker
    ["Tokyo could face new sanctions, Washington said.", []],
    // no threat: speculation with no named speaker, a party's own losses, no actor undergoing
    ["Tokyo could face new sanctions.", []],
    ["Tokyo could suffer heavy losses, Japan's prime minister said.", []],
    ["The factory would face closure, Beijing said.", []],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => / 1[03]\d* /.test(e))).toEqual(expected);
  });
});

describe("threat2: deadlines named as nouns", () => {
  it.each([
    // the owner sets an ultimatum and demands the act, aimed at the subject of the governing verb or the actor after "for"
    [
      "Moscow ignored Washington's deadline to agree to a ceasefire.",
      ["USAGOV>RUSGOV 107 demanded", "USAGOV>RUSGOV 139 threatened"],
    ],
    [
      "Kyiv was shelled days before Washington's deadline for Moscow to agree to a ceasefire.",
      ["USAGOV>RUSGOV 107 demanded", "USAGOV>RUSGOV 139 threatened"],
    ],
    // no owner, or the owner's own deadline: no event
    ["The deadline to submit bids expired on Monday.", []],
    ["Tokyo extended its deadline to decide on the contract.", []],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => / 1[03]\d* /.test(e))).toEqual(expected);
  });
});

describe("r2swap: swaps for people serving sentences, acts at another's invitation", () => {
  const brief2 = briefWithActors([
    ["Swedish citizen", "SWECVL"],
    ["Iranian official", "IRNGOV"],
    ["Sweden", "SWE"],
    ["Dutch sailor", "NLDCVL"],
    ["Russian businessman", "RUSBUS"],
    ["Estonia", "EST"],
    ["Nigerian oil workers", "NGALAB"],
    ["Kenyan President William Ruto", "KENGOV"],
    ["Chinese President Xi Jinping", "CHNGOV"],
    ["Russian athletes", "RUSSPO"],
  ]);
  it.each([
    // the holder named after the participle's own object ("serving a life sentence in Sweden") makes a swap
    [
      "Iran freed a Swedish citizen in exchange for an Iranian official serving a life sentence in Sweden.",
      ["IRN>SWECVL 0841 occurred", "SWEGOV>IRNGOV 0841 occurred"],
    ],
    // a third country holding them, or a trade for money: no swap
    [
      "Russia freed a Dutch sailor in exchange for a Russian businessman serving a sentence in Estonia.",
      ["RUS>NLDCVL 0841 occurred"],
    ],
    ["Kidnappers freed two Nigerian oil workers in exchange for a ransom paid by the company.", []],
  ])("%s", (text, expected) => {
    expect(brief2(text).filter((e) => / 08\d* /.test(e))).toEqual(expected);
  });
  it.each([
    // a trip made "at the invitation of" someone is the inviter's 036 to the guest, beside the trip
    [
      "Kenyan President William Ruto arrived in Beijing at the invitation of Chinese President Xi Jinping.",
      ["CHNGOV>KENGOV 036 occurred"],
    ],
    // an invitation of someone as the object or subject of another verb, or by no actor: none
    ["The invitation of Russian athletes to the tournament drew criticism.", []],
    ["The pianist performed in Warsaw at the invitation of the city's mayor.", []],
  ])("%s", (text, expected) => {
    expect(brief2(text).filter((e) => / 03\d* /.test(e))).toEqual(expected);
  });
});

describe("r2call: a participle verdict after a sayer or an act judges the reported deed's author", () => {
  const extra: (readonly [string, string])[] = [
    ["Chinese coast guard ships", "CHNCOP"],
    ["a Philippine supply boat", "PHL"],
    ["Manila's security council", "PHLGOV"],
    ["a Chinese drone", "CHNMIL"],
    ["China's ambassador", "CHNGOV"],
    ["Estonia", "EST"],
    ["Russian guards", "RUSCOP"],
    ["Polish jets", "POLMIL"],
    ["Russian drones", "RUSMIL"],
    ["Tusk", "POLGOV"],
    ["Poland", "POL"],
    ["a Russian diplomat", "RUSGOV"],
  ];
  const briefWith = briefWithActors(extra);
  it.each([
    // "it" with no act of the sayer's own country before: the agent of the act just reported
    [
      "Chinese coast guard ships fired water cannon at a Philippine supply boat, Manila's security council said, calling it a dangerous escalation.",
      ["PHLGOV>CHNCOP 111 occurred"],
    ],
    // a definite noun: the nearest subject of another country past the source's own clause, beside the summons
    [
      "Japan said a Chinese drone had flown close to its islands, and Tokyo summoned China's ambassador, calling the flight a provocation.",
      ["JPNGOV>CHN 114 occurred", "JPNGOV>CHNMIL 111 occurred"],
    ],
    [
      "Estonia said Russian guards had removed buoys from the river, calling the move a provocation.",
      ["EST>RUSCOP 111 occurred"],
    ],
    // no verdict: praise, or a neutral word on the source's own act
    ["Polish jets shot down Russian drones over the border, Tusk said, calling it a success.", []],
    ["Poland expelled a Russian diplomat, calling the move a necessary response.", []],
  ])("%s", (text, expected) => {
    expect(briefWith(text).filter((e) => / 11\d* /.test(e))).toEqual(expected);
  });
});

describe("r2coerce: coast-guard and border coercion", () => {
  const briefCoerce = briefWithActors(
    [
      ["Chinese coast guard personnel", "CHNCOP"],
      ["Chinese coast guard officers", "CHNCOP"],
      ["The Japanese coast guard", "JPNCOP"],
      ["A Chinese coast guard ship", "CHNCOP"],
      ["Philippine navy boats", "PHLMIL"],
      ["Philippine", "PHL"],
      ["Vietnamese", "VNM"],
      ["Russian border guards", "RUSCOP"],
      ["Estonia", "EST"],
      ["ASEAN", "IGOSEAASN"],
      ["Myanmar", "MMR"],
      ["The Indonesian navy", "IDNMIL"],
      ["Greece", "GRC"],
      ["Libyan", "LBY"],
    ],
    new Set(["Philippine", "Vietnamese", "Chinese", "Libyan"]),
  );
  it.each([
    // boarding another's vessel is coercion (170); seizing what it carries in a participle after it is 1711 at the
    // boarded crews' country: a participle that goes on with the act of force before it
    [
      "Chinese coast guard personnel boarded Philippine navy boats, seizing rifles and injuring a sailor.",
      ["CHNCOP>PHLMIL 170 occurred", "CHNCOP>PHLMIL 1711 occurred", "CHNCOP>PHLMIL 182 occurred"],
    ],
    ["Chinese coast guard officers boarded a Vietnamese fishing boat.", ["CHNCOP>VNM 170 occurred"]],
    // driving a foreign craft out of waters or airspace (170), ramming too
    [
      "The Japanese coast guard expelled a Philippine aircraft from the airspace.",
      ["JPNCOP>PHL 170 occurred"],
    ],
    [
      "The Japanese coast guard chased off Chinese fishing boats near the islands.",
      ["JPNCOP>CHN 170 occurred"],
    ],
    ["A Chinese coast guard ship rammed a Philippine vessel.", ["CHNCOP>PHL 170 occurred"]],
    // taking up a neighbour's border buoys (171), barring a junta from sending a delegate (172)
    ["Estonia said Russian border guards had removed buoys on the Narva river.", ["RUSCOP>EST 171 reported"]],
    ["ASEAN barred Myanmar from sending a representative to the summit.", ["IGOSEAASN>MMR 172 occurred"]],
    // must not fire: a boat of no country, buoys with no foreign actor, diplomats expelled (166 only)
    ["The Indonesian navy boarded a boat carrying smugglers off Batam.", []],
    ["Harbour workers removed the buoys after the regatta.", []],
    ["A storm injured a sailor off Batam.", []],
    ["Greece expelled two Libyan diplomats.", []],
  ])("%s", (text, expected) => {
    expect(briefCoerce(text).filter((e) => / 1[78]\d* /.test(e))).toEqual(expected);
  });
});

describe("a participle after 'X said <clause>' is the sayer's verdict on the clause's author", () => {
  const briefSay = briefWithActors(
    [
      ["Finland", "FINGOV"],
      ["Chinese ships", "CHNMIL"],
      ["Chinese jets", "CHNMIL"],
      ["Lithuania", "LTUGOV"],
      ["Belarus", "BLRGOV"],
    ],
    new Set(["Ukrainian"]),
  );
  it.each([
    // "X said Y had <deed>, calling ...": X judges Y (the reported clause's subject is no source of the verdict)
    [
      "Finland said Russia had violated its airspace, calling the flight a serious violation.",
      ["FINGOV>RUS 111 occurred", "RUS>FINGOV 192 reported"],
    ],
    [
      "Vietnam said Chinese ships had rammed its fishing boats, calling the act a violation of sovereignty.",
      ["CHNMIL>VNM 170 reported", "VNM>CHNMIL 111 occurred"],
    ],
    // a pronoun "it" is the reported act, not its target
    [
      "Japan said Chinese jets had locked radar on its aircraft, calling it dangerous.",
      ["CHNMIL>JPN 150 reported", "JPN>CHNMIL 111 occurred"],
    ],
    [
      "Lithuania said Belarus had flown balloons into its airspace, calling it a hybrid attack.",
      ["BLRGOV>LTUGOV 150 reported", "LTUGOV>BLRGOV 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefSay(text)).toEqual(expected);
  });
  // must not fire: the sayer reports its own act; its participle judges the targets, not itself
  it("codes no verdict by a sayer on itself", () => {
    const out = briefSay("Russia said it had struck Ukrainian positions, calling them legitimate targets.");
    expect(out.filter((e) => / 11\d* /.test(e))).toEqual([]);
  });
});

describe("a host of talks between two other parties (r3broker)", () => {
  const briefHost = briefWithActors([
    ["Oman", "OMN"],
    ["Norway", "NOR"],
    ["Sudan", "SDN"],
    ["Ethiopia", "ETH"],
    ["Egypt", "EGY"],
  ]);
  it.each([
    // hosting talks between two other parties: 043 to each, no mediation (045)
    [
      "Norway hosted talks between Sudan and Ethiopia in Oslo.",
      ["NOR>ETH 043 occurred", "NOR>SDN 043 occurred"],
    ],
    [
      "Qatar hosted a second round of talks between Israel and Hamas in Doha.",
      ["QAT>ISR 043 occurred", "QAT>PSEREB 043 occurred"],
    ],
    // indirect talks: the host carries messages between the parties, i.e. mediates (045 to each)
    [
      "Oman hosted a new round of indirect talks between Iran and the United States in Muscat.",
      ["OMN>IRN 045 occurred", "OMN>USA 045 occurred"],
    ],
    // mediating or brokering talks stays 045
    ["Egypt mediated talks between Israel and Hamas.", ["EGY>ISR 045 occurred", "EGY>PSEREB 045 occurred"]],
    // must not fire: a host of its own talks with one guest hosts that guest only (043), no "between" pair
    ["Egypt hosted talks with Hamas leaders in Cairo.", ["EGY>PSEREB 043 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefHost(text).filter((e) => / 04[35] /.test(e))).toEqual(expected);
  });
});

describe("yielding, aid resumed and purchases named with their buyer (coop)", () => {
  const briefCoop = briefWithActors(
    [
      ["Israeli troops", "ISRMIL"],
      ["Russian forces", "RUSMIL"],
      ["Lebanon", "LBN"],
      ["Mexico", "MEX"],
      ["Jorge Glas", "ECUELI"],
      ["Russian", "RUS"],
      ["New Delhi", "INDGOV"],
      ["the World Food Programme", "IGOUNOWFP"],
      ["Sudan", "SDN"],
      ["Somalia", "SOM"],
      ["Mali", "MLI"],
      ["Tajikistan", "TJK"],
      ["Kyrgyzstan", "KGZ"],
    ],
    new Set(["Russian"]),
  );
  it.each([
    // armed forces withdrawing from a country pull back (087); a state leaving a bloc stays 166
    ["Israeli troops withdrew from Lebanon on Sunday.", ["ISRMIL>LBN 087 occurred"]],
    ["Russian forces pulled out of Ukraine.", ["RUSMIL>UKR 087 occurred"]],
    ["Mali withdrew from NATO.", ["MLI>IGOWSTNAT 166 occurred"]],
    // a passive grant of asylum is the "by" agent's
    ["Former vice president Jorge Glas was granted asylum by Mexico.", ["MEX>ECUELI 075 occurred"]],
    // the buyer's purchases of another's goods, named with the buyer; not a ban on imports
    [
      "France criticised New Delhi's purchases of Russian oil.",
      ["FRA>INDGOV 111 occurred", "INDGOV>RUS 061 occurred"],
    ],
    // aid resumed is aid; aid suspended across a country is cut (162), no suspension of the country
    ["The World Food Programme resumed food deliveries in Sudan on Monday.", ["IGOUNOWFP>SDN 073 occurred"]],
    ["Qatar resumed airdrops of food over Gaza.", ["QAT>PSE 073 occurred"]],
    ["The European Union has not resumed budget support to Mali.", ["IGOEUREEC>MLI 071 negated"]],
    ["The World Food Programme suspended aid across Somalia.", ["IGOUNOWFP>SOM 162 occurred"]],
    // rescue teams accepted from another country are its aid (073)
    ["Qatar accepted rescue teams from France.", ["FRA>QAT 073 occurred"]],
    // direct flights resumed between two countries: 061 both ways
    [
      "Tajikistan and Kyrgyzstan resumed direct flights on Monday.",
      ["KGZ>TJK 061 occurred", "TJK>KGZ 061 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefCoop(text)).toEqual(expected);
  });
  it("codes no purchase for a ban on imports", () => {
    expect(
      briefCoop("The European Union banned imports of Russian crude oil.").filter((e) => / 06\d* /.test(e)),
    ).toEqual([]);
  });
});

describe("intents joined by 'and to', a state's own group, being due somewhere (consult)", () => {
  const extra: readonly (readonly [string, string])[] = [
    ["Lebanon", "LBN"],
    ["Hezbollah", "LBNREB"],
    ["Poland", "POL"],
    ["Egypt", "EGY"],
    ["Turkey", "TUR"],
    ["Chile", "CHL"],
  ];
  const briefConsult = briefWithActors(extra);
  /** Like briefConsult, with the armed group read as a group (as the actor stage reads it), not as a state. */
  const briefGroups = (text: string): string[] => {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...TEST_ACTORS, ...extra]).map((s) =>
      s.map((m) => (m.code.endsWith("REB") ? { ...m, kind: "group" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  };
  it.each([
    // each infinitive after "agreed to ... and to" is an intent, named by a pattern or not
    [
      "Germany and Poland agreed on Friday to share intelligence on sabotage and to coordinate their border controls.",
      ["DEU>POL 030 occurred", "DEU>POL 0314 occurred", "POL>DEU 030 occurred", "POL>DEU 0314 occurred"],
    ],
    [
      "Egypt and Turkey agreed to reopen their embassies and to upgrade trade links.",
      ["EGY>TUR 030 occurred", "EGY>TUR 032 occurred", "TUR>EGY 030 occurred", "TUR>EGY 032 occurred"],
    ],
    // must not fire: "and to" before a noun is no second infinitive
    ["Chile pledged to increase copper exports to China and to its neighbours.", ["CHL>CHN 030 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefConsult(text).filter((e) => / 03\d* /.test(e))).toEqual(expected);
  });
  it.each([
    // "Lebanon's Hezbollah" is the group: the state before "and" is its partner
    [
      "Israel and Lebanon's Hezbollah traded fire across the border on Tuesday.",
      ["ISR>LBNREB 190 occurred", "LBNREB>ISR 190 occurred"],
    ],
    // must not fire: the owning state named with its group in an object is no second target
    ["Israel struck Lebanon's Hezbollah on Tuesday.", ["ISR>LBNREB 190 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefGroups(text)).toEqual(expected);
  });
  it.each([
    // being due in a capital is the scheduled visit; the talks it is for are not coded again
    ["Velk is due in Beijing next week for talks with Chinese leaders.", ["USAGOV>CHNGOV 042 scheduled"]],
    // must not fire: a ruling or payment due somewhere is no visit
    ["A ruling in the case is due in Geneva next month.", []],
  ])("%s", (text, expected) => {
    expect(briefConsult(text)).toEqual(expected);
  });
});

describe("rejections and accusations named by their words (crit)", () => {
  const briefCrit = briefWithActors([
    ["Denmark", "DNKGOV"],
    ["Greenland", "GRLGOV"],
    ["Trump", "USAGOV"],
    ["Nicaragua", "NICGOV"],
    ["the court", "IGOUNOICJ"],
    ["the IAEA board", "IGOUNOIAE"],
  ]);
  it.each([
    // "not for sale": a rejection aimed at the one who wants it, never at the territory named (`thing`)
    [
      "Trump said he wanted to buy Greenland, and Denmark said Greenland was not for sale.",
      ["DNKGOV>USAGOV 120 occurred"],
    ],
    // a case filed with the accusation it makes in its words: 115 and the accusation beside it
    [
      "Nicaragua filed a case at the court accusing Germany of facilitating genocide.",
      ["NICGOV>DEU 1122 occurred", "NICGOV>DEU 115 occurred"],
    ],
    // a formal finding of breach accuses the party found in breach
    ["The IAEA board declared that Iran was in breach of its obligations.", ["IGOUNOIAE>IRN 112 occurred"]],
    // a verdict in a free relative on an act that names no one judges that act's subject
    [
      "China announced new curbs on rare earth exports, in what Trump called a provocation.",
      ["USAGOV>CHN 111 occurred"],
    ],
    // a ", saying" participle restating the rejection just coded is no second one
    [
      "Denmark rejected Trump's demand to buy Greenland, saying the island was not for sale.",
      ["DNKGOV>USAGOV 1232 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefCrit(text).filter((e) => / 1[12]\d* /.test(e))).toEqual(expected);
  });
  // must not fire: nobody else named, or a case named as another's ("dismissed Ukraine's case accusing ...")
  it.each([
    "The state oil company said its refinery was not for sale.",
    "Iran said its missile programme was not negotiable.",
    "Iran declared that it was in full compliance with the deal.",
  ])("codes nothing: %s", (text) => {
    expect(briefCrit(text)).toEqual([]);
  });
});

describe("root confusions: a crowd's clash, a restated charge dismissed (rootc)", () => {
  const briefCrowd = briefWithActors([
    ["Serb protesters", "SRBCVL"],
    ["NATO peacekeepers", "IGOWSTNAT"],
    ["Georgian demonstrators", "GEOCVL"],
    ["riot police", "GEOCOP"],
    ["Indian troops", "INDMIL"],
    ["Chinese soldiers", "CHNMIL"],
    ["Kenya", "KEN"],
    ["Uganda", "UGA"],
    ["Kampala", "UGA"],
  ]);
  it.each([
    // a crowd on either side of "clashed with": its violent protest, one way, at the other side
    ["NATO peacekeepers clashed with Serb protesters in northern Kosovo.", ["SRBCVL>IGOWSTNAT 145 occurred"]],
    ["Serb protesters clashed with NATO peacekeepers in northern Kosovo.", ["SRBCVL>IGOWSTNAT 145 occurred"]],
    ["Riot police clashed with Georgian demonstrators in Tbilisi.", ["GEOCVL>GEOCOP 145 occurred"]],
    // must not fire: two armed forces clashing fight each other, both ways
    [
      "Indian troops clashed with Chinese soldiers in Ladakh.",
      ["CHNMIL>INDMIL 190 occurred", "INDMIL>CHNMIL 190 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefCrowd(text)).toEqual(expected);
  });
  it("codes a restated charge dismissed as a denial to the claimant (016)", () => {
    expect(briefCrowd("Kenya accused Uganda of arming rebels, a charge Kampala dismissed.")).toContain(
      "UGA>KEN 016 occurred",
    );
  });
});

describe("a deal struck in a relative clause is no attack (rootc)", () => {
  const briefDeal = briefWithActors([
    ["Meloni", "ITAGOV"],
    ["Rama", "ALBGOV"],
    ["Washington", "USAGOV"],
    ["Hanoi", "VNMGOV"],
    ["Kharkiv", "UKR"],
    ["Russian missiles", "RUSMIL"],
  ]);
  it.each([
    // "an agreement that X struck with Y": the agreement concluded, both ways
    [
      "Migrants arrived under an agreement that Meloni struck with Rama last year.",
      ["ALBGOV>ITAGOV 057 occurred", "ITAGOV>ALBGOV 057 occurred"],
    ],
    // must not fire: a deal struck with no partner named after "with" codes nothing
    ["The deal Washington struck last year has not ended the violence in Hanoi.", []],
    // must not fire: a place struck by an attack in a relative clause stays an attack
    ["The camp that Russian missiles struck near Kharkiv housed troops.", ["RUSMIL>UKR 190 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefDeal(text)).toEqual(expected);
  });
});

describe("truce proposals, summits attended and reduced passive relatives (prec)", () => {
  const briefPrec = briefWithActors(
    [
      ["Armenia", "ARM"],
      ["Azerbaijan", "AZE"],
      ["M23 rebels", "CODREB"],
      ["Rwandan troops", "RWAMIL"],
      ["Brazil", "BRA"],
      ["Baku", "AZE"],
      ["Vilnius", "LTU"],
      ["Sudan", "SDN"],
      ["Turkey", "TUR"],
      ["Doha", "QAT"],
    ],
    new Set(),
    new Set(["Baku", "Vilnius", "Doha"]),
  );
  it.each([
    // accepting a proposal for a truce is an intent to de-escalate (0356), aimed at the enemy after "with"
    ["Armenia accepted a French proposal for a ceasefire with Azerbaijan.", ["ARM>AZE 0356 occurred"]],
    ["Kyiv accepted a U.S. proposal for a 30-day ceasefire.", ["UKRGOV>USA 0356 occurred"]],
    // must not fire: a truce accepted by both parties stays a ceasefire (0871 both ways)
    [
      "Israel and Hamas accepted a truce on Monday.",
      ["ISR>PSEREB 0871 occurred", "PSEREB>ISR 0871 occurred"],
    ],
    // a summit attended in a named place is a visit to its host; "will not attend" is that visit negated
    ["Turkey attended an energy summit in Vilnius on Tuesday.", ["TUR>LTU 042 occurred"]],
    ["Brazil will not attend the climate summit in Baku.", ["BRA>AZE 042 negated"]],
    // must not fire: a stated refusal stays 125; a place inside the topic is no host; talks are no summit
    ["Japan said it would not attend the conference in Moscow.", ["JPN>RUSGOV 125 occurred"]],
    ["Turkey will attend a conference on the war in Sudan.", []],
    ["Germany joined talks on the war in Ukraine in Doha.", []],
  ])("%s", (text, expected) => {
    expect(briefPrec(text).filter((e) => / (0356|0871|042|125) /.test(e))).toEqual(expected);
  });
  // a reduced passive relative right after an actor acts on that actor, not on a place named later
  it("aims 'X backed by Y' at X", () => {
    expect(
      briefPrec("M23 rebels backed by Rwandan troops attacked Sudan.").filter((e) => e.startsWith("RWAMIL")),
    ).toEqual(["RWAMIL>CODREB 072 occurred"]);
  });
  // must not fire: a place before the participle is no target ("talks in Doha mediated by Qatar")
  it("takes no place before a reduced passive as its target", () => {
    expect(briefPrec("Talks in Doha mediated by Qatar collapsed on Friday.")).toEqual([]);
  });
});

describe("deals struck in relative clauses and incidents owned by a country (prec)", () => {
  const briefDeal = briefWithActors([
    ["Spain", "ESP"],
    ["Morocco", "MAR"],
    ["Kenya", "KEN"],
    ["Myanmar", "MMR"],
  ]);
  it.each([
    // an agreement struck in an object relative clause is a deal made with the partner after "with" (057 both ways)
    [
      "The ferry runs under a deal that Spain struck with Morocco in 2019.",
      ["ESP>MAR 057 occurred", "MAR>ESP 057 occurred"],
    ],
    // must not fire: no partner, no deal and no attack; a plain "struck" is still an attack
    ["The tariff cut was the second deal Washington struck this year.", []],
    // an incident a country owns ("Kenya's floods") has no agent: no killing
    ["Kenya's floods have killed at least 70 people since March.", []],
    ["Kenya's monsoon floods killed more than 100 people.", []],
  ])("%s", (text, expected) => {
    expect(briefDeal(text)).toEqual(expected);
  });
  // must not fire: an army a country owns is an agent
  it("keeps a killing by a country's army", () => {
    expect(briefDeal("Myanmar's army killed at least 60 villagers on Tuesday.").length).toBeGreaterThan(0);
  });
});

describe("force and its consequences (session 19, force)", () => {
  // The own-country readings (a place of the source's own country as the target) are in the gold (wf1-001, wf1-008).
  const places = new Set(["Nairobi", "Koulikoro", "Khan Younis", "Baghdad"]);
  const briefForce = briefWithActors(
    [
      ["Shabaab gunmen", "SOMREB"],
      ["Nairobi", "KEN"],
      ["JNIM fighters", "IMGREB"],
      ["Koulikoro", "MLI"],
      ["Israeli jets", "ISRMIL"],
      ["Khan Younis", "PSE"],
      ["security forces", "BGDCOP"],
      ["Hasina", "BGDGOV"],
      ["students", "BGDEDU"],
      ["Protesters", "SWECVL"],
      ["the Turkish embassy", "TURGOV"],
      ["Bolivian troops", "BOLMIL"],
      ["the presidential palace", "BOLGOV"],
      ["Iraqi protesters", "IRQCVL"],
      ["the U.S. embassy", "USAGOV"],
      ["Baghdad", "IRQ"],
    ],
    new Set(),
    places,
  );
  it.each([
    // an armed group storming a civilian site in a named place assaults that place's country (180)
    ["Shabaab gunmen stormed a seafront restaurant in Nairobi.", ["SOMREB>KEN 180 occurred"]],
    // a military academy is a military target (190)
    ["JNIM fighters attacked a military academy in Koulikoro.", ["IMGREB>MLI 190 occurred"]],
    // air strikes carried out on a market in a named place (195)
    ["Israeli jets carried out air strikes on a market in Khan Younis.", ["ISRMIL>PSE 195 occurred"]],
    // "in which" read as a determiner still opens a relative clause whose subject follows it
    [
      "Hasina resigned after weeks of protests in which security forces killed hundreds of students.",
      ["BGDCOP>BGDEDU 175 occurred"],
    ],
    // forcing one's way in: a crowd storms (145), troops coerce (170)
    ["Protesters tried to force their way into the Turkish embassy.", ["SWECVL>TURGOV 145 occurred"]],
    ["Bolivian troops forced their way into the presidential palace.", ["BOLMIL>BOLGOV 170 occurred"]],
    // civilians storming a compound riot (145), they do not fight (190)
    ["Iraqi protesters stormed the U.S. embassy compound in Baghdad.", ["IRQCVL>USAGOV 145 occurred"]],
    // must not fire: no attack on the site, no actor forcing its way in
    ["Tourists crowded a popular beach in Nairobi.", []],
    ["Rescuers forced their way into the collapsed building.", []],
  ])("%s", (text, expected) => {
    expect(briefForce(text).filter((e) => !/ 08\d* /.test(e))).toEqual(expected);
  });
});

describe("a demand made by summoning an envoy (summon)", () => {
  const briefSummon = briefWithActors(
    [
      ["South Korea", "KOR"],
      ["the Russian ambassador", "RUSGOV"],
      ["North Korean troops", "PRKMIL"],
      ["Germany", "DEU"],
      ["the Iranian ambassador", "IRNGOV"],
      ["a German national", "DEUCVL"],
      ["Tehran", "IRN"],
      ["President Yoon", "KORGOV"],
    ],
    new Set(),
    new Set(["Tehran"]),
  );
  it.each([
    // the demand of purpose after summoning an envoy is addressed to the envoy's country
    [
      "South Korea summoned the Russian ambassador on Monday to demand the withdrawal of North Korean troops.",
      ["KOR>RUSGOV 106 demanded", "KOR>RUSGOV 114 occurred"],
    ],
    [
      "Germany summoned the Iranian ambassador to demand the release of a German national.",
      ["DEU>IRNGOV 1053 demanded", "DEU>IRNGOV 114 occurred"],
    ],
    // must not fire: an addressee the demand names, a demand in a clause of its own
    [
      "Germany summoned the Iranian ambassador to demand an explanation from Tehran.",
      ["DEU>IRN 101 demanded", "DEU>IRNGOV 114 occurred"],
    ],
    [
      "South Korea summoned the Russian ambassador, and President Yoon demanded the withdrawal of North Korean troops.",
      ["KOR>RUSGOV 114 occurred", "KORGOV>PRKMIL 106 demanded"],
    ],
  ])("%s", (text, expected) => {
    expect(briefSummon(text)).toEqual(expected);
  });
});

describe("a brokered truce reaches the other party the sentence names (broker)", () => {
  const briefBroker = briefWithActors([
    ["Egypt", "EGY"],
    ["Israel", "ISR"],
    ["Jordan", "JOR"],
  ]);
  it.each([
    // the mediator reaches the clause's subject and the one other country named; the agreement is aimed at it
    [
      "Hamas agreed to free ten hostages under a deal brokered by Egypt, hours after Israel struck a camp in Rafah.",
      ["EGY>ISR 045 occurred", "EGY>PSEREB 045 occurred"],
    ],
    // must not fire: two other countries named, neither is taken as the other party
    [
      "Hamas agreed to free ten hostages under a deal brokered by Egypt, as Israel and Jordan discussed aid.",
      ["EGY>PSEREB 045 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefBroker(text).filter((e) => / 045 /.test(e))).toEqual(expected);
  });
  it("aims the agreement at the other party, not the mediator", () => {
    const text =
      "Hamas agreed to free ten hostages under a deal brokered by Egypt, hours after Israel struck a camp in Rafah.";
    expect(briefBroker(text).filter((e) => / 03\d* /.test(e))).toEqual(["PSEREB>ISR 0353 occurred"]);
  });
});

describe("verbal acts a clause hid: a protest's stated demand, a named verdict, a pronoun condition (verbal)", () => {
  const briefVerbal = briefWithActors(
    [
      ["Thousands of Korean farmers", "KORCVL"],
      ["President Lee", "KORGOV"],
      ["Minsk", "BLRGOV"],
      ["Lithuania", "LTU"],
      ["Belarusian", "BLR"],
      ["Russian", "RUS"],
    ],
    new Set(["Belarusian", "Russian", "Chinese", "Japanese"]),
  );
  it.each([
    // a domestic act does not wrap the demand that states its purpose; the protest stays beside it
    [
      "Thousands of Korean farmers rallied outside parliament on Monday to demand that President Lee cut fuel taxes.",
      ["KORCVL>KORGOV 100 demanded", "KORCVL>KORGOV 141 occurred"],
    ],
    [
      "Thousands of Korean farmers blocked highways near the capital demanding that President Lee cut fuel taxes.",
      ["KORCVL>KORGOV 100 demanded", "KORCVL>KORGOV 144 occurred"],
    ],
    // a verdict in a free relative of reason judges the named thing's agent
    [
      "Lithuania expelled a Belarusian diplomat over what it called hostile acts by Minsk.",
      ["LTU>BLR 166 occurred", "LTU>BLRGOV 111 occurred"],
    ],
    // must not fire: the object of an act, a named intent
    ["Japanese jets struck what Tokyo called terrorist camps in Pakistan.", ["JPN>PAK 190 occurred"]],
    [
      "Lithuania expelled a Belarusian diplomat over what it called attempts to undermine its security.",
      ["LTU>BLR 166 occurred"],
    ],
    // a pronoun subject of the condition is the other party: the promised sanction is a threat (alone, session 36)
    [
      "Seoul said it would impose new sanctions on Pyongyang if it continued its provocations.",
      ["KORGOV>PRKGOV 1312 threatened"],
    ],
    // must not fire: a refusal of "any" claim, an empty "it"
    ["Vietnam said it would reject any claim to the islands by China.", ["VNM>CHN 016 scheduled"]],
    [
      "Seoul said it would impose new sanctions on Pyongyang if it is necessary.",
      ["KORGOV>PRKGOV 163 hypothetical"],
    ],
  ])("%s", (text, expected) => {
    expect(briefVerbal(text)).toEqual(expected);
  });
  it("reads an object 'him' as the nearest person named before, not a demonym", () => {
    const text =
      "Arata blocked aid for Ukraine over the transit of Russian oil, and Kyiv accused him of blackmail.";
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, [...TEST_ACTORS, ["Russian", "RUS"]], new Set(["Russian"])).map((s) =>
      s.map((m) => (m.text === "Arata" ? { ...m, kind: "person" as const } : m)),
    );
    const got = codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model).map(
      (e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code}`,
    );
    expect(got).toContain("UKRGOV>JPNGOV 112");
  });
});

describe("joint drills on a party's own ground, a host in a relative clause on a meeting, asylum for an unknown person (coop)", () => {
  const briefCoop = briefWithActors(
    [
      ["Mongolia", "MNG"],
      ["Ulaanbaatar", "MNG"],
      ["Jeju", "KOR"],
      ["Alaska", "USA"],
      ["Canadian", "CAN"],
      ["American", "USA"],
      ["Russian", "RUS"],
      ["Mexico", "MEX"],
      ["Peru", "PER"],
      ["former Prime Minister Betssy Chavez", "---GOV"],
    ],
    new Set(),
    new Set(["Ulaanbaatar", "Jeju", "Alaska"]),
  );
  it.each([
    // drills of two or more countries on a party's own ground are their joint exercise, every pair both ways
    [
      "Mongolia and the United States began their annual exercise near Ulaanbaatar.",
      ["MNG>USA 062 occurred", "USA>MNG 062 occurred"],
    ],
    [
      "Japan, South Korea and the United States held trilateral drills off Jeju.",
      [
        "JPN>KOR 062 occurred",
        "JPN>USA 062 occurred",
        "KOR>JPN 062 occurred",
        "KOR>USA 062 occurred",
        "USA>JPN 062 occurred",
        "USA>KOR 062 occurred",
      ],
    ],
    // forces of two countries flying "jointly" near a third patrol jointly, as "together" does
    [
      "Russian and Chinese bombers flew jointly near Japan.",
      ["CHN>RUS 062 occurred", "RUS>CHN 062 occurred"],
    ],
    // must not fire: one country's drills on its own ground; another group acts between the subject and the drills
    ["Mongolia began military drills near Ulaanbaatar.", []],
    ["American and Canadian jets intercepted Russian and Chinese bombers flying together near Alaska.", []],
  ])("%s", (text, expected) => {
    expect(briefCoop(text).filter((e) => / 062 /.test(e))).toEqual(expected);
  });
  it.each([
    // a host in a relative clause on the meeting just coded hosts each of its other parties, with its status
    [
      "A summit of Japan, China and South Korea that Tokyo had hoped to host in January has been postponed.",
      ["JPNGOV>CHN 043 postponed", "JPNGOV>KOR 043 postponed"],
    ],
    [
      "A summit of Japan, China and South Korea, which Seoul had hoped to host, has been postponed.",
      ["KORGOV>CHN 043 postponed", "KORGOV>JPN 043 postponed"],
    ],
    // must not fire: a host with an object of its own; a relative clause on another noun than the meeting
    ["A summit of Japan and China was postponed after Tokyo hosted Vietnam.", ["JPNGOV>VNM 043 occurred"]],
    ["A summit of Japan and China was postponed because of a festival that Seoul had hoped to host.", []],
  ])("%s", (text, expected) => {
    expect(briefCoop(text).filter((e) => / 043 /.test(e))).toEqual(expected);
  });
  it("keeps the meeting's own pairs with the host beside the hosting", () => {
    const text =
      "A summit of Japan, China and South Korea that Tokyo had hoped to host in January has been postponed.";
    expect(briefCoop(text).filter((e) => / 04[04] /.test(e) && e.startsWith("JPN>"))).toEqual([
      "JPN>CHN 040 postponed",
      "JPN>KOR 040 postponed",
    ]);
  });
  it.each([
    // asylum for a person of no known country is aimed at the other country the sentence names
    [
      "Peru broke off relations with Mexico after Mexico granted asylum to former Prime Minister Betssy Chavez.",
      ["MEX>PER 075 occurred"],
    ],
    // must not fire: no other country named
    ["Mexico granted asylum to former Prime Minister Betssy Chavez.", []],
  ])("%s", (text, expected) => {
    expect(briefCoop(text).filter((e) => / 075 /.test(e))).toEqual(expected);
  });
});

describe("an -ing act after an aspect verb and alerts of fleets and commands (force)", () => {
  const briefForce = briefWithActors([
    ["Israel", "ISR"],
    ["Iran", "IRN"],
    ["Russia", "RUS"],
    ["Kharkiv", "UKR"],
    ["Norway", "NOR"],
    ["the Israeli military", "ISRMIL"],
    ["Ukrainian drones", "UKRMIL"],
    ["Ukraine's air force", "UKRMIL"],
    ["India", "IND"],
    ["Pakistan", "PAK"],
    ["Colombia", "COL"],
    ["Venezuela", "VEN"],
    ["Burkina Faso", "BFA"],
    ["ECOWAS", "IGOWAFWAS"],
    ["Iraq", "IRQ"],
    ["OPEC", "IGOOPC"],
    ["U.S. base", "USAMIL"],
    ["Iraqi air defences", "IRQMIL"],
    ["Kenyans", "KEN"],
    ["Chinese", "CHN"],
  ]);
  it.each([
    // the tagger reads "striking" as an adjective and "bombing" as a noun after "began"/"started"
    ["The Gulf summit was postponed after Israel began striking Iran.", ["ISR>IRN 190 occurred"]],
    [
      "Talks on a prisoner swap stalled after Russia started bombing Kharkiv again.",
      ["RUS>UKR 195 occurred"],
    ],
    // must not fire: an -ing word with no object after the aspect verb
    ["Dock workers in Antwerp began striking on Monday over pension cuts.", []],
    // a fleet put on alert, the other country named
    [
      "Russia put its Northern Fleet on full alert after Norway began military exercises in the Arctic.",
      ["RUS>NOR 152 occurred"],
    ],
    // must not fire: no other country
    ["Russia put its Northern Fleet on full alert on Monday.", []],
  ])("%s", (text, expected) => {
    expect(briefForce(text)).toEqual(expected);
  });
  it.each([
    // a passive interception with no actor as agent is the sayer's, aimed at the attacker named before
    [
      "Iran fired dozens of missiles at Israel, and the Israeli military said most had been intercepted.",
      ["IRN>ISR 195 occurred", "ISRMIL>IRN 190 occurred"],
    ],
    // the passive's own subject stays the target
    [
      "Russia said 20 Ukrainian drones had been shot down over the Belgorod region.",
      ["RUS>UKRMIL 195 occurred"],
    ],
    // must not fire: no other country named
    ["Ukraine's air force said two drones were shot down over Kyiv on Tuesday.", []],
    // the pronoun object of an interception is the weapons of the attack before: its agent is the target
    [
      "Iran fired missiles at a U.S. base in western Iraq on Tuesday, but Iraqi air defences intercepted them.",
      ["IRN>USAMIL 195 occurred", "IRQMIL>IRN 190 occurred"],
    ],
    // "X's military" before a past verb the tagger read as a noun ("put", "accused")
    [
      "India's military put its air bases on high alert, citing threats from Pakistan.",
      ["IND>PAK 152 occurred"],
    ],
    ["Colombia's military accused Venezuela of sheltering ELN commanders.", ["COL>VEN 112 occurred"]],
    // must not fire: an -ing noun after the adjective stays a noun
    ["Iran's consular building in Damascus was rebuilt within a year.", []],
    // a bloc named by its acronym alone is left (160); its meeting is no bloc
    [
      "Burkina Faso said on Monday it was leaving ECOWAS with immediate effect.",
      ["BFA>IGOWAFWAS 160 occurred"],
    ],
    ["Iraq's oil minister left the OPEC meeting in Vienna early on Thursday.", []],
    // a domestic protest against a policy: an actor in a relative clause on the policy noun is no target
    [
      "Thousands of Kenyans protested in Nairobi against a tax bill that the government said would repay Chinese loans.",
      ["KEN>KENGOV 1412 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefForce(text)).toEqual(expected);
  });
});

describe("second acts: a bare verb after an infinitive, a verbal act in a background clause (second)", () => {
  it.each([
    // the bare verb after "and" shares the controller of the infinitive before it, not the clause's subject
    [
      "Russian troops shelled Ukraine, prompting Kyiv to declare an emergency and accuse Moscow of aggression.",
      ["UKRGOV>RUSGOV 1123 occurred"],
    ],
    // must not fire: a finite control verb in a comma series leaves "cut" the series' past verb
    [
      "India suspended the treaty, ordered Pakistani advisers to leave and cut the size of Pakistan's mission.",
      ["IND>PAK 161 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => / 11\d* | 161 /.test(e))).toEqual(expected);
  });
  it.each([
    // a verbal act naming no one after "after" answers the main act aimed at its subject's country
    [
      "Washington paused its tariffs on Japanese cars after Tokyo pledged to buy more American gas.",
      ["JPNGOV>USAGOV 0311 occurred"],
    ],
    [
      "Israel struck Iranian radar sites, a day after Iran threatened to retaliate.",
      ["IRN>ISR 1384 threatened"],
    ],
    // a relative clause set off by a comma too, unless it judges "it"
    [
      "Washington paused its tariffs on Japanese cars after a call with Kenji Arata, who promised to buy more gas.",
      ["JPNGOV>USAGOV 0311 occurred", "JPNGOV>USAGOV 041 occurred"],
    ],
    // must not fire: a material act or a visit in the background clause is its occasion, aimed at no one
    ["China banned Japanese fish after Tokyo began releasing treated water into the sea.", []],
    ["Beijing protested to Tokyo after Japanese ministers visited the Yasukuni shrine.", []],
  ])("%s", (text, expected) => {
    expect(brief(text).filter((e) => /^(JPN|IRN)/.test(e))).toEqual(expected);
  });
  it("reads a verdict noun before 'for' as a verdict, not 'calls for'", () => {
    expect(brief("China began naval drills near Japan, calling them a punishment for hostile acts.")).toEqual(
      ["CHN>JPN 111 occurred", "CHN>JPN 150 occurred"],
    );
  });
});

describe("offers taken up, prisoners of one's own and a compound's meeting with another party (prec)", () => {
  const briefPrec = briefWithActors([
    ["American", "USA"],
    ["South Korean", "KOR"],
    ["Doha", "QATGOV"],
  ]);
  it.each([
    // an offer accepted, agreed to or discussed is no act of its own: the acceptance is coded
    ["Kyiv accepted an American proposal for a two-week truce with Moscow on Monday.", []],
    ["Hamas leaders gathered in Doha to discuss an American truce proposal.", []],
    ["Ukraine agreed to an American proposal for a ceasefire with Russia.", []],
  ])("%s", (text, expected) => {
    expect(briefPrec(text).filter((e) => e.startsWith("USA>"))).toEqual(expected);
  });
  it("still codes an offer rejected, aimed at the one who rejects it", () => {
    const events = briefPrec("Pyongyang rejected a South Korean offer of food aid on Tuesday.");
    expect(events.filter((e) => /^KOR>PRKGOV 03\d* /.test(e))).toHaveLength(1);
  });
  it.each([
    // prisoners with no country of their own are the releasing state's people, not the broker's or the partner's
    ["Russia freed 135 prisoners under a deal brokered by Qatar.", ["RUS>RUSCVL 0841 occurred"]],
    ["Russia agreed to release 40 detainees under a deal with Ukraine.", ["RUS>RUSCVL 0353 occurred"]],
    // must not change: prisoners of war are the other side's
    [
      "Russia and Ukraine each freed 200 prisoners of war.",
      ["RUS>UKR 0841 occurred", "UKR>RUS 0841 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefPrec(text).filter((e) => / 08\d* | 03\d* /.test(e) && !e.includes(" 045 "))).toEqual(
      expected,
    );
  });
  it.each([
    // members that acted on another party at a meeting named after it did not meet one another there
    ["Japan and India restored full relations with China at a summit in Hanoi.", []],
    ["Qatar and France brokered a truce between Israel and Hamas at talks in Doha.", []],
    // must still fire: no other party before the meeting, or only a place after "in"
    [
      "Japan and India agreed at talks in Tokyo to expand joint naval exercises.",
      ["IND>JPN 040 occurred", "JPN>IND 040 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefPrec(text).filter((e) => / 040 /.test(e))).toEqual(expected);
  });
});

describe("root confusions: a demonym's accusation, a reported claim, a swap line, a ceasefire agreement, flares (rootc, 2)", () => {
  it.each([
    // an accusation named with the accuser's demonym is denied (016), like "rejected Japan's accusations"
    ["China rejected Japanese accusations that it had hacked government servers.", "CHN>JPN 016 occurred"],
    // must not fire: a demonym on a demand is a demand rejected
    ["China rejected Japanese demands to halt the drilling.", "CHN>JPN 1232 occurred"],
    // a restated claim of reported speech judged false is denied, to the claimant
    [
      "The Japanese coast guard said a Chinese ship had rammed one of its patrol boats, a claim Beijing rejected as baseless.",
      "CHNGOV>JPN 016 occurred",
    ],
    // a restated charge after "accused" rejected as baseless is denied too (data/gold/README.md); merely "rejected", 120
    [
      "Japan accused China of ramming a patrol boat, a charge Beijing rejected as baseless.",
      "CHNGOV>JPN 016 occurred",
    ],
    // a swap line signed is economic cooperation (061); a plain currency swap signed stays an agreement (057)
    ["Japan signed a 10 billion dollar currency swap line with India on Tuesday.", "IND>JPN 061 occurred"],
    ["Japan signed a 10 billion dollar currency swap with India on Tuesday.", "IND>JPN 057 occurred"],
    // an agreement on a ceasefire is the signing (057), negated by "no"; a ceasefire agreed to stays the truce
    ["Russia and Ukraine reached no agreement on a ceasefire.", "RUS>UKR 057 negated"],
    ["Russia and Ukraine have yet to sign a ceasefire agreement.", "RUS>UKR 057 negated"],
    ["Russia and Ukraine agreed to a ceasefire.", "RUS>UKR 0871 occurred"],
    // flares released near another's aircraft are a show of force (150); released captives stay 084
    ["A Chinese fighter jet released flares near a Japanese surveillance aircraft.", "CHN>JPN 150 occurred"],
    ["China released two Japanese fishermen on Friday.", "CHN>JPN 0841 occurred"],
  ])("%s", (text, expected) => {
    expect(brief(text)).toContain(expected);
  });
});

describe("fire on another country's crowd, civilians storming a city (rootc, foreign=, civilians=)", () => {
  const briefCrowd = briefWithActors(
    [
      ["Israeli troops", "ISRMIL"],
      ["Kenyan police", "KENCOP"],
      ["Japanese protesters", "JPNCVL"],
      ["Osaka", "JPN"],
    ],
    new Set(),
    new Set(["Osaka"]),
  );
  it.each([
    // another country's crowd is fired on (193)
    ["Israeli troops opened fire on crowds waiting for aid in Gaza.", "ISRMIL>PSE 193 occurred"],
    // must not fire: a state's forces firing on its own crowd repress it (175)
    ["Kenyan police opened fire on the crowds outside parliament.", "KENCOP>KEN 175 occurred"],
    // civilians storming a city protest violently (145, civilians= on 19.seize-capital); troops storming it fight
    ["Japanese protesters stormed government offices in Osaka.", "JPNCVL>JPN 145 occurred"],
    ["Chinese troops stormed the Japanese town of Yonaguni.", "CHN>JPN 190 occurred"],
  ])("%s", (text, expected) => {
    expect(briefCrowd(text)).toContain(expected);
  });
});

describe("conditional threats with no threat word (session 20, cthreat)", () => {
  const briefCond = briefWithActors([["Venezuela", "VEN"]]);
  it.each([
    // a promised act of force or coercion on a condition set for another party is the threat, aimed at that party
    ["Pyongyang said it would use nuclear weapons if Seoul attacked it.", ["PRKGOV>KORGOV 1385 threatened"]],
    [
      "Iran would close the Strait of Hormuz if the United States joined the strikes.",
      ["IRN>USA 1381 threatened"],
    ],
    ["Venezuela said it would fight if the United States attacked.", ["VEN>USA 138 threatened"]],
    [
      "The EU would respond with countermeasures if Washington raised its tariffs.",
      ["IGOEUREEC>USAGOV 1312 threatened"],
    ],
    // the party the condition is set for, not a place named with the act
    [
      "Israel said it would resume fighting in Gaza if Hamas did not free the hostages.",
      ["ISR>PSEREB 138 threatened"],
    ],
    // must not fire: no condition, a condition on no party, speculation by others
    ["Ukraine would fight on until victory, Kyiv said.", []],
    ["Japan said it would use force if the talks failed.", []],
    ["Analysts said Iran could close the Strait of Hormuz if the United States joined the strikes.", []],
  ])("%s", (text, expected) => {
    expect(briefCond(text).filter((e) => / 13\d* /.test(e))).toEqual(expected);
  });
});

describe("a crowd's plain march or rally beside other acts (session 20, protest)", () => {
  const briefMarch = briefWithActors([
    ["Albanian protesters", "ALBCVL"],
    ["Albanian soldiers", "ALBMIL"],
    ["Albanian police", "ALBCOP"],
    ["the Serbian embassy", "SRBGOV"],
  ]);
  const protests = (text: string) => briefMarch(text).filter((e) => / 14\d* /.test(e));
  it.each([
    // a crowd marching is a protest even when the sentence codes another act
    [
      "Albanian protesters marched in Tirana, and Albanian police fired tear gas to disperse them.",
      ["ALBCVL>ALBGOV 141 occurred"],
    ],
    [
      "Albanian protesters rallied in Tirana, and Albanian police fired tear gas to disperse them.",
      ["ALBCVL>ALBGOV 141 occurred"],
    ],
    // must not fire: soldiers marching beside another act, a crowd whose protest is coded already
    ["Albanian soldiers marched in Tirana, and Albanian police fired tear gas to disperse them.", []],
    [
      "Albanian protesters stormed the Serbian embassy, chanting slogans against Belgrade.",
      ["ALBCVL>SRBGOV 145 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(protests(text)).toEqual(expected);
  });
});

describe("second acts: reactions after a conjoined clause, restated verdicts, appeals to a court (session 21, second)", () => {
  const briefSecond = briefWithActors([
    ["Spain", "ESP"],
    ["Poland", "POL"],
    ["Minsk", "BLRGOV"],
    ["Belarus", "BLR"],
    ["Guyana", "GUY"],
    ["Venezuela", "VEN"],
    ["Caracas", "VENGOV"],
    ["the International Court of Justice", "IGOUNOICJ"],
    ["the court", "IGOUNOICJ"],
    ["Egypt", "EGY"],
  ]);
  const only = (text: string, root: RegExp) => briefSecond(text).filter((e) => root.test(e));
  it.each([
    // a reaction drawn by a participle answers the subject of the last conjoined main clause
    [
      "NATO agreed to raise defence spending, and Spain said it would not meet the target, drawing a rebuke from Washington.",
      ["USAGOV>ESP 111 occurred"],
    ],
    [
      "Russia attacked Ukraine, and Poland closed its border with Belarus, drawing criticism from Minsk.",
      ["BLRGOV>POL 111 occurred"],
    ],
    // must not fire on the conjoined clause: a complement clause's subject is no addressee, nor a clause of no actor
    [
      "NATO said Ukraine's future was in the alliance, drawing a rebuke from Kyiv.",
      ["UKRGOV>IGOWSTNAT 111 occurred"],
    ],
    [
      "Poland closed its border with Belarus, and the weather turned cold, drawing criticism from Minsk.",
      ["BLRGOV>POL 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(only(text, / 11\d* /)).toEqual(expected);
  });
  it.each([
    // a verdict on a restated act in a relative clause on it: past harm, a growing danger, a warned harm
    ["France recognised a Palestinian state, a move Israel said rewarded terror.", ["ISR>FRA 111 occurred"]],
    [
      "Japan deployed missiles near Taiwan, a move Beijing said stoked regional tensions.",
      ["CHNGOV>JPN 111 occurred"],
    ],
    [
      "Japan and the United States agreed to deploy submarines, a plan Pyongyang said would only increase the danger of war.",
      ["PRKGOV>JPN 111 occurred", "PRKGOV>USA 111 occurred"],
    ],
    [
      "Japan curbed chip exports, a step Seoul warned would damage decades of cooperation.",
      ["KORGOV>JPN 111 occurred"],
    ],
    // must not fire outside a relative clause on the act before
    ["Israel said the decision rewarded terror.", []],
    ["Seoul warned that the curbs would damage cooperation.", []],
    ["Beijing said the drills stoked regional tensions.", []],
  ])("%s", (text, expected) => {
    expect(only(text, / 111 /)).toEqual(expected);
  });
  it.each([
    // an appeal to a court against a party named in its clause is also a legal complaint (115) against that party
    [
      "Guyana asked the International Court of Justice to stop Venezuela from holding a referendum.",
      ["GUY>VEN 115 occurred"],
    ],
    [
      "Guyana accused Venezuela of plotting an annexation and filed a request with the International Court of Justice to halt Caracas's referendum.",
      ["GUY>VEN 112 occurred", "GUY>VENGOV 115 occurred"],
    ],
    // must not fire: an appeal to a party that is no court, a court asked with no party named in its clause
    ["Guyana asked Egypt to stop Venezuela from holding a referendum.", []],
    [
      "Guyana asked the International Court of Justice to rule on the border, and Venezuela rejected the move.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(only(text, / 11[25] /)).toEqual(expected);
  });
  it.each([
    // praise of a restated act in a relative clause on it, after a preposition too
    ["Egypt reopened the crossing, in a move Washington welcomed.", ["USAGOV>EGY 051 occurred"]],
    [
      "Egypt reopened the crossing, a step the EU called a positive development.",
      ["IGOEUREEC>EGY 051 occurred"],
    ],
    ["Egypt reopened the crossing, a step Qatar said was a constructive move.", ["QAT>EGY 051 occurred"]],
    // must not fire: a plain statement judges no one
    ["Seoul said the talks were a positive step.", []],
    ["Tokyo called the talks a constructive step.", []],
  ])("%s", (text, expected) => {
    expect(only(text, / 051 /)).toEqual(expected);
  });
});

describe("arrests of a count of people, refusals of a request or invitation from X, tit-for-tat expulsions (coerce)", () => {
  const briefCoerce = briefWithActors([
    ["Georgian police", "GEOCOP"],
    ["Indian police", "INDCOP"],
    ["Sri Lanka", "LKA"],
    ["Brazil", "BRA"],
    ["Poland", "POL"],
    ["Minsk", "BLRGOV"],
    ["Belarusian diplomats", "BLRGOV"],
    ["Polish embassy", "POLGOV"],
    ["Eritrean troops", "ERIMIL"],
    ["Asmara", "ERIGOV"],
    ["UN", "IGOUNO"],
  ]);
  const only = (root: string) => (text: string) =>
    briefCoerce(text).filter((e) => new RegExp(` ${root}\\d* `).test(e));
  it.each([
    // a count of people arrested is an arrest at home even beside another act (was a fallback alone)
    [
      "Georgian police detained dozens of protesters, and the European Union condemned the crackdown.",
      ["GEOCOP>GEO 173 occurred"],
    ],
    // counts written as words; an actor in a participle phrase on the people arrested is no target
    ["Indian police arrested four men suspected of spying for Pakistan.", ["INDCOP>IND 173 occurred"]],
    // must not fire: a lone suspect beside another act stays a fallback
    ["Georgian police arrested a man at the scene, and the European Union condemned the attack.", []],
  ])("%s", (text, expected) => {
    expect(only("17")(text)).toEqual(expected);
  });
  it.each([
    // the request or invitation names its author after "from": the one refused
    [
      "Sri Lanka declined a request from China to let a research ship dock at Colombo.",
      ["LKA>CHN 120 occurred"],
    ],
    ["Brazil declined an invitation from Russia to attend the parade in Moscow.", ["BRA>RUS 125 occurred"]],
    // a restated report of what an inquiry found, rejected: a denial to the finder
    ["A UN panel found that Eritrean troops had shelled villages, a report Asmara rejected.", []],
  ])("%s", (text, expected) => {
    expect(only("12")(text)).toEqual(expected);
  });
  it.each([
    // an expulsion answered, aimed at the retaliator, is an act of its own beside the answer
    [
      "Poland expelled two Belarusian diplomats in response to Minsk's expulsion of Polish embassy staff.",
      ["BLRGOV>POLGOV 166 occurred", "POL>BLRGOV 166 occurred"],
    ],
    // must not fire: a reaction to the expulsion is no second expulsion
    [
      "Poland expelled two Belarusian diplomats, and Minsk condemned the expulsion.",
      ["POL>BLRGOV 166 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(only("16")(text)).toEqual(expected);
  });
  it("a report an inquiry found, rejected, is denied (016) to the finder", () => {
    expect(
      only("01")("A UN panel found that Eritrean troops had shelled villages, a report Asmara rejected."),
    ).toEqual(["ERIGOV>IGOUNO 016 occurred"]);
  });
});

describe("accusations and verdicts in reported speech (session 21, accuse)", () => {
  const briefAcc = briefWithActors([
    ["Hanoi", "VNMGOV"],
    ["Minsk", "BLRGOV"],
    ["Poland", "POL"],
    ["Belarus", "BLR"],
    ["the Myanmar army", "MMRMIL"],
    ["the UN", "IGOUNO"],
    ["Foreign Minister Ararat Mirzoyan", "ARMGOV"],
    ["Azerbaijan", "AZE"],
    ["Spain", "ESP"],
  ]);
  const verdicts = (text: string) => briefAcc(text).filter((e) => / (01|11)\d* /.test(e));
  it.each([
    // a falsity verdict after a comma restates the denial just coded: no extra 111
    [
      "Hanoi rejected an accusation by Beijing that it had stirred up protests, calling it a fabrication.",
      ["CHNGOV>VNMGOV 112 occurred", "VNMGOV>CHNGOV 016 occurred"],
    ],
    // a restated act said to do harm without a modal, warned to do harm, or said to raise a risk
    [
      "Japan imposed export controls on China, a move Beijing said hurt global supply chains.",
      ["CHNGOV>JPN 111 occurred"],
    ],
    [
      "Japan imposed export controls on China, a move Beijing warned would hurt global supply chains.",
      ["CHNGOV>JPN 111 occurred"],
    ],
    [
      "Poland sent troops to its border with Belarus, a move Minsk said raised the risk of a clash.",
      ["BLRGOV>POL 111 occurred"],
    ],
    // must not fire: no relative clause on the act before
    ["Beijing said the tariffs hurt global supply chains.", []],
    // a verdict naming its author after "by", in a free relative or a restating noun
    [
      "Thousands fled into Bangladesh, in what the UN called ethnic cleansing by the Myanmar army.",
      ["IGOUNO>MMRMIL 1122 occurred"],
    ],
    // must not fire: the kind of act named, no author
    ["Thousands fled into Bangladesh, in what the UN called ethnic cleansing.", []],
    // the owner of the act called ethnic cleansing is accused
    [
      "Foreign Minister Ararat Mirzoyan spoke on Tuesday, calling Azerbaijan's treatment of the Armenians ethnic cleansing.",
      ["ARMGOV>AZE 1122 occurred"],
    ],
    // a reaction drawn after ", and" answers the last main clause's subject, else the sentence's first subject
    [
      "NATO leaders agreed to raise spending, and Spain said it would not meet the target, drawing a rebuke from Washington.",
      ["USAGOV>ESP 111 occurred"],
    ],
    [
      "NATO said Ukraine's future was in the alliance, drawing a rebuke from Moscow.",
      ["RUSGOV>IGOWSTNAT 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(verdicts(text)).toEqual(expected);
  });
});

describe("meetings proposed, asked for, of one body or on accession not yet opened (session 21, meet)", () => {
  const meetings = (text: string) => brief(text).filter((e) => / 04\d* /.test(e));
  it.each([
    // must not fire: a meeting proposed, asked for, urged or made possible is no meeting held
    ["Moscow proposed direct talks between Russian and Ukrainian delegations.", []],
    ["Kyiv rejected calls by Washington for renewed talks with Moscow.", []],
    ["The thaw paved the way for the first direct talks between Japan and China.", []],
    ["Beijing urged Moscow and Kyiv to resume direct talks.", []],
    // must not fire: a meeting of one body is no meeting between it and the subject
    ["Tokyo called for an emergency meeting of NATO.", []],
    ["Germany said after a meeting of NATO defence ministers that it would buy more jets.", []],
    // must not fire: accession talks opened by an infinitive or a gerund
    ["Kyiv said it would not seek to open accession talks with the EU.", []],
    ["Germany lifted its veto on opening membership talks with Ukraine.", []],
    // still meetings: two parties "of" a meeting, a proposed summit called off, accession talks opened
    [
      "A meeting of Japanese and Chinese defence ministers was postponed.",
      ["CHN>JPN 040 postponed", "JPN>CHN 040 postponed"],
    ],
    [
      "The proposed summit between Japan and China was called off.",
      ["CHN>JPN 040 cancelled", "JPN>CHN 040 cancelled"],
    ],
    [
      "The EU opened accession talks with Ukraine.",
      ["IGOEUREEC>UKR 040 occurred", "UKR>IGOEUREEC 040 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(meetings(text)).toEqual(expected);
  });
});

describe("force and posture structures (session 21, force)", () => {
  const briefForce = briefWithActors([
    ["Azerbaijan", "AZE"],
    ["Armenia", "ARM"],
    ["Tajikistan", "TJK"],
    ["Kyrgyzstan", "KGZ"],
    ["Afghan", "AFG"],
    ["Pakistani troops", "PAKMIL"],
    ["the Myanmar army", "MMRMIL"],
    ["Mogadishu", "SOM"],
    ["American troops", "USAMIL"],
    ["Somali special forces", "SOMMIL"],
    ["Shabaab fighters", "SOMREB"],
    ["Finland", "FIN"],
  ]);
  const force = (text: string) => briefForce(text).filter((e) => / 1[5-9]\d* /.test(e));
  it.each([
    // a build-up at a border that names no country faces the other country of the sentence
    ["Kyrgyzstan said Tajikistan was massing troops along the border.", ["TJK>KGZ 154 reported"]],
    // a mobilisation written as a noun
    [
      "Armenia ordered a partial mobilisation of reservists amid tensions with Azerbaijan.",
      ["ARM>AZE 154 occurred"],
    ],
    // ground taken, not property seized
    ["Pakistani troops seized several Afghan border posts overnight.", ["PAKMIL>AFG 192 occurred"]],
    // an annexation signed is the annexation
    ["Russia signed treaties annexing four occupied regions of Ukraine.", ["RUS>UKR 192 occurred"]],
    // force disowned is negated force
    ["Azerbaijan has no intention of attacking Armenia.", ["AZE>ARM 190 negated"]],
    // the striker's own rebels
    ["the Myanmar army stepped up air strikes on rebel-held villages.", ["MMRMIL>MMRREB 195 occurred"]],
    // the forces a base hosts are hit, and the country it stands in (session 34: as most wire-dev files code it)
    [
      "Iran fired missiles at an air base in Qatar, which hosts American troops.",
      ["IRN>QAT 195 occurred", "IRN>USAMIL 195 occurred"],
    ],
    // a state force killing the attackers of the act before fights that act's author
    [
      "Shabaab fighters stormed a hotel in Mogadishu, and Somali special forces killed all six attackers.",
      ["SOMMIL>SOMREB 190 occurred", "SOMREB>SOM 180 occurred"],
    ],
    // a modal act of force by a named subject is no fallback beside the build-up
    [
      "Russia massed troops near Finland's border, and Moscow could launch an invasion within weeks.",
      ["RUS>FIN 154 occurred", "RUSGOV>FIN 190 hypothetical"],
    ],
    // must not fire: no other country, hostages taken from a post, a crowd's storming, no modal
    ["The government ordered a mobilisation of volunteers to clear flood debris.", []],
    ["Hamas freed three hostages on Sunday.", []],
    ["Protesters tried to storm the building before police pushed them back.", []],
  ])("%s", (text, expected) => {
    expect(force(text)).toEqual(expected);
  });
});

describe("signed deals to buy or sell, ratified treaties, arms contracts (session 21, coop)", () => {
  const briefDeal = briefWithActors([
    ["Spain", "ESP"],
    ["Norway", "NOR"],
    ["Ghana", "GHA"],
    ["Egypt", "EGY"],
    ["Peru", "PER"],
    ["Ecuador", "ECU"],
    ["Romania", "ROU"],
    ["South Korea", "KOR"],
  ]);
  const deals = (text: string) => briefDeal(text).filter((e) => / 0[56]\d* /.test(e));
  it.each([
    // a purchase, sale or supply in an infinitive of purpose after a signed deal is also the signing, both ways
    [
      "Spain signed a deal worth 2 billion euros on Tuesday to buy 40 fighter jets from France.",
      ["ESP>FRA 057 occurred", "FRA>ESP 057 occurred", "FRA>ESP 062 occurred"],
    ],
    [
      "Norway signed a contract to sell air defence systems to Ghana.",
      ["GHA>NOR 057 occurred", "NOR>GHA 057 occurred", "NOR>GHA 062 occurred"],
    ],
    [
      "Qatar signed a 20-year deal to supply gas to Germany.",
      ["DEU>QAT 057 occurred", "QAT>DEU 057 occurred", "QAT>DEU 061 occurred"],
    ],
    // the buyer reports its own purchase from the seller named after "from"
    ["Vietnam bought 12 fighter jets from France, Vietnam said.", ["FRA>VNM 062 occurred"]],
    // a ratified agreement: both ways between a compound subject, one way from a single ratifier
    [
      "Peru and Ecuador ratified a treaty on their shared border.",
      ["ECU>PER 057 occurred", "PER>ECU 057 occurred"],
    ],
    // an arms contract with a foreign maker is that country's sale, no signing between states
    ["Romania signed a contract with South Korea for 54 howitzers.", ["KOR>ROU 062 occurred"]],
    // must not fire: a deal named apart from the purchase, a purchase with its own purpose, a ratified budget
    [
      "Egypt bought 30 fighter jets from France under a deal that was signed last year.",
      ["FRA>EGY 062 occurred"],
    ],
    ["Vietnam bought 12 helicopters from Russia to replace its ageing fleet.", ["RUS>VNM 062 occurred"]],
    ["Spain ratified the budget on Friday.", []],
  ])("%s", (text, expected) => {
    expect(deals(text)).toEqual(expected);
  });
  it.each([
    // helping another state build a thing of its own is cooperation (060), not aid
    ["Moscow will help Pyongyang build satellites.", ["RUSGOV>PRKGOV 060 scheduled"]],
    // must not fire: help with a repair stays aid
    ["Japan helped Ukraine repair its power grid.", ["JPN>UKR 070 occurred"]],
  ])("%s", (text, expected) => {
    expect(briefDeal(text).filter((e) => / 0[67]\d* /.test(e))).toEqual(expected);
  });
});

describe("appeals, demands and threats (session 21, threat)", () => {
  const briefThreat = briefWithActors([
    ["Poland", "POLGOV"],
    ["Belarus", "BLRGOV"],
    ["the Group of Seven", "IGOGOS"],
    ["Moscow", "RUSGOV"],
    ["Russia", "RUSGOV"],
    ["Canada", "CANGOV"],
    ["Egypt", "EGYGOV"],
    ["Israel", "ISRGOV"],
    ["Hamas", "PSEREB"],
    ["Norway", "NORGOV"],
    ["the International Court of Justice", "IGOUNOICJ"],
    ["Ukraine", "UKRGOV"],
    ["Prime Minister Shigeru Ishiba", "JPNGOV"],
    ["Orban", "HUNGOV"],
    ["Hungary", "HUNGOV"],
    ["the Netherlands", "NLDGOV"],
  ]);
  const of = (roots: RegExp) => (text: string) => briefThreat(text).filter((e) => roots.test(e));
  it.each([
    // "said X should ...": the sayer's demand on X
    ["Poland said Belarus should stop pushing migrants across the border.", ["POLGOV>BLRGOV 100 demanded"]],
    // must not fire: what is to be done to an actor, a "should" whose subject is no actor
    ["The Netherlands said two Russian officers should be tried for the downing.", []],
    ["Beijing criticised the pact, which Norway said should not target third parties.", []],
  ])("%s", (text, expected) => {
    expect(of(/ 10\d* /)(text)).toEqual(expected);
  });
  it.each([
    // ", warning of sanctions" is a participle: the threat of them beside the demand
    [
      "The Group of Seven demanded that Moscow release the journalists, warning of further sanctions otherwise.",
      ["IGOGOS>RUSGOV 1312 threatened"],
    ],
    // a vow to counter another's act is a threat, not a pledge
    ["Russia imposed tariffs on Canada, a move Canada vowed to counter.", ["CANGOV>RUS 130 threatened"]],
    // must not fire: answering questions
    ["Canada vowed to answer questions from reporters.", []],
  ])("%s", (text, expected) => {
    expect(of(/ 1[3]\d* | 03\d* /)(text)).toEqual(expected);
  });
  it.each([
    // a truce called for between two parties: an appeal to each, not their truce
    [
      "Egypt called for an immediate truce between Israel and Hamas.",
      ["EGYGOV>ISR 0256 occurred", "EGYGOV>PSEREB 0256 occurred"],
    ],
    // must not fire: pauses in a war between two parties, in a text that was never adopted
    ["Norway vetoed a draft that would have called for pauses in the war between Israel and Hamas.", []],
  ])("%s", (text, expected) => {
    expect(of(/ 02\d* | 08\d* /)(text)).toEqual(expected);
  });
  it.each([
    // an order stopped short of: a demand not made, aimed at the party of the court's own order before it
    [
      "The International Court of Justice ordered Russia to allow inspectors in, but stopped short of ordering a ceasefire.",
      ["IGOUNOICJ>RUS 100 negated", "IGOUNOICJ>RUS 1055 demanded"],
    ],
    // must not fire: no order of its own before it
    [
      "The International Court of Justice stopped short of ordering a halt in the case brought by Ukraine.",
      [],
    ],
    // "demanded that she/he ...": the nearest person named before
    [
      "Beijing criticised Prime Minister Shigeru Ishiba and demanded that he retract his remarks.",
      ["CHNGOV>JPNGOV 100 demanded"],
    ],
  ])("%s", (text, expected) => {
    expect(of(/ 10\d* /)(text).sort()).toEqual([...expected].sort());
  });
  // must not fire: "warned that he would ..." is the speaker's own act, not a demand on the person before
  it("a warning's 'that he' is no demand", () => {
    expect(
      of(/ 10\d* /)("Orban met Prime Minister Shigeru Ishiba and warned that he would veto the sanctions."),
    ).toEqual([]);
  });
});

describe("planned signings named as a noun with no party of their own (session 21, sign)", () => {
  const briefSign = briefWithActors([
    ["Modi", "INDGOV"],
    ["Sharif", "PAKGOV"],
    ["Lula", "BRAGOV"],
    ["Milei", "ARGGOV"],
    ["Erdogan", "TURGOV"],
    ["Mitsotakis", "GRCGOV"],
  ]);
  const of = (roots: RegExp) => (text: string) => briefSign(text).filter((e) => roots.test(e));
  it.each([
    // the two countries of a one-way act before (one actor each)
    [
      "Modi berated Sharif at the summit on Tuesday, and a planned signing of a water deal was called off.",
      ["INDGOV>PAKGOV 057 cancelled", "PAKGOV>INDGOV 057 cancelled"],
    ],
    // the pair of a meeting noun before, whose signing was never the subject of a verb of its own
    [
      "A meeting between Lula and Milei ended early on Monday, and a planned signing of a trade accord was postponed.",
      ["ARGGOV>BRAGOV 057 postponed", "BRAGOV>ARGGOV 057 postponed"],
    ],
    // must not fire: no act before to take the parties from
    ["A planned signing of the new budget was postponed after the coalition collapsed.", []],
    // must not fire: a planned visit with its own visitor is no signing
    ["Erdogan criticised Mitsotakis on Friday, and a planned visit by Lula was called off.", []],
  ])("%s", (text, expected) => {
    expect(of(/ 05\d* /)(text).sort()).toEqual([...expected].sort());
  });
});

describe("verdicts on a restated act (session 21, acc2)", () => {
  const briefAcc = briefWithActors([
    ["Japan", "JPNGOV"],
    ["China", "CHNGOV"],
    ["Egypt", "EGYGOV"],
    ["Jordan", "JORGOV"],
    ["Russia", "RUSGOV"],
    ["Finland", "FINGOV"],
  ]);
  const crit = (text: string) => briefAcc(text).filter((e) => / 0[12]\d* | 11\d* /.test(e));
  it.each([
    // "called a cover for": a verdict that the act hides another, not a "call for"
    [
      "Japan opened a radar station near the border, a move China called a cover for spying.",
      ["CHN>JPN 111 occurred"],
    ],
    // "said broke commitments", "warned would be disastrous": a verdict on the restated act's author
    [
      "Egypt suspended gas exports to Jordan, a step Jordan said broke earlier commitments.",
      ["JORGOV>EGYGOV 111 occurred"],
    ],
    [
      "Russia closed its border with Finland, a move Finland warned would be disastrous.",
      ["FINGOV>RUS 111 occurred"],
    ],
    // a hyphened participle in the relative clause's subject ("Finland's army-led government")
    [
      "Russia closed its border with Finland, a move Finland's army-led government called a pretext for war.",
      ["FINGOV>RUS 111 occurred"],
    ],
    // must not fire: no restated act before
    ["Finland said a war with Russia would be catastrophic.", []],
    ["Egypt said it broke no agreements.", []],
  ])("%s", (text, expected) => {
    expect(crit(text)).toEqual(expected);
  });
});

describe("accusations after a background clause and appeals to no actor (session 22, crit)", () => {
  const briefCrit = briefWithActors([
    ["Laos", "LAOGOV"],
    ["Vietnam", "VNMGOV"],
    ["Hanoi", "VNMGOV"],
    ["Peru", "PERGOV"],
    ["Chile", "CHLGOV"],
    ["Indonesia", "IDNGOV"],
    ["Malaysia", "MYSGOV"],
    ["Brazil", "BRAGOV"],
    ["Bolivia", "BOLGOV"],
    ["Mexico", "MEXGOV"],
    ["Guatemala", "GTMGOV"],
  ]);
  it.each([
    // an accusing participle after "after a mine blast killed ...": the blast does not speak; the subject does
    [
      "Laos recalled its ambassador from Vietnam after a mine blast killed three farmers, accusing Hanoi of planting mines.",
      ["LAOGOV>VNM 161 occurred", "LAOGOV>VNMGOV 112 occurred"],
    ],
    // must not fire: a deed in the participle stays the background clause's (no actor)
    [
      "Peru sent condolences to Chile after a bus crashed near the border, killing 20 people.",
      ["PERGOV>CHLGOV 018 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefCrit(text)).toEqual(expected);
  });
  it.each([
    // an actor asked keeps the appeal
    ["Indonesia urged Malaysia to return the fishermen.", ["IDNGOV>MYSGOV 0253 occurred"]],
    // must not fire: the one asked names no actor, so the actor inside the act asked for is not its target
    ["Brazil called on the world to help Bolivia fight the fires.", []],
    ["Mexico urged farmers to stop selling corn to Guatemala.", []],
  ])("%s", (text, expected) => {
    expect(briefCrit(text)).toEqual(expected);
  });
});

/** The real actor dictionary, loaded once for the blocks below that code through the real actor stage. */
let realActors: ReturnType<typeof loadActorModel> | null = null;

/** Codes `text` with the real actor stage on `date`; events as sorted "SRC>TGT code status" lines. */
function withRealActors(text: string, date: string): string[] {
  realActors ??= loadActorModel(join(DATA, "actors"));
  const doc = analyzeText(nlp, text);
  const mentions = findMentions(doc, realActors, date);
  return codeDocument({ doc, mentions, docId: "d1", date }, model)
    .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
    .sort();
}

/** A block of sentences coded through the real actor stage on `date`, each against its sorted event lines. */
function realCases(title: string, date: string, cases: [string, string[]][]): void {
  describe(title, () => {
    it.each(cases)("%s", (text, expected) => {
      expect(withRealActors(text, date)).toEqual(expected);
    });
  });
}

describe("false events: a seat shared by a state and the EU, Western nouns, a sanction's target (session 22, prec)", () => {
  // The real actor dictionary: "Brussels" is resolved by the document's cues, not by the test table.
  const real = (text: string) => withRealActors(text, "2025-06-20");
  it.each([
    // "Brussels" in a document that names Belgium is Belgium's government
    [
      "Burundi cut diplomatic ties with Belgium on Friday, accusing Brussels of taking sides in the conflict.",
      ["BDIGOV>BELGOV 112 occurred", "BDIGOV>BELGOV 161 occurred"],
    ],
    // must not change: with no Belgian cue it stays the EU's seat
    ["Brussels imposed new tariffs on Chinese steel.", ["IGOEUREEC>CHN 163 occurred"]],
    // "Western governments" names no country: no accusation of the protesters' own government
    [
      "Protesters in Niamey attacked the French embassy, accusing Western governments of backing the ousted president.",
      ["NERCVL>FRAGOV 145 occurred"],
    ],
    // must still fire: a sector noun with a country of its own
    ["Hungarian officials accused the European Commission of blackmail.", ["HUNGOV>IGOEUREEC 112 occurred"]],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });

  const briefPrec = briefWithActors([
    ["The European Union", "IGOEUREEC"],
    ["Hezbollah", "LBNREB"],
    ["Lebanon", "LBN"],
    ["Britain", "GBR"],
  ]);
  it.each([
    // ", targeting ..." after the subject's own sanctions says what they hit: no attack
    [
      "The European Union adopted a new package of sanctions against Russia on Monday, targeting Russian banks.",
      ["IGOEUREEC>RUS 163 occurred"],
    ],
    // must still fire: an attack after another subject's sanctions, its participle naming what it hit
    [
      "Britain imposed sanctions on Iran, and Israel attacked Lebanon, targeting Hezbollah commanders.",
      ["GBR>IRN 163 occurred", "ISR>LBN 190 occurred"],
    ],
    // must still fire: "targeting" after a sanction by another subject is that subject's attack
    [
      "Britain imposed sanctions on Iran on Monday, as Israel kept targeting Hezbollah.",
      ["GBR>IRN 163 occurred", "ISR>LBNREB 190 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefPrec(text)).toEqual(expected);
  });
});

describe("meetings, visits and mediation (session 22, meet2)", () => {
  const persons = new Set(["Mara Velk", "Kenji Arata"]);
  const places = new Set(["Tokyo", "Manila"]);
  const meet = (text: string) => {
    const doc = analyzeText(nlp, text);
    const mentions = testMentions(doc, TEST_ACTORS, new Set(["Japanese", "Chinese"]), places).map((s) =>
      s.map((m) => (persons.has(m.text) ? { ...m, kind: "person" as const } : m)),
    );
    return codeDocument({ doc, mentions, docId: "d1", date: "2025-06-20" }, model)
      .filter((e) => e.root === "04")
      .map((e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`)
      .sort();
  };
  it.each([
    // "his visit" after a state subject is the visit of the person the pronoun stands for, not the state's
    ["Japan did not arrest Mara Velk during his visit to Tokyo.", ["USAGOV>JPNGOV 042 occurred"]],
    // must not fire: a person subject keeps the pronoun's trip (Velk's, not Arata's), a trip to Manila (session 25,
    // visit2: no longer aimed at the one he meets, as w12-253's writer codes "during his trip to South Korea")
    ["Mara Velk said he might meet Kenji Arata during his trip to Manila.", ["USAGOV>PHLGOV 042 occurred"]],
    // a phone call as the means of an apology, an actor of the caller's own side named after it
    [
      "Kenji Arata apologised to Mara Velk in a phone call on Monday, Tokyo said.",
      ["JPNGOV>USAGOV 041 occurred", "USAGOV>JPNGOV 041 occurred"],
    ],
    // "X-led talks": the mediator's 045 to each party; planned talks keep their status for the parties too
    [
      "Japan and China agreed to a truce after Qatar-led talks in Manila.",
      ["QAT>CHN 045 occurred", "QAT>JPN 045 occurred"],
    ],
    [
      "Qatar-led talks between Japan and China were postponed.",
      ["CHN>JPN 040 postponed", "JPN>CHN 040 postponed", "QAT>CHN 045 postponed", "QAT>JPN 045 postponed"],
    ],
    // must not fire: "led" as the verb of a clause is no mediation
    ["Mara Velk led talks with China in Manila.", ["CHN>USAGOV 040 occurred", "USAGOV>CHN 040 occurred"]],
  ])("%s", (text, expected) => {
    expect(meet(text)).toEqual(expected);
  });
});

describe("cooperation and concessions: forces leaving, imports resumed, brokered truces, aid after condolences (session 22, aid)", () => {
  const briefAid = briefWithActors([
    ["French troops", "FRAMIL"],
    ["Indian troops", "INDMIL"],
    ["Chinese troops", "CHNMIL"],
    ["Niger", "NERGOV"],
    ["Zelensky", "UKRGOV"],
    ["Washington", "USAGOV"],
    ["Japanese", "JPN"],
    ["Afghan forces", "AFGMIL"],
    ["Pakistani forces", "PAKMIL"],
    ["Kishida", "JPNGOV"],
    ["Erdogan", "TURGOV"],
    ["Berlin", "DEUGOV"],
  ]);
  it.each([
    // forces named in the plural leaving another's country retreat (0874)
    ["The last French troops left Niger on Friday.", ["FRAMIL>NERGOV 0874 occurred"]],
    // must not fire: a leader leaving a capital, troops "leaving" soldiers dead
    ["Zelensky left Washington on Friday.", []],
    [
      "Indian troops clashed with Chinese troops, leaving 20 soldiers dead.",
      ["CHNMIL>INDMIL 190 occurred", "INDMIL>CHNMIL 190 occurred"],
    ],
    // imports resumed ease a ban (085) on the goods' country
    ["China said it would resume imports of Japanese seafood.", ["CHN>JPN 085 scheduled"]],
    // a truce brokered between two parties is also theirs (0871 both ways)
    [
      "Afghan forces and Pakistani forces exchanged fire two days after a truce brokered by Qatar.",
      [
        "AFGMIL>PAKMIL 0871 occurred",
        "AFGMIL>PAKMIL 190 occurred",
        "PAKMIL>AFGMIL 0871 occurred",
        "PAKMIL>AFGMIL 190 occurred",
        "QAT>AFGMIL 045 occurred",
        "QAT>PAKMIL 045 occurred",
      ],
    ],
    // must not fire: "the truce brokered by" restates a truce told before
    [
      "Afghan forces and Pakistani forces exchanged fire two days after the truce brokered by Qatar.",
      [
        "AFGMIL>PAKMIL 190 occurred",
        "PAKMIL>AFGMIL 190 occurred",
        "QAT>AFGMIL 045 occurred",
        "QAT>PAKMIL 045 occurred",
      ],
    ],
    // aid announced after condolences goes to the one consoled
    [
      "Kishida sent condolences to Erdogan after the earthquake and said Japan would send a rescue team to the disaster zone.",
      ["JPN>TURGOV 073 scheduled", "JPNGOV>TURGOV 018 occurred"],
    ],
    // must not fire: no aid to the one criticised
    [
      "Germany condemned Russia and said Berlin would send more air defence systems.",
      ["DEU>RUS 111 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(briefAid(text)).toEqual(expected);
  });
});

describe("promised measures and a pronoun after ', and' (session 22, coerce2)", () => {
  const briefCo = briefWithActors([
    ["Beijing", "CHNGOV"],
    ["Canada", "CANGOV"],
    ["Warsaw", "POLGOV"],
    ["Minsk", "BLRGOV"],
    ["Seoul", "KORGOV"],
    ["Hanoi", "VNMGOV"],
  ]);
  const threats = (text: string) => briefCo(text).filter((e) => / 1[23]\d* /.test(e));
  it.each([
    // "would take all necessary measures": a veiled threat, aimed at the first actor of another country
    [
      "Hanoi said it would take all necessary measures after China seized a fishing boat.",
      ["VNMGOV>CHN 130 threatened"],
    ],
    // bare "take action" on a party's condition: the condition's subject is the target
    [
      "Warsaw said it would take action if Minsk kept pushing migrants across the border.",
      ["POLGOV>BLRGOV 130 threatened"],
    ],
    // "vowed to fight to the end": the newer writers' threat, not a refusal (124)
    ["Beijing vowed to fight to the end after Canada raised its tariffs.", ["CHNGOV>CANGOV 130 threatened"]],
    // the pronoun after ", and Beijing ...": Beijing's threat, not Canada's
    [
      "Canada raised tariffs on Chinese steel, and Beijing hit back with levies on Canadian canola, saying it would fight to the end.",
      ["CHNGOV>CANGOV 130 threatened"],
    ],
    // must not fire: bare measures with no condition, and measures ordered (not in prospect)
    ["Seoul said it would take measures to support exporters hurt by Chinese tariffs.", []],
    ["Canada urged Hanoi to take measures to protect the workers.", []],
  ])("%s", (text, expected) => {
    expect(threats(text)).toEqual(expected);
  });
});

describe("force: the island, named victims, non-armed attacks, targeting (session 22, fight)", () => {
  // The real actor stage: "the island" and a victim's name are its work, not the fixture's.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each([
    // "the island" points back to the latest island state named, as a place (its bare country code)
    [
      "Taiwan's coast guard said Chinese warships had staged live-fire drills around the island on Sunday.",
      ["CHNMIL>TWN 150 reported"],
    ],
    // a killing of a named office-holder is a targeted killing (186), an execution stays 1823
    ["Israel killed Hezbollah commander Ibrahim Aqil in Beirut.", ["ISRGOV>LBNREB 186 occurred"]],
    // "targeting" what a sanction of the sentence already hits is its reach, no attack
    [
      "The European Union adopted new sanctions on Russia, targeting its shadow fleet.",
      ["IGOEUREEC>RUSGOV 163 occurred"],
    ],
    // must still fire: a targeting with no other act between the two
    ["Israeli troops targeted Hezbollah fighters in southern Lebanon.", ["ISRMIL>LBNREB 190 occurred"]],
    // must not fire: "the island" with no island state named before; an attack by hacking or arson
    ["Denmark's prime minister said the island was not for sale.", []],
    [
      "Germany said Russian military intelligence had organised a cyber attack on the Bundestag in Berlin.",
      [],
    ],
    [
      "Lithuania said Russian military intelligence had organised an arson attack on a warehouse in Vilnius.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("an execution of a named person stays 1823", () => {
    expect(
      real("Iran executed Kurdish activist Pakhshan Azizi on Tuesday.").map((e) => e.split(" ")[1]),
    ).toEqual(["1823"]);
  });
});

describe("reciprocal halts and joint drills off a party's capital (session 22, asia)", () => {
  // The real actor stage, as above: the pair is found by it, not by the fixture.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each([
    // two sides giving up attacks on each other declare a truce (0871), both ways
    [
      "Armenia and Azerbaijan agreed on Tuesday to stop shelling each other.",
      ["ARMGOV>AZEGOV 0871 occurred", "AZEGOV>ARMGOV 0871 occurred"],
    ],
    [
      "Thailand and Cambodia agreed to stop fighting one another along their border.",
      ["KHMGOV>THAGOV 0871 occurred", "THAGOV>KHMGOV 0871 occurred"],
    ],
    // must not fire as a truce: an object after the reciprocal is a pledge to spare those targets (0356)
    [
      "Russia and Ukraine agreed to stop targeting each other's ports.",
      ["RUSGOV>UKRGOV 0356 occurred", "UKRGOV>RUSGOV 0356 occurred"],
    ],
    // must not fire: "each other" with no agreed halt
    [
      "Armenia and Azerbaijan accused each other of shelling border villages.",
      ["ARMGOV>AZEGOV 112 occurred", "AZEGOV>ARMGOV 112 occurred"],
    ],
    // joint drills off a party's own capital are aimed at no one: their 062 only, no 150 at the host
    [
      "Indonesia and Australia staged exercises off Jakarta.",
      ["AUSGOV>IDNGOV 062 occurred", "IDNGOV>AUSGOV 062 occurred"],
    ],
    // must not fire: a third country's capital is still what the drills are aimed at (150)
    [
      "Russia and Belarus began joint exercises near Vilnius.",
      [
        "BLRGOV>LTU 150 occurred",
        "BLRGOV>RUSGOV 062 occurred",
        "RUSGOV>BLRGOV 062 occurred",
        "RUSGOV>LTU 150 occurred",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("recognition of courts and documents, money released (session 22, west)", () => {
  // The real actor stage, as the gold records: the court and the bank are its IGO codes.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each([
    // a negated recognition of a court's jurisdiction is a refusal (120 occurred), no negated 054
    [
      "Serbia said it did not recognise the International Criminal Court's jurisdiction over the case.",
      ["SRBGOV>IGOINTICC 120 occurred"],
    ],
    // money released to a government is economic aid (071), not a release (084)
    [
      "The World Bank released a 500 million dollar loan tranche to Kenya on Tuesday.",
      ["IGOWBK>KENGOV 071 occurred"],
    ],
    // must not fire: recognised diplomas or passports are no diplomatic recognition
    ["Lithuania said it would keep recognising the diplomas of Belarusian students.", []],
    // must still fire: a state recognised (054), hostages released (0841)
    ["Spain said it would recognise a Palestinian state in May.", ["ESPGOV>PSE 054 scheduled"]],
    ["Hamas released two Thai hostages to the Red Cross in Gaza.", ["PSEREB>THA 0841 occurred"]],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("a negated recognition of a state stays 054 negated", () => {
    expect(
      real("Serbia has never recognised the independence of Kosovo.").map((e) =>
        e.split(" ").slice(1).join(" "),
      ),
    ).toEqual(["054 negated"]);
  });
  it("frozen assets released stay an easing (085)", () => {
    expect(
      real("Kenya released 2 million dollars of frozen Somali assets.").map((e) => e.split(" ")[1]),
    ).toEqual(["085"]);
  });
});

describe("the country an attack noun is aimed at (session 22, noun)", () => {
  // The real actor stage, which reads "the country" as the sentence's subject state.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each([
    // "the country" after an attack noun is the last other state named before it, not the subject's
    [
      "France sent a field hospital to Lebanon after Israel's air strikes on the country.",
      ["FRAGOV>LBNGOV 073 occurred", "ISRGOV>LBNGOV 195 occurred"],
    ],
    [
      "Poland sent more generators to Ukraine as Russian drone attacks on the country's power plants intensified.",
      ["POLGOV>UKRGOV 073 occurred", "RUS>UKRGOV 195 occurred"],
    ],
    // must not fire: the attacker's own state is skipped, not taken as its own target
    [
      "Iran condemned Israel's strike on the country.",
      ["IRNGOV>ISRGOV 111 occurred", "ISRGOV>IRNGOV 195 occurred"],
    ],
    // must not fire: a person named before is no state attacked ("the country" stays the speaker's)
    [
      "Israeli Prime Minister Benjamin Netanyahu said Iran's missile attack on the country had failed.",
      ["IRNGOV>ISRGOV 195 reported"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("a talks noun is no attack: the rule leaves its target alone", () => {
    expect(
      real("Poland sent more generators to Ukraine as Russia's trade talks with the country stalled.").filter(
        (e) => e.includes(" 04"),
      ),
    ).not.toContain("RUSGOV>UKRGOV 040 occurred");
  });
});

describe("a target list ends where ', and' opens a clause with a mistagged verb (session 22, bound)", () => {
  // The real actor stage, as the gold records (coast guard and forces codes).
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // "shadowed" read as an adjective before "the": the ship opens a new clause, not the drills' target list
    [
      "The Philippines and Japan held naval drills off Luzon, and a Chinese coast guard vessel shadowed the ships.",
      [
        "CHNCOP>JPNGOV 150 occurred",
        "CHNCOP>PHLGOV 150 occurred",
        "JPNGOV>PHLGOV 062 occurred",
        "PHLGOV>JPNGOV 062 occurred",
      ],
    ],
    [
      "Russia held naval drills near Norway, and British jets shadowed the Russian warships.",
      // session 27 (s42): the shadowing is now Britain's own show of force (15.s42-shadow), not the drills' target
      ["GBRMIL>RUSMIL 150 occurred", "RUSGOV>NOR 150 occurred"],
    ],
    // must not fire: an "-ed" word before a preposition keeps the list ("firms involved in")
    [
      "China imposed sanctions on Japan, and American defence firms involved in the project.",
      ["CHNGOV>JPNGOV 163 occurred", "CHNGOV>USABUS 163 occurred"],
    ],
    // must still code: a clause whose verb the tagger reads as a verb splits as before
    [
      "Australia and the United States held exercises near East Timor, and a Chinese research vessel tracked the warships.",
      [
        "AUSGOV>TLS 150 occurred",
        "AUSGOV>USAGOV 062 occurred",
        "USAGOV>AUSGOV 062 occurred",
        "USAGOV>TLS 150 occurred",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("criticism of an act named by a noun: a relative's mistagged verb, verdict nouns (session 23, dis)", () => {
  // The real actor stage, as the gold records zk1-001…005.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // "hosts" read as a noun after "which": ", and Warsaw condemned" opens a new clause, so Warsaw is no target of the
    // missiles and its condemnation answers the attack's author
    [
      "Russia fired missiles at an air base which hosts American troops, and Warsaw condemned the attack.",
      ["POLGOV>RUSGOV 111 occurred", "RUSGOV>USAMIL 195 occurred"],
    ],
    [
      "Iran launched drones at a military base in Iraq, which hosts Italian soldiers, and Rome denounced the strike as a violation of international law.",
      ["IRNGOV>IRQ 195 occurred", "IRNGOV>ITAMIL 195 occurred", "ITAGOV>IRNGOV 111 occurred"],
    ],
    // a verdict noun ("provocation") on an act named by an anaphoric noun judges the act's author
    [
      "Chinese coast guard ships entered Philippine waters near the shoal, and Manila called the incursion a serious provocation.",
      ["CHNCOP>PHL 192 occurred", "PHLGOV>CHNCOP 111 occurred"],
    ],
    // must not fire: with no verb after the name the list goes on
    [
      "Iran fired missiles at a base which hosts American troops, and British troops.",
      ["IRNGOV>GBRMIL 195 occurred", "IRNGOV>USAMIL 195 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("must not fire: 'call off the planned offensive' is no verdict ('planned' is no plan, 'offensive' no insult)", () => {
    expect(
      real("Israel rejected a request from Washington to call off the planned offensive in Rafah.").filter(
        (e) => e.includes(" 11"),
      ),
    ).toEqual([]);
  });
});

describe("tolls beside attacks, fronted clauses, wars as eras, palaces stormed (session 23, force3)", () => {
  // The real actor stage, as the gold records (rebel, civilian and forces codes).
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // a counted toll names the mass killing alone when a plain attack or raid is its means
    [
      "Al-Shabaab fighters killed at least 70 people in an attack on the town of Beledweyne in central Somalia, a regional official said.",
      ["SOMREB>SOM 202 reported"],
    ],
    // "their" leads the means phrase too
    [
      "ISWAP militants killed more than 90 villagers in their raid on Kukawa in Nigeria's Borno state, local officials said.",
      ["NGAREB>NGA 202 reported"],
    ],
    // must not fire: a toll no pattern counts keeps the attack
    [
      "Al-Shabaab fighters killed at least 12 soldiers in an attack on a military base in central Somalia, the army said.",
      ["SOMREB>SOM 190 reported"],
    ],
    // a fronted clause whose subject is no actor lends its verb no subject
    [
      "After a powerful cyclone struck Mozambique, South Africa sent rescue teams to Maputo.",
      ["ZAFGOV>MOZGOV 073 occurred"],
    ],
    // must not fire: an actor subject of the fronted clause keeps its act
    [
      "After Russian troops struck Kharkiv, Germany sent generators to Ukraine.",
      ["DEUGOV>UKRGOV 073 occurred", "RUSMIL>UKR 190 occurred"],
    ],
    // a war after "after" dates the clause
    [
      "Iran deported thousands of Afghans in the months after its war with Israel, the UN refugee agency said.",
      ["IRNGOV>AFG 201 reported"],
    ],
    // must not fire: a war named elsewhere stays an act
    [
      "North Korea sent troops to Russia for its war in Ukraine, Seoul said.",
      ["PRKGOV>RUSGOV 074 reported", "RUSGOV>UKR 190 reported"],
    ],
    // soldiers storming the palace coerce; protesters protest violently
    [
      "Ecuadorian soldiers stormed the presidential palace in Quito on Tuesday.",
      ["ECUMIL>ECUGOV 170 occurred"],
    ],
    ["Protesters stormed the presidential palace in Colombo on Saturday.", ["LKACVL>LKAGOV 145 occurred"]],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("the owner of a decision noun is the subject of the infinitive after it (session 23, syn)", () => {
  // The real actor stage, as the gold records (zp1-).
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // the possessor, not the subject of "condemned", closes the consulate
    [
      "Lithuania condemned Belarus's decision to close the Lithuanian consulate in Grodno.",
      ["BLRGOV>LTUGOV 161 occurred", "LTUGOV>BLRGOV 111 occurred"],
    ],
    [
      "Hungary criticised Slovakia's decision to expel two Hungarian diplomats.",
      ["HUNGOV>SVKGOV 111 occurred", "SVKGOV>HUNGOV 166 occurred"],
    ],
    // a wrapping pattern ending at "decision to" leaves the decided act to its owner
    [
      "Ghana welcomed Nigeria's decision to reopen its border with Benin.",
      ["GHAGOV>NGAGOV 051 occurred", "NGAGOV>BENGOV 081 occurred"],
    ],
    // must not fire: no actor owns the decision or is its target
    ["Economists questioned the central bank's decision to raise interest rates.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("the old wrong source (the governing verb's subject) no longer codes the decided act", () => {
    const events = real(
      "Lithuania condemned Belarus's decision to close the Lithuanian consulate in Grodno.",
    );
    expect(events.filter((e) => e.startsWith("LTUGOV") && e.includes(" 161 "))).toEqual([]);
  });
});

describe("actor attachment: a rival's army, a club before a footballer, a Pacific premier (session 23, prec2)", () => {
  // The real actor stage: the pointing noun, the club name and the premier are all resolved there.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // "the army" coordinated with an armed group at war with its state is that state's, not the leading country's
    [
      "Chad closed its border with Sudan after clashes between the army and the Rapid Support Forces.",
      ["SDNMIL>SDNREB 190 occurred", "SDNREB>SDNMIL 190 occurred", "TCDGOV>SDNGOV 191 occurred"],
    ],
    [
      "Egypt said the RSF and the army had agreed to a week-long truce in Khartoum.",
      ["SDNMIL>SDNREB 0871 reported", "SDNREB>SDNMIL 0871 reported"],
    ],
    // must not fire: with no rival group beside it "the army" stays the sentence's own
    ["Chad said the army had repelled an incursion by Sudanese soldiers.", ["TCDMIL>SDNMIL 190 occurred"]],
    // the Cook Islands' premier signs for the Cook Islands, not for the country a title would fall back to
    [
      "Prime Minister Mark Brown signed a seabed minerals agreement with China in Beijing.",
      ["CHNGOV>COKGOV 057 occurred", "COKGOV>CHNGOV 057 occurred"],
    ],
    // must not fire: a footballer's club is no victim ("Liverpool" is no Britain here)
    ["Masked men abducted the brother of Liverpool footballer Mohamed Salah in Cairo.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  it("a bare 'Brown' stays with the Browns the dictionary had before", () => {
    const events = real("Mark Brown met Brown in Washington.");
    expect(events.some((e) => e.startsWith("COKGOV>") && !e.startsWith("COKGOV>COKGOV"))).toBe(true);
  });
  it("a place is still an actor before other nouns", () => {
    expect(real("Russian forces shelled Liverpool.")).toEqual(["RUSMIL>GBR 194 occurred"]);
  });
});

describe("people ordered out, officials expelled, a participle joined after 'by' (session 23, coerce3)", () => {
  // The real actor stage, as the gold records (CVL, REB and GOV codes from the actor files).
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // nationals of another country ordered out are deported (people=174), not a state's envoys expelled
    [
      "Lithuania ordered 30 Belarusian nationals to leave the country within a week.",
      ["LTUGOV>BLRCVL 174 occurred"],
    ],
    // must not fire: an envoy ordered out stays an expulsion (166)
    [
      "Kenya ordered the Somali ambassador to leave the country within 72 hours.",
      ["KENGOV>SOMGOV 166 occurred"],
    ],
    // a state's officials expelled are its envoys (166), not people deported (17.deport's 174)
    ["Hungary expelled two Russian officials on Tuesday.", ["HUNGOV>RUSGOV 166 occurred"]],
    // an armed group's officials expelled are deported (174)
    ["Turkey expelled three Hamas officials after the talks collapsed.", ["TURGOV>PSEREB 174 occurred"]],
    // "and recalling" shares the subject of "by expelling": Poland recalls, not the Russian diplomats named between
    [
      "Poland responded by expelling five Russian diplomats and recalling its ambassador from Moscow for consultations.",
      ["POLGOV>RUSGOV 161 occurred", "POLGOV>RUSGOV 166 occurred"],
    ],
    // must not fire: an order to one's own citizens is no expulsion of anyone
    ["Japan ordered its citizens to leave Israel immediately.", []],
    // must not fire: an order to one's own residents to take shelter is no demand on the state that fired
    [
      "North Korea fired artillery shells near the sea border, prompting South Korea to order residents of two border islands to take shelter.",
      ["PRKGOV>KORGOV 150 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("agreeing on a deal's parts, coordination, acts after 'without' (session 23, coop3)", () => {
  // The real actor stage, as the zn1- gold records.
  const real = (text: string) => withRealActors(text, "2025-06-12");
  it.each<[string, string[]]>([
    // settling a timetable or agreeing a plan is the agreement, both ways
    [
      "Poland and Ukraine agreed on a timetable for joint inspections of grain shipments, the two governments said on Monday.",
      ["POLGOV>UKRGOV 057 occurred", "UKRGOV>POLGOV 057 occurred"],
    ],
    [
      "Spain agreed an action plan with Morocco to curb irregular migration.",
      ["ESPGOV>MARGOV 057 occurred", "MARGOV>ESPGOV 057 occurred"],
    ],
    // acting in coordination with a government is cooperation with it, both ways
    [
      "Kenyan troops carried out raids on al-Shabaab camps in coordination with the Somali government.",
      ["KENMIL>SOMGOV 062 occurred", "KENMIL>SOMREB 190 occurred", "SOMGOV>KENMIL 062 occurred"],
    ],
    // an act after "without" did not happen
    [
      "Armenia's prime minister left the summit in Prague without signing the declaration with Azerbaijan.",
      ["ARMGOV>AZEGOV 057 negated", "AZEGOV>ARMGOV 057 negated"],
    ],
    // must not fire: "agreed on Tuesday to back ... bid" is an intent, an aid package stays aid
    [
      "Hungary agreed on Tuesday to back Ukraine's bid to join the European Union.",
      ["HUNGOV>UKRGOV 032 occurred"],
    ],
    [
      "European Union leaders agreed on a 50 billion euro aid package for Ukraine at a summit in Brussels.",
      ["IGOEUREEC>UKRGOV 070 occurred"],
    ],
    // must not fire: "without giving a reason" names no act
    [
      "A Chinese research vessel left the Philippine exclusive economic zone without giving a reason, the Philippine coast guard said.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("meetings and visits that were none: long negotiations, runoffs, flights into exile (session 23, meet3)", () => {
  // The real actor stage, as the gold records (zl1-001…006).
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // must not fire: months of negotiations are a process, no meeting of the parties
    [
      "Japan and Australia signed a reciprocal access agreement in Canberra after months of difficult negotiations.",
      ["AUSGOV>JPNGOV 057 occurred", "JPNGOV>AUSGOV 057 occurred"],
    ],
    // must still code: two days of talks are a meeting
    [
      "Kenya and Uganda agreed to build a joint oil pipeline after two days of talks in Nairobi.",
      [
        "KENGOV>UGAGOV 030 occurred",
        "KENGOV>UGAGOV 040 occurred",
        "UGAGOV>KENGOV 030 occurred",
        "UGAGOV>KENGOV 040 occurred",
      ],
    ],
    // the mediator's act stays after weeks of talks
    [
      "Israel and Hamas agreed to a truce after weeks of talks mediated by Qatar.",
      [
        "ISRGOV>PSEREB 0871 occurred",
        "PSEREB>ISRGOV 0871 occurred",
        "QATGOV>ISRGOV 045 occurred",
        "QATGOV>PSEREB 045 occurred",
      ],
    ],
    // must not fire: an election going to a runoff takes no one anywhere
    [
      "Peru's presidential election will go to a runoff between Keiko Fujimori and Pedro Castillo, the electoral authority said.",
      [],
    ],
    // must not fire: a flight to the country granting asylum is exile, no visit
    [
      "Former Ecuadorian vice president Jorge Glas flew to Mexico City after Mexico granted him asylum.",
      ["MEXGOV>ECUELI 075 occurred"],
    ],
    // must still code: the same flight for talks is a visit
    [
      "Former Ecuadorian vice president Jorge Glas flew to Mexico City for talks with Mexican officials.",
      ["ECUELI>MEX 042 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("strikes at a target the attacker names, troops sent into ground (session 23, strike)", () => {
  // The real actor stage, as the gold records (zt1-001…007).
  const real = (text: string) => withRealActors(text, "2024-01-16");
  it.each<[string, string[]]>([
    // a demonym inside the attacker's own account of its target yields to the place hit
    [
      "Iran's Revolutionary Guards fired missiles at what they said was an Israeli spy headquarters in Erbil.",
      ["IRNMIL>IRQ 195 occurred"],
    ],
    // must not fire: the owner of a base named as a fact stays the target
    ["Iran fired missiles at an Israeli spy base on Tuesday.", ["IRNGOV>ISRSPY 195 occurred"]],
    // troops sent into a zone on a named place cross into it
    ["Israel sent troops into the buffer zone on the Golan Heights.", ["ISRGOV>SYR 192 occurred"]],
    ["Moscow ordered troops into eastern Ukraine on Monday.", ["RUSGOV>UKR 192 occurred"]],
    // must not fire: troops sent to a border are a build-up, and troops sent into a city of their own state nothing
    ["Armenia sent troops to its border with Azerbaijan.", ["ARMGOV>AZEGOV 154 occurred"]],
    ["Kenya's army sent troops into the streets of Nairobi to quell protests.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("mediators set off by commas, calls with a counterpart named after a possessive (session 23, med)", () => {
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // an -ed adjective after a comma with a "by" agent is the participle: the mediator's act to each party
    [
      "Talks between Armenia and Azerbaijan in Abu Dhabi, mediated by the United Arab Emirates, ended without a deal.",
      [
        "AREGOV>ARMGOV 045 occurred",
        "AREGOV>AZEGOV 045 occurred",
        "ARMGOV>AZEGOV 040 occurred",
        "AZEGOV>ARMGOV 040 occurred",
      ],
    ],
    // the same without a place before the comma
    [
      "Talks between Armenia and Azerbaijan, mediated by the United Arab Emirates, were postponed.",
      [
        "AREGOV>ARMGOV 045 occurred",
        "AREGOV>AZEGOV 045 occurred",
        "ARMGOV>AZEGOV 040 postponed",
        "AZEGOV>ARMGOV 040 postponed",
      ],
    ],
    // must not fire: a comma aside with no "by" agent names no mediator
    [
      "Talks between Armenia and Azerbaijan, long stalled, resumed in Abu Dhabi.",
      ["ARMGOV>AZEGOV 040 occurred", "AZEGOV>ARMGOV 040 occurred"],
    ],
    // a call with the object of "told" when a possessive pronoun opens the object's phrase
    [
      "Japanese Foreign Minister Takeshi Iwaya told his South Korean counterpart in a phone call that Tokyo wanted closer ties.",
      ["JPNGOV>KORGOV 041 occurred", "KORGOV>JPNGOV 041 occurred"],
    ],
    [
      "Turkish Foreign Minister Hakan Fidan told his Iranian counterpart Abbas Araghchi in a phone call that Ankara was following events closely.",
      ["IRNGOV>TURGOV 041 occurred", "TURGOV>IRNGOV 041 occurred"],
    ],
    // must not fire: a speech to the speaker's own lawmakers is no call
    [
      "Japanese Foreign Minister Takeshi Iwaya told his party's lawmakers in a speech that Tokyo wanted closer ties with Seoul.",
      [],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("fighting between two forces of one country named as a noun (session 23, civil)", () => {
  // The real actor stage: the armed groups (Fano, the RSF, Tuareg rebels) are resolved there.
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // "Fighting between ... spread to": the -ing word before "between" is the fight, whatever verb follows
    [
      "Fighting between Ethiopia's army and Fano militiamen spread to the outskirts of Bahir Dar on Monday, residents said.",
      ["ETHMIL>ETHREB 190 reported", "ETHREB>ETHMIL 190 reported"],
    ],
    // after "after" / "during" it is the fight too, not the main subject's act on both sides
    [
      "Chad closed its border with Sudan after fighting between Sudan's army and the Rapid Support Forces near Geneina.",
      ["SDNMIL>SDNREB 190 occurred", "SDNREB>SDNMIL 190 occurred", "TCDGOV>SDNGOV 191 occurred"],
    ],
    [
      "Aid deliveries were halted during fighting between Malian soldiers and Tuareg rebels in Kidal.",
      ["MLIMIL>MLIREB 190 occurred", "MLIREB>MLIMIL 190 occurred"],
    ],
    // must not fire: a year of fighting is a span of time, and fans are no actors
    [
      "Farmers in Goma returned to their fields after a year of fighting between Congolese troops and M23 rebels.",
      [],
    ],
    ["Fighting between rival football fans broke out after the match in Lagos.", []],
    // a rebel force attacking a city of its own country hits that place (it was dropped as a place where)
    ["Boko Haram fighters attacked Maiduguri on Sunday, police said.", ["NGAREB>NGA 190 reported"]],
    ["The Arakan Army launched an offensive on Sittwe on Tuesday.", ["MMRREB>MMR 190 occurred"]],
    // must not fire: meeting in a city of its own country is no attack on it
    ["Boko Haram fighters met in Maiduguri to choose a new leader.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("findings and conclusions rejected as restated claims (session 23, rej)", () => {
  const real = (text: string) => withRealActors(text, "2024-06-10");
  const denials = (text: string) => real(text).filter((e) => / 01[0-9]+ | 12[0-9]* /.test(e));
  it.each<[string, string[]]>([
    // a finding reported by a sayer and rejected is a denial to the claimant, not a rejection
    [
      "The UN human rights office said Myanmar's army was responsible for war crimes in Rakhine state, a finding the junta rejected.",
      ["MMRMIL>IGOUNO 016 occurred"],
    ],
    [
      "Amnesty International said Israeli forces had committed war crimes in Gaza, findings Israel's foreign ministry rejected.",
      ["ISRGOV>NGOAMN 016 occurred"],
    ],
    [
      "An OPCW investigation concluded that Syrian forces were behind a chlorine attack on Saraqeb, a conclusion Damascus rejected.",
      ["SYRGOV>IGOOPW 016 occurred"],
    ],
    // must not fire: a charge after "accused" rejected stays a rejection (the writers split on it)
    [
      "Pakistan accused India of backing militants in Balochistan, a charge New Delhi rejected.",
      ["INDGOV>PAKGOV 120 occurred"],
    ],
    // must not fire: findings with no reaction code nothing
    ["The investigators published their findings on Tuesday, and the report named no country.", []],
  ])("%s", (text, expected) => {
    expect(denials(text)).toEqual(expected);
  });
});

describe("second acts in verb-phrase lists: a comma-listed middle verb, participles the tagger read as nouns (session 24, vplist)", () => {
  const real = (text: string) => withRealActors(text, "2024-05-14");
  it.each<[string, string[]]>([
    // a past verb opening the middle item of a list closed by "and" keeps the partner of the act before it
    [
      "Chinese coast guard personnel boarded a Vietnamese fishing boat near the Paracel Islands, seized its catch and injured two fishermen, Vietnam's foreign ministry said.",
      ["CHNCOP>VNM 170 reported", "CHNCOP>VNM 171 reported", "CHNCOP>VNM 182 reported"],
    ],
    // an "-ing" word read as a noun after a comma, with an object after it, is the participle
    [
      "Lithuania downgraded relations with Belarus, expelling the Belarusian ambassador.",
      ["LTUGOV>BLRGOV 160 occurred", "LTUGOV>BLRGOV 166 occurred"],
    ],
    [
      "Indian border guards fired on a Bangladeshi fishing trawler in the Bay of Bengal, wounding three fishermen.",
      ["INDCOP>BGD 182 occurred", "INDCOP>BGD 193 occurred"],
    ],
    // ... and after "and" joined to such a participle
    [
      "Poland condemned Russia's sabotage campaign, closing the Russian consulate in Krakow and warning Moscow of further measures.",
      ["POLGOV>RUSGOV 111 occurred", "POLGOV>RUSGOV 130 threatened", "POLGOV>RUSGOV 161 occurred"],
    ],
    // must not fire: a list of acts with no partner, a participle naming no act
    ["Customs officers searched the cargo ship in Rotterdam, seized cocaine and arrested two sailors.", []],
    ["Thousands of supporters gathered outside the stadium, singing the national anthem.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("meetings at a seat of government and talks narrated after a hosting (session 24, meet4)", () => {
  const real = (text: string) => withRealActors(text, "2025-09-10");
  const meetings = (text: string) => real(text).filter((e) => / 04[0-9] /.test(e));
  it.each<[string, string[]]>([
    // a person's act on a visiting person at a seat of government is also their meeting, both ways
    [
      "Jordan's King Abdullah told Trump at the White House that Amman wanted more aid.",
      ["JORGOV>USAGOV 040 occurred", "USAGOV>JORGOV 040 occurred"],
    ],
    [
      "South Korean President Lee Jae-myung assured Donald Trump at the White House that Seoul would raise its defence spending.",
      ["KORGOV>USAGOV 040 occurred", "USAGOV>KORGOV 040 occurred"],
    ],
    [
      "Putin warned Erdogan at the Kremlin that Moscow would not accept new sanctions.",
      ["RUSGOV>TURGOV 040 occurred", "TURGOV>RUSGOV 040 occurred"],
    ],
    // also when the "told" gives way to the act it reports, or codes none of its own
    [
      "Indian Prime Minister Narendra Modi told Vladimir Putin at the Kremlin that India wanted the war in Ukraine to end.",
      ["INDGOV>RUSGOV 040 occurred", "RUSGOV>INDGOV 040 occurred"],
    ],
    // must not fire: a compound subject berating a visitor is a scene; a host's own act stays the hosting only
    ["Trump and Vance berated Zelensky in the Oval Office on Friday.", []],
    ["Trump hosted Netanyahu at the White House on Monday.", ["USAGOV>ISRGOV 043 occurred"]],
    // must not fire: a place that is no seat of government (no meeting; in the addressee's country it is the speaker's
    // visit, session 29 meet5); a verdict that may be passed on one absent
    ["Lula urged Xi Jinping in Beijing to back a ceasefire in Ukraine.", ["BRAGOV>CHNGOV 042 occurred"]],
    ["Macron criticised Putin at the Elysee on Monday.", []],
    // talks narrated as held after a hosting (a span of time, a past relative clause) are the pair's own, both ways
    [
      "Putin hosted Indian Prime Minister Narendra Modi at the Kremlin for two days of talks on trade.",
      ["INDGOV>RUSGOV 040 occurred", "RUSGOV>INDGOV 040 occurred", "RUSGOV>INDGOV 043 occurred"],
    ],
    [
      "Erdogan hosted Orban at a palace in Ankara for talks that ended without a deal on gas.",
      ["HUNGOV>TURGOV 040 occurred", "TURGOV>HUNGOV 040 occurred", "TURGOV>HUNGOV 043 occurred"],
    ],
    // must not fire: talks as the purpose of the hosting only, and a summit after it
    [
      "Erdogan hosted Hungarian Prime Minister Viktor Orban in Ankara for talks on energy.",
      ["TURGOV>HUNGOV 043 occurred"],
    ],
    [
      "Trump hosted Putin at a base in Alaska for a summit that ended without a deal.",
      ["USAGOV>RUSGOV 043 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(meetings(text)).toEqual(expected);
  });
});

describe("reactions in apposition to the act before (session 24, rel)", () => {
  const real = (text: string) => withRealActors(text, "2025-06-10");
  // Only the reaction's own events (roots 01, 05, 11, 12), so that the restated act's coding may change freely.
  const reactions = (text: string) => real(text).filter((e) => / (01|05|11|12)[0-9]* /.test(e));
  it.each<[string, string[]]>([
    // denying a restated act its warrant or its worth judges its author
    [
      "Hungary's foreign minister flew to Minsk for talks with Lukashenko, a trip the European Union said had no mandate from the bloc.",
      ["IGOEUREEC>HUNGOV 111 occurred"],
    ],
    [
      "Azerbaijan held military drills with Turkey near the Armenian border, a move the European Union said was not coordinated with Yerevan.",
      ["IGOEUREEC>AZEGOV 111 occurred"],
    ],
    [
      "Armenia expelled two Russian diplomats on Monday, a step Washington said would not help regional stability.",
      ["USAGOV>ARMGOV 111 occurred"],
    ],
    [
      "Israel's cabinet eased some restrictions on aid deliveries into Gaza, a change the UN agency for Palestinian refugees said did not go far enough.",
      ["IGOUNORWA>ISRGOV 111 occurred"],
    ],
    // the displeasure of receiving a restated act "with surprise"
    [
      "Niger expelled Germany's ambassador on Friday, a decision Berlin said it had received with surprise.",
      ["DEUGOV>NERGOV 110 occurred"],
    ],
    // a restated claim said to be false is denied, to the claimant
    [
      "Kenya accused Somalia of harbouring militants, an accusation Mogadishu said was untrue.",
      ["KENGOV>SOMGOV 112 occurred", "SOMGOV>KENGOV 016 occurred"],
    ],
    // a hostile end ("aimed at hiding"), a present refusal ("did not recognise"), a void act ("dismissed as null")
    [
      "Azerbaijan closed its border crossings with Armenia, a move Yerevan said was aimed at hiding abuses in Karabakh.",
      ["ARMGOV>AZEGOV 111 occurred"],
    ],
    [
      "The International Court of Justice ordered Myanmar to prevent genocide against the Rohingya, a ruling Naypyitaw said it did not recognise.",
      ["MMRGOV>IGOUNOICJ 120 occurred"],
    ],
    [
      "The International Criminal Court issued an arrest warrant for Israeli Prime Minister Benjamin Netanyahu, a step Israel dismissed as legally void.",
      ["ISRGOV>IGOINTICC 120 occurred"],
    ],
    // naming a restated act a reprisal or a step towards war judges its author
    [
      "China halted imports of Australian barley, a move Canberra called retaliation for its stance on Hong Kong.",
      ["AUSGOV>CHNGOV 111 occurred"],
    ],
    [
      "Russia staged nuclear drills near the Lithuanian border, a move Vilnius called a step towards war.",
      ["LTUGOV>RUSGOV 111 occurred"],
    ],
    // a decision restated answers the clause's subject, not the owner of a case in its object
    [
      "The International Court of Justice threw out Armenia's case against Azerbaijan on Tuesday, a decision the Azerbaijani foreign ministry welcomed.",
      ["ARMGOV>AZEGOV 115 occurred", "AZEGOV>IGOUNOICJ 051 occurred", "IGOUNOICJ>ARMGOV 120 occurred"],
    ],
    // a restated charge after "accused" rejected as untrue is denied; merely rejected, it stays 120
    [
      "Armenia accused Azerbaijan of shelling its border villages, an allegation Baku rejected as untrue.",
      ["ARMGOV>AZEGOV 112 occurred", "AZEGOV>ARMGOV 016 occurred"],
    ],
    [
      "Armenia accused Azerbaijan of shelling its border villages, an allegation Baku rejected.",
      ["ARMGOV>AZEGOV 112 occurred", "AZEGOV>ARMGOV 120 occurred"],
    ],
    // must not fire: no restated act before
    ["The Russian envoy said he had no mandate to negotiate on the grain corridor.", []],
    ["Kazakhstan received the news with surprise, its foreign ministry said.", []],
    ["The Russian defence ministry called the overnight strikes retaliation.", []],
    ["Seoul's foreign minister said the new rules would not help.", []],
  ])("%s", (text, expected) => {
    expect(reactions(text)).toEqual(expected);
  });
});

describe("force posture at borders and in the air, counted compounds, floating 'both' (session 24, force4)", () => {
  // The real actor stage: NORAD, the demonyms and the located "police" are resolved there.
  const real = (text: string) => withRealActors(text, "2024-08-20");
  it.each<[string, string[]]>([
    // a joint patrol near a country is a show of force to it, and the partners' 062
    [
      "Russian and Chinese warplanes flew a joint patrol near Japan on Thursday, the Japanese defence ministry said.",
      [
        "RUSMIL>JPN 150 reported",
        "CHNMIL>JPN 150 reported",
        "RUSMIL>CHNMIL 062 reported",
        "CHNMIL>RUSMIL 062 reported",
      ],
    ],
    // must not fire: a joint patrol near no country is the partners' cooperation only
    [
      "Chinese and Russian warships held a joint patrol in the Pacific.",
      ["CHNMIL>RUSMIL 062 occurred", "RUSMIL>CHNMIL 062 occurred"],
    ],
    // a show of force "aimed at" a country
    [
      "Three American B-1B bombers flew over the Korean Peninsula in a show of force aimed at North Korea.",
      ["USAMIL>PRK 150 occurred"],
    ],
    // forces massing at a border with no country named face the other country of the sentence
    [
      "Serbian units were massing along the frontier, Kosovo's prime minister said.",
      ["SRBMIL>UNKGOV 154 reported"],
    ],
    // must not fire: a crowd gathering near a border is no build-up
    ["Students gathered near the border to demand its reopening.", []],
    // neighbours moving forces to their own border face each other; "both" floats before the verb
    [
      "Kyrgyzstan and Tajikistan both moved tanks toward their disputed border.",
      ["KGZGOV>TJKGOV 154 occurred", "TJKGOV>KGZGOV 154 occurred"],
    ],
    // must not fire: allies moving troops to "the border" face the other country, not each other
    [
      "Belarus and Russia moved troops toward the border, Lithuania's defence minister said.",
      ["BLRGOV>LTUGOV 154 reported", "RUSGOV>LTUGOV 154 reported"],
    ],
    [
      "Brazil and Argentina have both condemned the coup in Bolivia.",
      ["BRAGOV>BOL 111 occurred", "ARGGOV>BOL 111 occurred"],
    ],
    // NORAD is the U.S. military; "two Chinese and two Russian planes" is one compound of aircraft
    ["NORAD jets intercepted a Russian bomber near Alaska on Monday.", ["USAMIL>RUSMIL 150 occurred"]],
    [
      "Japanese fighter jets intercepted two Chinese and two Russian reconnaissance planes.",
      ["JPNMIL>CHNMIL 150 occurred", "JPNMIL>RUSMIL 150 occurred"],
    ],
    // "water cannon and tear gas" (the tagger's verb "tear") used to push back a crowd: repression of one's own
    [
      "Thousands of students marched on parliament in Yerevan, and riot police used water cannon and tear gas to push them back.",
      ["ARMEDU>ARMLEG 141 occurred", "ARMCOP>ARM 175 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual([...expected].sort());
  });
});

describe("criticism and accusation between two named actors (session 24, crit)", () => {
  const real = (text: string) => withRealActors(text, "2025-02-12");
  it.each<[string, string[]]>([
    // a participle after "it" that follows a demonym is the relative clause's verb, not a filler of the deport pattern
    [
      "Italy deported more than 60 Tunisians it accused of people smuggling to Tunis on Thursday.",
      ["ITAGOV>TUN 1121 occurred", "ITAGOV>TUN 174 occurred"],
    ],
    // must not fire: "told Belarus it expected" stays the statement alone
    ["Lithuania told Belarus it expected an explanation for the balloons.", ["LTUGOV>BLRGOV 010 occurred"]],
    // criticism drawn in a relative clause on a thing noun answers the subject of the verb governing that noun
    [
      "France recognised a Palestinian state on Monday, ending years of caution that had drawn criticism from Spain and Ireland.",
      ["ESPGOV>FRAGOV 111 occurred", "FRAGOV>PSE 054 occurred", "IRLGOV>FRAGOV 111 occurred"],
    ],
    // must not fire: no criticism and no actor
    ["The talks ended two years of silence that had drawn no comment from the mediators.", []],
    // a verdict participle after an "after" clause is the main subject's, at the "after" clause's subject
    [
      "Finland protested after Russian aircraft entered its airspace, calling the incursion a provocation.",
      ["FINGOV>RUSMIL 111 occurred", "RUSMIL>FINGOV 192 occurred"],
    ],
    // and "calling the removal ..." is no demand for a removal (1041), which needs "call for"
    [
      "Lithuania summoned Russia's envoy after Russian border guards removed buoys on the Neman River, calling the removal a provocation.",
      ["LTUGOV>RUSCOP 111 occurred", "LTUGOV>RUSGOV 114 occurred", "RUSCOP>LTUGOV 171 occurred"],
    ],
    [
      "Protesters in Tbilisi called for the removal of the interior minister.",
      ["GEOCVL>GEOGOV 1041 demanded"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
  // must not fire: an act of force in the participle keeps its own source
  it("leaves a killing after an 'after' clause alone", () => {
    const ev = real(
      "Israeli jets struck Rafah after Hamas fighters fired rockets at Sderot, killing three people.",
    );
    expect(ev.filter((e) => / 1[12]\d* /.test(e))).toEqual([]);
  });
});

describe('noun events: agents after adjectives, "its" in adjunct phrases, answered acts (session 24, nom)', () => {
  const real = (text: string, date = "2025-06-24") => withRealActors(text, date);
  const force = (text: string) => real(text).filter((e) => / 19[0-9]* /.test(e));
  it.each<[string, string[]]>([
    // a "by" agent after adjectives of no actor is the visitor
    [
      "Mali's junta expelled the French ambassador two days after a visit to Bamako by a senior Russian delegation.",
      // Bamako is a metonym since react4 (session 25): a visit to it is to Mali's government, as to Accra below
      ["MLIMIL>FRAGOV 166 occurred", "RUSGOV>MLIGOV 042 occurred"],
    ],
    [
      "Ghana ended its defence pact with Britain hours after a visit to Accra by a high-level British delegation.",
      ["GBRGOV>GHAGOV 042 occurred", "GHAGOV>GBRGOV 161 occurred"],
    ],
    // the killing of protesters by police is repression; with no agent of its own it codes nothing
    [
      "Kenya's police chief resigned after the killing of demonstrators by police in Nairobi.",
      ["KENCOP>KENCVL 175 occurred"],
    ],
    ["Human rights groups documented the killing of protesters in the capital.", []],
    // must not fire: an annexation as the object of "accept" or "recognise" is a state judged, not an act
    [
      "Ukraine's foreign minister said Kyiv would never accept Russia's annexation of Crimea.",
      ["UKRGOV>RUSGOV 120 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text, "2024-09-10")).toEqual(expected);
  });
  it.each<[string, string[]]>([
    // "its" in a phrase opened by a preposition is the subject of the verb the phrase hangs on
    [
      "Britain recalled its ambassador from Tehran after Iran expelled a British diplomat over the Israeli strikes on its oil terminals.",
      ["ISR>IRNGOV 195 occurred"],
    ],
    // a "help X do" verb has X for subject
    [
      "Poland shipped transformers to Ukraine to help Kyiv restore electricity after Russian strikes on its grid.",
      ["RUS>UKRGOV 195 occurred"],
    ],
    // a compound noun ("air strikes") is not split by a preposition ("air base in retaliation for ... strikes")
    [
      "Iran fired missiles at an air base in Iraq in retaliation for the American strikes on its nuclear sites.",
      ["IRNGOV>IRQ 195 occurred", "USA>IRNGOV 195 occurred"],
    ],
    // must not fire: "its" in the verb's own object keeps the sentence's first subject
    [
      "Iran said it would close the Strait of Hormuz if Washington joined Israel's attacks on its nuclear sites.",
      ["ISRGOV>IRNGOV 190 occurred", "USAGOV>IRNGOV 195 hypothetical"],
    ],
  ])("%s", (text, expected) => {
    expect(force(text)).toEqual(expected);
  });
  it("a reaction after an answered noun act answers the main clause's act", () => {
    const e = real(
      "Iran fired missiles at American troops at a base in Iraq in retaliation for U.S. strikes on its nuclear sites, and Baghdad condemned the attack.",
    );
    expect(e).toContain("IRQGOV>IRNGOV 111 occurred");
    expect(e).not.toContain("IRQGOV>USAGOV 111 occurred");
  });
});

describe("actor mentions left without a party: U.S. departments, ethnic armed groups, people (session 24, actor2)", () => {
  // The real actor dictionary: the departments, groups and people are dictionary entries, resolved there.
  it.each<[string, string, string[]]>([
    // a U.S. department named without the country is the U.S. government, as "the State Department" is
    [
      "2025-06-10",
      "The Treasury Department blacklisted three Venezuelan oil traders on Thursday.",
      ["USAGOV>VENBUS 163 occurred"],
    ],
    [
      "2025-06-10",
      "The Justice Department indicted two Russian intelligence officers over a hacking campaign.",
      ["USAJUD>RUSSPY 173 occurred"],
    ],
    [
      "2025-06-10",
      "The Commerce Department added a dozen Chinese chipmakers to its export blacklist on Tuesday.",
      ["USAGOV>CHNBUS 163 occurred"],
    ],
    // must not fire: another country's department keeps its country
    [
      "2025-06-10",
      "The Philippine Justice Department charged two Chinese nationals over the scam hubs.",
      ["PHLJUD>CHNCVL 173 occurred"],
    ],
    [
      "2025-06-10",
      "Ukraine's Justice Department said it had charged a Russian general.",
      ["UKRJUD>RUSMIL 173 occurred"],
    ],
    // ethnic armed groups fight their own state: the sentence's one country
    [
      "2025-06-10",
      "Ethnic armed groups seized three army outposts in Myanmar's Kachin state on Monday.",
      ["MMRREB>MMR 192 occurred"],
    ],
    // must not fire: with no country named they stay unknown
    [
      "2025-06-10",
      "Ethnic armed groups clashed with each other near the border on Sunday, witnesses said.",
      [],
    ],
    // Pakistan's paramilitary Rangers are police
    [
      "2025-06-10",
      "Paramilitary Rangers detained an opposition leader in Karachi on Friday.",
      ["PAKCOP>PAKOPP 173 occurred"],
    ],
    // people the dictionary lacked, written with a title
    [
      "2024-12-17",
      "Kyiv's intelligence service said it had killed Lieutenant General Igor Kirillov.",
      ["UKRSPY>RUSMIL 186 occurred"],
    ],
    [
      "2025-04-30",
      "Information Minister Attaullah Tarar accused India of planning a military strike on Pakistan.",
      ["PAKGOV>INDGOV 112 occurred"],
    ],
    // "its fighters" are the armed group's just named, as "the fighters" are
    [
      "2025-06-10",
      "The ELN said on Monday that its fighters had attacked an army base in Arauca.",
      ["COLREB>COL 190 occurred"],
    ],
    // must not fire: a state's "its fighters" finds no armed group and stays unknown
    ["2025-06-10", "Ukraine said its fighters had repelled the assault near Pokrovsk.", []],
  ])("%s %s", (date, text, expected) => {
    expect(withRealActors(text, date)).toEqual(expected);
  });
});

realCases(
  "aid and releases: members listed after 'among them', 'the two countries' after a visit to a capital, hyphened participles, a second donor (session 24, coop4)",
  "2025-06-10",
  [
    // ", among them X and Y" names the released as ", including" does, also as "citizens of X and Y"
    [
      "Iran released 30 detainees, among them Swedish and Danish nationals, on Tuesday.",
      ["IRNGOV>DNKCVL 0841 occurred", "IRNGOV>SWECVL 0841 occurred"],
    ],
    [
      "Venezuela freed 20 prisoners, among them citizens of Colombia and Peru, after talks in Caracas.",
      ["VENGOV>COLCVL 0841 occurred", "VENGOV>PERCVL 0841 occurred"],
    ],
    // must not fire: no actor listed
    [
      "Iran released 30 detainees, among them several journalists, on Tuesday.",
      ["IRNGOV>IRNCVL 0841 occurred"],
    ],
    // "the two countries" after a visit named only by the capital: the visitor's country and the capital's
    [
      "Japan's foreign minister arrived in Hanoi on Monday, and the two countries signed a maritime security pact.",
      ["JPNGOV>VNM 042 occurred", "JPNGOV>VNM 057 occurred", "VNM>JPNGOV 057 occurred"],
    ],
    // a participle hyphened to a common noun is an adjective; must not fire on a plain verb
    ["Kenya sent police officers to flood-hit areas of Somalia.", []],
    ["The World Food Programme halted deliveries to drought-hit villages in Somalia.", []],
    ["Russian drones hit Kharkiv overnight.", ["RUSMIL>UKR 195 occurred"]],
    // a second donor's aid after ", and" naming no recipient goes to the first one's; not a recipient's own
    [
      "Qatar sent medical teams to Lebanon, and Egypt dispatched relief supplies aboard two navy ships.",
      ["EGYGOV>LBNGOV 073 occurred", "QATGOV>LBNGOV 073 occurred"],
    ],
    [
      "Qatar sent medical teams to Lebanon, and Lebanon's government distributed relief supplies in Beirut.",
      ["QATGOV>LBNGOV 073 occurred"],
    ],
  ],
);

describe("lexical gaps: vehicle bombs, inspectors barred from sites, intelligence sharing stopped, trash balloons (session 24, lex)", () => {
  const real = (text: string) => withRealActors(text, "2025-06-10");
  it.each<[string, string[]]>([
    // a vehicle bomb rammed or driven into its target is a car bombing, not the ramming of a vessel
    [
      "Al-Shabaab fighters rammed an explosives-laden truck into a convoy of Kenyan soldiers near Mandera, killing eight.",
      ["SOMREB>KENMIL 1832 occurred"],
    ],
    [
      "Houthi militants drove a bomb-laden car into a Saudi border post in Jazan.",
      ["YEMREB>SAU 1832 occurred"],
    ],
    // inspectors barred from sites with no owner before them: the refusal, to the body named in the sentence
    [
      "Venezuela suspended its cooperation with the International Atomic Energy Agency, barring inspectors from its facilities.",
      ["VENGOV>IGOUNOIAE 1245 occurred", "VENGOV>IGOUNOIAE 160 occurred"],
    ],
    // the gerund after a halting verb
    [
      "Pakistan stopped sharing intelligence with Afghanistan after the border clashes.",
      ["PAKGOV>AFGGOV 160 occurred"],
    ],
    // balloons of trash sent across a border
    [
      "North Korea floated dozens of balloons filled with rubbish over the border into South Korea on Sunday.",
      ["PRKGOV>KOR 170 occurred"],
    ],
    // must not fire: a ramming with no bomb, sharing continued, leaflet balloons
    [
      "A Chinese coast guard ship rammed a Philippine supply boat near Second Thomas Shoal.",
      ["CHNCOP>PHL 170 occurred"],
    ],
    ["Japan will continue sharing intelligence with South Korea.", ["JPNGOV>KORGOV 064 scheduled"]],
    ["South Korean activists floated balloons carrying anti-Pyongyang leaflets toward North Korea.", []],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

describe("verdicts in 'what X called' naming what an act opposes or answers (session 24, called)", () => {
  it.each<[string, string, string[]]>([
    // "protested against what it called ...": the verdict judges the agent of the act before
    [
      "2025-03-03",
      "Russian drones crossed into Polish airspace overnight, and Warsaw protested against what it called a deliberate provocation.",
      ["POLGOV>RUSMIL 111 occurred", "RUSMIL>POL 192 occurred"],
    ],
    // inside the clause a threat covers, the verdict is still the judge's own act
    [
      "2025-03-03",
      "Iran launched drones at Israel on Saturday, and Netanyahu vowed that Tehran would pay for what he called a grave mistake.",
      ["IRNGOV>ISR 195 occurred", "ISRGOV>IRNGOV 111 occurred", "ISRGOV>IRNGOV 130 threatened"],
    ],
    // "respond to what it called ..."
    [
      "2025-03-03",
      "North Korea fired a ballistic missile into the sea, and Japan vowed to respond to what it called a reckless provocation.",
      ["JPNGOV>PRKGOV 111 occurred", "JPNGOV>PRKGOV 130 threatened"],
    ],
    // must not fire: "warned Moscow against what he called ..." cautions about the object's next step
    [
      "2025-03-03",
      "Blinken warned Moscow against what he called a serious mistake.",
      ["USAELI>RUSGOV 130 threatened"],
    ],
    // must not fire: "blamed Ukraine for what it called ..." restates the criticism that covers it
    [
      "2025-03-03",
      "Drones hit an oil depot in Belgorod, and Russia blamed Ukraine for what it called a terrorist attack.",
      ["RUSGOV>UKRGOV 112 occurred"],
    ],
  ])("%s %s", (date, text, expected) => {
    expect(withRealActors(text, date)).toEqual(expected);
  });
});

describe("lists of people each led by its own nationality word (session 24, plist)", () => {
  const real = (text: string) => withRealActors(text, "2024-03-01");
  it.each<[string, string[]]>([
    // a noun head and a name after the demonym ("Lithuanian historian Tomas Gedvila,") or after a country-named
    // sector ("Polish activist Marta Zielinska and") no longer ends the list: each member is a party of the act
    [
      "Belarusian authorities freed Lithuanian historian Tomas Gedvila, Polish activist Marta Zielinska and Latvian translator Ilze Berzina on Thursday.",
      ["BLRGOV>LTU 084 occurred", "BLRGOV>LVA 084 occurred", "BLRGOV>POLOPP 084 occurred"],
    ],
    [
      "Venezuelan police detained a Colombian engineer, a Spanish photographer and two Italian students in Caracas.",
      ["VENCOP>COL 173 occurred", "VENCOP>ESP 173 occurred", "VENCOP>ITAEDU 173 occurred"],
    ],
    [
      "Myanmar's generals freed Canadian economist Paul Hendry, former Irish diplomat Anne Walsh and Thai filmmaker Somchai Dee.",
      ["MMRMIL>CAN 084 occurred", "MMRMIL>IRLELI 084 occurred", "MMRMIL>THA 084 occurred"],
    ],
    // must not fire: a sayer after the comma, and a new clause after ", and"
    [
      "Ethiopian troops detained Somali trader Ahmed Nur, Kenyan officials said on Monday.",
      ["ETHMIL>SOM 173 reported"],
    ],
    [
      "Iran freed a Swedish academic and a Belgian aid worker, and Omani mediators welcomed the release.",
      ["IRNGOV>BELLAB 084 occurred", "IRNGOV>SWEEDU 084 occurred", "OMNGOV>IRNGOV 051 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text)).toEqual(expected);
  });
});

realCases(
  "owners of agents: 'its' after the sentence's subject state, police where the act happens, 'them' (session 24, owner)",
  "2025-03-10",
  [
    // "its" + a sector noun that is its own verb's subject, in a later clause: the sentence's subject state
    [
      "Lithuania closed two border crossings after its border guards accused Belarus of sending balloons across the frontier.",
      ["LTUCOP>BLRGOV 112 occurred", "LTUGOV>BLRGOV 191 occurred"],
    ],
    // police with no owner in a sentence naming several countries: the country it opens with and is placed in;
    // "them" is the crowd, not "the French embassy"
    [
      "Crowds in Dakar protested outside the French embassy, and police fired tear gas to disperse them.",
      ["SENCOP>SEN 175 occurred", "SENCVL>FRAGOV 141 occurred"],
    ],
    [
      "Two Belarusian men filmed the Russian consulate in Gdansk for days, and Polish police accused them of spying.",
      ["POLCOP>BLRCVL 1125 occurred"],
    ],
    // must not fire: "its" after an ordinary preposition, a subject of people often abroad
    ["Moscow said talks could resume only after Western restrictions on its central bank were lifted.", []],
    [
      "A dinghy carrying migrants from Syria and Egypt capsized off Greece's coast overnight, the coast guard said.",
      [],
    ],
  ],
);

realCases(
  "a restated finding charges the deed it reports: ', a finding X rejected' (session 24, react2)",
  "2025-03-10",
  [
    // a finding (claim noun "finding(s)" or the verb find/conclude) on a deed coded as root 18 or 20: the finder accuses
    [
      "Amnesty International said Ethiopian troops had killed scores of civilians in Gondar, a finding Addis Ababa dismissed as fabricated.",
      ["ETHGOV>NGOAMN 016 occurred", "ETHMIL>ETHCVL 202 reported", "NGOAMN>ETHMIL 112 occurred"],
    ],
    [
      "UN investigators said Myanmar soldiers had killed hundreds of Rohingya villagers in Rakhine, findings the junta rejected as biased.",
      ["IGOUNO>MMRMIL 112 occurred", "MMRMIL>IGOUNO 016 occurred", "MMRMIL>MMR 202 reported"],
    ],
    // must not fire: a "charge" or an "accusation" on a reported deed adds no accusation of its own
    [
      "Ukrainian officials said Russian troops had executed six prisoners of war near Bakhmut, a charge Moscow dismissed as propaganda.",
      ["RUSGOV>UKRGOV 016 occurred", "RUSMIL>UKR 1823 reported"],
    ],
    [
      "Kenyan police said Somali militants had attacked a border post in Mandera, an accusation Mogadishu denied.",
      ["SOMGOV>KENCOP 016 occurred", "SOMREB>KEN 190 reported"],
    ],
  ],
);

realCases(
  "forces deployed across one's own country against another's threat (session 24, force5)",
  "2025-03-10",
  [
    // a nationwide deployment to counter or answer another country's threat: a build-up facing it (154)
    [
      "Armenia's defence ministry said the army had deployed troops and artillery across the country to repel a possible Azerbaijani attack.",
      ["ARMMIL>AZE 154 occurred"],
    ],
    [
      "Cuba said it would mobilise thousands of reservists throughout the nation in response to what it called threats from Washington.",
      ["CUBGOV>USAGOV 111 occurred", "CUBGOV>USAGOV 154 scheduled"],
    ],
    // must not fire: a domestic deployment with no other country in the sentence
    ["Kenya deployed troops across the country to counter protests over a finance bill.", []],
    ["Japan deployed soldiers across the country to help flood victims.", []],
  ],
);

realCases(
  "findings and reports that accuse: 'said X may have committed crimes against humanity' (session 25, crit5)",
  "2025-03-10",
  [
    // a finding of possible guilt, after its occasion, with no auxiliary, or of genocide: the finder's accusation
    [
      "A UN fact-finding mission said Ethiopia's federal forces may have committed crimes against humanity during the war in Tigray.",
      // an inquiry body's finding is also its investigation (090), as the gold README codes it (session 35)
      ["IGOUNO>ETHMIL 090 occurred", "IGOUNO>ETHMIL 1124 occurred"],
    ],
    [
      "Amnesty International said after a two-year investigation that Myanmar's military had committed war crimes in Rakhine state.",
      ["NGOAMN>MMRMIL 1124 occurred"],
    ],
    [
      "Canada's foreign minister said Myanmar's military had committed genocide against the Rohingya.",
      ["CANGOV>MMRMIL 1124 occurred"],
    ],
    [
      "A UN investigation found that Venezuela's intelligence service committed crimes against humanity against detained opponents.",
      ["IGOUNO>VENSPY 090 occurred", "IGOUNO>VENSPY 1124 occurred"],
    ],
    [
      "A UN fact-finding mission found that the Rapid Support Forces and allied militias had committed crimes against humanity in El Fasher.",
      ["IGOUNO>SDNREB 090 occurred", "IGOUNO>SDNREB 1124 occurred"],
    ],
    // a call to prosecute, evidence of a crime, "seemed" ethnic cleansing, genocide told to an audience
    [
      "UN investigators called for Sudan's army chief to be prosecuted for war crimes in Darfur.",
      ["IGOUNO>SDNMIL 1124 occurred"],
    ],
    [
      "The UN human rights office said there was credible evidence that Iranian security forces committed torture against protesters.",
      ["IGOUNO>IRNCOP 112 occurred"],
    ],
    [
      "Armenia's prime minister said Azerbaijan's offensive in Nagorno-Karabakh seemed a clear case of ethnic cleansing.",
      ["ARMGOV>AZEGOV 1122 occurred"],
    ],
    [
      "Turkey's president told a party congress in Ankara that Israel was committing genocide in Gaza.",
      ["TURGOV>ISRGOV 1124 occurred"],
    ],
    // denying another the warrant to act for a party judges them
    [
      "The European Commission said Slovakia's prime minister had no mandate to negotiate on behalf of the bloc.",
      ["IGOEUREEC>SVKGOV 111 occurred"],
    ],
    // must not fire: no evidence found; a reported deed with no word of crime is the deed alone; no other party denied
    ["Investigators found no evidence that Iranian diplomats had committed crimes in Germany.", []],
    [
      "The UN refugee agency said Iran had deported more than 500,000 Afghans since June.",
      ["IRNGOV>AFG 201 reported"],
    ],
    ["Japan's trade envoy said he had no authority to sign the agreement.", []],
  ],
);

realCases(
  "intent verbs with an embedded act: agreed to delay, hold off, halt strikes on, work to settle (session 25, agree2)",
  "2025-03-10",
  [
    // a duration moved before the object, "hold off": the sanctions themselves, postponed (not a 03 intent)
    [
      "Washington agreed on Friday to delay for three months the 30 percent tariffs on Brazilian steel, the Brazilian trade ministry said.",
      ["USAGOV>BRA 163 postponed"],
    ],
    [
      "Canada agreed to hold off its retaliatory tariffs on American dairy for 60 days.",
      ["CANGOV>USA 163 postponed"],
    ],
    // "frozen Russian assets" is an adjective phrase: the intent reads the act after it
    [
      "Group of Seven finance ministers agreed to use the profits from frozen Russian assets to back a loan for Ukraine.",
      ["IGOGOS>UKRGOV 032 occurred"],
    ],
    // strikes halted on named targets: a pledge to de-escalate (0356), not a halt of hostilities (087)
    [
      "Moscow agreed in a call with the Turkish president to halt strikes on Ukrainian ports for two weeks, the Kremlin said.",
      ["RUSGOV>TURGOV 041 occurred", "RUSGOV>UKR 0356 occurred", "TURGOV>RUSGOV 041 occurred"],
    ],
    [
      "Serbia and Kosovo agreed in Brussels to work towards resolving their dispute over vehicle licence plates.",
      ["SRBGOV>UNKGOV 037 occurred", "UNKGOV>SRBGOV 037 occurred"],
    ],
    // agreeing to investigate is the investigation (09x)
    [
      "The African Union agreed to set up a commission to investigate abuses by Sudanese paramilitary forces in Darfur.",
      ["IGOAFRAFU>SDNUAF 090 occurred"],
    ],
    // must not fire: crimes committed, an assault held off, assets frozen by a verb, a pause in fighting
    [
      "Investigators said the former regime may have committed crimes against humanity in killing up to 800 protesters.",
      [],
    ],
    ["Ukrainian troops held off a Russian assault on Pokrovsk.", ["RUS>UKR 190 occurred"]],
    ["Germany has frozen Russian assets worth 5 billion euros.", ["DEUGOV>RUS 163 occurred"]],
    [
      "Israel and Hamas agreed to a three-day pause in fighting.",
      ["ISRGOV>PSEREB 087 occurred", "PSEREB>ISRGOV 087 occurred"],
    ],
  ],
);

describe('a claim rejected is denied; reactions after "while" (session 25, react3)', () => {
  const real = (text: string) => withRealActors(text, "2025-03-10");
  it.each<[string, string[]]>([
    // a bare claim, report or finding rejected or dismissed is denied (016, to its author)
    [
      "Dutch prosecutors concluded that Russian military intelligence had planned the sabotage of a rail line, and the Kremlin rejected the findings.",
      ["NLDJUD>RUSSPY 112 occurred", "RUSGOV>NLDJUD 016 occurred"],
    ],
    [
      "Lithuanian President Gitanas Nauseda said Belarus was sending migrants across the border, and Minsk dismissed the claim.",
      ["BLRGOV>LTUGOV 016 occurred"],
    ],
    // an owned claim that something is so is denied too
    [
      "Colombia's foreign minister rejected Ecuador's claims that Colombian rebels were operating from its territory.",
      ["COLGOV>ECUGOV 016 occurred"],
    ],
    // a claim noun after ", in" restates the claim before it: a judgment of it false denies it
    [
      "UN investigators said Eritrean troops had committed war crimes in Tigray, in a long-awaited report that Asmara dismissed as a smear.",
      ["ERIGOV>IGOUNO 016 occurred", "IGOUNO>ERIMIL 1124 reported"],
    ],
    // a reaction after "while", with no comma before its subject or as an -ing verb, answers the act before
    [
      "Pakistani drones struck a camp in Afghanistan's Paktika province, and the Taliban government vowed revenge while Kabul's foreign ministry condemned the attack as a violation of its sovereignty.",
      ["AFGGOV>PAKMIL 111 occurred", "AFGGOV>PAKMIL 130 threatened", "PAKMIL>AFG 190 occurred"],
    ],
    [
      "Azerbaijani troops shelled Armenian positions near the border on Tuesday, and Yerevan said its troops had held their ground while condemning the attack as a provocation.",
      ["ARMMIL>AZEMIL 111 occurred", "AZEMIL>ARM 194 occurred"],
    ],
    // ", and the office of X": X is the subject of a new clause
    [
      "Israeli troops raided a refugee camp in Jenin, and the office of Palestinian President Mahmoud Abbas condemned the raid.",
      ["ISRMIL>PSE 190 occurred", "PSEGOV>ISRMIL 111 occurred"],
    ],
    // must not fire: a claim to land, a claim about it is the claimant's land, the verb "claims" of a relative clause
    ["Tokyo rejected Beijing's claims over the Senkaku Islands.", ["JPNGOV>CHNGOV 120 occurred"]],
    ["Manila rejected Beijing's claim that the shoal was Chinese territory.", ["PHLGOV>CHNGOV 120 occurred"]],
    [
      "Vietnam and Malaysia rejected a new Chinese standard map that claims most of the South China Sea.",
      ["MYSGOV>CHN 120 occurred", "VNMGOV>CHN 120 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(real(text).sort()).toEqual(expected);
  });
});

realCases("fighting as a second act and threatened fighting (session 25, fight6)", "2025-06-02", [
  // "it"/"they" acting in a condition is the party the condition is set for, not the sentence's first subject
  [
    "Iran warned Israel of a devastating response if it struck Iranian energy facilities.",
    ["IRNGOV>ISRGOV 130 threatened", "ISRGOV>IRN 195 hypothetical"],
  ],
  [
    "Venezuela warned Guyana of a swift military response if it attacked Venezuelan troops in the disputed region.",
    ["GUYGOV>VENMIL 190 hypothetical", "VENGOV>GUYGOV 130 threatened"],
  ],
  [
    "Minsk warned that Polish and Lithuanian forces would be destroyed if they crossed into Belarusian territory.",
    [
      "BLRGOV>LTUMIL 138 threatened",
      "BLRGOV>POLMIL 138 threatened",
      "LTUMIL>BLR 192 hypothetical",
      "POLMIL>BLR 192 hypothetical",
    ],
  ],
  // an intervention in a conflict over a place fights the other side, not the place
  [
    "Beijing warned that Tokyo would pay a heavy price if it intervened militarily in a conflict over Taiwan.",
    ["CHNGOV>JPNGOV 130 threatened", "JPNGOV>CHNGOV 190 hypothetical"],
  ],
  // "its neighbour" is the neighbour named elsewhere, not the warner
  [
    "Russia massed troops near Ukraine's borders as Washington warned Moscow of severe consequences if it invaded its neighbour.",
    ["RUSGOV>UKR 154 occurred", "RUSGOV>UKR 190 hypothetical", "USAGOV>RUSGOV 130 threatened"],
  ],
  // a verb after "and" past "after the fall of X" is the main subject's
  [
    "Israel launched air strikes on military sites across Syria after the collapse of the Assad government and moved troops into the buffer zone on the Golan Heights.",
    ["ISRGOV>SYR 192 occurred", "ISRGOV>SYR 195 occurred"],
  ],
  // "and shot/NOUN down": the tagger's noun is the verb
  [
    "Hezbollah fired rockets into northern Israel and shot down an Israeli drone over southern Lebanon.",
    ["LBNREB>ISR 194 occurred", "LBNREB>ISRMIL 195 occurred"],
  ],
  // "a Philippine resupply/ADV mission": blocking it is a blockade (191)
  [
    "Chinese coast guard vessels blocked a Philippine resupply mission near Second Thomas Shoal on Monday.",
    ["CHNCOP>PHL 191 occurred"],
  ],
  // must not fire: a passive condition ("if it was attacked") and "it" with no actor before it
  ["Iran said it would close the Strait of Hormuz if it was attacked.", []],
  ["The ministry said the plan would be dropped if it failed to win support in parliament.", []],
]);

describe("visits named in subordinate forms: the occasion's place, hosting in an 'as' clause (session 25, visit2)", () => {
  const real = (text: string, date = "2025-03-10") => withRealActors(text, date);
  it.each<[string, string, string[]]>([
    // a visit that is its clause's occasion and names no destination goes to the place where the clause's act happened
    [
      "Ghana and Nigeria signed a gas pipeline agreement in Abuja during President John Mahama's state visit.",
      "2025-06-12",
      ["GHAGOV>NGA 042 occurred", "GHAGOV>NGAGOV 057 occurred", "NGAGOV>GHAGOV 057 occurred"],
    ],
    [
      "Japan and Vietnam signed a maritime security pact in Hanoi on Tuesday, during a visit by Prime Minister Shigeru Ishiba.",
      "2025-04-29",
      ["JPNGOV>VNM 042 occurred", "JPNGOV>VNMGOV 057 occurred", "VNMGOV>JPNGOV 057 occurred"],
    ],
    [
      "Erdogan and Aliyev signed a gas supply deal in Baku on Monday, during the Turkish president's first trip to the country in three years.",
      "2025-03-10",
      ["AZEGOV>TURGOV 057 occurred", "TURGOV>AZE 042 occurred", "TURGOV>AZEGOV 057 occurred"],
    ],
    // "as he hosted": a person's "he" opens a clause the wrapping pledge does not consume
    [
      "Chancellor Olaf Scholz pledged to help Ukraine build air defence systems as he hosted Zelensky in Berlin.",
      "2024-06-11",
      ["DEUGOV>UKRGOV 031 occurred", "DEUGOV>UKRGOV 043 occurred"],
    ],
    // a hyphen among the modifiers of an aside's visit; "his" is the subject's, not the person met
    [
      "Indian Prime Minister Narendra Modi, on a three-day visit to Washington, praised the partnership with the United States.",
      "2023-06-22",
      ["INDGOV>USAGOV 042 occurred", "INDGOV>USAGOV 051 occurred"],
    ],
    [
      "Secretary of State Antony Blinken met Wang Yi during his trip to Jakarta.",
      "2024-07-26",
      ["CHNGOV>USAGOV 040 occurred", "USAGOV>CHNGOV 040 occurred", "USAGOV>IDN 042 occurred"],
    ],
    // a meeting from the visitor to the place's country already codes the pair: no second event
    [
      "Lula held talks with Xi Jinping in Beijing during a state visit.",
      "2025-03-10",
      ["BRAGOV>CHNGOV 040 occurred", "CHNGOV>BRAGOV 040 occurred"],
    ],
    // must not fire: a visit within the visitor's own country, a visit to a site
    ["Modi inaugurated a new port in Gujarat on Friday during a visit to his home state.", "2025-03-10", []],
    [
      "Chinese President Xi Jinping inspected troops in Xinjiang during a visit to the region.",
      "2025-03-10",
      [],
    ],
    [
      "Japan's foreign minister spoke to reporters in Bangladesh during a visit to the camps.",
      "2025-03-10",
      [],
    ],
  ])("%s", (text, date, expected) => {
    expect(real(text, date).sort()).toEqual(expected);
  });
});

realCases("agreements settled, worked under, foreseen and postponed (session 25, sign2)", "2025-03-10", [
  // settling a plan is the agreement, its infinitive the plan's content (not an intent 03x)
  [
    "Serbia and Croatia agreed on a plan to reopen their shared border crossings.",
    ["HRVGOV>SRBGOV 057 occurred", "SRBGOV>HRVGOV 057 occurred"],
  ],
  // an act done under an agreement signed with a partner, or signed anywhere by a compound subject
  [
    "Ghana will build a rail link to Burkina Faso under an agreement signed with Ouagadougou in March.",
    ["BFAGOV>GHAGOV 057 occurred", "GHAGOV>BFAGOV 057 occurred"],
  ],
  [
    "Kenya and Ethiopia will jointly run a border power station under a deal signed in Nairobi.",
    ["ETHGOV>KENGOV 057 occurred", "KENGOV>ETHGOV 057 occurred"],
  ],
  // a treaty with a partner that could be signed: a hypothetical signing; "will be signed": a scheduled one
  [
    "Azerbaijan's president said a peace treaty with Armenia could be signed this year.",
    ["ARMGOV>AZEGOV 057 hypothetical", "AZEGOV>ARMGOV 057 hypothetical"],
  ],
  [
    "Serbia's foreign minister said a free trade agreement with Egypt will be signed next month.",
    ["EGYGOV>SRBGOV 057 scheduled", "SRBGOV>EGYGOV 057 scheduled"],
  ],
  // the signing of an owner's agreement with a list of partners: the owner's with each, not theirs with one another
  [
    "The signing of Japan's trade agreement with Vietnam, Laos and Cambodia was postponed until March.",
    [
      "JPNGOV>KHMGOV 057 postponed",
      "JPNGOV>LAOGOV 057 postponed",
      "JPNGOV>VNMGOV 057 postponed",
      "KHMGOV>JPNGOV 057 postponed",
      "LAOGOV>JPNGOV 057 postponed",
      "VNMGOV>JPNGOV 057 postponed",
    ],
  ],
  // a comma between two hyphenated compounds stays inside the noun phrase they describe
  [
    "Italy and Tunisia agreed a one-in, one-out labour deal.",
    ["ITAGOV>TUNGOV 057 occurred", "TUNGOV>ITAGOV 057 occurred"],
  ],
  // must not fire: a single party settling a plan; a pact with no partner named after a single subject
  ["Kenya agreed on a plan to expand the port of Mombasa.", []],
  [
    "Egypt delivered weapons to Somalia under a defence pact signed this month.",
    ["EGYGOV>SOMGOV 072 occurred"],
  ],
]);

realCases(
  "domestic dyads: crowds marching, tear gas on the crowd, raids in investigations (session 25, dom2)",
  "2025-03-10",
  [
    // students, farmers or a counted people marching protest beside the sentence's other acts (crowdActs)
    [
      "Thousands of students marched through Nairobi demanding that President William Ruto resign over the killing of protesters by police.",
      ["KENCOP>KENCVL 175 occurred", "KENEDU>KENGOV 1041 demanded", "KENEDU>KENGOV 141 occurred"],
    ],
    // tear gas fired at no one named is fired on the sentence's crowd, the source's own population
    [
      "Kenyan opposition supporters rallied in Mombasa against the new cabinet, and police fired tear gas.",
      ["KENCOP>KEN 175 occurred", "KENOPP>KENGOV 141 occurred"],
    ],
    // "police shot/NOUN dead": the verb, so the police are an actor
    [
      "Students rallied in Colombo a day after police shot dead three demonstrators.",
      ["LKACOP>LKACVL 175 occurred", "LKAEDU>LKAGOV 141 occurred"],
    ],
    // a crowd after "at" stays people and acts in its relative clause
    [
      "Kenyan police fired live rounds at protesters who had stormed parliament in Nairobi.",
      ["KENCOP>KENCVL 175 occurred", "KENCVL>KENLEG 145 occurred"],
    ],
    // a "with" phrase on the blocked crossings is no target: the domestic act keeps its own government
    [
      "Polish farmers blocked border crossings with Germany, demanding that the government in Warsaw ban imports of German grain.",
      ["POLCVL>POLGOV 100 demanded", "POLCVL>POLGOV 144 occurred"],
    ],
    // a raid as part of an investigation is the investigation; a raid alone stays a seizure
    [
      "Peruvian police raided the home of opposition leader Keiko Fujimori as part of a money-laundering investigation.",
      ["PERCOP>PEROPP 091 occurred"],
    ],
    [
      "Brazilian police raided the headquarters of a Chinese mining firm in Para, seizing documents.",
      ["BRACOP>CHNBUS 171 occurred"],
    ],
    // "supporters of jailed former prime minister X": the participle before the person is passed over
    [
      "Thousands of supporters of jailed former prime minister Imran Khan marched on Islamabad to demand his release.",
      ["PAKCVL>PAKGOV 1053 demanded", "PAKCVL>PAKGOV 141 occurred"],
    ],
    // walking off the job is a strike
    [
      "Thousands of Kenyan doctors walked off the job in protest at the government's plan to cut hospital budgets.",
      ["KENHLH>KENGOV 143 occurred"],
    ],
    // a vehicle bomb driven into a site in a place of the source's own country hits that country
    [
      "ELN rebels drove a truck bomb into a military base in Colombia's Arauca province, killing two soldiers.",
      ["COLREB>COL 1832 occurred"],
    ],
    // must not fire: counted troops are no crowd; a celebration or a pilgrimage is no protest
    [
      "Thousands of Russian troops marched through Red Square in the annual Victory Day parade, and Putin praised the army.",
      ["RUSGOV>RUSMIL 051 occurred"],
    ],
    [
      "Tens of thousands of Argentines marched through Buenos Aires to celebrate the World Cup victory, and President Javier Milei congratulated the team.",
      [],
    ],
    [
      "Hundreds of thousands of pilgrims marched to the shrine in Karbala, and Iraqi police guarded the route.",
      [],
    ],
  ],
);

realCases("mediators and hosts named outside the verb's slots (session 25, meet5)", "2025-06-10", [
  // a reduced relative after a longer adjunct name is on the talks before it: the agent mediates between the parties
  [
    "Sudan's army and the Rapid Support Forces agreed to a truce after talks in Port Louis mediated by Kenya.",
    [
      "KENGOV>SDNMIL 045 occurred",
      "KENGOV>SDNREB 045 occurred",
      "SDNMIL>SDNREB 0871 occurred",
      "SDNREB>SDNMIL 0871 occurred",
    ],
  ],
  // "talks it mediated": the pronoun's mediation reaches both parties; the talks are no meeting of theirs
  [
    "Oman said Iran and the United States had agreed to meet again after talks it mediated in Muscat.",
    [
      "IRNGOV>USAGOV 036 reported",
      "OMNGOV>IRNGOV 045 occurred",
      "OMNGOV>USAGOV 045 occurred",
      "USAGOV>IRNGOV 036 reported",
    ],
  ],
  // a gerund in the meeting's topic does not keep the host's relative clause off the meeting
  [
    "Talks between Thailand and Cambodia on reopening border crossings, which Malaysia had been due to host, were postponed.",
    [
      "KHMGOV>THAGOV 040 postponed",
      "MYSGOV>KHMGOV 043 postponed",
      "MYSGOV>THAGOV 043 postponed",
      "THAGOV>KHMGOV 040 postponed",
    ],
  ],
  // the sayer after the mediator's comma is no co-mediator
  [
    "Russia released 50 Ukrainian prisoners in a swap mediated by Qatar, officials in Kyiv and Moscow said.",
    ["QATGOV>RUSGOV 045 occurred", "QATGOV>UKR 045 occurred", "RUSGOV>UKR 0841 occurred"],
  ],
  // must not fire: a pronoun relative with no mediation verb keeps the parties' talks; no parties, no mediation
  [
    "Israel and Hamas agreed to a truce after talks they held in Cairo.",
    [
      "ISRGOV>PSEREB 040 occurred",
      "ISRGOV>PSEREB 0871 occurred",
      "PSEREB>ISRGOV 040 occurred",
      "PSEREB>ISRGOV 0871 occurred",
    ],
  ],
  ["Kenya said the negotiations it hosted had collapsed.", []],
]);

realCases(
  "coercion between countries: warrants served, outlets suspended, craft driven out (session 25, coerce5)",
  "2025-06-02",
  [
    // an arrest on a court's warrant is the issuer's 173 against the one arrested, and the arrester's 063 to the court
    [
      "Kenyan police arrested former Sudanese minister Ahmed Haroun in Nairobi on an International Criminal Court warrant.",
      ["IGOINTICC>SDNELI 173 occurred", "KENCOP>IGOINTICC 063 occurred", "KENCOP>SDNELI 173 occurred"],
    ],
    // must not fire: in the passive the warrant is the court's alone (no 063 from the one arrested)
    [
      "Former Sudanese minister Ahmed Haroun was arrested in Nairobi on an International Criminal Court warrant and flown to The Hague.",
      ["IGOINTICC>SDNELI 173 occurred"],
    ],
    // a news outlet suspended is silenced (1721), not a member suspended (160)
    [
      "Ethiopia suspended Voice of America and the BBC after they aired interviews with rebel commanders.",
      ["ETHGOV>GBRMED 1721 occurred", "ETHGOV>USAMED 1721 occurred"],
    ],
    // must not fire: a bloc suspending a member state stays 160
    ["The African Union suspended Niger after the coup.", ["IGOAFRAFU>NERGOV 160 occurred"]],
    // a craft driven out of waters is coerced (170), no people expelled (201)
    [
      "Malaysian patrol ships drove a Chinese coast guard vessel out of Malaysian waters off Sarawak.",
      ["MYSMIL>CHNCOP 170 occurred"],
    ],
    // must not fire: people driven out stay expelled
    [
      "Myanmar's army drove Rohingya villagers out of northern Rakhine state in 2017, a UN envoy said.",
      ["MMRMIL>MMRCVL 201 reported"],
    ],
    // a civil right taken from another country's citizens restricts their freedoms (1721)
    [
      "Latvia's parliament stripped Russian citizens of the right to vote in municipal elections.",
      ["LVALEG>RUSCVL 1721 occurred"],
    ],
    // crew taken away after a boarding are detained (173) beside the boarding (170)
    [
      "Chinese coast guard officers boarded a Vietnamese fishing boat near the Paracel Islands and took its crew to Hainan, Hanoi said.",
      ["CHNCOP>VNM 170 reported", "CHNCOP>VNM 173 reported"],
    ],
    // an "-ed" participle after a past verb or a count modifies its noun: no seizure of the soldiers
    [
      "Kyiv said Russian troops had tortured captured Ukrainian soldiers held near Avdiivka.",
      ["RUSMIL>UKRMIL 1822 reported"],
    ],
  ],
);

realCases(
  "yielding acts: truces, dropped bills, pullbacks, captives handed back (session 25, yield2)",
  "2025-03-10",
  [
    // a truce declared in another's country is toward that country
    ["Russia announced a Christmas truce in Ukraine lasting 36 hours.", ["RUSGOV>UKR 0871 occurred"]],
    // a government dropping its own bill reverses a policy toward its people
    [
      "Senegalese President Bassirou Diomaye Faye withdrew the media bill a day after the protests in Dakar.",
      ["SENGOV>SENCVL 0832 occurred"],
    ],
    // a travel ban on one's citizens eased toward the destination
    [
      "Qatar lifted a ban on its citizens travelling to Lebanon after the emir held talks with the Lebanese president.",
      ["LBNGOV>QATGOV 040 occurred", "QATGOV>LBN 081 occurred", "QATGOV>LBNGOV 040 occurred"],
    ],
    // forces pulled back to agreed lines retreat from the other side named
    [
      "Israeli troops pulled back to agreed lines in southern Lebanon on Sunday, Hezbollah said.",
      ["ISRMIL>LBN 0874 reported"],
    ],
    // sanctions lifted after "it had imposed on" reach their target
    [
      "Washington lifted most of the sanctions it had imposed on Belarus after the release of 52 prisoners.",
      ["USAGOV>BLRGOV 085 occurred"],
    ],
    // a member's suspension lifted
    [
      "The African Union lifted Mali's suspension after the junta handed power to a civilian government.",
      ["IGOAFRAFU>MLIGOV 081 occurred"],
    ],
    // both sides completing a pullback
    [
      "Armenian and Azerbaijani troops completed their pullback from the disputed border villages, the two defence ministries said.",
      ["ARMMIL>AZEMIL 087 occurred", "AZEMIL>ARMMIL 087 occurred"],
    ],
    // a captive handed back, or handed to the Red Cross, is released
    [
      "Pakistan handed back a captured Indian soldier at the Wagah border crossing on Tuesday.",
      ["PAKGOV>INDMIL 0841 occurred"],
    ],
    [
      "Hamas handed over two Israeli women to the Red Cross in Khan Younis on Saturday.",
      ["PSEREB>ISRCVL 0841 occurred"],
    ],
    // an armed struggle ended is demobilisation; rebels leaving a town of their own country retreat
    [
      "The ELN said it would end its armed struggle against the Colombian state.",
      ["COLREB>COL 0873 scheduled"],
    ],
    ["M23 rebels withdrew from the town of Uvira on Friday, the group said.", ["CODREB>COD 0874 occurred"]],
    // must not fire: a truce accepted with Russia is no truce toward the place of the talks; bodies handed back stay 084
    [
      "Ukraine said it was ready to accept a ceasefire with Russia after talks with U.S. officials in the Saudi city of Jeddah.",
      ["UKRGOV>RUSGOV 0356 occurred", "UKRGOV>USAGOV 040 occurred", "USAGOV>UKRGOV 040 occurred"],
    ],
    [
      "Kyiv handed back the bodies of 78 Russian soldiers on Friday, the Ukrainian coordination headquarters said.",
      ["UKRGOV>RUSMIL 084 occurred"],
    ],
  ],
);

realCases(
  "aid and cooperation: money announced or released, trade kept up, evacuations (session 25, econ2)",
  "2025-03-12",
  [
    // a sum announced in economic support, or military financing, is the aid itself (not an intent 033)
    [
      "Qatar announced 500 million dollars in economic support for Lebanon's government on Tuesday.",
      ["QATGOV>LBNGOV 071 occurred"],
    ],
    [
      "Britain announced 300 million pounds in military financing for Ukraine.",
      ["GBRGOV>UKRGOV 072 occurred"],
    ],
    // money whose release or disbursement is approved; a deposit rolled over
    [
      "The World Bank's board approved the release of 700 million dollars to Kenya after a review of its reforms.",
      ["IGOWBK>KENGOV 071 occurred"],
    ],
    [
      "The IMF approved a 1.1 billion dollar disbursement to Egypt on Friday.",
      ["IGOIMF>EGYGOV 071 occurred"],
    ],
    [
      "China rolled over a 2 billion dollar deposit with Pakistan's central bank for another year.",
      ["CHNGOV>PAKBUS 071 occurred"],
    ],
    // trade and purchases kept up: no purchase "from" the actor named after "pressure from"
    [
      "Turkey said it would keep trading with Iran despite the new U.S. sanctions.",
      ["TURGOV>IRNGOV 061 scheduled"],
    ],
    [
      "Malaysia said it would keep buying Russian oil despite pressure from Washington.",
      ["MYSGOV>RUS 061 scheduled"],
    ],
    // joint operations of a compound subject's forces: both ways
    [
      "Kenyan and Somali troops launched joint operations in the Lamu region on Monday.",
      ["KENMIL>SOMMIL 062 occurred", "SOMMIL>KENMIL 062 occurred"],
    ],
    // another country's nationals evacuated; relief flown in a plane; a radar system delivered; an arms-sale notice
    [
      "India evacuated 300 Nepali citizens from Sudan along with its own nationals.",
      ["INDGOV>NPLCVL 073 occurred"],
    ],
    [
      "Italy flew an air force transport plane loaded with relief supplies to Libya after the floods.",
      ["ITAGOV>LBYGOV 073 occurred"],
    ],
    ["Japan delivered a coastal radar system to the Vietnamese navy.", ["JPNGOV>VNMMIL 072 occurred"]],
    [
      "The State Department approved the possible sale of 12 Apache helicopters and related equipment to Morocco.",
      ["USAGOV>MARGOV 062 occurred"],
    ],
    // must not fire: support for no country; the evacuator's own citizens; one force's joint operation
    ["Thailand's central bank announced 2 billion dollars in economic support for small businesses.", []],
    ["Ukraine evacuated 40 of its citizens from Lebanon on Monday.", []],
    ["Israeli forces launched a joint operation against militants in Jenin.", []],
    ["The FBI said the breach was carried out by Russian state hackers.", []],
  ],
);

realCases(
  "lists of parties: 'N countries including A, B and C', meetings of a listed three, a grouping of states, a document's participle (session 25, list2)",
  "2025-06-10",
  [
    // "including" with no comma after a plain plural noun lists the actors that fill the verb's slot
    [
      "Washington barred nationals of five countries including Syria, Libya and Yemen from entering the United States.",
      ["USAGOV>LBYGOV 172 occurred", "USAGOV>SYRGOV 172 occurred", "USAGOV>YEMGOV 172 occurred"],
    ],
    // the parties a meeting noun lists after "of" meet one another, not only the subject that postponed it
    [
      "Seoul postponed a meeting of South Korean, Japanese and Chinese trade ministers planned for next week.",
      [
        "CHNGOV>JPNGOV 040 postponed",
        "CHNGOV>KORGOV 040 postponed",
        "JPNGOV>CHNGOV 040 postponed",
        "JPNGOV>KORGOV 040 postponed",
        "KORGOV>CHNGOV 040 postponed",
        "KORGOV>JPNGOV 040 postponed",
      ],
    ],
    [
      "Tokyo postponed a meeting of the foreign ministers of Japan, China and South Korea.",
      [
        "CHNGOV>JPNGOV 040 postponed",
        "CHNGOV>KORGOV 040 postponed",
        "JPNGOV>CHNGOV 040 postponed",
        "JPNGOV>KORGOV 040 postponed",
        "KORGOV>CHNGOV 040 postponed",
        "KORGOV>JPNGOV 040 postponed",
      ],
    ],
    // an organisation named as the grouping of listed states is aimed at through its members
    [
      "North Korea denounced the Quad grouping of the United States, Japan, India and Australia as a threat to peace.",
      [
        "PRKGOV>AUSGOV 111 occurred",
        "PRKGOV>INDGOV 111 occurred",
        "PRKGOV>JPNGOV 111 occurred",
        "PRKGOV>USAGOV 111 occurred",
      ],
    ],
    // must not fire: talks "with" a list (each meets the subject, not one another); a grouping with no list after it
    [
      "Xi held talks with Putin and Lula in Beijing on Tuesday.",
      [
        "BRAGOV>CHNGOV 040 occurred",
        "CHNGOV>BRAGOV 040 occurred",
        "CHNGOV>RUSGOV 040 occurred",
        "RUSGOV>CHNGOV 040 occurred",
      ],
    ],
    [
      "Moscow criticised the BRICS group for its slow response to the crisis.",
      ["RUSGOV>IGOBRC 111 occurred"],
    ],
    // a document's participle is its issuer's act: a ban on entry, a suspension of cooperation
    [
      "Kuwait issued a decree barring citizens of Syria and Lebanon from entering the country.",
      ["KWTGOV>LBNCVL 172 occurred", "KWTGOV>SYRCVL 172 occurred"],
    ],
    [
      "Iran's parliament passed a bill suspending cooperation with the International Atomic Energy Agency.",
      ["IRNLEG>IGOUNOIAE 160 occurred"],
    ],
    // must not fire: a law banning a thing, not an actor
    ["Turkey's parliament passed a bill banning smoking in public places.", []],
  ],
);

realCases(
  "appeals made through a request: 'at the request of', 'at X's request', NATO's Article 4 (session 25, appeal2)",
  "2025-03-10",
  [
    // the requester appeals to the one who acts (converse), a person, a capital or a country named as a place
    [
      "Rwanda sent troops to the Central African Republic at the request of President Faustin-Archange Touadera.",
      ["CAFGOV>RWAGOV 020 occurred", "RWAGOV>CAFGOV 074 occurred"],
    ],
    [
      "Chad deployed soldiers to Niger at Niamey's request.",
      ["NERGOV>TCDGOV 020 occurred", "TCDGOV>NERGOV 074 occurred"],
    ],
    [
      "Greek police arrested a Russian businessman in Athens at Washington's request.",
      ["GRCCOP>RUSBUS 173 occurred", "USAGOV>GRCCOP 020 occurred"],
    ],
    [
      "Tanzania sent a medical team to Malawi at the request of Malawi.",
      ["MWIGOV>TZAGOV 020 occurred", "TZAGOV>MWIGOV 073 occurred"],
    ],
    // NATO's Article 4 invoked, or consultations asked for under it
    [
      "Latvia invoked NATO's Article 4 after a Russian drone crashed on its territory.",
      ["LVAGOV>IGOWSTNAT 020 occurred"],
    ],
    ["Lithuania asked for NATO consultations under Article 4 on Tuesday.", ["LTUGOV>IGOWSTNAT 020 occurred"]],
    // must not fire: a passive asks no one; a request "from" India is not read "of" the nationals (tight)
    [
      "Talks between Thailand and Cambodia were postponed at the request of the Cambodian government.",
      ["KHMGOV>THAGOV 040 postponed", "THAGOV>KHMGOV 040 postponed"],
    ],
    [
      "Bangladesh turned down a request from India for the extradition of five Indian nationals.",
      ["BGDGOV>INDGOV 120 occurred", "INDGOV>BGDGOV 020 occurred"],
    ],
    // `asstate` belongs to the request patterns only: a helper named as a place gives no aid (07.x16p-with-help-from)
    ["Ghana evacuated 300 of its citizens from Lebanon with the help of France.", []],
  ],
);

realCases(
  "threats in reported speech: retaliation, arms, tariffs on a condition (session 25, threat4)",
  "2025-03-10",
  [
    // a bare "would retaliate" after a reporting verb is the speaker's threat to the other country named
    [
      "Japan expelled two Chinese diplomats, and Beijing said it would retaliate.",
      ["CHNGOV>JPNGOV 138 threatened", "JPNGOV>CHNGOV 166 occurred"],
    ],
    [
      "Poland expelled three Belarusian diplomats on Monday, and Minsk said it would retaliate.",
      ["BLRGOV>POLGOV 138 threatened", "POLGOV>BLRGOV 166 occurred"],
    ],
    [
      "Lithuania expelled a Russian diplomat, and the Russian foreign ministry said Moscow would retaliate.",
      ["LTUGOV>RUSGOV 166 occurred", "RUSGOV>LTUGOV 138 threatened"],
    ],
    // conditional tariffs with no target after them threaten the condition's subject
    [
      "Canada's trade minister said Canada would impose retaliatory tariffs if Washington raised its levies on Canadian steel.",
      ["CANGOV>USAGOV 1312 threatened", "USAGOV>CAN 163 hypothetical"],
    ],
    // taking up arms on a condition is a threat of force
    [
      "Armenia's prime minister said his country would take up arms if Azerbaijan attacked its territory.",
      ["ARMGOV>AZEGOV 138 threatened", "AZEGOV>ARMGOV 190 hypothetical"],
    ],
    // must not fire: a trailing sayer keeps the hypothetical act; a condition on no actor threatens no one
    [
      "Vietnam would retaliate, a government spokesman said after China seized a Vietnamese fishing boat.",
      ["CHNGOV>VNM 1711 occurred", "VNMGOV>CHNGOV 190 hypothetical"],
    ],
    ["The central bank said it would impose tighter lending rules if inflation kept rising.", []],
    ["Kenya's finance minister said the government would impose new taxes if revenue fell short.", []],
  ],
);

realCases(
  "clause boundaries: a trailing sayer before ', and', a past verb after a reported or demanded clause (session 25, clause3)",
  "2025-05-12",
  [
    // a verb right after ", X said, and" continues the clause before the sayer, not the sayer's
    [
      "Russian troops shelled Kherson overnight, Kyiv said, and attacked Ukrainian positions near the Dnipro.",
      ["RUSMIL>UKR 190 reported", "RUSMIL>UKR 194 reported"],
    ],
    [
      "Chinese coast guard ships blocked a Philippine resupply mission near Second Thomas Shoal, Manila said, and fired water cannon at one of the boats.",
      ["CHNCOP>PHL 175 reported", "CHNCOP>PHL 191 reported"],
    ],
    [
      "North Korea fired two ballistic missiles into the sea off its east coast, South Korea's military said, and threatened to strike Seoul if the joint drills went ahead.",
      ["PRKGOV>KORGOV 1384 threatened"],
    ],
    // a past verb after "and" cannot share a demanded clause's bare verb or a modal: it is the demander's
    [
      "Venezuela demanded that Guyana halt oil drilling in the disputed waters and moved troops closer to the border.",
      ["VENGOV>GUYGOV 1012 demanded", "VENGOV>GUYGOV 154 occurred"],
    ],
    [
      "Washington demanded that Rwandan troops leave eastern Congo and imposed sanctions on a Rwandan minister.",
      ["USAGOV>RWAGOV 163 occurred", "USAGOV>RWAMIL 106 demanded"],
    ],
    // must not fire: a sayer that is the subject already; a deed of no actor before the sayer
    [
      "Pakistan expelled two Indian diplomats on Monday, the foreign ministry in Islamabad said, and summoned India's deputy high commissioner to lodge a protest.",
      ["PAKGOV>INDGOV 114 occurred", "PAKGOV>INDGOV 166 occurred"],
    ],
    [
      "Heavy monsoon rain flooded parts of Dhaka overnight, officials said, and killed at least 12 people.",
      [],
    ],
  ],
);

realCases(
  "pointing nouns owned by or coordinated with a domestic actor, and after a subordinator (session 25, own2)",
  "2025-06-10",
  [
    // a person's "X's government" and a pointing noun after it take that person's country, not the first named
    [
      "The Biden administration eased oil sanctions on Venezuela after Maduro's government and the opposition signed an agreement in Barbados.",
      ["USAGOV>VENGOV 085 occurred", "VENGOV>VENOPP 057 occurred", "VENOPP>VENGOV 057 occurred"],
    ],
    [
      "France urged Venezuela's government and the opposition to resume talks.",
      ["FRAGOV>VENGOV 026 occurred", "FRAGOV>VENOPP 026 occurred"],
    ],
    // "the" + a pointing noun after "after"/"before" is of the country the main clause named last
    [
      "Washington lifted sanctions on Nicaragua's gold sector after the government and the opposition signed a pact.",
      ["NICGOV>NICOPP 057 occurred", "NICOPP>NICGOV 057 occurred", "USAGOV>NICGOV 085 occurred"],
    ],
    [
      "Russia criticised Moldova's president after the government expelled a Russian diplomat.",
      ["MDAGOV>RUSGOV 166 occurred", "RUSGOV>MDAGOV 111 occurred"],
    ],
    // not after a verb of saying: the government the chancellor speaks of stays the sentence's first country's
    [
      "Germany's chancellor said the government and the opposition would hold talks next week.",
      ["DEUGOV>DEUOPP 040 scheduled", "DEUOPP>DEUGOV 040 scheduled"],
    ],
    // plural advisers after a meeting noun's "between" are of each state after "of" (a place before)
    [
      "Talks between the national security advisers of India and Pakistan were called off.",
      ["INDGOV>PAKGOV 040 cancelled", "PAKGOV>INDGOV 040 cancelled"],
    ],
    // must not fire: no act between the two
    [
      "Thailand's prime minister met business leaders after the government and the opposition debated the budget.",
      [],
    ],
  ],
);

realCases("goods imported from a place and national things released (session 25, s38)", "2025-03-10", [
  // goods named before "imported from" in a trade probe: the probe only, no purchase from each origin
  [
    "India's commerce ministry opened an anti-dumping investigation into a type of plastic imported from China and Thailand.",
    ["INDGOV>CHNGOV 091 occurred", "INDGOV>THAGOV 091 occurred"],
  ],
  [
    "The Philippines began an anti-dumping investigation into cement and glass imported from Vietnam and Indonesia.",
    ["PHLGOV>IDNGOV 091 occurred", "PHLGOV>VNMGOV 091 occurred"],
  ],
  // "national" as the adjective of a paper released: no prisoners freed
  [
    "Malaysia released its national defence white paper, drawing criticism from China.",
    ["CHNGOV>MYSGOV 111 occurred"],
  ],
  // must not fire: nationals freed and a plain purchase stay
  [
    "Myanmar's junta freed two Japanese nationals detained during a protest in Yangon.",
    ["MMRMIL>JPNCVL 0841 occurred"],
  ],
  ["Turkey bought natural gas from Azerbaijan under a new supply deal.", ["TURGOV>AZEGOV 061 occurred"]],
]);

realCases("promised answers to what the speaker names (session 25, threat5)", "2025-06-10", [
  // "would respond to what he called X": the naming verb is no "call" to reply to; the answer is a threat (130)
  [
    "Venezuela's navy seized a Guyanese fishing boat near the Essequibo coast, and Guyana's foreign minister said Georgetown would respond to what he called an act of piracy.",
    ["GUYGOV>VENMIL 111 occurred", "GUYGOV>VENMIL 130 threatened", "VENMIL>GUY 1711 occurred"],
  ],
  [
    "A Moscow court jailed an American journalist for 16 years on spying charges, and the State Department said Washington would respond to what it called a sham trial.",
    [
      "RUSJUD>USAMED 116 occurred",
      "RUSJUD>USAMED 173 occurred",
      "USAGOV>RUSJUD 111 occurred",
      "USAGOV>RUSJUD 130 threatened",
    ],
  ],
  // must not fire: a reply to a call or to what is named a message or proposal is no threat
  [
    "Hamas said it would respond to calls for a ceasefire in Gaza after consulting other Palestinian factions.",
    [],
  ],
  [
    "Iran's foreign minister said Tehran would respond to what he called a constructive message from Washington after studying it.",
    [],
  ],
]);

describe("reactions in a relative clause on a report, a tagger-broken sayer (session 25, react4)", () => {
  const real = (text: string) => withRealActors(text, "2024-05-20");
  // the reaction only: the report's own accusations and the act it reports are other rules' events
  const denials = (text: string) =>
    real(text).filter((e) => !e.startsWith("IGOUNO") && / (01|11|12)\d* /.test(e));
  it.each<[string, string[]]>([
    // Bamako is Mali's government as a subject, no place listed after a kill count
    [
      "UN investigators said Malian troops killed dozens of people, and Bamako rejected the report.",
      ["MLIGOV>IGOUNO 016 occurred"],
    ],
    // a report after "said in" restated by a relative clause: rejecting it denies it to the sayer
    [
      "Ethiopian troops executed at least 300 people in the town of Bahir Dar, U.N. investigators said in a report that Addis Ababa rejected as biased.",
      ["ETHGOV>IGOUNO 016 occurred"],
    ],
    // the sayer's possessive and seat before the verb ("Israel's mission in Geneva")
    [
      "A UN commission of inquiry found that both Israel and Hamas had committed war crimes, a report Israel's mission in Geneva dismissed as biased.",
      ["ISRGOV>IGOUNO 016 reported"],
    ],
    [
      "The UN commission said Russia had committed war crimes in Kherson, a report Russia's mission rejected.",
      ["RUSGOV>IGOUNO 016 occurred"],
    ],
    // must not fire: Bamako after "to" stays a place; a report that is the minister's own medium is no reaction
    ["Nigerian officials travelled to Bamako for talks on the regional security pact.", []],
    ["Russia's foreign minister said in a report published on Monday that sanctions had failed.", []],
  ])("%s", (text, expected) => {
    expect(denials(text).sort()).toEqual(expected);
  });
});

realCases(
  "asylum in a where clause, a loan's comma, own currencies, air-dropped (session 25, aid3)",
  "2025-04-02",
  [
    // the country fled to grants the traveller asylum, with or without a comma before "where"
    [
      "Former Bolivian interior minister Arturo Murillo fled to Brazil, where he was granted political asylum.",
      ["BRAGOV>BOLELI 075 occurred"],
    ],
    [
      "Nicaraguan opposition leader Felix Maradiaga fled to Costa Rica where he was granted asylum last year.",
      ["CRIGOV>NICOPP 075 occurred"],
    ],
    // a comma between a hyphenated term and the amount stays inside the loan's noun phrase
    [
      "The World Bank approved a five-year, $1.2 billion loan for Kenya to expand electricity access.",
      ["IGOWBK>KENGOV 071 occurred"],
    ],
    [
      "Japan extended a 30-year, 50 billion yen loan to the Philippines for a commuter railway.",
      ["JPNGOV>PHLGOV 071 occurred"],
    ],
    // trade agreed in the parties' own currencies is economic cooperation, both ways
    [
      "Russia and India agreed to settle trade in their national currencies, the Kremlin said.",
      ["INDGOV>RUSGOV 061 occurred", "RUSGOV>INDGOV 061 occurred"],
    ],
    // "air-dropped" written with a hyphen is the verb the tagger split: the subject's humanitarian aid
    ["Jordan air-dropped food parcels over northern Gaza.", ["JORGOV>PSE 073 occurred"]],
    // must not fire: flight with no asylum granted, a trade of prisoners (the agreement's intent stays), and
    // "air-dropped" as an adjective
    ["Britain said air-dropped aid was no substitute for trucks entering Gaza.", []],
    ["Former Venezuelan oil minister Rafael Ramirez fled to Italy, where he now lives in exile.", []],
    [
      "Russia and Ukraine agreed to trade prisoners of war on Friday.",
      ["RUSGOV>UKRGOV 030 occurred", "UKRGOV>RUSGOV 030 occurred"],
    ],
  ],
);

realCases("a bare verb after a modal verb and its object (session 25, status2)", "2025-04-02", [
  // "lay" read as a form of "lie": still the bare verb after "would disband and"
  [
    "The ELN said it would disband and lay down its arms, ending a six-decade insurgency against the Colombian state.",
    ["COLREB>COL 0873 scheduled"],
  ],
  // British "recognise" (lemma "recognize") shares the chain of "would cut"
  [
    "Honduras said it would cut diplomatic ties with Taiwan and recognise China.",
    ["HNDGOV>CHNGOV 054 scheduled", "HNDGOV>TWNGOV 161 scheduled"],
  ],
  // a gerund in the first verb's object ("intelligence sharing") does not end the search for that verb
  [
    "Germany said it would lift its pause on intelligence sharing and resume military aid to Ukraine.",
    ["DEUGOV>UKRGOV 072 scheduled"],
  ],
  // must not fire: past-tense acts stay occurred
  [
    "The ELN laid down its arms on Monday, ending a six-decade insurgency against the Colombian state.",
    ["COLREB>COL 0873 occurred"],
  ],
  [
    "Honduras cut diplomatic ties with Taiwan and recognised China on Sunday.",
    ["HNDGOV>CHNGOV 054 occurred", "HNDGOV>TWNGOV 161 occurred"],
  ],
  // must not fire: an irregular past after "would not tolerate ... and" is no bare verb (the deadline is given)
  [
    "Nigeria's president said the bloc would not tolerate the coup in Niger and gave the junta a week to restore the president.",
    ["NGAGOV>NERMIL 139 threatened"],
  ],
  // active "expect to" plans the visit like "is expected to"; the reopening beside it stays occurred
  [
    "Egypt reopened its embassy in Tehran on Monday, and Foreign Minister Badr Abdelatty said he expected to visit Iran soon.",
    ["EGYGOV>IRN 042 scheduled", "EGYGOV>IRN 054 occurred"],
  ],
]);

realCases(
  "reducing relations and coercion: crowd control, orders to leave, undone sanctions (session 26, coerce6)",
  "2025-06-01",
  [
    // crowd-control weapons with a pronoun or an unsaid crowd: the source's own population, not the protest's target
    [
      "Students blocked a bridge in Belgrade for a third day, and Serbian riot police used batons and pepper spray to push them back.",
      ["SRBCOP>SRB 175 occurred", "SRBEDU>SRBGOV 144 occurred"],
    ],
    [
      "Thousands of Kenyans rallied in Nairobi against new taxes, and Kenyan police responded with tear gas.",
      ["KEN>KENGOV 1412 occurred", "KENCOP>KEN 175 occurred"],
    ],
    [
      "Farmers blocked roads near Lima for a week, and Peruvian police cleared the barricades with tear gas.",
      ["PERCOP>PER 175 occurred", "PERCVL>PERGOV 144 occurred"],
    ],
    [
      "Crowds filled the squares of Istanbul for a third night, facing Turkish riot police who fired pepper spray and rubber bullets.",
      ["TURCOP>TUR 175 occurred"],
    ],
    // citizens of another country ordered out of the country are deported (not residents told to evacuate)
    [
      "Latvia ordered dozens of Russian citizens to leave the country after they failed a language exam.",
      ["LVAGOV>RUSCVL 174 occurred"],
    ],
    // an agreed administrative sanction is the sanction itself (intent 172)
    [
      "EU ministers agreed to suspend visa-free travel for Georgian diplomats.",
      ["IGOEUREEC>GEOGOV 172 occurred"],
    ],
    [
      "Belarusian police detained several demonstrators outside the election commission in Minsk.",
      ["BLRCOP>BLRCVL 173 occurred"],
    ],
    [
      "Georgian police banned the opposition's march through central Tbilisi.",
      ["GEOCOP>GEOOPP 1721 occurred"],
    ],
    // must not fire: sanctions vetoed, monitored or revoked are no new 163
    ["Slovakia said it would veto any new EU sanctions on Russia.", ["SVKGOV>IGOEUREEC 129 scheduled"]],
    [
      "Russia vetoed a resolution renewing the UN panel that monitors sanctions on North Korea.",
      ["RUSGOV>IGOUNO 129 occurred"],
    ],
    [
      "Trump revoked sanctions on Israeli settlers in the occupied West Bank.",
      ["USAGOV>ISRCVL 085 occurred"],
    ],
    // must not fire: sanctions imposed stay 163; residents told to leave a district; a named foreign crowd stays the target
    ["The European Union imposed new sanctions on Russia's shadow fleet.", ["IGOEUREEC>RUSMIL 163 occurred"]],
    ["Israel's army ordered residents to leave the eastern districts of Khan Younis.", []],
    [
      "Israeli troops fired rubber bullets and tear gas at Palestinian stone-throwers near Hebron.",
      ["ISRMIL>PSE 175 occurred"],
    ],
  ],
);

realCases(
  "switched recognition, support in a reduced relative, a mission made an embassy (session 26, coop3)",
  "2025-04-02",
  [
    // recognition switched to a government is its recognition (054)
    ["Kiribati switched its diplomatic recognition to Beijing in September.", ["KIRGOV>CHNGOV 054 occurred"]],
    // "from X to Y": the break with X (161) and, through onward=054, the recognition of Y
    [
      "The Dominican Republic switched diplomatic recognition from Taipei to Beijing on Tuesday.",
      ["DOMGOV>CHNGOV 054 occurred", "DOMGOV>TWNGOV 161 occurred"],
    ],
    [
      "Panama said it would shift its diplomatic ties from Taiwan to China.",
      ["PANGOV>CHNGOV 054 scheduled", "PANGOV>TWNGOV 161 scheduled"],
    ],
    // must not fire: with no "to" party only the break is coded
    ["Honduras switched recognition from Taipei on Sunday.", ["HNDGOV>TWNGOV 161 occurred"]],
    // a technical mission upgraded to an embassy in the other country
    [
      "India said it would upgrade its technical mission in Kabul to a full embassy.",
      ["INDGOV>AFG 050 scheduled"],
    ],
    // must not fire: support in a reduced relative on a plain noun backs that noun, not the clause's subject
    ["Islamabad blamed the bombing on militants backed by the Taliban government in Kabul.", []],
    [
      "Israel and Syria agreed to a ceasefire backed by Turkey and Jordan.",
      ["ISRGOV>SYRGOV 0871 occurred", "SYRGOV>ISRGOV 0871 occurred"],
    ],
    // still fires: active support of an actor
    ["Germany backed Ukraine's bid to join the European Union on Monday.", ["DEUGOV>UKRGOV 050 occurred"]],
    // must not fire: leaving talks with no agreement quits no deal (no 160)
    [
      "Trump met Putin in Alaska on Friday, but the two leaders left without any agreement on a ceasefire.",
      ["RUSGOV>USAGOV 040 occurred", "USAGOV>RUSGOV 040 occurred"],
    ],
  ],
);

realCases(
  'a plain charged party before an accusation\'s "of", the author of sabotage, a failure to condemn (session 26, crit6)',
  "2025-04-02",
  [
    // the accused is a plain noun phrase of no actor: no accusation of an actor inside the charge
    [
      "Protesters in Kinshasa attacked the Belgian embassy, accusing Western governments of shielding Rwanda.",
      ["CODCVL>BELGOV 145 occurred"],
    ],
    // a demonym the tagger reads as a proper noun, and a gerund read as a noun; "accuse TGT" with no "of" too
    ["Russia accused Western governments of arming Ukraine.", []],
    [
      "Hungary's prime minister accused European politicians of dragging the bloc into the war against Russia.",
      [],
    ],
    [
      "Iran's president accused Western leaders of turning a blind eye to the suffering of Palestinians in Gaza.",
      [],
    ],
    // must not fire: a definite noun phrase points back to an actor named before it
    [
      "Mali demanded that the UN peacekeeping mission leave the country, accusing the mission of fuelling communal tensions.",
      ["MLIGOV>IGOUNO 106 demanded", "MLIGOV>IGOUNO 112 occurred"],
    ],
    // must not fire: a possessive pronoun's noun phrase ("its neighbour") is left to the target search
    [
      "Mali said Algerian forces had shot down one of its drones, and Bamako accused its neighbour of harbouring terrorists.",
      ["DZAMIL>MLIGOV 190 reported", "MLIGOV>DZAMIL 112 occurred"],
    ],
    // must not fire: an actor in the slot is the accused
    ["Iran accused Israel of sabotaging the Natanz nuclear plant.", ["IRNGOV>ISRGOV 112 occurred"]],
    // naming the author of sabotage no act pattern codes accuses it, beside another act between the pair
    [
      "Germany expelled two Russian diplomats, saying Moscow was behind the sabotage of a rail line.",
      ["DEUGOV>RUSGOV 112 occurred", "DEUGOV>RUSGOV 166 occurred"],
    ],
    [
      "Latvia ordered the closure of Russia's consulate in Daugavpils, saying Moscow was behind a blaze at an arms depot.",
      ["LVAGOV>RUSGOV 112 occurred", "LVAGOV>RUSGOV 161 occurred"],
    ],
    // a failure to condemn is no negated criticism of the one not condemned
    [
      "Tehran barred IAEA inspectors from its nuclear sites after the agency failed to condemn Israel's air strikes.",
      ["IRNGOV>IGOUNOIAE 1245 occurred"],
    ],
    // must not fire: an attack whose own pattern codes its author stays the report of the attack
    [
      "The United States said Iran was behind the missile strikes on Saudi oil facilities.",
      ["IRNGOV>SAUGOV 195 reported"],
    ],
  ],
);

realCases("guests told as visiting and deals brokered under which (session 26, meet6)", "2025-04-02", [
  // a guest named as "visiting X" after a verb of speech visits the speaker's country (042 from the guest)
  [
    "Kenyan President William Ruto told visiting Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday that the border road would be finished next year.",
    ["ETHGOV>KENGOV 042 occurred"],
  ],
  [
    "Japanese Prime Minister Shigeru Ishiba assured visiting Philippine officials that the patrol boats would arrive by June.",
    ["PHLGOV>JPNGOV 042 occurred"],
  ],
  // a deal brokered with no parties after "between" mediates for the first actor of another country
  [
    "Qatar brokered a deal under which Hamas freed four hostages on Saturday.",
    ["QATGOV>PSEREB 045 occurred"],
  ],
  ["Oman mediated a truce that the Houthis accepted on Tuesday.", ["OMNGOV>YEMREB 045 occurred"]],
  // must not fire: an accusation of visitors is no visit; a guest of the speaker's own country is none
  [
    "Niger's ruling junta accused a visiting American delegation of arrogance.",
    ["NERMIL>USAGOV 112 occurred"],
  ],
  ["The Turkish president told visiting students that Ankara would keep its borders open.", []],
  // must not fire: parties named after "between" stay the mediation's targets, both of them
  [
    "Oman brokered a truce between the United States and the Houthis under which both sides stopped firing.",
    [
      "OMNGOV>USAGOV 045 occurred",
      "OMNGOV>YEMREB 045 occurred",
      "USAGOV>YEMREB 0871 occurred",
      "YEMREB>USAGOV 0871 occurred",
    ],
  ],
  // a host in a reduced passive participle after talks coded before it hosts each party of them
  [
    "Armenian and Azerbaijani negotiators held talks in Abu Dhabi, hosted by the United Arab Emirates, on Tuesday.",
    [
      "AREGOV>ARMGOV 043 occurred",
      "AREGOV>AZEGOV 043 occurred",
      "ARMGOV>AZEGOV 040 occurred",
      "AZEGOV>ARMGOV 040 occurred",
    ],
  ],
  // must not fire: a host of one party in a clause of its own, and a host of another meeting after a verb
  [
    "Fijian and Tongan leaders held talks on Monday, and the Tongan king was later hosted by Australia.",
    ["AUSGOV>TONGOV 043 occurred", "FJIGOV>TONGOV 040 occurred", "TONGOV>FJIGOV 040 occurred"],
  ],
  [
    "Fiji and Tonga held talks in Suva after Samoa said it would attend a forum hosted by Australia.",
    ["AUSGOV>WSMGOV 043 occurred", "FJIGOV>TONGOV 040 occurred", "TONGOV>FJIGOV 040 occurred"],
  ],
  // a country after "on" is a hosted meeting's topic, no guest; a guest after "with" stays hosted
  ["Britain hosted a conference on Sudan in London on Tuesday.", []],
  ["Japan hosted a summit with South Korea on North Korea's missiles.", ["JPNGOV>KORGOV 043 occurred"]],
]);

realCases(
  "threats answering a provocation and defiance of a named body (session 26, refuse3)",
  "2025-04-02",
  [
    // a threat with no target answers the agent of the "after" clause that ends it
    [
      "Iran threatened on Sunday to take reciprocal countermeasures after Britain seized an Iranian oil tanker off Gibraltar.",
      ["GBRGOV>IRN 1711 occurred", "IRNGOV>GBRGOV 130 threatened"],
    ],
    // "vowed to take revenge" is a threat, aimed at the provocation's agent
    [
      "The Houthis vowed to take revenge after Israel struck the port of Hodeidah.",
      ["ISRGOV>YEM 190 occurred", "YEMREB>ISRGOV 130 threatened"],
    ],
    // "in defiance of X": the governing verb's subject defies X
    ["Serbia held the vote in defiance of the European Union on Sunday.", ["SRBGOV>IGOEUREEC 128 occurred"]],
    // "told X that Y was not for sale" refuses X; a phone call named between stays the call with X
    [
      "The Danish prime minister told Trump in a phone call on Friday that the Faroe Islands were not for sale.",
      ["DNKGOV>USAGOV 041 occurred", "DNKGOV>USAGOV 120 occurred", "USAGOV>DNKGOV 041 occurred"],
    ],
    // must not fire: no actor opens the "after" clause, no actor after "in defiance of", no one told is an actor
    ["The company told investors that the plant was not for sale.", []],
    ["The ministry threatened to take reciprocal countermeasures after the talks collapsed.", []],
    ["Protesters marched through the capital in defiance of stern warnings.", []],
  ],
);

realCases(
  "strikes named as the subject of a killing, soldiers killed in fighting (session 26, fight7)",
  "2025-04-02",
  [
    // a missile strike whose slot names no actor ("on a cafe in Hroza") is still the attack, aimed at the sayer's
    // country, and its counted toll goes with it
    [
      "A Russian missile strike on a cafe in Hroza killed 59 people, Ukraine said.",
      ["RUS>UKRGOV 195 reported", "RUS>UKRGOV 202 reported"],
    ],
    // a counted toll whose subject is the strike falls where the strike does (Kramatorsk), beside it
    [
      "A Russian missile strike on a railway station in Kramatorsk killed at least 52 people.",
      ["RUS>UKR 195 occurred", "RUS>UKR 202 occurred"],
    ],
    // a domestic air strike falls on the agent's own country, not on the UN named in the next clause
    [
      "A Myanmar military air strike on a village in the Sagaing region killed more than 100 people, and the UN Secretary-General condemned the attack.",
      ["IGOUNO>MMRGOV 111 occurred", "MMRGOV>MMR 195 occurred", "MMRGOV>MMR 202 occurred"],
    ],
    // must not fire: a toll under 50 adds no mass killing
    ["An Israeli drone strike on a school in Gaza killed 12 people.", ["ISR>PSE 195 occurred"]],
    // soldiers killed in heavy fighting: the fighting goes both ways
    [
      "Tuareg rebels said they had killed dozens of Malian soldiers in heavy fighting near Kidal.",
      ["MLIMIL>MLIREB 190 occurred", "MLIREB>MLIMIL 190 occurred"],
    ],
    // must not fire: with no fighting named the killing stays one way
    ["Ukrainian forces killed 20 Russian soldiers near Bakhmut, Kyiv said.", ["UKRMIL>RUSMIL 190 occurred"]],
    // an operation launched against an armed group is fighting it
    [
      "Pakistan's army launched an operation against the Pakistani Taliban in the northwest on Monday.",
      ["PAKMIL>PAKREB 190 occurred"],
    ],
    // must not fire: "clearance operations" name mass violence, and an operation against corruption is no fighting
    ["Myanmar's army launched clearance operations against Rohingya Muslims in Rakhine state.", []],
    ["Nigeria's government launched an operation against corruption in the customs service on Monday.", []],
  ],
);

realCases(
  "alert orders, the passive alert, a carrier ordered to waters, a denied charge (session 26, demand3)",
  "2025-04-02",
  [
    // an order that brings one's own army to readiness is the alert itself (152), no demand on the army (10.press)
    [
      "Hungary's president ordered the army to its highest state of combat readiness as tensions with Slovakia rose.",
      ["HUNGOV>SVKGOV 152 occurred"],
    ],
    // forces placed on alert in the passive, with no agent, are the reporter's, facing the other country
    [
      "Guyana's defence chief said the armed forces had been placed on high alert after Venezuela moved troops to the border.",
      ["GUYGOV>VENGOV 152 occurred", "VENGOV>GUYGOV 154 occurred"],
    ],
    // a carrier ordered to another country's waters is sent there, as "sent"
    [
      "The Pentagon ordered a second aircraft carrier to the waters off Iran.",
      ["USAMIL>IRNGOV 154 occurred"],
    ],
    // "denied the charges" is a denial (016) to the accuser
    [
      "Paris accused Algeria of backing the smugglers, and Algiers denied the charges.",
      ["DZAGOV>FRAGOV 016 occurred", "FRAGOV>DZAGOV 112 occurred"],
    ],
    // "to full alert": the same order in a shorter phrase
    [
      "Seoul's defence minister ordered the troops to full alert after North Korea fired artillery shells near the border.",
      ["KORGOV>PRKGOV 152 occurred", "PRKGOV>KORGOV 150 occurred"],
    ],
    // "the Kremlin denied the charge": the singular charge too
    [
      "Kyiv accused Moscow of shelling the plant, and the Kremlin denied the charge.",
      ["RUSGOV>UKRGOV 016 occurred", "UKRGOV>RUSGOV 112 occurred"],
    ],
    // must not fire: a passive alert with no reporter and no other country, warships sent to one's own waters, and a
    // proposal rejected (no charge, so no denial)
    ["The troops were placed on high alert on Monday.", []],
    ["Japan ordered two destroyers to the waters off Okinawa.", []],
    ["Hamas made a new ceasefire offer, a proposal Israel rejected.", ["ISRGOV>PSEREB 120 occurred"]],
  ],
);

realCases(
  "prisoner returns, arms supplied, deportees received and yielding (session 26, intent3)",
  "2025-05-12",
  [
    // two sides each returning a count of prisoners of war or soldiers free them to one another
    [
      "Iraq and Iran each returned 120 prisoners of war on Tuesday.",
      ["IRNGOV>IRQGOV 0841 occurred", "IRQGOV>IRNGOV 0841 occurred"],
    ],
    [
      "Sudan and South Sudan each released 40 captured soldiers.",
      ["SDNGOV>SSDGOV 0841 occurred", "SSDGOV>SDNGOV 0841 occurred"],
    ],
    // arms received, named as supplied by another: the supplier's 072 to the receiver
    [
      "Taiwan received its first Abrams tanks, supplied by the United States, on Monday.",
      ["USAGOV>TWNGOV 072 occurred"],
    ],
    // taking back people another country deports is an intent to cooperate with the deporter
    [
      "Guatemala will receive 300 migrants deported by the United States each week.",
      ["GTMGOV>USAGOV 030 scheduled"],
    ],
    // the help offered is the intent; the earthquake that "struck" is no threat wrapped in the offer
    [
      "Denmark offered to send whatever help Morocco needed after an earthquake struck the Atlas mountains.",
      ["DNKGOV>MARGOV 033 occurred"],
    ],
    // a leader dropping his veto yields to the body named in the sentence
    [
      "Slovak Prime Minister Robert Fico dropped his veto on Thursday, and the European Union adopted its new sanctions package against Russia.",
      ["IGOEUREEC>RUSGOV 163 occurred", "SVKGOV>IGOEUREEC 080 occurred"],
    ],
    // export curbs lifted on goods are eased for the country the sentence names
    [
      "China lifted export curbs on rare earth magnets used by carmakers in Japan.",
      ["CHNGOV>JPN 085 occurred"],
    ],
    // must not fire: one side freeing its captives with no other party, artillery fire exchanged, a treaty's terms,
    // a prison break, and warships sent close to an island in drills
    ["Ukraine freed 12 captured soldiers on Sunday.", []],
    [
      "Thai and Cambodian troops exchanged artillery fire along the border for a second day.",
      ["KHMMIL>THAMIL 190 occurred", "THAMIL>KHMMIL 190 occurred"],
    ],
    [
      "Japan and the Philippines signed a defence treaty on Monday, committing each to come to the other's defence.",
      ["JPNGOV>PHLGOV 057 occurred", "PHLGOV>JPNGOV 057 occurred"],
    ],
    ["Gunmen stormed a prison in northern Nigeria and freed more than 800 inmates.", []],
    [
      "China's military launched drills around Taiwan, sending warships and fighter jets close to the island.",
      ["CHNMIL>TWN 150 occurred"],
    ],
    // relief teams and ships, nuclear weapons moved into an ally, a ship sent in a show of support
    ["Japan sent a team of rescuers to Nepal a day after the earthquake.", ["JPNGOV>NPLGOV 073 occurred"]],
    ["Turkey sent a ship loaded with flour for Syrians in Idlib.", ["TURGOV>SYR 073 occurred"]],
    ["Russia has begun moving tactical nuclear weapons into Belarus.", ["RUSGOV>BLR 074 occurred"]],
    ["France sent a frigate to Cyprus in a show of solidarity.", ["FRAGOV>CYPGOV 074 occurred"]],
    // must not fire: negotiators are envoys (042), and weapons moved toward another's border are a build-up (154)
    ["Kenya sent a team of negotiators to Ethiopia.", ["KENGOV>ETHGOV 042 occurred"]],
    ["Belarus moved tactical nuclear weapons closer to the Polish border.", ["BLRGOV>POL 154 occurred"]],
  ],
);

realCases("phone calls whose pattern names the medium (session 26, meet7)", "2025-03-20", [
  // "by phone" after the one spoken to: the call pattern keeps its medium and codes a call both ways
  [
    "Oil prices fell on Thursday, a day after Trump spoke to Putin by phone about a ceasefire in Ukraine.",
    ["RUSGOV>USAGOV 041 occurred", "USAGOV>RUSGOV 041 occurred"],
  ],
  // the "by phone" patterns are no longer beaten by the plain "talk with" one (040)
  [
    "Macron talked with Erdogan by telephone on Sunday about the war in Gaza.",
    ["FRAGOV>TURGOV 041 occurred", "TURGOV>FRAGOV 041 occurred"],
  ],
  [
    "Japan's prime minister spoke by phone with South Korea's president on Monday, his office said.",
    ["JPNGOV>KORGOV 041 occurred", "KORGOV>JPNGOV 041 occurred"],
  ],
  // a conversation whose medium follows the partner
  [
    "Lula said he had a long conversation with Milei by telephone on Friday about the trade bloc.",
    ["ARGGOV>BRAGOV 041 occurred", "BRAGOV>ARGGOV 041 occurred"],
  ],
  // plain talks with a partner and no medium stay a meeting
  ["Modi held talks with Putin in Moscow.", ["INDGOV>RUSGOV 040 occurred", "RUSGOV>INDGOV 040 occurred"]],
  // must not fire: the one spoken to by phone is no actor
  ["The minister spoke to reporters by phone from the airport on Tuesday.", []],
  ["The governor talked with farmers by telephone about the drought.", []],
]);

realCases("chair-held bodies and inquiries into a person or state (session 26, own3)", "2025-05-12", [
  // a body's chair named by its state is that state, never the body: no ASEAN event
  ["The executions drew sharp condemnation from ASEAN chair Indonesia.", []],
  [
    "Laos, the current ASEAN chair, urged Myanmar to release political prisoners.",
    ["LAOGOV>MMRGOV 0253 occurred"],
  ],
  // "into" after an inquiry noun names the one investigated, a bare surname or a state
  [
    "Ecuador's prosecutors opened an investigation into Maduro over the embassy raid.",
    ["ECUJUD>VENGOV 090 occurred"],
  ],
  [
    "Ukraine's parliament voted to open an inquiry into Lukashenko over the abduction of children.",
    ["UKRLEG>BLRGOV 090 occurred"],
  ],
  // must not fire: a body with no chair word stays the actor; "into" after a verb of motion stays a place
  ["ASEAN urged Myanmar to free political prisoners.", ["IGOSEAASN>MMRGOV 0253 occurred"]],
  ["Russian troops pushed deeper into Ukraine on Monday.", ["RUSMIL>UKR 192 occurred"]],
  ["Thousands of refugees fled into Poland after the attack.", []],
]);

realCases("a sentence passed by a court is also a guilty verdict (session 26, sent)", "2025-05-06", [
  // a sentence passed: the punishment (173) and the finding of guilt (116), same source, target and status
  [
    "A Russian court sentenced an American teacher to 14 years in a penal colony for smuggling drugs.",
    ["RUSJUD>USAEDU 116 occurred", "RUSJUD>USAEDU 173 occurred"],
  ],
  // in the passive, with the court as agent
  [
    "A French journalist was sentenced to seven years in prison by an Algerian court for glorifying terrorism.",
    ["DZAJUD>FRAMED 116 occurred", "DZAJUD>FRAMED 173 occurred"],
  ],
  // "in absentia", a term set with "jailed ... for", a sentence handed to the target
  [
    "A Venezuelan court sentenced an American oil executive to death in absentia for plotting a coup.",
    ["VENJUD>USABUS 116 occurred", "VENJUD>USABUS 173 occurred"],
  ],
  [
    "A Moscow court jailed a German citizen for five years on sabotage charges.",
    ["RUSJUD>DEUCVL 116 occurred", "RUSJUD>DEUCVL 173 occurred"],
  ],
  [
    "A Belarusian court handed a Polish activist an eight-year prison sentence for extremism.",
    ["BLRJUD>POLOPP 116 occurred", "BLRJUD>POLOPP 173 occurred"],
  ],
  // a conviction coded already: one 116, not two
  [
    "An Egyptian court convicted a British activist of spreading false news and sentenced him to five years in prison.",
    ["EGYJUD>GBROPP 116 occurred", "EGYJUD>GBROPP 173 occurred"],
  ],
  // the verdict keeps the sentence's status
  [
    "A Russian court could sentence the American journalist to 20 years in prison.",
    ["RUSJUD>USAMED 116 hypothetical", "RUSJUD>USAMED 173 hypothetical"],
  ],
  // must not fire: a penalty faced, a prosecutors' request, a sentence overturned, an acquittal
  ["The American journalist faces up to 20 years in prison if convicted by the Russian court.", []],
  ["Russian prosecutors asked a Moscow court to sentence the American journalist to 18 years in prison.", []],
  ["An Iranian appeals court overturned the prison sentence of a French tourist.", []],
  ["A Chinese court acquitted a Japanese businessman of espionage charges.", []],
  // must not fire: an arrest or a charge is no verdict
  ["Moscow arrested an American journalist on espionage charges.", ["RUSGOV>USAMED 173 occurred"]],
]);

realCases(
  "blockades by people only, a High Commission as a mission, strikes begun or joined (session 26, protest2)",
  "2024-06-05",
  [
    // people blockading a building or roads protest at their own government
    [
      "Serbian students blockaded the headquarters of the state broadcaster in Belgrade for two weeks.",
      ["SRBEDU>SRBGOV 144 occurred"],
    ],
    [
      "Bolivian farmers blocked highways around La Paz on Tuesday over fuel shortages.",
      ["BOLCVL>BOLGOV 144 occurred"],
    ],
    // a High Commission is the mission of its state, also when the crowd surrounds it
    [
      "Protesters in Karachi surrounded the British High Commission on Sunday to denounce arms sales to Israel.",
      ["PAKCVL>GBRGOV 141 occurred"],
    ],
    // a general or national strike begun or joined
    [
      "Nigerian labour unions began an indefinite general strike on Monday over the minimum wage.",
      ["NGALAB>NGAGOV 143 occurred"],
    ],
    // must not fire: a court, the police, a coast guard blocking something do not protest
    [
      "Peru's Constitutional Court blocked the extradition of a former president to the United States on Thursday.",
      [],
    ],
    [
      "Riot police blocked the road to the presidential palace in Caracas as opposition supporters marched toward it.",
      [],
    ],
    [
      "Chinese coast guard ships blocked a Philippine supply boat near Second Thomas Shoal on Sunday.",
      ["CHNCOP>PHL 170 occurred"],
    ],
    // must not fire: strikes launched by forces stay an attack
    ["Israeli jets launched strikes on southern Lebanon on Monday.", ["ISRMIL>LBNGOV 195 occurred"]],
  ],
);

realCases(
  "people and arms flown somewhere, names given to a person, votes on annexing (session 26, s39)",
  "2025-06-01",
  [
    // a build-up called a threat is criticism of its owner, no phone call
    [
      "Venezuela called the U.S. naval build-up in the Caribbean a threat to peace.",
      ["VENGOV>USAGOV 111 occurred"],
    ],
    // flying a person or survivors somewhere is no visit by the carrier
    [
      "Police in Manila arrested the former president on a court warrant, and the government flew him to the Netherlands.",
      ["PHLCOP>PHLELI 173 occurred"],
    ],
    ["Greek coast guards rescued the migrants and flew the survivors back to Libya.", []],
    // what a referendum is held on is no act done
    ["Venezuela held a referendum on annexing the disputed region claimed by Guyana.", []],
    // "calling him a ..." names the person; the condemnation is the only act
    [
      "Beijing condemned Taiwan's new President Lai Ching-te after his first speech in office, calling him a troublemaker.",
      ["CHNGOV>TWNGOV 111 occurred"],
    ],
    // must not fire: a phone call on a weekday and a leader flying to a capital keep their events
    [
      "Modi called Putin on Monday to discuss the war.",
      ["INDGOV>RUSGOV 041 occurred", "RUSGOV>INDGOV 041 occurred"],
    ],
    ["Zelensky flew to Washington on Thursday.", ["UKRGOV>USA 042 occurred"]],
  ],
);

realCases("claims called false and agentless incidents set off by a comma (session 26, s40)", "2025-05-12", [
  // a claim named as the object of a verdict that calls it false is denied (016) to the accuser
  [
    "Ghana accused Togo of harbouring rebels, and Lome called the accusation groundless.",
    ["GHAGOV>TGOGOV 112 occurred", "TGOGOV>GHAGOV 016 occurred"],
  ],
  [
    "Serbia accused Croatia of stirring unrest among its minority, and Zagreb called the charges a lie.",
    ["HRVGOV>SRBGOV 016 occurred", "SRBGOV>HRVGOV 112 occurred"],
  ],
  [
    "Egypt accused Ethiopia of filling the dam without consent, and Addis Ababa described the claim as false.",
    ["EGYGOV>ETHGOV 112 occurred", "ETHGOV>EGYGOV 016 occurred"],
  ],
  // a restated charge rejected as propaganda, slander or a fabrication is denied too
  [
    "Peru accused Bolivia of funding the protests, a charge La Paz rejected as propaganda.",
    ["BOLGOV>PERGOV 016 occurred", "PERGOV>BOLGOV 112 occurred"],
  ],
  // ", which killed" after an earthquake, a hurricane or floods: the incident killed, not the countries before it
  [
    "Japan and South Korea sent rescue teams to Turkey after the earthquake, which killed more than 4,000 people.",
    ["JPNGOV>TURGOV 073 occurred", "KORGOV>TURGOV 073 occurred"],
  ],
  [
    "Mexico and Guatemala flew relief supplies to Honduras after the hurricane, which killed 300 people.",
    ["GTMGOV>HNDGOV 073 occurred", "MEXGOV>HNDGOV 073 occurred"],
  ],
  [
    "Nepal thanked India for its help after the floods, which killed more than 200 people.",
    ["NPLGOV>INDGOV 051 occurred"],
  ],
  // must not fire: a decision called a sham stays criticism, a demand rejected as unacceptable stays a rejection,
  // a denial followed by "calling the claims fabricated" is one denial, and floods that displaced add nothing
  ["Chile called Argentina's decision to close the pass a sham.", ["CHLGOV>ARGGOV 111 occurred"]],
  [
    "Congo demanded that Rwanda withdraw its troops, and Kigali rejected the demand as unacceptable.",
    ["CODGOV>RWAGOV 106 demanded", "RWAGOV>CODGOV 1232 occurred"],
  ],
  [
    "Vietnam's foreign ministry denied Philippine reports of a naval buildup, calling the claims fabricated.",
    ["VNMGOV>PHL 016 occurred"],
  ],
  [
    "Kenya sent aid to Somalia after the floods, which displaced thousands of families.",
    ["KENGOV>SOMGOV 070 occurred"],
  ],
]);

realCases(
  "reducing relations: ties not continued, arms no longer sent, envoys kept away (session 27, reduce)",
  "2025-04-15",
  [
    // a tie in force not renewed or extended is reduced (160), only under a negation
    [
      "Honduras said on Tuesday it would not renew its membership of a regional energy pact with Venezuela, citing unpaid debts.",
      ["HNDGOV>VENGOV 160 scheduled"],
    ],
    [
      "Italy said it would not renew its participation in China's Belt and Road Initiative when the accord expires in March.",
      ["ITAGOV>CHN 160 scheduled"],
    ],
    // "no longer" taking part in a deal, sending weapons or mediating ends it (160, 1622, 165)
    [
      "Moscow said it would no longer take part in the gas transit arrangement with Kyiv, blaming damage to its pumping stations.",
      ["RUSGOV>UKRGOV 160 occurred"],
    ],
    [
      "Slovakia's prime minister said Bratislava would no longer send weapons to Ukraine from army stocks.",
      ["SVKGOV>UKRGOV 1622 occurred"],
    ],
    ["Poland was no longer sending weapons to Ukraine, Morawiecki said.", ["POLGOV>UKRGOV 1622 reported"]],
    [
      "Kenya said on Friday it would no longer mediate between Ethiopia and Somalia.",
      ["KENGOV>ETHGOV 165 occurred", "KENGOV>SOMGOV 165 occurred"],
    ],
    // an ambassador not returned keeps the recall (161), also after "said it would not", which 12.say-would-not-talk spans
    [
      "Mali said on Monday it would not return its ambassador to Algiers for now.",
      ["MLIGOV>DZAGOV 161 occurred"],
    ],
    // sanctions renewed; transactions barred
    [
      "The European Union renewed sanctions on Iran's Revolutionary Guards for another year.",
      ["IGOEUREEC>IRNMIL 163 occurred"],
    ],
    [
      "The U.S. Treasury barred transactions with two Iranian currency exchanges on Thursday.",
      ["USAGOV>IRN 163 occurred"],
    ],
    // a grid disconnected from a shared system: each country of a coordinated demonym pair (160)
    [
      "Moldova disconnected its electricity grid from the Russian and Belarusian networks on Sunday.",
      ["MDAGOV>BLR 160 occurred", "MDAGOV>RUS 160 occurred"],
    ],
    // a reduction naming no one joins the one before it: aimed at that act's target, not at the first reducer
    [
      "Ghana cut diplomatic ties with Niger on Monday, and Togo and Benin recalled their ambassadors for consultations.",
      ["BENGOV>NERGOV 161 occurred", "GHAGOV>NERGOV 161 occurred", "TGOGOV>NERGOV 161 occurred"],
    ],
    // must not change: an answer to a reduction aimed at the answerer's own country stays aimed at its author
    [
      "China imposed sanctions on Lithuania, and Lithuania recalled its ambassador.",
      ["CHNGOV>LTUGOV 163 occurred", "LTUGOV>CHNGOV 161 occurred"],
    ],
    ["Ukraine synchronised its power grid with the European network on Sunday.", []],
    // must not fire: an envoy not sent to an event, a plain "would not take part" (may refuse a new deal), troops not
    // sent (the negated deployment only), an ambassador returned, and an agreement renewed (057, not 160)
    ["Brazil did not send its ambassador to the inauguration of Venezuela's president.", []],
    ["Hungary said it would not take part in a new energy initiative with Ukraine.", []],
    ["Slovakia said it would not send troops to Ukraine.", ["SVKGOV>UKRGOV 074 negated"]],
    ["Mali returned its ambassador to Algiers on Monday after the dispute was settled.", []],
    [
      "Chile renewed its membership of the Pacific fisheries pact with Peru.",
      ["CHLGOV>PERGOV 057 occurred", "PERGOV>CHLGOV 057 occurred"],
    ],
  ],
);

realCases(
  "exchanges of fire, armed forces' participles, weapons intercepted (session 27, fight8)",
  "2025-06-20",
  [
    // an exchange of fire or a shootout named as a noun with or between named forces is a fight both ways
    [
      "A Lebanese soldier was killed in an exchange of fire with Israeli troops near the border town of Kfar Kila.",
      ["ISRMIL>LBNMIL 190 occurred", "LBNMIL>ISRMIL 190 occurred"],
    ],
    [
      "Exchanges of fire between Thai and Cambodian troops continued for a third day on Sunday.",
      ["KHMMIL>THAMIL 190 occurred", "THAMIL>KHMMIL 190 occurred"],
    ],
    [
      "Two Afghan border guards died in a shootout with Iranian forces near the Islam Qala crossing.",
      ["AFGCOP>IRNMIL 190 occurred", "IRNMIL>AFGCOP 190 occurred"],
    ],
    // an act of force at a participle right after an armed force's object phrase is that force's own act
    [
      "Romanian jets shot down two Russian drones crossing the country's airspace overnight.",
      ["ROUMIL>RUSMIL 195 occurred", "RUSMIL>ROUGOV 192 occurred"],
    ],
    // "intercepted them" names the weapons of the last act of force, past an act of another root in between
    [
      "Iran fired missiles at a U.S. base in Syria hours after accusing Washington of aggression, and Jordan said its air defences had intercepted most of them.",
      ["IRNGOV>USAGOV 1123 occurred", "IRNGOV>USAMIL 195 occurred", "JORMIL>IRNGOV 190 occurred"],
    ],
    [
      "The Houthis launched drones at Israel after praising Hamas, and Egypt said its air defences had intercepted them.",
      ["EGYMIL>YEMREB 190 occurred", "YEMREB>ISR 195 occurred", "YEMREB>PSEREB 051 occurred"],
    ],
    // must not fire: an exchange of fire with no named party, people who are no armed force, a place before the
    // participle
    ["Six attackers died in the exchange of fire, the army said.", []],
    [
      "Polish border guards detained two Belarusian men crossing the border illegally.",
      ["POLCOP>BLRCVL 173 occurred"],
    ],
    [
      "Israel carried out an air strike in Doha targeting Hamas leaders.",
      ["ISRGOV>PSEREB 190 occurred", "ISRGOV>QAT 195 occurred"],
    ],
  ],
);

realCases(
  "targets carried from an earlier clause, co-agents of a noun event (session 27, carry)",
  "2025-06-10",
  [
    // a clause reducing relations with no target, after another's act of the same root: that act's target
    [
      "Nicaragua severed diplomatic relations with the Netherlands on Monday, and Honduras and Guatemala recalled their ambassadors for consultations.",
      ["GTMGOV>NLDGOV 161 occurred", "HNDGOV>NLDGOV 161 occurred", "NICGOV>NLDGOV 161 occurred"],
    ],
    [
      "Peru broke off diplomatic relations with Venezuela after the disputed vote, and Argentina and Uruguay recalled their ambassadors for consultations.",
      ["ARGGOV>VENGOV 161 occurred", "PERGOV>VENGOV 161 occurred", "URYGOV>VENGOV 161 occurred"],
    ],
    // must not change: a recall after an act aimed at the recaller's country answers its author; another root
    // answers the agent
    [
      "France imposed new sanctions on Iran on Friday, and Tehran recalled its ambassador for consultations.",
      ["FRAGOV>IRNGOV 163 occurred", "IRNGOV>FRAGOV 161 occurred"],
    ],
    [
      "Russia expelled two Latvian diplomats on Thursday, and Latvia recalled its ambassador for consultations.",
      ["LVAGOV>RUSGOV 161 occurred", "RUSGOV>LVAGOV 166 occurred"],
    ],
    [
      "Bolivia cut diplomatic ties with Israel on Tuesday, and Chile condemned the decision.",
      ["BOLGOV>ISRGOV 161 occurred", "CHLGOV>BOLGOV 111 occurred"],
    ],
    // an actor split off after "and" from the agent of "criticism from" is a co-agent, not the target
    [
      "Tunisia jailed three opposition leaders on Monday, drawing criticism from the United Nations and EU foreign policy chief Kaja Kallas.",
      ["IGOEUREEC>TUNGOV 111 occurred", "IGOUNO>TUNGOV 111 occurred", "TUNGOV>TUNOPP 173 occurred"],
    ],
    [
      "Guinea's junta dissolved the electoral commission, drawing criticism from the African Union and ECOWAS chair Nigeria.",
      ["IGOAFRAFU>GINMIL 111 occurred", "NGAGOV>GINMIL 111 occurred"],
    ],
    [
      "Iran deported thousands of Afghan migrants in June, drawing criticism from the Taliban administration in Kabul and the United Nations.",
      ["AFGGOV>IRNGOV 111 occurred", "IGOUNO>IRNGOV 111 occurred", "IRNGOV>AFGREF 201 occurred"],
    ],
    // must not fire: the actor after "and" has a verb of its own
    [
      "Serbia signed a long-term gas deal with Russia, drawing criticism from the European Union and angering Kyiv.",
      ["IGOEUREEC>SRBGOV 111 occurred", "RUSGOV>SRBGOV 057 occurred", "SRBGOV>RUSGOV 057 occurred"],
    ],
  ],
);

describe("meetings implied by a joint act in a named place (session 27, jointmeet)", () => {
  it.each<[string, string, string[]]>([
    // a pair agreeing in one party's capital: the guest's visit (042) to the host
    [
      "Brazilian President Luiz Inacio Lula da Silva and Chinese President Xi Jinping agreed in Brasilia on Wednesday to expand cooperation on trade and infrastructure.",
      "2024-11-20",
      ["BRAGOV>CHNGOV 0311 occurred", "CHNGOV>BRAGOV 0311 occurred", "CHNGOV>BRAGOV 042 occurred"],
    ],
    // in a third country: a meeting there (044) both ways, for persons (states only with talks named: session 32)
    [
      "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping agreed in Kazan to restore border patrol arrangements along their disputed frontier.",
      "2024-10-23",
      [
        "CHNGOV>INDGOV 030 occurred",
        "CHNGOV>INDGOV 044 occurred",
        "INDGOV>CHNGOV 030 occurred",
        "INDGOV>CHNGOV 044 occurred",
      ],
    ],
    // states agreeing in a place with no talks named: the place alone is no meeting (session 32, agree; w19-224, w50-028)
    [
      "The United States and China agreed in Geneva on Monday to cut their tariffs on each other's goods for 90 days.",
      "2025-05-12",
      ["CHNGOV>USAGOV 0354 occurred", "USAGOV>CHNGOV 0354 occurred"],
    ],
    // a finite signing with a person named after "with", in that person's country: the signer's visit
    [
      "Japanese Prime Minister Fumio Kishida signed a defence cooperation agreement with Philippine President Ferdinand Marcos Jr. in Manila on Saturday.",
      "2023-11-04",
      ["JPNGOV>PHLGOV 042 occurred", "JPNGOV>PHLGOV 057 occurred", "PHLGOV>JPNGOV 057 occurred"],
    ],
    // must not fire: a compound subject's signing in a capital, the place of the object ("a plan for homes in Gaza"),
    // a host coded, a summit's place, and a signing in a relative clause
    [
      "Japan and the Philippines signed a reciprocal troop access pact in Manila on Monday.",
      "2024-07-08",
      ["JPNGOV>PHLGOV 057 occurred", "PHLGOV>JPNGOV 057 occurred"],
    ],
    [
      "Putin and Kim Jong Un signed a partnership treaty in Pyongyang on Wednesday.",
      "2024-06-19",
      ["PRKGOV>RUSGOV 057 occurred", "RUSGOV>PRKGOV 057 occurred"],
    ],
    [
      "Egypt and Jordan agreed on Tuesday to a joint reconstruction plan for homes in Gaza.",
      "2025-01-20",
      ["EGYGOV>JORGOV 057 occurred", "JORGOV>EGYGOV 057 occurred"],
    ],
    [
      "Ethiopia and Somalia agreed in Ankara to restore diplomatic ties, in talks hosted by Turkish President Tayyip Erdogan.",
      "2024-12-18",
      [
        "ETHGOV>SOMGOV 032 occurred",
        "SOMGOV>ETHGOV 032 occurred",
        "TURGOV>ETHGOV 043 occurred",
        "TURGOV>SOMGOV 043 occurred",
      ],
    ],
    [
      "Modi and Canadian Prime Minister Mark Carney agreed at the G7 summit in Kananaskis to restore their high commissioners.",
      "2025-06-17",
      ["CANGOV>INDGOV 030 occurred", "INDGOV>CANGOV 030 occurred"],
    ],
    [
      "Lula, who signed a trade accord with Chinese President Xi Jinping in Beijing last year, criticised the European Union's new deforestation rules.",
      "2024-06-20",
      ["BRAGOV>CHNGOV 057 occurred", "BRAGOV>IGOEUREEC 111 occurred", "CHNGOV>BRAGOV 057 occurred"],
    ],
  ])("%s", (text, date, expected) => {
    expect(withRealActors(text, date)).toEqual(expected);
  });
});

realCases("forecasts of a risk and offers turned down (session 27, fpmix)", "2025-05-12", [
  // a warning whose clause has no actor for subject, "could/may/might" and no condition forecasts a risk: no threat,
  // and the acts it names are not coded either
  [
    "The head of the International Monetary Fund warned on Tuesday that a prolonged trade war between Japan and China could cut global growth by half a percentage point.",
    [],
  ],
  [
    "Norway's foreign minister urged India and Pakistan to resume talks, warning that a single incident along the Line of Control could spark a wider conflict.",
    ["NORGOV>INDGOV 026 occurred", "NORGOV>PAKGOV 026 occurred"],
  ],
  [
    "The UN refugee agency warned that a sudden cut in funding could leave millions of Afghans without food this winter.",
    [],
  ],
  // an offer turned down names no one after it: what it proposes is no target
  [
    "Qatar and Oman rejected President Trump's proposal to take control of Yemen's ports.",
    ["OMNGOV>USAGOV 120 occurred", "QATGOV>USAGOV 120 occurred"],
  ],
  // must not fire: the speaker's own country or a pronoun before the modal, or a condition, keeps the threat; an
  // offer turned down by the country its words name stays the offerer's 03 to it
  [
    "Russia's defence minister warned that Moscow could strike weapons depots in Poland that supply Ukraine.",
    ["RUSGOV>POL 1384 threatened"],
  ],
  [
    "Pakistan warned that it could close its airspace to Indian airlines if New Delhi suspended the water treaty.",
    ["INDGOV>PAKGOV 160 hypothetical", "PAKGOV>IND 1381 threatened"],
  ],
  [
    "Trump warned that military action could follow if Iran refused to negotiate.",
    ["IRNGOV>USAGOV 125 hypothetical", "USAGOV>IRNGOV 130 threatened"],
  ],
  [
    "Kyiv rejected a Russian proposal for a ceasefire in eastern Ukraine, saying Moscow would use the pause to regroup.",
    ["RUS>UKR 030 occurred", "UKRGOV>RUS 120 occurred"],
  ],
]);

describe("false meetings: a compound subject meeting one partner, a listed meeting's outsider, forces or things received (session 27, meetfp)", () => {
  it.each<[string, string, string[]]>([
    // a compound subject that meets a partner in the slot meets that partner, not one another, nor through "to discuss"
    [
      "Kenyan President William Ruto and Ugandan President Yoweri Museveni met Chinese President Xi Jinping on Thursday to discuss railway financing.",
      "2024-09-05",
      [
        "CHNGOV>KENGOV 040 occurred",
        "CHNGOV>UGAGOV 040 occurred",
        "KENGOV>CHNGOV 040 occurred",
        "UGAGOV>CHNGOV 040 occurred",
      ],
    ],
    [
      "The foreign ministers of Japan and South Korea held talks with Secretary of State Antony Blinken on Wednesday.",
      "2023-11-08",
      [
        "JPNGOV>USAGOV 040 occurred",
        "KORGOV>USAGOV 040 occurred",
        "USAGOV>JPNGOV 040 occurred",
        "USAGOV>KORGOV 040 occurred",
      ],
    ],
    // a summit that lists its parties after "of" is theirs: the one who condemns it is no party
    [
      "Pyongyang condemned the trilateral summit of the United States, Japan and South Korea at Camp David, calling it a war rehearsal.",
      "2023-08-20",
      [
        "JPNGOV>KORGOV 044 occurred",
        "JPNGOV>USAGOV 044 occurred",
        "KORGOV>JPNGOV 044 occurred",
        "KORGOV>USAGOV 044 occurred",
        "PRKGOV>JPNGOV 111 occurred",
        "PRKGOV>KORGOV 111 occurred",
        "PRKGOV>USAGOV 111 occurred",
        "USAGOV>JPNGOV 044 occurred",
        "USAGOV>KORGOV 044 occurred",
      ],
    ],
    // must not fire: troops or police hosted or received, credentials and answers received are no visitor hosted
    [
      "Djibouti, which has hosted French troops since independence, signed a trade agreement with Ethiopia on Monday.",
      "2024-01-15",
      ["DJIGOV>ETHGOV 057 occurred", "ETHGOV>DJIGOV 057 occurred"],
    ],
    ["Vanuatu said it had received a team of Chinese police officers last month.", "2023-05-10", []],
    [
      "The Afghan foreign minister received the credentials of the new Chinese ambassador in Kabul on Friday.",
      "2024-01-30",
      [],
    ],
    [
      "Fiji said it had yet to receive answers from China about the fishing vessels seized in its waters.",
      "2024-03-01",
      [],
    ],
    [
      "Solomon Islands Prime Minister Jeremiah Manele will visit China next month after receiving an invitation from Premier Li Qiang.",
      "2024-06-25",
      ["CHNGOV>SLBGOV 036 occurred", "SLBGOV>CHN 042 scheduled"],
    ],
    // must still fire: a leader received at a palace is hosted
    [
      "Indonesian President Prabowo Subianto received Australian Prime Minister Anthony Albanese at the presidential palace in Jakarta.",
      "2025-05-15",
      ["IDNGOV>AUSGOV 043 occurred"],
    ],
  ])("%s", (text, date, expected) => {
    expect(withRealActors(text, date)).toEqual(expected);
  });
});

realCases(
  "warrants sought, court orders and rulings, bars from travel, office or work (session 27, legal)",
  "2025-05-20",
  [
    // a prosecutor asking judges to issue a warrant seeks it: 1124 over an atrocity, 112 otherwise
    [
      "The ICC prosecutor asked the court's judges to issue arrest warrants for two senior Taliban officials over the persecution of women and girls.",
      ["IGOINTICC>AFGGOV 1124 occurred"],
    ],
    [
      "Prosecutors in Buenos Aires asked a federal judge for an arrest warrant for a former Venezuelan interior minister.",
      ["ARGJUD>VENELI 112 occurred"],
    ],
    // ordering a party to compensate or to pay a fine finds it liable (116), not a demand
    [
      "A Seoul court ordered a Japanese shipbuilder to compensate five Koreans who were forced to work at its yards during the war.",
      ["KORJUD>JPN 116 occurred"],
    ],
    [
      "The European Court of Justice ordered Poland to pay a fine of one million euros a day over its judicial reforms.",
      ["IGOEUREEC>POLGOV 116 occurred"],
    ],
    // a party's decision or presence ruled unlawful (116), said to be unlawful (112)
    [
      "Kenya's High Court ruled on Tuesday that the government's decision was unconstitutional, in a blow to President William Ruto.",
      ["KENJUD>KENGOV 116 occurred"],
    ],
    [
      "The International Court of Justice said in an advisory opinion that Israel's presence in the West Bank was unlawful.",
      ["IGOUNOICJ>ISRGOV 112 occurred"],
    ],
    // barred from flying or coming to a country (172); airlines barred from flying over one restrict movement (191)
    [
      "Nicaraguan authorities barred two Costa Rican lawmakers from flying to Managua to observe the trial of a bishop.",
      ["NICGOV>CRILEG 172 occurred"],
    ],
    [
      "Hungary barred two Ukrainian lawmakers from coming to Budapest on Friday.",
      ["HUNGOV>UKRLEG 172 occurred"],
    ],
    [
      "Britain barred its airlines from flying over Sudan for a month after fighting spread to Khartoum airport.",
      ["GBRGOV>SDNGOV 191 occurred"],
    ],
    // barred from running for office (1722); a body's staff barred from working refuses the body (172)
    [
      "A court in Abidjan barred former President Laurent Gbagbo from running in the presidential election.",
      ["CIVJUD>CIVELI 1722 occurred"],
    ],
    ["The Taliban barred female UN staff from working in the country.", ["AFGGOV>IGOUNO 172 occurred"]],
    // must not fire: a plan ruled lawful is no verdict, and an order to halt stays a demand
    [
      "A Kenyan court ruled that the government's plan to deploy police officers to Haiti could go ahead.",
      [],
    ],
    [
      "The International Court of Justice ordered Israel to halt its offensive in Rafah.",
      ["IGOUNOICJ>ISRGOV 100 demanded"],
    ],
  ],
);

realCases("verdicts in a free relative beside another clause (session 27, label)", "2025-03-10", [
  // a pronoun judge after a trailing sayer judges the act reported before it
  [
    "Two Chinese coast guard ships sailed into Japanese waters near the Senkaku Islands, the Japanese coast guard said, in what it called a deliberate provocation.",
    ["CHNCOP>JPN 192 reported", "JPNCOP>CHNCOP 111 occurred"],
  ],
  // "defend the country against", "to protest", "in protest at", "in response to" what it called: the thing opposed,
  // whose agent follows "from" or is the target of the judge's own act
  [
    "Venezuela put its armed forces on alert to defend the country against what it called aggression from Washington.",
    ["VENGOV>USAGOV 111 occurred", "VENGOV>USAGOV 152 occurred"],
  ],
  [
    "Poland summoned the Belarusian charge d'affaires to protest what Warsaw called a provocation.",
    ["POLGOV>BLRGOV 111 occurred", "POLGOV>BLRGOV 114 occurred"],
  ],
  [
    "Mali recalled its ambassador from Algiers in protest at what it called a declaration of war.",
    ["MLIGOV>DZAGOV 111 occurred", "MLIGOV>DZAGOV 161 occurred"],
  ],
  [
    "Iran staged naval drills in the Gulf in response to what it called threats from Washington.",
    ["IRNGOV>USAGOV 111 occurred", "IRNGOV>USAGOV 150 occurred"],
  ],
  // must not fire: the judge's own side, no actor opposed, a domestic arrest
  [
    "Israeli troops raided a town in the West Bank, the army said, in what it called a counterterrorism operation.",
    ["ISRMIL>PSE 190 occurred"],
  ],
  ["Vietnam sent coast guard ships to protect its fishermen against what it called illegal fishing.", []],
  [
    "Ecuador's police detained three men in Quito, the interior ministry said, in what it called a major blow to organised crime.",
    ["ECUCOP>ECUCVL 173 occurred"],
  ],
]);

realCases("member-list asides, warships sent in a warning, summits skipped (session 27, s41)", "2025-06-20", [
  // a member list closed by a comma that names an actor is an aside: a later noun act takes the clause's subject
  [
    "Belarus released 18 detainees, among them Latvian and Estonian citizens, after talks in Minsk with a U.S. delegation, and Washington eased sanctions on the country's potash industry.",
    [
      "BLRGOV>ESTCVL 0841 occurred",
      "BLRGOV>LVACVL 0841 occurred",
      "BLRGOV>USAGOV 040 occurred",
      "USAGOV>BLRGOV 040 occurred",
      "USAGOV>BLRGOV 085 occurred",
    ],
  ],
  [
    "Venezuela freed ten prisoners, including three Colombian nationals, after talks with U.S. officials in Caracas.",
    ["USAGOV>VENGOV 040 occurred", "VENGOV>COLCVL 0841 occurred", "VENGOV>USAGOV 040 occurred"],
  ],
  // warships sent in a warning to a party are a show of force at it
  [
    "The Pentagon ordered the USS Dwight D. Eisenhower carrier strike group to the Gulf of Oman on Friday in a warning to Iran not to close the Strait of Hormuz.",
    ["USAMIL>IRNGOV 150 occurred"],
  ],
  // a summit skipped or stayed away from in a named place is a visit not made; a boycott stays 125
  [
    "Azerbaijani President Ilham Aliyev skipped the regional summit in Yerevan on Thursday and sent a deputy prime minister instead.",
    ["AZEGOV>ARM 042 negated"],
  ],
  [
    "Slovak Prime Minister Robert Fico stayed away from the regional forum in Warsaw, officials said.",
    ["SVKGOV>POL 042 negated"],
  ],
  ["Lithuania boycotted the security conference in Minsk.", ["LTUGOV>BLR 125 occurred"]],
  // must not fire: a member list naming no actor, a strike group in port, a deployment in a show of support, a place
  // inside a conference's topic
  [
    "Rescuers pulled 30 survivors, including several children, from the rubble after talks with local officials in Antakya.",
    [],
  ],
  ["The USS Nimitz and its strike group docked in Busan on Tuesday for a scheduled port call.", []],
  [
    "The Japanese navy sent a destroyer to the Gulf of Aden in a show of support for commercial shipping.",
    [],
  ],
  ["Several ministers skipped a conference on the war in Sudan held in London.", []],
]);

realCases(
  "wire-dev42 round: shadowing and monitoring forces, disputes settled through talks, restated acts said to stoke tensions or to have outraged (session 27, s42)",
  "2024-06-12",
  [
    // a force shadowing another's craft shows force to it (the craft noun sits inside the target's mention)
    [
      "Chinese jets shadowed a Vietnamese patrol plane over the Gulf of Tonkin on Tuesday.",
      ["CHNMIL>VNMMIL 150 occurred"],
    ],
    // craft sent to monitor another's forces show force to them
    [
      "Manila said it had dispatched two frigates to monitor the Chinese flotilla near the shoal.",
      ["PHLGOV>CHN 150 occurred"],
    ],
    // settling a dispute through talks is the intent to settle it, no meeting
    [
      "Cambodia's prime minister said on Friday his government would settle the border row with Thailand through negotiations.",
      ["KHMGOV>THAGOV 037 scheduled"],
    ],
    // a restated act said to stoke tensions, or to have outraged the speaker, judges its author
    [
      "Azerbaijan expelled two French diplomats on Monday, a move Paris said would stoke tensions between the two countries.",
      ["AZEGOV>FRAGOV 166 occurred", "FRAGOV>AZEGOV 111 occurred"],
    ],
    [
      "A court in Minsk jailed a Lithuanian journalist for six years on Friday, a sentence Vilnius said had outraged the country.",
      ["BLRJUD>LTUMED 116 occurred", "BLRJUD>LTUMED 173 occurred", "LTUGOV>BLRJUD 111 occurred"],
    ],
    // must not fire: observers sent to monitor a vote, outrage with no restated act, a shadow that is a noun
    ["The junta invited African Union observers to monitor the vote in the capital.", []],
    ["Lithuania's foreign minister said the sentence had outraged her.", []],
    ["Georgia's president said the election would take place in the shadow of the war.", []],
  ],
);

describe("possessive pronouns bound to their clause's subject (session 27, pronoun)", () => {
  it.each([
    // "its" after "hours after" is the governing clause's subject's, not the "that" clause's subject before the comma
    [
      "Beijing demanded that Manila halt its resupply missions to Second Thomas Shoal, hours after its personnel boarded two Philippine navy boats near the reef.",
      ["CHNGOV>PHLGOV 100 demanded", "CHNMIL>PHLMIL 170 occurred"],
    ],
    [
      "Tokyo demanded that Beijing release the detained fishermen, a day after its coast guard seized a Chinese trawler near the Senkaku Islands.",
      ["JPNCOP>CHN 1711 occurred", "JPNGOV>CHNGOV 1053 demanded"],
    ],
    // must still fire: after ", and" the owner is that clause's subject, not the sentence's first
    [
      "Armenian troops shelled Azerbaijani villages overnight, and Azerbaijan lodged a protest with Yerevan after its army detained two Armenian soldiers.",
      ["ARMMIL>AZE 194 occurred", "AZEGOV>ARMGOV 114 occurred", "AZEGOV>ARMMIL 173 occurred"],
    ],
    // must not fire: a person's "its" is not the person's country; "Tokyo said its coast guard would keep patrolling"
    [
      "Vietnamese President To Lam accused China of bullying after its coast guard ships sailed near the Paracel Islands.",
      ["VNMGOV>CHNGOV 1123 occurred"],
    ],
    [
      "Seoul summoned the Japanese ambassador, and Tokyo said its coast guard would keep patrolling near the islands.",
      ["KORGOV>JPNGOV 114 occurred"],
    ],
  ])("%s", (text, expected) => {
    expect(withRealActors(text, "2024-06-18")).toEqual(expected);
  });
});

realCases(
  "verdicts: a failure said or found, a case joined, a partitive accused, an act named with its agent after 'by' (session 28, verdict)",
  "2025-03-12",
  [
    // saying another had failed to do its duty judges it (111); a court finding it accuses (112)
    [
      "Denmark froze development funding to Mozambique on Tuesday, saying Maputo had failed to explain how earlier loans were spent.",
      ["DNKGOV>MOZGOV 111 occurred", "DNKGOV>MOZGOV 1621 occurred"],
    ],
    [
      "The World Health Organization said Beijing had repeatedly failed to share data on the early spread of the virus.",
      ["IGOUNOWHO>CHNGOV 111 occurred"],
    ],
    [
      "The International Court of Justice found that Albania had failed to meet its obligations under the convention.",
      ["IGOUNOICJ>ALBGOV 112 occurred"],
    ],
    // joining or intervening in a case against a party is the joiner's own legal complaint (115)
    [
      "Chile said on Tuesday it would join Nicaragua's case against Germany at the International Court of Justice.",
      ["CHLGOV>DEUGOV 115 scheduled", "NICGOV>DEUGOV 115 occurred"],
    ],
    [
      "Colombia applied to intervene in the genocide case against Israel at the World Court.",
      ["COLGOV>ISRGOV 115 occurred"],
    ],
    // a count and "of" in the accusation's slot is part of the plural people named before, not the actor in the charge
    [
      "Algeria expelled more than 300 Malians last week, accusing some of smuggling weapons to rebel groups.",
      ["DZAGOV>MLI 1121 occurred", "DZAGOV>MLI 174 occurred"],
    ],
    [
      "Lebanese authorities detained 40 Syrians in Tripoli, accusing many of them of spying for Israel.",
      ["LBNGOV>SYR 1125 occurred", "LBNGOV>SYR 173 occurred"],
    ],
    // a reaction to an act named with its agent after "by" is aimed at that agent
    ["Beijing objected to remarks by Japan's defence minister on Taiwan.", ["CHNGOV>JPNGOV 110 occurred"]],
    [
      "Vietnam condemned drills by Chinese warships near the Paracel Islands.",
      ["VNMGOV>CHNMIL 111 occurred"],
    ],
    // must not fire: one's own failure, a failure of an unnamed "partner" (no verdict on the actor named after it), a passive
    ["Ghana said it had failed to meet the deadline for repaying its bondholders.", []],
    [
      "New Zealand cut funding to the Cook Islands, saying its Pacific partner had failed to consult Wellington.",
      ["NZLGOV>COKGOV 1621 occurred"],
    ],
    ["The decision was condemned by the European Union and Britain.", []],
  ],
);

realCases("calls told in, hotlines and events attended abroad (session 28, consult)", "2025-06-20", [
  // the object of "told" before "in a … phone call" is the caller's partner, also when read as the call's own source
  [
    "Putin told Chinese President Xi Jinping in a two-hour phone call that Russia valued its partnership with Beijing.",
    ["CHNGOV>RUSGOV 041 occurred", "RUSGOV>CHNGOV 041 occurred"],
  ],
  [
    "Erdogan told German Chancellor Friedrich Merz in a 90-minute phone call that the fighting in Gaza had to stop.",
    ["DEUGOV>TURGOV 041 occurred", "TURGOV>DEUGOV 041 occurred"],
  ],
  // talks over a hotline are a phone call
  [
    "India and Pakistan held talks by hotline on Tuesday, the Indian army said.",
    ["INDGOV>PAKGOV 041 occurred", "PAKGOV>INDGOV 041 occurred"],
  ],
  // a parade, ceremony or celebration attended in a named place is a visit to its host
  [
    "Vietnamese President To Lam attended a military parade in Moscow on Friday.",
    ["VNMGOV>RUS 042 occurred"],
  ],
  [
    "Armenian Prime Minister Nikol Pashinyan did not attend the independence day celebrations in Minsk, his office said.",
    ["ARMGOV>BLR 042 negated"],
  ],
  // must not fire: no actor told, a hotline with no talks, an event in one's own country
  ["Erdogan told reporters in a briefing on Monday that Turkey would buy Eurofighter jets.", []],
  ["South Korea said the inter-Korean hotline had been silent since April.", []],
  ["Putin attended a military parade in Moscow on Friday.", []],
]);

realCases(
  "demands inside protests, calls for an inquiry, acts declared void (session 28, demand)",
  "2025-01-20",
  [
    // a protest whose own words demand a leader's resignation is also that demand (1041 beside the 1411)
    [
      "Thousands of protesters rallied in Belgrade on Sunday to demand the resignation of Prime Minister Milos Vucevic over the deadly canopy collapse.",
      ["SRBCVL>SRBGOV 1041 demanded", "SRBCVL>SRBGOV 1411 occurred"],
    ],
    [
      "Hundreds of students marched in Tbilisi to demand Irakli Kobakhidze's resignation after the government froze talks on joining the European Union.",
      ["GEOEDU>GEOGOV 1041 demanded", "GEOEDU>GEOGOV 1411 occurred", "GEOGOV>IGOEUREEC 164 occurred"],
    ],
    // a call for an inquiry demands it of the one whose conduct is to be investigated (101), each caller
    [
      "The European Union called for an investigation into reports of vote buying in Moldova's presidential election.",
      ["IGOEUREEC>MDA 101 demanded"],
    ],
    [
      "Britain and Canada called for an independent inquiry into the shooting of a journalist by Israeli troops in the West Bank.",
      ["CANGOV>ISRMIL 101 demanded", "GBRGOV>ISRMIL 101 demanded"],
    ],
    // another's act said to be void is rejected (120), aimed at its author, not at the thing named
    [
      "The International Criminal Court issued an arrest warrant for Myanmar junta chief Min Aung Hlaing, and the junta said the court's decision was void.",
      ["IGOINTICC>MMRGOV 173 occurred", "MMRMIL>IGOINTICC 120 occurred"],
    ],
    // must not fire: a resignation no one demands, an inquiry no one calls for, a contract void with no act before
    ["Analysts said the resignation of the prime minister was unlikely to end the protests.", []],
    ["Canada's foreign minister said the investigation into the crash was continuing.", []],
    ["The court said the contract was void because the company had not paid its taxes.", []],
  ],
);

describe("forces led by a named group, sieges ordered or owned, atrocities a finding establishes (session 28, fight9)", () => {
  it.each([
    // unplaced fighters "led by" a group belong to its country
    [
      "Rebels led by Hayat Tahrir al-Sham seized the city of Hama on Thursday after days of heavy fighting.",
      "2024-12-05",
      ["SYRREB>SYR 192 occurred"],
    ],
    [
      "Militants led by the Pakistani Taliban stormed a police station in the town of Bannu on Tuesday.",
      "2024-12-05",
      ["PAKREB>PAK 190 occurred"],
    ],
    // ordering or tightening a siege imposes it; "their siege of" a place of the owner's own country
    [
      "Russia's defence minister ordered a full blockade of the port of Odesa on Monday.",
      "2024-12-05",
      ["RUSGOV>UKR 191 occurred"],
    ],
    [
      "The Rapid Support Forces continued their siege of El Fasher on Friday as food ran out in the city.",
      "2024-12-05",
      ["SDNREB>SDN 191 occurred"],
    ],
    // a finding codes the chemical attack it establishes too, reported
    [
      "The United States concluded that Russia had used chemical weapons against Ukrainian troops.",
      "2024-05-02",
      ["RUSGOV>UKRMIL 2041 reported", "USAGOV>RUSGOV 112 occurred"],
    ],
    // an armed operation launched against another, or one of scale in another's territory
    [
      "Turkish troops launched a major operation in northern Iraq's Duhok province on Monday.",
      "2024-06-10",
      ["TURMIL>IRQGOV 190 occurred"],
    ],
    [
      "The Nigerian army launched an operation against Boko Haram in Borno state on Friday.",
      "2024-06-10",
      ["NGAMIL>NGAREB 190 occurred"],
    ],
    // must not fire: a leader with no country, a led noun that is no force, a siege with no agent, a rescue
    // operation, a finding of an act that is not `established` (the finding only), a finding of genocide
    [
      "A UN commission of inquiry concluded that Israel had committed genocide in Gaza.",
      "2025-09-16",
      ["IGOUNO>ISRGOV 090 occurred", "IGOUNO>ISRGOV 112 occurred"],
    ],
    ["China launched a rescue operation in Turkey after the earthquake.", "2024-06-10", []],
    ["Rebels led by a former army officer seized the town on Sunday.", "2024-12-05", []],
    ["Talks led by Qatar ended without agreement on Tuesday.", "2024-12-05", []],
    ["The UN envoy called for an end to the siege.", "2024-12-05", []],
    [
      "The European Union concluded that Russia had attacked Ukrainian troops near Bakhmut.",
      "2024-05-02",
      ["IGOEUREEC>RUSGOV 112 occurred"],
    ],
  ])("%s", (text, date, expected) => {
    expect(withRealActors(text, date)).toEqual(expected);
  });
});

realCases(
  "roots 16 and 17: pronoun objects, protest tolls, owned crackdowns, relative tariffs, accession talks (session 28, coerce)",
  "2025-06-20",
  [
    // a domestic arrest whose object is a person's pronoun is kept beside the other acts, on the person named before
    [
      "Netanyahu flew to Budapest for a state visit, and Hungarian authorities did not arrest him despite the court's warrant.",
      ["HUNGOV>ISRGOV 173 negated", "ISRGOV>HUN 042 occurred"],
    ],
    // a count of people killed during protests is their repression, not a mass killing
    [
      "Kenyan police killed more than 60 people during protests against tax rises, a rights group said.",
      ["KENCOP>KEN 175 reported"],
    ],
    // "several of them" arrested is a part of the crowd named before
    [
      "Farmers blocked roads into Warsaw with tractors, and police detained several of them.",
      ["POLCOP>POL 173 occurred", "POLCVL>POLGOV 144 occurred"],
    ],
    // a crackdown with its own agent is coded inside another act's words, on the agent's own people
    [
      "The UN human rights chief said Belarus's crackdown on protesters amounted to crimes against humanity.",
      ["BLRGOV>BLR 175 reported", "IGOUNO>BLRGOV 1124 occurred"],
    ],
    // a relative clause on a tariff noun names the measure's author and target
    [
      "Ottawa condemned the 25 percent tariffs Washington imposed on Canadian steel.",
      ["CANGOV>USAGOV 111 occurred", "USAGOV>CAN 163 occurred"],
    ],
    // accession talks halted by the applicant reduce relations with the bloc
    ["Serbia's government suspended EU accession talks on Friday.", ["SRBGOV>IGOEUREEC 164 occurred"]],
    // must not fire: an infinitive arrest of "him", a toll of no protest, a fine imposed on no actor
    [
      "South Africa said Putin would skip the summit, sparing Pretoria a decision on whether to arrest him.",
      [],
    ],
    ["Floods killed more than 60 people during the rainy season in northern Kenya.", []],
    ["A Polish court said the fine imposed on the company was lawful.", []],
  ],
);

realCases("pledges of closer cooperation named by their noun (session 28, coop)", "2025-01-17", [
  // a compound subject pledges to one another, also in a participle after a signing
  [
    "Russia and Iran signed a partnership treaty in Moscow on Friday, pledging closer military and economic cooperation.",
    [
      "IRNGOV>RUSGOV 030 occurred",
      "IRNGOV>RUSGOV 057 occurred",
      "RUSGOV>IRNGOV 030 occurred",
      "RUSGOV>IRNGOV 057 occurred",
    ],
  ],
  [
    "Kazakhstan and Uzbekistan pledged deeper economic ties on Tuesday.",
    ["KAZGOV>UZBGOV 030 occurred", "UZBGOV>KAZGOV 030 occurred"],
  ],
  // one party pledges to the partner named after "with"
  [
    "Mexico's foreign minister pledged closer cooperation with the United States on fentanyl trafficking.",
    ["MEXGOV>USAGOV 030 occurred"],
  ],
  // must not fire: no partner named; closer cooperation that nobody pledges
  ["The new prime minister pledged closer cooperation among the bloc's member states.", []],
  ["Analysts said closer cooperation between the two navies was unlikely before the election.", []],
]);

realCases("captured villages and tolls after strikes on places (session 28, fightb)", "2024-06-03", [
  // villages captured in a participle after an offensive are the country's territory (192)
  [
    "Russian troops launched a fresh offensive in the Donetsk region on Monday, capturing two villages.",
    ["RUSMIL>UKR 190 occurred", "RUSMIL>UKR 192 occurred"],
  ],
  // a toll after a strike on places of the target's country is the striker's, not the place's
  [
    "Three Russian missiles hit a school and a clinic in the Ukrainian city of Sumy on Sunday, killing at least 60 people.",
    ["RUSMIL>UKR 190 occurred", "RUSMIL>UKR 202 occurred"],
  ],
  // must not fire: produce taken to villages; a storm's toll
  ["Farmers took their produce to villages near Nairobi on Saturday.", []],
  [
    "The storm destroyed a bridge and a school in the Philippine city of Tacloban, killing more than 70 people.",
    [],
  ],
]);

describe("hyphenated participles and airspace closed to flights (session 28, s4344)", () => {
  it.each([
    // a "-stricken" modifier is no strike on the place it modifies; the aid to it stays
    [
      "Turkey sent search and rescue teams to the quake-stricken Moroccan province of Al Haouz on Sunday.",
      ["TURGOV>MAR 073 occurred"],
    ],
    // airspace closed to flights to and from a country, or from it, cuts that country off (191)
    ["Algeria closed its airspace to flights to and from Mali on Monday.", ["DZAGOV>MLIGOV 191 occurred"]],
    ["Pakistan closed its airspace to all flights from India on Thursday.", ["PAKGOV>IND 191 occurred"]],
    // must still fire: an "-ed" participle after a hyphen names a mediator's act
    [
      "Armenia and Azerbaijan agreed to a Russian-brokered truce on Tuesday.",
      [
        "ARMGOV>AZEGOV 0871 occurred",
        "AZEGOV>ARMGOV 0871 occurred",
        "RUS>ARMGOV 045 occurred",
        "RUS>AZEGOV 045 occurred",
      ],
    ],
    // must not fire: a disaster-stricken place with no act on it
    ["Residents of the war-stricken Syrian city of Aleppo queued for bread on Monday.", []],
    ["Doctors treated survivors in the drought-stricken Somali region on Friday.", []],
  ])("%s", (text, expected) => {
    expect(withRealActors(text, "2024-06-18")).toEqual(expected);
  });
});

realCases(
  "criticism of an act by the agent's own country, another sector (session 28, verdict2)",
  "2025-02-10",
  [
    // a free relative after "in" whose judge is a titled name of the agent's own country judges the agent
    [
      "Ecuadorian soldiers detained the president of the electoral council in Quito on Monday in what President Daniel Noboa called an attempted coup.",
      ["ECUGOV>ECUMIL 111 occurred", "ECUMIL>ECUGOV 173 occurred"],
    ],
    // a restated act ("the move") judged by a party of the agent's own country
    [
      "Peruvian police detained the leader of the main opposition party on Saturday, and the opposition called the move an attempted coup.",
      ["PERCOP>PEROPP 173 occurred", "PEROPP>PERCOP 111 occurred"],
    ],
    // a relative clause on the act's noun
    [
      "Burkinabe soldiers seized the state broadcaster in Ouagadougou on Sunday in a mutiny that the government denounced as treason.",
      ["BFAGOV>BFAMIL 111 occurred"],
    ],
    // must still fire: a titled judge of another country
    [
      "Russian troops shelled the city of Kharkiv on Wednesday in what President Volodymyr Zelensky called an act of terror.",
      ["RUSMIL>UKR 194 occurred", "UKRGOV>RUSMIL 111 occurred"],
    ],
    // must not fire: praise or a name, no criticism, of one's own side
    [
      "Kenyan lawmakers approved the finance bill on Tuesday in what the speaker of parliament called a historic session.",
      [],
    ],
    [
      "Chilean soldiers paraded through Santiago on Thursday in what President Gabriel Boric called a celebration of the republic.",
      [],
    ],
  ],
);

realCases(
  "domestic soldiers placed by their clause, 'Dominican' beside Haiti (session 28, actorx)",
  "2023-08-30",
  [
    // "Dominican" with Haiti in the document is the Dominican Republic, not Dominica
    [
      "Dominican soldiers detained dozens of Haitian migrants near the border, a rights group said.",
      ["DOMMIL>HTIREF 173 reported"],
    ],
    // soldiers as the subject of a clause placed by "in", with another actor of that country named
    [
      "Army officers seized power in Gabon and placed President Ali Bongo under house arrest.",
      ["GABMIL>GABGOV 173 occurred"],
    ],
    [
      "Gabon's opposition welcomed the news after army officers detained President Ali Bongo in Libreville.",
      ["GABMIL>GABGOV 173 occurred"],
    ],
    // (deposed by the block's date, so an elite)
    ["Soldiers detained President Mohamed Bazoum in Niamey on Wednesday.", ["NERMIL>NERELI 173 occurred"]],
    // must not fire: no other actor of the place's country is named
    ["Soldiers detained two journalists in Niamey.", []],
    ["Soldiers detained two journalists in Niamey, a French newspaper reported.", []],
  ],
);

realCases(
  "unnamed victims of abuse, hijacked trains and buses, silent-e past forms (session 29, fight10)",
  "2024-05-01",
  [
    // unnamed people tortured, raped, executed or abducted by a named force are its own country's people
    [
      "Venezuelan security forces tortured detained opposition supporters after the election, a rights group said.",
      ["VENCOP>VEN 1822 reported"],
    ],
    [
      "Rapid Support Forces fighters raped women and girls in Darfur, UN investigators said.",
      ["SDNREB>SDNCVL 1821 reported"],
    ],
    [
      "Hamas gunmen publicly executed seven men in Gaza City, witnesses said.",
      ["PSEREB>PSECVL 1823 reported"],
    ],
    [
      "Cameroonian separatists abducted a dozen passengers in the North West region.",
      ["CMRREB>CMR 181 occurred"],
    ],
    // a stateless agent acts in the country named after its act
    ["JNIM militants abducted 20 women near Djibo in northern Burkina Faso.", ["IMGREB>BFACVL 181 occurred"]],
    // an armed group hijacking a train is hostage-taking in its own country
    ["Baloch separatists hijacked a passenger train in Balochistan.", ["PAKREB>PAK 181 occurred"]],
    // "had tortured/NOUN": the perfect's participle is the verb
    ["Nicaraguan police had tortured detained students, a UN panel said.", ["NICCOP>NICEDU 1822 reported"]],
    // must not fire: a named victim's nationality stays the target, and an unnamed agent codes nothing
    ["Ugandan rebels abducted three Chinese workers in eastern Congo.", ["UGAREB>CHNLAB 181 occurred"]],
    // (a named victim before "and four other people": not the gang's own country's people)
    ["Haitian gang members kidnapped Canadian missionary Marie Tremblay and four other people.", []],
    ["Unidentified gunmen kidnapped 12 passengers from a bus in Zamfara state.", []],
    // must not fire: "rapped" is still criticism, and a judicial hanging is no execution of victims
    [
      "Kenya's opposition leader rapped the government over the finance bill.",
      ["KENOPP>KENGOV 111 occurred"],
    ],
    ["Singapore hanged a man convicted of trafficking cannabis.", []],
  ],
);

realCases(
  "talks on a visit, speech in the addressee's country, mediation 'through' an actor (session 29, meet5)",
  "2024-03-12",
  [
    // talks between a visitor and its host's country are that one visit
    [
      "Chilean Foreign Minister Alberto van Klaveren visited Lima on Tuesday and held talks with Peruvian Foreign Minister Javier Gonzalez-Olaechea on migration across their border.",
      ["CHLGOV>PER 042 occurred"],
    ],
    [
      "Vietnamese Prime Minister Pham Minh Chinh made his first visit to Australia, holding talks in Canberra with Anthony Albanese on critical minerals.",
      ["VNMGOV>AUSGOV 042 occurred"],
    ],
    // must not fire: "met" stays beside the visit; talks of other parties stay
    [
      "Polish President Andrzej Duda visited Vilnius on Monday and met Lithuanian President Gitanas Nauseda.",
      ["LTUGOV>POLGOV 040 occurred", "POLGOV>LTU 042 occurred", "POLGOV>LTUGOV 040 occurred"],
    ],
    [
      "Kenyan President William Ruto visited Kampala last month, and on Thursday Ugandan officials held talks with Tanzania on a pipeline.",
      ["KENGOV>UGA 042 occurred", "TZAGOV>UGAGOV 040 occurred", "UGAGOV>TZAGOV 040 occurred"],
    ],
    // speech to a person in a place of that person's country is the speaker's visit
    [
      "German Chancellor Olaf Scholz told Chinese Premier Li Qiang in Beijing that Europe would defend its industries against unfair competition.",
      ["DEUGOV>CHNGOV 042 occurred"],
    ],
    [
      "Indian Prime Minister Narendra Modi assured Sri Lankan President Ranil Wickremesinghe in Colombo that India would keep supplying fuel.",
      ["INDGOV>LKAGOV 030 occurred", "INDGOV>LKAGOV 042 occurred"],
    ],
    // must not fire: no actor addressed; the speaker's own country
    ["Kenyan President William Ruto told reporters in Addis Ababa that the talks had gone well.", []],
    [
      "Turkish President Tayyip Erdogan told Hungarian Prime Minister Viktor Orban in Ankara that Turkey wanted more trade.",
      ["TURGOV>HUNGOV 010 occurred"],
    ],
    // an actor after "through" mediates the talks and is no party of them
    [
      "Ethiopian and Sudanese officials held indirect talks in Nairobi through Kenyan President William Ruto.",
      [
        "ETHGOV>SDNGOV 040 occurred",
        "KENGOV>ETHGOV 045 occurred",
        "KENGOV>SDNGOV 045 occurred",
        "SDNGOV>ETHGOV 040 occurred",
      ],
    ],
    // must not fire: a place after "through" is a route
    ["Egypt sent fuel to Gaza through the Rafah crossing.", ["EGYGOV>PSE 073 occurred"]],
  ],
);
realCases(
  "a naming verb in a free relative that names the thing opposed (session 29, verdict3)",
  "2024-11-08",
  [
    // the naming alone judges the thing named after "over", whatever its words; the agent after "by" is judged
    [
      "Tajikistan summoned Russia's ambassador on Monday over what it called the degrading treatment of Tajik migrants by Russian police.",
      ["TJKGOV>RUSCOP 111 occurred", "TJKGOV>RUSGOV 114 occurred"],
    ],
    // "in response to": the thing answered
    [
      "Britain expelled a Russian diplomat on Thursday in response to what Foreign Secretary David Lammy called a pattern of malign activity by Moscow.",
      ["GBRGOV>RUSGOV 111 occurred", "GBRGOV>RUSGOV 166 occurred"],
    ],
    // a verdict in the free relative is coded inside the wrapping threat
    [
      "China vowed resolute countermeasures on Friday against what it called flagrant interference by Washington.",
      ["CHNGOV>USAGOV 111 occurred", "CHNGOV>USAGOV 130 threatened"],
    ],
    // an office a name owns is the free relative's judge; "called ... for" is no call for anything
    [
      "Israel delayed the release of Palestinian prisoners on Sunday until Hamas stopped what Netanyahu's office called humiliating ceremonies for the hostages.",
      ["ISRGOV>PSE 0841 postponed", "ISRGOV>PSE 111 occurred"],
    ],
    // the new words of criticism: an aggressor, a corrupt leader
    [
      "Sudan cut diplomatic ties with Chad on Monday, calling it an aggressor state.",
      ["SDNGOV>TCDGOV 111 occurred", "SDNGOV>TCDGOV 161 occurred"],
    ],
    [
      "Venezuela's foreign minister called Guyana's president corrupt on Tuesday.",
      ["VENGOV>GUYGOV 111 occurred"],
    ],
    // must not fire: an apology, a thanks, an answer
    [
      "Russian President Vladimir Putin apologised to Azerbaijan's President Ilham Aliyev on Saturday over what the Kremlin called a tragic incident.",
      ["RUSGOV>AZEGOV 055 occurred"],
    ],
    ["Qatar's emir thanked Egypt for what he called its tireless mediation.", ["QATGOV>EGYGOV 051 occurred"]],
    [
      "Iran's foreign minister said Tehran would respond to what he called a constructive message from Washington.",
      [],
    ],
    // must not fire out of a free relative: a plain criticism keeps its own pattern
    [
      "Brazil's foreign ministry on Thursday denounced the tariffs imposed on Brazilian steel by the Trump administration.",
      ["BRAGOV>USAGOV 111 occurred", "USAGOV>BRA 163 occurred"],
    ],
  ],
);

realCases(
  "denials by the accused party named in a relative clause, ordered plots (session 29, demand5)",
  "2024-08-10",
  [
    // a noun phrase read back to the actor accused just before
    [
      "Rohingya villagers accused the Arakan Army of burning their homes near Maungdaw, a charge the group denied.",
      ["MMRCVL>MMRREB 112 occurred", "MMRREB>MMRCVL 016 occurred"],
    ],
    // a pronoun subject after ", which"
    [
      "The Philippine Senate accused Vice President Sara Duterte of misusing public funds, which she denied.",
      ["PHLGOV>PHLLEG 016 occurred", "PHLLEG>PHLGOV 112 occurred"],
    ],
    // after a reported act: the act's agent denies it to the one who reported it
    [
      "Rohingya villagers said Arakan Army fighters had killed 12 civilians near Maungdaw, an accusation the rebel group denied.",
      ["MMRREB>MMRCVL 016 occurred", "MMRREB>MMRCVL 1823 reported"],
    ],
    // "rejected as baseless/absurd": a denial too
    [
      "Sudan's army accused the Rapid Support Forces of killing civilians in El Fasher, a charge the paramilitary group rejected as baseless.",
      ["SDNMIL>SDNREB 112 occurred", "SDNREB>SDNMIL 016 occurred"],
    ],
    [
      "India accused Canada of harbouring Sikh separatists, a charge Ottawa rejected as absurd.",
      ["CANGOV>INDGOV 016 occurred", "INDGOV>CANGOV 112 occurred"],
    ],
    // a plot ordered by an agent is its attempt on the one named after it, no order to that person
    [
      "U.S. prosecutors charged a Pakistani man on Tuesday over a plot ordered by Iran's Revolutionary Guards to assassinate Trump.",
      ["IRNMIL>USAELI 185 occurred", "USAJUD>PAK 173 occurred"],
    ],
    // must not fire: an answer in a new clause, no claimant, a strike "ordered by" a minister
    [
      "Rohingya villagers accused the Arakan Army of burning their homes, and the group said it would investigate.",
      ["MMRCVL>MMRREB 112 occurred"],
    ],
    [
      "The Arakan Army seized the town of Maungdaw on Monday, a claim the group denied.",
      ["MMRREB>MMR 192 occurred"],
    ],
    ["Israeli officials said the strike on the convoy was ordered by Defence Minister Israel Katz.", []],
    // a withdrawal named as what a demand in a relative clause asked for: the demand on those withdrawing
    [
      "The last French soldiers left Chad on Friday, completing a withdrawal that the government in N'Djamena had demanded.",
      ["FRAMIL>TCDGOV 0874 occurred", "TCDGOV>FRAMIL 106 demanded"],
    ],
    // must not fire: a withdrawal another verb names
    [
      "French troops left Mali, completing a withdrawal that Paris had announced in February.",
      ["FRAMIL>MLIGOV 0874 occurred"],
    ],
  ],
);

realCases(
  "hunger strikes, an opening participle, deportations 'from X' (session 29, coerce7)",
  "2024-05-10",
  [
    // an opening "-ed" verb before a noun phrase and the clause's verb is an adjective: the phrase is the subject
    [
      "Jailed Belarusian opposition politician Maria Kolesnikova ended a 20-day hunger strike against her detention on Friday.",
      ["BLROPP>BLRGOV 142 occurred"],
    ],
    [
      "Imprisoned Bahraini activist Abdulhadi al-Khawaja escalated his hunger strike on Monday by refusing water.",
      ["BHROPP>BHRGOV 142 occurred"],
    ],
    // a prisoner who died after a hunger strike in a state's jail protested against that state
    [
      "A Palestinian prisoner died in an Israeli prison on Sunday after a 60-day hunger strike against his detention without trial.",
      ["PSE>ISR 142 occurred"],
    ],
    // a reduced relative "deported from X" is X's deportation of the people it describes
    [
      "A Mexican military plane carrying 90 Guatemalan migrants deported from Mexico landed in Guatemala City on Friday.",
      ["MEXGOV>GTMREF 174 occurred"],
    ],
    [
      "A Honduran man wrongly deported from Texas was flown back to the United States on Monday.",
      ["USAGOV>HND 174 occurred"],
    ],
    // must not fire: people a state receives or takes in; a death in custody with no hunger strike
    ["Senegal agreed to receive 200 migrants deported from Spain.", ["SENGOV>ESP 030 occurred"]],
    ["Senegal said it would not take in Gambians deported from Spain.", []],
    ["An Iranian prisoner died in custody in Tehran after a heart attack.", []],
  ],
);

realCases(
  "forces leaving by base or air, sanctions it had placed, acts under which (session 29, coop5)",
  "2024-11-20",
  [
    // forces leaving another country by a base in it, or by air, retreat (0874)
    ["The last German soldiers left their air base in Niamey on Friday.", ["DEUMIL>NER 0874 occurred"]],
    [
      "The last French troops stationed in Chad flew out of N'Djamena on Thursday.",
      ["FRAMIL>TCD 0874 occurred"],
    ],
    // must not fire: a leader flying out, a leader leaving a base in his own country
    ["Zelensky flew out of Rzeszow on Friday.", []],
    ["President Tinubu left the air base in Abuja on Monday.", []],
    // sanctions lifted after a relative clause naming their target ('it had placed on')
    ["ECOWAS lifted the sanctions it had placed on Guinea.", ["IGOWAFWAS>GINGOV 085 occurred"]],
    // a scheme agreed to is the agreement (057), not an intent
    [
      "Britain and Norway agreed on Monday to a pilot scheme for joint patrols of undersea cables.",
      ["GBRGOV>NORGOV 057 occurred", "NORGOV>GBRGOV 057 occurred"],
    ],
    // an "under which" clause opening with an actor is its own act; with no target in a signed deal, at the other signer
    [
      "Japan and Vietnam signed a security agreement under which Japanese officers will train Vietnamese coast guard crews.",
      ["JPNGOV>VNMGOV 057 occurred", "JPNMIL>VNMCOP 062 scheduled", "VNMGOV>JPNGOV 057 occurred"],
    ],
    [
      "The European Union and Morocco signed a memorandum under which Brussels will provide 150 million euros to curb irregular migration.",
      ["IGOEUREEC>MARGOV 057 occurred", "IGOEUREEC>MARGOV 071 scheduled", "MARGOV>IGOEUREEC 057 occurred"],
    ],
    [
      "Japan and the Philippines struck a deal under which Tokyo will lift its curbs on Philippine bananas.",
      ["JPNGOV>PHL 081 scheduled", "JPNGOV>PHLGOV 057 occurred", "PHLGOV>JPNGOV 057 occurred"],
    ],
    // must not fire: a clause opening with no actor, a deal only brokered, 'each country' stay the agreement's terms
    [
      "Egypt and Sudan signed a defence pact under which an attack on either country will be treated as an attack on both.",
      ["EGYGOV>SDNGOV 057 occurred", "SDNGOV>EGYGOV 057 occurred"],
    ],
    [
      "Oman brokered a deal under which the Houthis freed the crew of a cargo ship.",
      ["OMNGOV>YEMREB 045 occurred"],
    ],
    [
      "Kenya and Somalia signed a security pact under which each country pledged to help the other.",
      ["KENGOV>SOMGOV 057 occurred", "SOMGOV>KENGOV 057 occurred"],
    ],
  ],
);

realCases(
  "an agreement's 'under which' clause with its own subject and 'will' (session 29, second5)",
  "2025-06-02",
  [
    // a party's act to come after "under which X will"
    [
      "Serbia and Hungary signed an energy agreement on Monday under which Hungary will supply gas to Serbia.",
      ["HUNGOV>SRBGOV 057 occurred", "HUNGOV>SRBGOV 061 scheduled", "SRBGOV>HUNGOV 057 occurred"],
    ],
    [
      "Congo and Rwanda signed a peace accord on Friday under which Rwandan troops will withdraw from eastern Congo within 90 days.",
      ["CODGOV>RWAGOV 057 occurred", "RWAGOV>CODGOV 057 occurred", "RWAMIL>COD 087 scheduled"],
    ],
    // must not fire: "would", a passive with no actor, a participle on the pact
    [
      "Egypt and Sudan signed a water pact under which the two countries would share data on the Nile.",
      ["EGYGOV>SDNGOV 057 occurred", "SDNGOV>EGYGOV 057 occurred"],
    ],
    [
      "Britain and France signed a deal on Thursday under which migrants will be returned to France.",
      ["FRAGOV>GBRGOV 057 occurred", "GBRGOV>FRAGOV 057 occurred"],
    ],
    [
      "Kenya and Somalia signed a security pact on Monday allowing Kenyan troops to remain in Somalia.",
      ["KENGOV>SOMGOV 057 occurred", "SOMGOV>KENGOV 057 occurred"],
    ],
  ],
);

realCases(
  "an attorney general heads the prosecution, West African leaders are ECOWAS (session 29, actor5)",
  "2024-03-20",
  [
    // an attorney general or prosecutor general codes JUD, so its act on the government is no self-dyad
    [
      "Peru's attorney general opened an investigation into President Dina Boluarte over the deaths of protesters.",
      ["PERJUD>PERGOV 090 occurred"],
    ],
    // "the attorney general" points back to the state named before, as "the prime minister" does
    [
      "Guatemala's president accused the attorney general of plotting a coup against him.",
      ["GTMGOV>GTMJUD 112 occurred"],
    ],
    // must not fire: a named U.S. attorney general keeps his cabinet role, a justice minister stays GOV
    [
      "U.S. Attorney General Merrick Garland accused Russia of meddling in the election.",
      ["USAGOV>RUSGOV 1125 occurred"],
    ],
    ["Kenya's justice minister accused the opposition of inciting violence.", ["KENGOV>KENOPP 112 occurred"]],
    // "West African leaders" name ECOWAS, as writers code the bloc's summits; other regions' leaders stay no actor
    [
      "West African leaders threatened Niger's junta with military action.",
      ["IGOWAFWAS>NERMIL 138 threatened"],
    ],
    ["Caribbean leaders urged Haiti's government to hold elections.", []],
  ],
);

realCases(
  "verdicts naming the act's victim, new verdict words, 'using X as a weapon' (session 29, s4546)",
  "2024-05-10",
  [
    // a slotless criticism of "it" or a restated noun judges the act's agent, not the victim the verdict names
    [
      "Belarus moved tactical nuclear weapons near its border, and Lithuania's president called it a dangerous threat to NATO.",
      ["BLRGOV>LTUGOV 154 occurred", "LTUGOV>BLRGOV 111 occurred"],
    ],
    [
      "Azerbaijan detained two Armenian soldiers near the border, and France called the detentions an affront to Armenia.",
      ["AZEGOV>ARMMIL 173 occurred", "FRAGOV>AZEGOV 111 occurred"],
    ],
    // must not change: an agent named after "by" inside the verdict
    [
      "Israeli jets struck Damascus, and Tehran called the raid a cowardly crime by Israel.",
      ["IRNGOV>ISRGOV 111 occurred", "ISRMIL>SYRGOV 190 occurred"],
    ],
    // new $BLAME words
    [
      "Estonia expelled a Russian diplomat, and Moscow called the expulsion absurd.",
      ["ESTGOV>RUSGOV 166 occurred", "RUSGOV>ESTGOV 111 occurred"],
    ],
    // saying another uses people or goods as a weapon accuses it
    ["Finland's president said Russia was using asylum seekers as a weapon.", ["FINGOV>RUSGOV 112 occurred"]],
    // must not fire: a tool used for an act coded on its own, an agent that is no actor
    ["Kyiv said Russian forces were using drones to strike power stations.", ["RUSMIL>UKRGOV 190 reported"]],
    ["Unions said the company was using layoffs as a weapon against strikers.", []],
  ],
);

realCases(
  "a snapback with no target is on the state the sanctions are on, never the UN (session 29, claim2)",
  "2025-09-28",
  [
    // "snapback" with no "on X": the state named elsewhere, passing over the UN the sanctions come from
    [
      "United Nations sanctions on Iran were reimposed after Britain, France and Germany triggered the snapback mechanism.",
      [
        "DEUGOV>IRNGOV 163 occurred",
        "FRAGOV>IRNGOV 163 occurred",
        "GBRGOV>IRNGOV 163 occurred",
        "IGOUNO>IRNGOV 163 occurred",
      ],
    ],
    [
      "Germany invoked the snapback mechanism against Iran, the foreign ministry said.",
      ["DEUGOV>IRNGOV 163 occurred"],
    ],
    // must not fire: no state named, or only the UN
    ["Britain, France and Germany triggered the snapback mechanism on Thursday.", []],
    ["The UN Security Council met on Friday after Britain triggered the snapback mechanism.", []],
  ],
);

realCases(
  "legitimate targets, havoc promised on a condition and a singular nuclear weapon are threats (session 30, coerce8)",
  "2025-03-10",
  [
    // declaring a party's forces or ships legitimate targets threatens that party with force (138)
    [
      "Yemen's Houthis said British warships in the Red Sea were legitimate targets.",
      ["YEMREB>GBRMIL 138 threatened"],
    ],
    [
      "The Houthis said all vessels linked to Israel were legitimate targets.",
      ["YEMREB>ISRGOV 138 threatened"],
    ],
    [
      "Moscow said its forces would treat Polish fighter jets as legitimate targets.",
      ["RUSMIL>POLMIL 138 threatened"],
    ],
    [
      "Iran's foreign minister said Azerbaijan would become a legitimate target if it let Israel use its bases.",
      ["IRNGOV>AZEGOV 138 threatened"],
    ],
    // "would use a nuclear weapon" on another's condition, as "nuclear weapons"
    [
      "Medvedev said Moscow would use a nuclear weapon if Ukraine seized Russian land.",
      ["RUSGOV>UKRGOV 1385 threatened", "UKRGOV>RUS 171 hypothetical"],
    ],
    // havoc promised on a condition, aimed at the other party named
    [
      "Trump said all hell would break out if Hamas did not free the hostages.",
      ["USAGOV>PSEREB 138 threatened"],
    ],
    // must not fire: a strike justified, targets no party's, havoc told as past
    [
      "Russia said it had struck Ukrainian fuel depots, calling them legitimate targets.",
      ["RUSGOV>UKR 195 occurred"],
    ],
    ["Aid groups said clinics must never be treated as legitimate targets.", []],
    ["Villagers said all hell broke loose when the shelling started.", []],
  ],
);

realCases(
  "a denial of a charge told by a trailing sayer, the group read back to the accused (session 30, s4748)",
  "2025-06-02",
  [
    // a sayer after the act (", Sudan's foreign ministry said,") is the claimant the accused group denies
    [
      "The Rapid Support Forces shelled a market in El Fasher, killing 40 people, Sudan's foreign ministry said on Monday, an accusation the group denied.",
      ["SDNREB>SDN 195 reported", "SDNREB>SDNGOV 016 occurred"],
    ],
    [
      "Al-Shabaab fighters attacked a police station in Baidoa, Somalia's government said, a charge the group denied.",
      ["SOMREB>SOM 190 reported", "SOMREB>SOMGOV 016 occurred"],
    ],
    // "the group" read back to the claimant (Amnesty) is still the accused: no one denies its own charge
    [
      "Boko Haram fighters killed 37 farmers near Maiduguri, Amnesty International said on Friday, an accusation the group denied.",
      ["NGAREB>NGACVL 1823 reported", "NGAREB>NGOAMN 016 occurred"],
    ],
    // must not fire: a source that is no sayer, a relative clause that denies nothing
    [
      "The Rapid Support Forces shelled a market in Omdurman, killing 20 people, according to a local monitor, an accusation the group denied.",
      ["SDNREB>SDN 195 reported"],
    ],
    [
      "Hamas gunmen fired on an Israeli patrol near Khan Younis, the Israeli army said, a claim the group repeated on Tuesday.",
      ["PSEREB>ISR 193 reported"],
    ],
  ],
);

realCases(
  "a bloc's own summit is no meeting with the party it acts on there (session 30, meet7)",
  "2025-06-01",
  [
    // "their" after a bloc named by a plural noun is the bloc's members: its act only, no 040 with the one addressed
    [
      "EU leaders promised Moldova more aid at their summit in Brussels on Thursday.",
      ["IGOEUREEC>MDAGOV 033 occurred"],
    ],
    [
      "ASEAN foreign ministers criticised Myanmar's junta at their meeting in Vientiane on Wednesday.",
      ["IGOSEAASN>MMRMIL 111 occurred"],
    ],
    [
      "Leaders of the African Union suspended Niger at their summit in Addis Ababa.",
      ["IGOAFRAFU>NERGOV 160 occurred"],
    ],
    // must not fire: a topic of the bloc's own gathering is no party of it
    ["EU leaders discussed Serbia at their summit in Brussels on Thursday.", []],
    ["G7 finance ministers debated Russia's frozen assets at their meeting in Stresa.", []],
    // must not change: one person of a bloc, or a compound subject, shares "their" meeting with the other party
    [
      "NATO Secretary General Mark Rutte praised Erdogan at their meeting in Ankara on Monday.",
      ["IGOWSTNAT>TURGOV 040 occurred", "IGOWSTNAT>TURGOV 051 occurred", "TURGOV>IGOWSTNAT 040 occurred"],
    ],
    [
      "Japan and South Korea urged North Korea at their summit in Tokyo to return to talks.",
      [
        "JPNGOV>KORGOV 040 occurred",
        "JPNGOV>PRKGOV 026 occurred",
        "KORGOV>JPNGOV 040 occurred",
        "KORGOV>PRKGOV 026 occurred",
      ],
    ],
  ],
);

realCases(
  "verdicts on an act: 'legally void', 'an attack on', 'a recipe for', 'said the move violated', new words (session 30, verdict4)",
  "2025-03-14",
  [
    // "legally void" rejects the restated act (120) like "null and void" and "dismissed as legally void"
    [
      "The International Criminal Court issued an arrest warrant for Putin, a move the Kremlin called legally void.",
      ["IGOINTICC>RUSGOV 173 occurred", "RUSGOV>IGOINTICC 120 occurred"],
    ],
    // a verdict naming an attack or assault on something judges the restated act's author, not an appeal ("call on")
    [
      "Japan lifted its ban on Chinese steel, a move Beijing called an assault on Asia.",
      ["CHNGOV>JPNGOV 111 occurred", "JPNGOV>CHN 085 occurred"],
    ],
    [
      "Russia expelled two Latvian diplomats, a step Riga called an attack on diplomatic norms.",
      ["LVAGOV>RUSGOV 111 occurred", "RUSGOV>LVAGOV 166 occurred"],
    ],
    [
      "Russia banned imports of Georgian wine, a decision Tbilisi called a recipe for disaster.",
      ["GEOGOV>RUSGOV 111 occurred", "RUSGOV>GEO 163 occurred"],
    ],
    // new words of the call frame
    [
      "Nicaragua expelled the Vatican's envoy, a decision the Holy See called deeply disturbing.",
      ["NICGOV>VATGOV 166 occurred", "VATGOV>NICGOV 111 occurred"],
    ],
    [
      "The United States raised its reward for Maduro's arrest, and Venezuela called the move pathetic.",
      ["VENGOV>USAGOV 111 occurred"],
    ],
    // must not change: outside a relative clause on the act before, the words keep their own acts
    ["Iran's supreme leader called for an attack on Israel.", ["IRNGOV>ISRGOV 020 occurred"]],
    [
      "Iranian drones struck a U.S. base in eastern Syria, prompting Washington to condemn what it called a reckless attack on American troops.",
      ["IRNMIL>USAMIL 190 occurred", "USAGOV>IRNMIL 111 occurred"],
    ],
    // saying another's act broke a law or an agreement judges its author, never the owner of what was broken
    [
      "Russia expelled two Lithuanian diplomats, and Vilnius said the move violated the Vienna Convention.",
      ["LTUGOV>RUSGOV 111 occurred", "RUSGOV>LTUGOV 166 occurred"],
    ],
    [
      "Turkish jets struck Kurdish targets in northern Iraq, and France said the strikes violated Iraq's sovereignty.",
      ["FRAGOV>TURMIL 111 occurred", "TURMIL>IRQ 190 occurred"],
    ],
    // must not fire: no law broken, or no other party
    [
      "China held drills near Taiwan, and Beijing said the drills violated no agreement.",
      ["CHNGOV>TWN 150 occurred"],
    ],
    ["Kenya's high court said the deployment violated the constitution.", []],
    // must not fire: a verdict with no other party, a recipe for something good, an assault on no actor
    ["Ukraine's energy minister called the overnight strike an attack on the country's power grid.", []],
    ["The army chief called the new doctrine a recipe for success.", []],
    ["Opposition leaders in Nairobi called for an assault on corruption.", []],
  ],
);

realCases(
  "actor names: 'Congo' with no cue is the DRC, 'ADF' by its cues, ISKP's branch, kin of a person (session 30, actor6)",
  "2024-06-10",
  [
    // "Congo" and "Congolese" with no cue for either Congo are the DRC (the `plain` state entry)
    [
      "The Congolese government expelled a French diplomat, accusing Paris of meddling in the election.",
      ["CODGOV>FRAGOV 1125 occurred", "CODGOV>FRAGOV 166 occurred"],
    ],
    [
      "Congo asked the United Nations to keep its peacekeepers in the country for another year.",
      ["CODGOV>IGOUNO 020 occurred"],
    ],
    // must not change: a cue for the Republic of Congo keeps it
    [
      "Congolese President Denis Sassou Nguesso held talks in Brazzaville with Angola's president.",
      ["AGOGOV>COGGOV 040 occurred", "COGGOV>AGOGOV 040 occurred"],
    ],
    // "ADF" is the Allied Democratic Forces where Congo is named, the Australian Defence Force where Australia is
    [
      "ADF militants killed at least 30 villagers in an overnight raid on a market town, the Congolese army said.",
      ["CODREB>CODCVL 1823 reported"],
    ],
    [
      "The ADF flew two transport planes of relief supplies to Papua New Guinea, Australia's defence minister said.",
      ["AUSMIL>PNGGOV 073 occurred"],
    ],
    // "Islamic State's Khorasan branch" is ISKP (AFGREB), not Islamic State
    [
      "Pakistani troops killed six fighters of Islamic State's Khorasan branch in a raid near the Afghan border.",
      ["PAKMIL>AFGREB 190 occurred"],
    ],
    // a person's father, mother or parents are civilians of the one country the sentence happens in
    [
      "ELN guerrillas freed the parents of Leeds defender Juan Perez in Arauca province after holding them for a week.",
      ["COLREB>COLCVL 084 occurred"],
    ],
    // must not fire: kin with no country, an ADF with no cue
    ["The father of the jailed reporter said he had not heard from his son in weeks.", []],
    ["The ADF said it would hold its largest training exercise in two years next month.", []],
  ],
);

realCases("weapons that back an act, diplomacy supported (session 30, coop6)", "2024-03-12", [
  // strikes after "backed by" are no backing of the subject (the owners' own strike is not coded yet)
  [
    "Kenyan troops backed by U.S. drone strikes attacked al-Shabaab positions in southern Somalia on Tuesday.",
    ["KENMIL>SOM 190 occurred"],
  ],
  // must not fire
  ["Somali soldiers backed by American drone strikes patrolled the outskirts of Baidoa on Friday.", []],
  // must not change: troops that back a group
  [
    "M23 rebels backed by Rwandan troops captured Goma on Monday.",
    ["CODREB>COD 192 occurred", "RWAMIL>CODREB 072 occurred"],
  ],
  // backing one's own diplomacy with a party is no support for it: nothing more than the drills
  [
    "Seoul and Washington postponed their joint air exercises to support diplomacy with Pyongyang, the defence ministry said.",
    ["KORGOV>USAGOV 062 postponed", "USAGOV>KORGOV 062 postponed"],
  ],
]);

realCases(
  "a protesters' demand that an unnamed government act, the holder of a detainee, own commands and insisted facts (session 30, demand6)",
  "2025-03-10",
  [
    // a "that" clause whose subject names no actor ("Budapest" after a domestic actor, "the government") keeps the
    // demand on the protesters' own government, not the actor inside the clause
    [
      "Hungarian farmers blocked roads near the border with Romania on Tuesday, demanding that Budapest halt imports of cheap Romanian wheat.",
      ["HUNCVL>HUNGOV 100 demanded", "HUNCVL>HUNGOV 144 occurred"],
    ],
    [
      "Thousands of Kenyans rallied in Nairobi for a second day, demanding that the government cancel a road contract with a Chinese firm.",
      ["KEN>KENGOV 100 demanded", "KEN>KENGOV 141 occurred"],
    ],
    // must not change: an addressee the "that" clause names
    [
      "Armenian protesters blocked a highway outside Yerevan, demanding that Azerbaijan free Armenian prisoners.",
      ["ARMCVL>ARMGOV 144 occurred", "ARMCVL>AZEGOV 1053 demanded"],
    ],
    // "demanded his immediate release" after a detention: the detainer
    [
      "Iranian authorities arrested a French teacher in Tehran, and Paris demanded her immediate release.",
      ["FRAGOV>IRNGOV 1053 demanded", "IRNGOV>FRAEDU 173 occurred"],
    ],
    // a leader's order to the country's own forces is no demand; a court's order stays one
    ["Brazil's president ordered the armed forces to take over security at the port of Santos.", []],
    [
      "Kenya's High Court ordered the government to suspend a new housing levy.",
      ["KENJUD>KENGOV 1054 demanded"],
    ],
    // "insisted" before a finite verb asserts; before a bare verb it demands
    ["Ethiopia's prime minister insisted the dam posed no threat to Egypt.", []],
    ["Beijing insisted that Manila withdraw its vessels from the shoal.", ["CHNGOV>PHLGOV 106 demanded"]],
  ],
);

realCases("fighting named after a preposition is the fight noun (session 30, fight12)", "2025-06-01", [
  // "fighting with/against X" after a preposition of time or cause is the fight noun, both ways with the subject
  [
    "Three Malian soldiers were wounded during fighting with JNIM fighters near Timbuktu, the army said on Sunday.",
    ["IMGREB>MLIMIL 190 occurred", "MLIMIL>IMGREB 190 occurred"],
  ],
  [
    "Sudan's army recaptured the town of Sinja on Saturday after weeks of heavy fighting with the Rapid Support Forces.",
    ["SDNMIL>SDNREB 190 occurred", "SDNREB>SDNMIL 190 occurred"],
  ],
  [
    "Twelve Pakistani soldiers died in fighting against Pakistani Taliban militants in the Khyber district, the military said.",
    ["PAKMIL>PAKREB 190 occurred", "PAKREB>PAKMIL 190 occurred"],
  ],
  // must not fire: "tired of fighting with" (no noun of time before "of"), "accused X of fighting with" (the charge only)
  ["Armenia's prime minister said voters were tired of fighting with each other over the past.", []],
  ["Kyiv accused Moscow of fighting with borrowed North Korean shells.", ["UKRGOV>RUSGOV 112 occurred"]],
]);

realCases(
  "a chemical agent's use as a noun, a killing beside an abduction (session 30, fight12)",
  "2025-06-01",
  [
    // "use of <chemical agent> against X" named as a noun is the use of chemical weapons
    [
      "Ukraine's military said Russian troops were making use of toxic gas against its soldiers near Pokrovsk.",
      ["RUSMIL>UKRMIL 2041 reported"],
    ],
    // an abduction is coded beside the killing of the same victim, which is not its toll
    [
      "Kenyan police abducted and killed a Ugandan opposition activist in Nairobi, a rights group said.",
      ["KENCOP>UGAOPP 181 reported", "KENCOP>UGAOPP 1823 reported"],
    ],
  ],
);

realCases("a pronoun judge in a prompted actor's clause (session 30, verdict5)", "2025-06-12", [
  // ", prompting X to ... against/over what it called ...": the pronoun judge is the one prompted, and the verdict
  // is aimed at the agent of the act before
  [
    "Russian jets flew over an Estonian island on Thursday, prompting Tallinn to put its air force on alert against what it called a grave violation of its airspace.",
    ["ESTGOV>RUSMIL 111 occurred", "ESTGOV>RUSMIL 152 occurred"],
  ],
  [
    "Venezuela seized a Guyanese fishing boat, prompting Guyana to warn of consequences over what it called an act of piracy.",
    ["GUYGOV>VENGOV 111 occurred", "GUYGOV>VENGOV 130 threatened", "VENGOV>GUY 1711 occurred"],
  ],
  // must not fire: the prompted are no actor, or a person judge for his own loss
  [
    "Pakistan closed the main border crossing on Sunday, prompting traders to gather in protest over what they called a ruinous decision.",
    [],
  ],
  [
    "The ruling coalition lost its majority in Sunday's vote, prompting Prime Minister Shigeru Ishiba to apologise for what he called a painful defeat.",
    [],
  ],
]);

realCases("offers turned down that propose a thing, no act (session 30, coop7)", "2025-04-08", [
  // a turned-down proposal whose "for" phrase names no actor and no act proposes a thing: only the rejection is coded
  ["Peru rejected Ecuador's proposal for a new canal near their border.", ["PERGOV>ECUGOV 120 occurred"]],
  [
    "Guatemala turned down Washington's proposal for a processing centre for migrants near its northern border.",
    ["GTMGOV>USAGOV 120 occurred"],
  ],
  // must not fire: a proposal for a summit or a truce (an act) stays the offerer's 03 to the one who turns
  // it down, and a proposal welcomed is not turned down
  [
    "Azerbaijan rejected an Armenian proposal for a summit between the two leaders in Geneva.",
    ["ARM>AZEGOV 036 occurred", "AZEGOV>ARM 125 occurred"],
  ],
  [
    "Moscow rejected a Ukrainian proposal for a truce around the nuclear plant.",
    ["RUSGOV>UKR 120 occurred", "UKR>RUSGOV 030 occurred"],
  ],
  ["Peru welcomed Ecuador's proposal for a new canal near their border.", ["PERGOV>ECUGOV 051 occurred"]],
]);

realCases("a pair phrase after a place and 'and' opens its own clause (session 31, anaphor)", "2025-09-20", [
  // "the two governments" / "both governments" right after a place is no further member of a list: the pair
  // is the subject of its clause and acts both ways
  [
    "Wang Yi met Jaishankar on Monday in New Delhi and the two governments agreed to resume direct flights.",
    [
      "CHNGOV>INDGOV 0311 occurred",
      "CHNGOV>INDGOV 040 occurred",
      "INDGOV>CHNGOV 0311 occurred",
      "INDGOV>CHNGOV 040 occurred",
    ],
  ],
  [
    "Prabowo met Albanese on Thursday in Jakarta and both governments pledged to deepen maritime cooperation.",
    [
      "AUSGOV>IDNGOV 030 occurred",
      "AUSGOV>IDNGOV 040 occurred",
      "IDNGOV>AUSGOV 030 occurred",
      "IDNGOV>AUSGOV 040 occurred",
    ],
  ],
  // the place of the meeting (a third country) is no party of the pair (the meeting root 04: the gold's 044)
  [
    "Rubio met Wang Yi on Friday in Kuala Lumpur and the two sides agreed to keep talking.",
    [
      "CHNGOV>USAGOV 036 occurred",
      "CHNGOV>USAGOV 040 occurred",
      "USAGOV>CHNGOV 036 occurred",
      "USAGOV>CHNGOV 040 occurred",
    ],
  ],
  // must not fire: the pair says nothing, or welcomes talks that name no party: the meeting only
  [
    "Albanese met Luxon on Friday in Queenstown and the two leaders said nothing about the dispute.",
    ["AUSGOV>NZLGOV 040 occurred", "NZLGOV>AUSGOV 040 occurred"],
  ],
  [
    "Carney met Sheinbaum on Thursday in Mexico City and both governments welcomed the new trade talks.",
    ["CANGOV>MEXGOV 040 occurred", "MEXGOV>CANGOV 040 occurred"],
  ],
]);
realCases("root confusions among the cooperation roots 03-08 (session 31, rootcoop)", "2025-06-20", [
  // a truce in a trade or tariff war, agreed or struck, is an agreement between the parties (057 both ways)
  [
    "Washington and Beijing agreed to a 90-day truce in their tariff war.",
    ["CHNGOV>USAGOV 057 occurred", "USAGOV>CHNGOV 057 occurred"],
  ],
  [
    "Canada and the United States reached a truce in their trade dispute over lumber.",
    ["CANGOV>USAGOV 057 occurred", "USAGOV>CANGOV 057 occurred"],
  ],
  // seeking ties is the intent to establish them (032), not the relations (054)
  [
    "Nauru broke off relations with Taiwan after seeking to restore ties with China.",
    ["NRUGOV>CHNGOV 032 occurred", "NRUGOV>TWNGOV 161 occurred"],
  ],
  // a ceasefire extended by agreement is the ceasefire (0871), not an intent (030)
  [
    "Colombia and the ELN agreed to extend their ceasefire by three months.",
    ["COLGOV>COLREB 0871 occurred", "COLREB>COLGOV 0871 occurred"],
  ],
  // a meeting agreed for later is the intent to meet (036), not a meeting held (040)
  [
    "Vietnam and China agreed that their defence ministers would meet in Hanoi in the autumn.",
    ["CHNGOV>VNMGOV 036 occurred", "VNMGOV>CHNGOV 036 occurred"],
  ],
  // a truce agreed beside a release is the truce, though "in Gaza" stands between them
  [
    "Israel and Hamas agreed to a truce in Gaza and the release of 33 hostages.",
    ["ISRGOV>PSEREB 0871 occurred", "PSEREB>ISRGOV 0871 occurred"],
  ],
  // must not fire: a truce in a shooting conflict stays the ceasefire, an agreed reopening no meeting, and a deal
  // extended with no partner named no ceasefire
  [
    "Thailand and Cambodia agreed to a truce in their border conflict.",
    ["KHMGOV>THAGOV 0871 occurred", "THAGOV>KHMGOV 0871 occurred"],
  ],
  [
    "Kenya and Ethiopia agreed that the border crossing at Moyale would reopen.",
    ["ETHGOV>KENGOV 019 occurred", "KENGOV>ETHGOV 019 occurred"],
  ],
  ["Russia agreed to extend the Black Sea grain deal by 60 days.", []],
]);
realCases("destinations and topics are no parties (session 31, stray)", "2025-06-09", [
  // an actor after "on" right after a gathering noun is what the gathering is about; the partner stays
  [
    "Japan held talks on North Korea with South Korea in Tokyo on Friday.",
    ["JPNGOV>KORGOV 040 occurred", "KORGOV>JPNGOV 040 occurred"],
  ],
  // a flag state before "-flagged" is still the ship's owner
  [
    "Houthi fighters seized a Bahamas-flagged cargo ship in the Red Sea on Sunday.",
    ["YEMREB>BHSGOV 1711 occurred"],
  ],
  // must not fire: a place before "-bound" is where a ship is headed; a summit's or truce's topic is no guest
  ["Israeli naval forces intercepted a Gaza-bound aid ship in international waters on Monday.", []],
  ["Egypt hosted leaders from more than 20 countries at a summit on Gaza in Sharm el-Sheikh on Monday.", []],
  ["India declined to sign the final statement of a peace summit on Ukraine, diplomats said.", []],
  ["Iran refused to back a plan for a ceasefire in Lebanon, officials said.", []],
]);
realCases("coordinated verbs sharing one object (session 31, coordverb)", "2025-06-01", [
  // "V1 and V2 OBJ", "V1, V2 and V3 OBJ", "V1 and later V2 OBJ": a verb with no object of its own shares the last one's
  [
    "Germany arrested and later deported a Russian diplomat.",
    ["DEUGOV>RUSGOV 173 occurred", "DEUGOV>RUSGOV 174 occurred"],
  ],
  [
    "The European Union condemned and rejected China's claims in the South China Sea.",
    ["IGOEUREEC>CHNGOV 111 occurred", "IGOEUREEC>CHNGOV 120 occurred"],
  ],
  // "V1 but did not V2 OBJ": each verb keeps its own status
  [
    "Germany arrested but did not deport a Russian diplomat.",
    ["DEUGOV>RUSGOV 173 occurred", "DEUGOV>RUSGOV 174 negated"],
  ],
  // a wrapping pattern ("criticize TGT for") does not take the shared object and swallow the next verb
  [
    "Hungary's government criticised and blocked the European Union's aid package for Ukraine.",
    ["HUNGOV>IGOEUREEC 111 occurred", "HUNGOV>IGOEUREEC 129 occurred"],
  ],
  // a pattern that reads words of the shared object with no actor slot ("detained two ... journalists")
  [
    "Turkish police detained and questioned two Swedish journalists in Istanbul.",
    ["TURCOP>SWEMED 091 occurred", "TURCOP>SWEMED 173 occurred"],
  ],
  // must not fire: one event per code and pair in a coordination, no object after a preposition, an intransitive
  // first verb, a subject of its own before the second verb, and verbs used absolutely
  [
    "Russia condemned, rejected and denounced the Ukrainian statement.",
    ["RUSGOV>UKR 111 occurred", "RUSGOV>UKR 120 occurred"],
  ],
  ["Turkish police arrested but did not charge a Swedish journalist.", ["TURCOP>SWEMED 173 occurred"]],
  [
    "Japan signed and ratified a treaty with Australia.",
    ["AUSGOV>JPNGOV 057 occurred", "JPNGOV>AUSGOV 057 occurred"],
  ],
  [
    "Pakistan arrested and handed over to the United States an Islamic State commander, Trump said.",
    ["PAKGOV>USAGOV 063 reported"],
  ],
  ["Russian troops retreated and shelled the town of Kherson.", ["RUSMIL>UKR 194 occurred"]],
  [
    "Russia attacked and Ukraine repelled the assault on Kharkiv.",
    ["RUSGOV>UKRGOV 190 occurred", "UKRGOV>RUSGOV 190 occurred"],
  ],
  ["Sheikh Hasina resigned and fled to India by helicopter.", []],
]);
realCases("compound actors joined by words other than plain 'and' (session 31, conj)", "2025-04-08", [
  // "as well as", "along with", "together with", "joined by", "nor": every member of a subject does the act
  [
    "The United States as well as Britain imposed new sanctions on Iran on Thursday.",
    ["GBRGOV>IRNGOV 163 occurred", "USAGOV>IRNGOV 163 occurred"],
  ],
  [
    "Germany, along with France, summoned Iran's ambassador on Tuesday.",
    ["DEUGOV>IRNGOV 114 occurred", "FRAGOV>IRNGOV 114 occurred"],
  ],
  [
    "Britain, joined by Canada, expelled two Russian diplomats on Monday.",
    ["CANGOV>RUSGOV 166 occurred", "GBRGOV>RUSGOV 166 occurred"],
  ],
  // a subject led by "neither" did not do the act
  [
    "Neither China nor Russia condemned the attack by North Korea.",
    ["CHNGOV>PRKGOV 111 negated", "RUSGOV>PRKGOV 111 negated"],
  ],
  // states after ", together with" later in the clause do the act with its subject
  [
    "Mali recalled its ambassador from Algeria on Sunday, together with Niger and Burkina Faso.",
    ["BFAGOV>DZAGOV 161 occurred", "MLIGOV>DZAGOV 161 occurred", "NERGOV>DZAGOV 161 occurred"],
  ],
  // "as well as" and "and also with" join objects too
  [
    "The European Union imposed sanctions on Iran as well as Belarus.",
    ["IGOEUREEC>BLRGOV 163 occurred", "IGOEUREEC>IRNGOV 163 occurred"],
  ],
  [
    "Turkey held talks with Kyiv and also with Moscow on Wednesday.",
    [
      "RUSGOV>TURGOV 040 occurred",
      "TURGOV>RUSGOV 040 occurred",
      "TURGOV>UKRGOV 040 occurred",
      "UKRGOV>TURGOV 040 occurred",
    ],
  ],
  // must not fire: "respectively" pairs members one by one; "not France" and a with-phrase that is no subject add no party
  [
    "China and Russia condemned Japan and Britain respectively.",
    ["CHNGOV>JPNGOV 111 occurred", "RUSGOV>GBRGOV 111 occurred"],
  ],
  ["Germany, not France, summoned Iran's ambassador on Tuesday.", ["DEUGOV>IRNGOV 114 occurred"]],
  [
    "Egypt sent aid trucks into Gaza alongside Jordanian convoys, officials said.",
    ["EGYGOV>PSE 073 reported"],
  ],
  ["Mexico, along with several other countries, abstained in the vote.", []],
]);
realCases(
  "shootings, human shields, suicide bombers and paused tariffs (session 31, rootconf)",
  "2025-02-03",
  [
    // people named by an actor shot dead are killed (1823); forced to walk as human shields, used as shields (184)
    [
      "Israeli troops shot dead two Palestinians near Nablus on Tuesday, the Palestinian health ministry said.",
      ["ISRMIL>PSE 1823 reported"],
    ],
    [
      "Pakistani border guards shot dead an Afghan trader near the Torkham crossing, Afghan officials said.",
      ["PAKCOP>AFG 1823 reported"],
    ],
    [
      "Russian troops forced Ukrainian civilians to walk ahead of their column as human shields near Bakhmut, Ukraine's military said.",
      ["RUSMIL>UKRCVL 184 reported"],
    ],
    // a suicide bomber's killing is a suicide bombing (1831); tariffs paused are put off (163), concessions suspended raised
    [
      "A suicide bomber from the Pakistani Taliban killed nine policemen at a checkpoint in Bannu, police said.",
      ["PAKREB>PAKCOP 1831 reported"],
    ],
    ["Trump paused planned tariffs on Canadian goods for 30 days on Monday.", ["USAGOV>CAN 163 postponed"]],
    [
      "China suspended tariff concessions on 134 Taiwanese products under the 2010 trade pact on Friday.",
      ["CHNGOV>TWN 163 occurred"],
    ],
    // must not fire: soldiers shot dead are fought, unnamed protesters shot dead repressed, gunmen with no suicide bomber
    // assault, sanctions suspended are eased, and workers forced back to work are coerced
    [
      "A Hezbollah gunman shot dead two Israeli soldiers near the border on Sunday, the Israeli military said.",
      ["LBNREB>ISRMIL 193 reported"],
    ],
    [
      "Bangladeshi police shot dead at least 12 people during protests in Dhaka on Thursday.",
      ["BGDCOP>BGD 175 occurred"],
    ],
    [
      "Islamic State gunmen attacked a Shiite mosque in Kabul on Friday, killing six worshippers, police said.",
      ["IMGREB>AFG 180 reported"],
    ],
    [
      "The European Union suspended sanctions on Syria's banking and energy sectors on Monday.",
      ["IGOEUREEC>SYRGOV 085 occurred"],
    ],
    [
      "Ecuador's government forced striking oil workers to return to their posts on Monday.",
      ["ECUGOV>ECULAB 170 occurred"],
    ],
  ],
);
realCases("newswire synonyms and new verb patterns (session 31, lex)", "2025-06-02", [
  // troops engaging an enemy force fight it both ways; "downed" a craft is shooting it down
  [
    "Ukrainian troops engaged North Korean soldiers in the Kursk region.",
    ["PRKMIL>UKRMIL 190 occurred", "UKRMIL>PRKMIL 190 occurred"],
  ],
  ["Ukraine downed a Russian helicopter near Kharkiv.", ["UKRGOV>RUSMIL 190 occurred"]],
  // a bloc admitting a member approves its membership; an impeachment is the demand for removal
  [
    "ASEAN admitted Timor-Leste as its 11th member at a summit in Kuala Lumpur.",
    ["IGOSEAASN>TLSGOV 050 occurred"],
  ],
  ["Madagascar's parliament voted to impeach President Andry Rajoelina.", ["MDGLEG>MDGGOV 1041 occurred"]],
  // ties scaled back or a deal walked away from are reduced, not bolstered
  ["Japan scaled back cooperation with China on Monday.", ["JPNGOV>CHNGOV 160 occurred"]],
  ["Russia walked away from the grain deal with Ukraine.", ["RUSGOV>UKRGOV 160 occurred"]],
  ["Iraqi protesters threw petrol bombs at the Swedish embassy in Baghdad.", ["IRQCVL>SWEGOV 145 occurred"]],
  // synonyms added to existing patterns
  ["Germany incarcerated two Russian spies.", ["DEUGOV>RUSSPY 173 occurred"]],
  ["Trump belittled Canada on Tuesday.", ["USAGOV>CANGOV 111 occurred"]],
  ["Ukrainian troops liberated Kherson from Russian forces.", ["UKRMIL>RUSMIL 190 occurred"]],
  ["Russia choked off gas supplies to Poland.", ["RUSGOV>POLGOV 163 occurred"]],
  [
    "Russian warships tailed a British destroyer through the English Channel.",
    ["RUSMIL>GBRMIL 150 occurred"],
  ],
  // must not fire: a promise reneged on is no promise, engaging a government on trade is no fight, a bare
  // impeachment is no vote to impeach, tools downed
  // are a strike, and ties scaled up stay cooperation
  ["Russia reneged on its promises to Ukraine.", []],
  ["Washington engaged Beijing on trade.", []],
  // a bare impeachment over allegations is left to the charges the writers code (w40-156, w44-136)
  ["The Philippine House of Representatives impeached Vice President Sara Duterte on Wednesday.", []],
  ["Dock workers downed tools in Liverpool on Monday.", ["GBRLAB>GBRGOV 143 occurred"]],
  ["Japan scaled up cooperation with India.", ["JPNGOV>INDGOV 060 occurred"]],
]);
realCases("an act copied to another subject by a pro-form or gapping (session 31, copy)", "2022-04-05", [
  // "did the same", "followed suit", "took similar steps": the copier does the act to the same target
  [
    "Germany expelled 40 Russian diplomats on Monday, and France did the same hours later.",
    ["DEUGOV>RUSGOV 166 occurred", "FRAGOV>RUSGOV 166 occurred"],
  ],
  [
    "Italy expelled 30 Russian diplomats, while Spain took similar steps.",
    ["ESPGOV>RUSGOV 166 occurred", "ITAGOV>RUSGOV 166 occurred"],
  ],
  // the copier that was the act's target does it back to the act's source
  [
    "Canada expelled six Indian diplomats on Monday, and India did the same hours later.",
    ["CANGOV>INDGOV 166 occurred", "INDGOV>CANGOV 166 occurred"],
  ],
  // ", as did X and Y", "and so did X", "and X too": every copier, with the act's status
  [
    "Britain imposed sanctions on two Israeli ministers on Tuesday, as did Canada and Norway.",
    ["CANGOV>ISRGOV 163 occurred", "GBRGOV>ISRGOV 163 occurred", "NORGOV>ISRGOV 163 occurred"],
  ],
  [
    "Italy expelled 30 Russian diplomats on Tuesday, and so did Denmark.",
    ["DNKGOV>RUSGOV 166 occurred", "ITAGOV>RUSGOV 166 occurred"],
  ],
  // the second subject is no target of the first act
  [
    "Washington imposed sanctions on Moscow, and Britain too.",
    ["GBRGOV>RUSGOV 163 occurred", "USAGOV>RUSGOV 163 occurred"],
  ],
  // gapping: the verb repeated with "others"/"more" as its object, which is no actor
  [
    "The United States sanctioned eight Iranian officials and Britain sanctioned 15 others.",
    ["GBRGOV>IRNGOV 163 occurred", "USAGOV>IRNGOV 163 occurred"],
  ],
  // the copy's own status: "would follow suit" scheduled, "refused to follow suit" negated (no refusal of its own)
  [
    "The United States imposed fresh sanctions on Venezuelan officials, and Canada said it would follow suit.",
    ["CANGOV>VENGOV 163 scheduled", "USAGOV>VENGOV 163 occurred"],
  ],
  [
    "Poland expelled 45 Russian diplomats, but Hungary refused to follow suit.",
    ["HUNGOV>RUSGOV 166 negated", "POLGOV>RUSGOV 166 occurred"],
  ],
  // must not fire: one urged to follow suit copies nothing, a compound object and a reaction stay as they were
  [
    "Lithuania expelled Russia's ambassador and urged its EU partners to follow suit.",
    ["LTUGOV>IGOEUREEC 020 occurred", "LTUGOV>RUSGOV 166 occurred"],
  ],
  [
    "Washington imposed sanctions on Moscow and Minsk.",
    ["USAGOV>BLRGOV 163 occurred", "USAGOV>RUSGOV 163 occurred"],
  ],
  [
    "Russia expelled two Latvian diplomats, and Latvia recalled its ambassador.",
    ["LVAGOV>RUSGOV 161 occurred", "RUSGOV>LVAGOV 166 occurred"],
  ],
]);

realCases('"agreed" with a partner, in a place, to a ceasefire proposal (session 32, agree)', "2024-09-13", [
  // "agreed with Y to" + a verb: the intent to that act, both ways between the two who agreed
  [
    "Chile agreed with Argentina to extradite suspects wanted for cross-border smuggling.",
    ["ARGGOV>CHLGOV 0313 occurred", "CHLGOV>ARGGOV 0313 occurred"],
  ],
  [
    "Polish President Andrzej Duda agreed with Lithuanian President Gitanas Nauseda on Friday to hold joint air defence drills next year.",
    ["LTUGOV>POLGOV 0312 occurred", "POLGOV>LTUGOV 0312 occurred"],
  ],
  // talks agreed for later in a "that" clause: the intent to meet (036 both ways)
  [
    "Moldova and Ukraine agreed that their defence ministers would begin talks on border security next month.",
    ["MDAGOV>UKRGOV 036 occurred", "UKRGOV>MDAGOV 036 occurred"],
  ],
  // a proposal for a ceasefire with Y agreed to: the ceasefire, one way, no agreement of the two
  [
    "Azerbaijan agreed to a proposal for a humanitarian ceasefire with Armenia.",
    ["AZEGOV>ARMGOV 0871 occurred"],
  ],
  // persons who agreed in a third country met there (044 both ways)
  [
    "Erdogan and Putin agreed in Astana to expand trade between their countries.",
    [
      "RUSGOV>TURGOV 0311 occurred",
      "RUSGOV>TURGOV 044 occurred",
      "TURGOV>RUSGOV 0311 occurred",
      "TURGOV>RUSGOV 044 occurred",
    ],
  ],
  // must not fire: states agreeing in a place with no talks named make no meeting
  [
    "Japan and South Korea agreed in Geneva on Thursday to extend their currency swap arrangement for three years.",
    ["JPNGOV>KORGOV 0311 occurred", "KORGOV>JPNGOV 0311 occurred"],
  ],
  // must not fire: an object before "with" keeps its agreement, and a view shared with Y stays 019
  [
    "Spain agreed a fisheries plan with Morocco to protect sardine stocks.",
    ["ESPGOV>MARGOV 057 occurred", "MARGOV>ESPGOV 057 occurred"],
  ],
  [
    "France agreed with Germany that Europe must spend more on its own defence.",
    ["FRAGOV>DEUGOV 019 occurred"],
  ],
]);

realCases(
  "non-recognition, refused relations, sanctions not joined, boycotts, refusals to yield and targets not met (session 32, refuse)",
  "2024-06-01",
  [
    // a state, territory or claim to power a party says it will not recognise: that recognition negated, not 120
    [
      "Uzbekistan will not recognise Russia's annexation of Crimea, its foreign minister said.",
      ["UZBGOV>RUSGOV 054 negated"],
    ],
    [
      "Chile's president said his government would not recognise Maduro's re-election.",
      ["CHLGOV>VENGOV 054 negated"],
    ],
    // relations one side will not establish are its act alone
    [
      "Kuwait will not establish diplomatic relations with Israel, its foreign minister said.",
      ["KWTGOV>ISRGOV 054 negated"],
    ],
    // sanctions a party says it will not join are those sanctions negated, not a refusal of talks
    ["Armenia said it would not join Western sanctions against Russia.", ["ARMGOV>RUSGOV 163 negated"]],
    // a boycotted event: the refusal (125), and no guest of its host
    ["Poland boycotted a commemoration in Volgograd hosted by Russia.", ["POLGOV>RUSGOV 125 occurred"]],
    // a relative clause's "said it would not" is the actor the clause hangs on
    [
      "The summit ended without a joint statement after objections from Kuwait, which said it would not normalise relations with Israel.",
      ["KWTGOV>ISRGOV 054 negated"],
    ],
    // refusing to yield to pressure, in prospect: 124 at the party that presses
    [
      "Venezuela's foreign minister said Caracas would never surrender to American pressure.",
      ["VENGOV>USA 124 occurred"],
    ],
    ["Cuba said it would not be bullied by Washington.", ["CUBGOV>USAGOV 124 occurred"]],
    // a target a party will not meet is defiance of the body that set it
    [
      "Slovakia said it would not meet the defence spending target set by NATO.",
      ["SVKGOV>IGOWSTNAT 128 occurred"],
    ],
    // must not fire or change: a court's ruling stays a refusal, restored relations run both ways, a joint initiative
    // stayed out of is nothing, and an attendee of a hosted summit stays the host's guest
    [
      "Malaysia said it would not recognise the arbitration court's ruling.",
      ["MYSGOV>IGOINTPCA 120 occurred"],
    ],
    [
      "Bahrain restored diplomatic relations with Qatar.",
      ["BHRGOV>QATGOV 054 occurred", "QATGOV>BHRGOV 054 occurred"],
    ],
    ["The Philippines said it would not take part in a joint fisheries initiative with Vietnam.", []],
    [
      "Xi attended a summit hosted by Putin in Kazan.",
      ["CHNGOV>RUSGOV 040 occurred", "RUSGOV>CHNGOV 043 occurred"],
    ],
  ],
);

realCases(
  "aid, shelter and refugees: the beneficiary is the target, one aid act one event (session 32, aid)",
  "2025-03-01",
  [
    // aid landed at another country's port or airport "for" a people goes to that people, not the transit country
    [
      "Turkey sent two ships of relief goods to Egypt's El-Arish port for Palestinians in Gaza.",
      ["TURGOV>PSE 073 occurred"],
    ],
    [
      "Qatar flew medical supplies to Egypt's Al-Arish airport for Gazans wounded in the war.",
      ["QATGOV>PSE 073 occurred"],
    ],
    // rescue teams and aid flights sent together are one act of relief (073), not 070 beside it
    [
      "Egypt and the United Arab Emirates sent rescue teams and aid flights to Morocco after the earthquake.",
      ["AREGOV>MAR 073 occurred", "EGYGOV>MAR 073 occurred"],
    ],
    // two places of one country reached by one act are one target
    [
      "China, India and Russia flew rescue teams and relief supplies to Yangon and Naypyitaw after the earthquake.",
      ["CHNGOV>MMR 073 occurred", "INDGOV>MMR 073 occurred", "RUSGOV>MMR 073 occurred"],
    ],
    // shelter for people who fled a country, a border opened for people fleeing, a hospital set up for refugees
    [
      "The UN refugee agency provided shelter to 200,000 people who fled from Sudan into Chad.",
      ["IGOUNOHCR>SDN 073 occurred"],
    ],
    [
      "Armenia opened its border for tens of thousands of Armenians fleeing Karabakh.",
      ["ARMGOV>ARM 073 occurred"],
    ],
    [
      "The United Arab Emirates opened a field hospital for Sudanese refugees in eastern Chad.",
      ["AREGOV>SDNREF 073 occurred"],
    ],
    // "his country" after a person who opens the sentence and speaks is that person's country
    [
      "Jordan's King Abdullah said after meeting Donald Trump that his country would take in 2,000 sick children from Gaza.",
      ["JORGOV>PSE 073 scheduled", "JORGOV>USAGOV 040 occurred", "USAGOV>JORGOV 040 occurred"],
    ],
    // relief sent "to help" a party goes to it
    [
      "The European Union said it would send humanitarian aid to help Yerevan cope with the influx.",
      ["IGOEUREEC>ARMGOV 073 scheduled"],
    ],
    // the "UN World Food Programme" is the WFP, not the UN
    ["The UN World Food Programme delivered food aid to Darfur.", ["IGOUNOWFP>SDN 073 occurred"]],
    // must not fire: "for" with no actor, or with people of the port's own country, and no "for" at all
    [
      "Saudi Arabia sent a ship carrying food to Port Sudan for people displaced by the fighting.",
      ["SAUGOV>SDN 073 occurred"],
    ],
    [
      "Germany sent relief supplies to Turkey's Adana airport for Turkish families left homeless by the quake.",
      ["DEUGOV>TURGOV 073 occurred"],
    ],
    ["Turkey sent two aid ships to Egypt's El-Arish port.", ["TURGOV>EGYGOV 070 occurred"]],
    // must not fire: money beside rescue teams stays an act of its own (071), as most wire-dev writers code it
    [
      "China sent a rescue team and 100 million yuan in emergency aid to Myanmar.",
      ["CHNGOV>MMRGOV 071 occurred", "CHNGOV>MMRGOV 073 occurred"],
    ],
  ],
);

realCases(
  "acts in a ', where' clause on the place of a meeting or visit (session 32, clause)",
  "2024-11-15",
  [
    // an act with no counterpart of its own, by one party, is aimed at the other party of the meeting before
    [
      "Indian Prime Minister Narendra Modi met Chinese President Xi Jinping in Tianjin, where Beijing agreed to ease its curbs on rare earth exports.",
      ["CHNGOV>INDGOV 0351 occurred", "CHNGOV>INDGOV 040 occurred", "INDGOV>CHNGOV 040 occurred"],
    ],
    [
      "Egyptian President Abdel Fattah al-Sisi hosted Turkish President Recep Tayyip Erdogan in Cairo, where Ankara agreed to supply armed drones.",
      ["EGYGOV>TURGOV 043 occurred", "TURGOV>EGYGOV 0332 occurred"],
    ],
    [
      "Pakistani Prime Minister Shehbaz Sharif met Turkish President Recep Tayyip Erdogan in Ankara, where Islamabad agreed to buy four corvettes.",
      ["PAKGOV>TURGOV 030 occurred", "PAKGOV>TURGOV 040 occurred", "TURGOV>PAKGOV 040 occurred"],
    ],
    // "and Beijing agreed ...": an actor and a finite verb after "and" open a clause the first "agreed" does not wrap
    [
      "Japanese Prime Minister Shigeru Ishiba met Chinese President Xi Jinping in Beijing, where Tokyo agreed to ease its visa rules and Beijing agreed to resume imports of Japanese seafood.",
      [
        "CHNGOV>JPN 0354 occurred",
        "CHNGOV>JPNGOV 040 occurred",
        "JPNGOV>CHNGOV 030 occurred",
        "JPNGOV>CHNGOV 040 occurred",
      ],
    ],
    // a collective subject ("the leaders", "the three") stands for the meeting's parties, acting on one another
    [
      "Kazakh President Kassym-Jomart Tokayev received Uzbek President Shavkat Mirziyoyev in Astana, where the leaders signed a treaty on allied relations.",
      ["KAZGOV>UZBGOV 043 occurred", "KAZGOV>UZBGOV 057 occurred", "UZBGOV>KAZGOV 057 occurred"],
    ],
    [
      "Australian Prime Minister Anthony Albanese hosted Japanese Prime Minister Shigeru Ishiba and Philippine President Ferdinand Marcos Jr. in Canberra, where the three pledged to deepen maritime cooperation.",
      [
        "AUSGOV>JPNGOV 030 occurred",
        "AUSGOV>JPNGOV 043 occurred",
        "AUSGOV>PHLGOV 030 occurred",
        "AUSGOV>PHLGOV 043 occurred",
        "JPNGOV>AUSGOV 030 occurred",
        "JPNGOV>PHLGOV 030 occurred",
        "PHLGOV>AUSGOV 030 occurred",
        "PHLGOV>JPNGOV 030 occurred",
      ],
    ],
    // a guest welcomed there is hosted (043), not praised
    [
      "Indonesian President Prabowo Subianto attended the G20 summit in Rio de Janeiro, where he was welcomed by Brazilian President Luiz Inacio Lula da Silva.",
      ["BRAGOV>IDNGOV 043 occurred", "IDNGOV>BRA 042 occurred"],
    ],
    // an easing extended is an easing
    [
      "The United States extended the suspension of sanctions on Syria for six months.",
      ["USAGOV>SYRGOV 085 occurred"],
    ],
    // must not fire: a third party's act there, "the leaders of" other bodies, a name joined by a hyphen
    [
      "Australian Prime Minister Anthony Albanese met Chinese Premier Li Qiang in Canberra, where the European Union announced new tariffs.",
      ["AUSGOV>CHNGOV 040 occurred", "CHNGOV>AUSGOV 040 occurred"],
    ],
    [
      "Japanese Prime Minister Shigeru Ishiba met South Korean President Yoon Suk Yeol in Lima, where the leaders of six business lobbies signed a cooperation pact.",
      ["JPNGOV>KORGOV 040 occurred", "KORGOV>JPNGOV 040 occurred"],
    ],
    [
      "Russian Deputy Defence Minister Yunus-Bek Yevkurov held talks with Khalifa Haftar in Benghazi.",
      ["LBYMIL>RUSGOV 040 occurred", "RUSGOV>LBYMIL 040 occurred"],
    ],
  ],
);

realCases("accusations restated inside another act (session 32, charge)", "2024-05-03", [
  // a charge rejected as false with the judgment before the noun: the denial and the accuser's 112 at the denier
  [
    "Uganda rejected as baseless Congo's accusation that it had sent troops to back the rebels.",
    ["CODGOV>UGAGOV 112 occurred", "UGAGOV>CODGOV 016 occurred"],
  ],
  // ... and the act the charge alleges is no fact (no 171/190 for the ramming)
  [
    "Manila rejected as groundless a Chinese accusation that its coast guard had rammed a fishing boat near the shoal.",
    ["CHN>PHLGOV 112 occurred", "PHLGOV>CHN 016 occurred"],
  ],
  // an unowned claim whose clause opens with "its": the claimant's 112; "calling the allegation a provocation" restates
  // the denial
  [
    "Armenia denied an Azerbaijani claim that its forces had shelled a village near the border, calling the allegation a provocation.",
    ["ARMGOV>AZE 016 occurred", "AZE>ARMMIL 112 occurred"],
  ],
  [
    "Kabul dismissed as false the Pakistani claim that its jets had bombed a border post.",
    ["AFGGOV>PAK 016 occurred", "PAK>AFGMIL 112 occurred"],
  ],
  // a reaction after a demonym on a plain noun answers the act before the comma
  [
    "The ICC issued an arrest warrant for Russia's defence minister over strikes on Ukrainian power plants, which Moscow rejected as legally void.",
    ["IGOINTICC>RUSGOV 173 occurred", "RUSGOV>IGOINTICC 120 occurred"],
  ],
  // a charge given as the reason for one's own act against the same party
  [
    "Lithuania closed two border crossings with Belarus, saying Minsk had deliberately pushed migrants towards the frontier.",
    ["LTUGOV>BLRGOV 112 occurred", "LTUGOV>BLRGOV 191 occurred"],
  ],
  [
    "Egypt recalled its ambassador from Ethiopia, saying Addis Ababa had deliberately misled Cairo over the dam.",
    ["EGYGOV>ETHGOV 112 occurred", "EGYGOV>ETHGOV 161 occurred"],
  ],
  // must not fire: an owned claim about the claimant's own act, a reported clause with an act of its own, the sayer's
  // own side, a plain noun as the reported clause's subject
  [
    "Tokyo rejected Beijing's claim that its survey ship was conducting routine research.",
    ["JPNGOV>CHNGOV 120 occurred"],
  ],
  [
    "Israel suspended talks with Hamas, saying the group had refused to release more hostages.",
    ["ISRGOV>PSEREB 164 occurred", "PSEREB>ISRGOV 1243 reported"],
  ],
  [
    "Germany expelled two Russian diplomats, saying Berlin had not been told about their activities.",
    ["DEUGOV>RUSGOV 166 occurred"],
  ],
  [
    "Australia imposed sanctions on three Iranian officials, saying Tehran's crackdown had gone too far.",
    ["AUSGOV>IRNGOV 163 occurred"],
  ],
]);

realCases("targets inside control and complement constructions (session 32, embed)", "2024-06-10", [
  // the one let is the refusal's target, not the target of the act it would have been let to do
  ["Iraq refused to let Iranian militias use its territory to attack Syria.", ["IRQGOV>IRNREB 120 occurred"]],
  [
    "Qatar declined to let Hamas officials travel to Cairo to meet Israeli negotiators.",
    ["QATGOV>PSEREB 125 occurred"],
  ],
  // "that it" after a demand is the addressee named before, not the territory it should leave
  [
    "The Arab League accused Israel of violating the 1974 disengagement agreement and demanded that it pull out of Syrian territory.",
    ["IGOMEAARL>ISRGOV 106 demanded", "IGOMEAARL>ISRGOV 1122 occurred"],
  ],
  // must not fire: the one who asked for a pardon is not pardoned
  [
    "Algerian President Abdelmadjid Tebboune pardoned a jailed novelist at the request of Italian Prime Minister Giorgia Meloni.",
    ["ITAGOV>DZAGOV 020 occurred"],
  ],
  ["Belarus pardoned the jailed blogger at Lithuania's request.", ["LTUGOV>BLRGOV 020 occurred"]],
  // must still fire: an act that serves the one who asked for it keeps that target
  [
    "Rwanda deployed 1,000 troops to Mozambique at the request of President Filipe Nyusi.",
    ["MOZGOV>RWAGOV 020 occurred", "RWAGOV>MOZGOV 074 occurred"],
  ],
  // must not fire: the one helped is the pledge's target, the enemy named inside is not; a plain object names no one
  ["France vowed to help Armenia defend itself against Azerbaijan.", ["FRAGOV>ARMGOV 033 occurred"]],
  ["Poland refused to let the grain trucks cross the border.", []],
]);

realCases(
  "reactions to another pair's act in a relative clause or participle (session 32, reaction)",
  "2025-02-06",
  [
    // a second reactor conjoined after "and" keeps its own subject; a joint act's reaction is aimed at both agents
    [
      "Iran and Russia signed a strategic partnership treaty in Moscow, a pact Kyiv said it regretted and Washington called a threat to regional stability.",
      [
        "IRNGOV>RUSGOV 057 occurred",
        "RUSGOV>IRNGOV 057 occurred",
        "UKRGOV>IRNGOV 110 occurred",
        "UKRGOV>RUSGOV 110 occurred",
        "USAGOV>IRNGOV 111 occurred",
        "USAGOV>RUSGOV 111 occurred",
      ],
    ],
    [
      "Venezuela expelled Peru's diplomats, a move Peru condemned and Colombia said it regretted.",
      ["COLGOV>VENGOV 110 occurred", "PERGOV>VENGOV 111 occurred", "VENGOV>PERGOV 166 occurred"],
    ],
    [
      "The ICC issued arrest warrants for two Israeli leaders, a decision Israel said was antisemitic and Washington rejected outright.",
      ["IGOINTICC>ISRGOV 173 occurred", "ISRGOV>IGOINTICC 111 occurred", "USAGOV>IGOINTICC 120 occurred"],
    ],
    // a warning that a restated act should not do harm, or would pour oil on the fire, is a verdict (111), not a threat
    [
      "Australia and the Philippines signed a defence pact, a deal China warned should not harm the interests of third parties.",
      [
        "AUSGOV>PHLGOV 057 occurred",
        "CHNGOV>AUSGOV 111 occurred",
        "CHNGOV>PHLGOV 111 occurred",
        "PHLGOV>AUSGOV 057 occurred",
      ],
    ],
    [
      "Washington allowed Ukraine to strike deep inside Russia with American missiles, a decision Moscow warned would pour oil on the fire.",
      ["RUSGOV>USAGOV 111 occurred", "USAGOV>UKRGOV 081 occurred"],
    ],
    [
      "Japan and Britain agreed to deepen their defence cooperation, a plan China said targeted third parties.",
      [
        "CHNGOV>GBRGOV 111 occurred",
        "CHNGOV>JPNGOV 111 occurred",
        "GBRGOV>JPNGOV 0312 occurred",
        "JPNGOV>GBRGOV 0312 occurred",
      ],
    ],
    [
      "New Zealand said it was weighing whether to join the second pillar of AUKUS, drawing a warning from Beijing that the move would harm regional stability.",
      ["CHNGOV>NZLGOV 111 occurred", "NZLGOV>IGOWSTAUK 014 occurred"],
    ],
    // "the decision" answers the one who decided, not the owner of a noun event; "a move" the clause's subject
    [
      "The International Court of Justice dismissed most of Ukraine's case against Russia, and Moscow welcomed the decision.",
      ["IGOUNOICJ>UKRGOV 120 occurred", "RUSGOV>IGOUNOICJ 051 occurred", "UKRGOV>RUSGOV 115 occurred"],
    ],
    [
      "Israeli troops moved into the buffer zone on the Golan Heights after Assad's fall, a move Jordan condemned.",
      ["ISRMIL>SYR 192 occurred", "JORGOV>ISRMIL 111 occurred"],
    ],
    // must not fire: "said should not" advises, a coordinated verb adds no reactor, a visit's owner decided nothing
    [
      "Australia and the Philippines signed a defence pact, a deal Beijing said should not harm regional peace.",
      ["AUSGOV>PHLGOV 057 occurred", "PHLGOV>AUSGOV 057 occurred"],
    ],
    [
      "China banned imports of Japanese seafood, a move Tokyo condemned and called unscientific.",
      ["CHNGOV>JPN 163 occurred", "JPNGOV>CHNGOV 111 occurred"],
    ],
    [
      "Panama said it would leave China's Belt and Road Initiative, days after Rubio's visit to Panama City, and Beijing said it deeply regretted the decision.",
      ["CHNGOV>PANGOV 110 occurred", "PANGOV>CHNGOV 160 scheduled", "USAGOV>PANGOV 042 occurred"],
    ],
    // one angered who says so in a relative clause criticises the one who angered it; a bare "angering X" codes nothing
    [
      "Kiribati switched diplomatic recognition from Taiwan to China, angering Taipei, which said it had been given no warning.",
      ["KIRGOV>CHNGOV 054 occurred", "KIRGOV>TWNGOV 161 occurred", "TWNGOV>KIRGOV 111 occurred"],
    ],
    [
      "The European Commission opened an anti-subsidy investigation into Chinese electric cars, angering Beijing.",
      ["IGOEUREEC>CHN 091 occurred"],
    ],
  ],
);

realCases("hosts and brokers in side phrases, plans with 'be to' (session 32, broker)", "2025-04-10", [
  // a host in a ", with X hosting the ceremony" adjunct hosts each party of the reciprocal act before
  [
    "Ethiopia and Eritrea signed a peace accord in Jeddah on Sunday, with Saudi Arabia hosting the ceremony.",
    [
      "ERIGOV>ETHGOV 057 occurred",
      "ETHGOV>ERIGOV 057 occurred",
      "SAUGOV>ERIGOV 043 occurred",
      "SAUGOV>ETHGOV 043 occurred",
    ],
  ],
  // must not fire: leaders looking on host nothing
  [
    "Thailand and Cambodia signed a border declaration in Kuala Lumpur, with Malaysia's prime minister looking on.",
    ["KHMGOV>THAGOV 057 occurred", "THAGOV>KHMGOV 057 occurred"],
  ],
  // "be to" + a bare verb is a plan, not a passive; in a relative on a meeting noun it takes the noun's fate
  [
    "Oman is to host Iranian and American negotiators in Muscat on Saturday.",
    ["OMNGOV>IRNGOV 043 scheduled", "OMNGOV>USAGOV 043 scheduled"],
  ],
  [
    "A summit in Nairobi at which Kenya was to host Ethiopia and Somalia was postponed on Friday.",
    ["KENGOV>ETHGOV 043 postponed", "KENGOV>SOMGOV 043 postponed"],
  ],
  // must not change: "was to blame" keeps its passive sense
  ["Kyiv said Moscow alone was to blame for the collapse of the grain deal.", ["UKRGOV>RUSGOV 112 occurred"]],
  // the proposer of a truce taken up is no counterpart; a rejection stays aimed at it
  ["The Houthis agreed to a humanitarian truce proposed by Oman.", []],
  ["Russia rejected a 30-day ceasefire proposed by Washington.", ["RUSGOV>USAGOV 127 occurred"]],
]);

realCases(
  "an act that names no other party before 'during a visit ... by Y' is aimed at the visitor (session 32, during)",
  "2025-03-01",
  [
    // no other party, or people of no country: aimed at the visitor ("by" agent or possessor)
    [
      "Honduras agreed to take back deported migrants during a visit to Tegucigalpa by Secretary of State Marco Rubio.",
      ["HNDGOV>USAGOV 033 occurred", "USAGOV>HNDGOV 042 occurred"],
    ],
    [
      "Ecuador pledged to accept asylum seekers during a visit to Quito by Secretary of State Marco Rubio.",
      ["ECUGOV>USAGOV 030 occurred", "USAGOV>ECUGOV 042 occurred"],
    ],
    [
      "Mongolia agreed to accept returned migrants during Japanese Prime Minister Shigeru Ishiba's visit to Ulaanbaatar.",
      ["JPNGOV>MNGGOV 042 occurred", "MNGGOV>JPNGOV 033 occurred"],
    ],
    // a body the visitor's is part of: the visitor's
    [
      "Syria pledged to cooperate with U.N. inspectors during a visit to Damascus by IAEA chief Rafael Grossi.",
      ["IGOUNOIAE>SYRGOV 042 occurred", "SYRGOV>IGOUNOIAE 031 occurred"],
    ],
    // must not fire: a counterpart of its own, a visitor of the same country, a hostile act
    [
      "Vietnam agreed to buy Boeing jets from the United States during a visit to Hanoi by Japanese Prime Minister Shigeru Ishiba.",
      ["JPNGOV>VNMGOV 042 occurred", "VNMGOV>USAGOV 0312 occurred"],
    ],
    [
      "Indonesia agreed to expand nickel processing during a visit to Sulawesi by President Prabowo Subianto.",
      [],
    ],
    [
      "Serbia criticised the new sanctions during a visit to Belgrade by Chinese President Xi Jinping.",
      ["CHNGOV>SRBGOV 042 occurred"],
    ],
  ],
);

realCases(
  "pointing nouns of a territory: the strip, the enclave, the territory (session 32, strip)",
  "2024-05-20",
  [
    // "the strip", "the enclave" after Gaza point back to it, a place (bare country code)
    [
      "Israel tightened its siege of Gaza on Monday, and Israeli jets bombarded the strip for a third straight night.",
      ["ISRGOV>PSE 191 occurred", "ISRMIL>PSE 194 occurred"],
    ],
    [
      "Israel's defence minister ordered a total blockade of Gaza on Saturday, and Israeli tanks shelled the enclave from the east.",
      ["ISRGOV>PSE 191 occurred", "ISRMIL>PSE 194 occurred"],
    ],
    // must not fire: no territory named before, a territory that only suffers
    ["Kyiv said Moscow's forces still held the territory they had seized in 2022.", []],
    ["Thousands of Gazans fled south, and aid workers said the enclave was running out of fuel.", []],
  ],
);

realCases(
  "dictionary entries grown from the dev sets' misses by scripts/uncovered.ts (session 33, lexicon)",
  "2025-06-10",
  [
    // a foreign company chosen to build or lead a project: economic cooperation, warships an arms purchase
    ["Hungary chose a Chinese company to build a battery plant in Debrecen.", ["HUNGOV>CHNBUS 061 occurred"]],
    [
      "Poland selected South Korea's Hanwha Ocean to build three submarines for its navy.",
      ["POLGOV>KORBUS 062 occurred"],
    ],
    // a standby force activated against a country, craft operating around it
    [
      "The African Union ordered the activation of its standby force to restore order in Guinea-Bissau.",
      ["IGOAFRAFU>GNB 154 occurred"],
    ],
    [
      "Taiwan said 30 Chinese warships had operated around the island on Monday.",
      ["CHNMIL>TWN 150 reported"],
    ],
    // a quarrel is mutual criticism
    [
      "The talks in Addis Ababa ended without a statement after Ethiopia and Egypt quarrelled over the dam.",
      ["EGYGOV>ETHGOV 111 occurred", "ETHGOV>EGYGOV 111 occurred"],
    ],
    // a bailout secured from a lender, a party persuaded, traces found, transit rights revoked
    [
      "Kenya secured a $1 billion bailout from the International Monetary Fund.",
      ["IGOIMF>KENGOV 071 occurred"],
    ],
    [
      "Turkey's president said he had persuaded Moscow to return to the grain deal.",
      ["TURGOV>RUSGOV 045 occurred"],
    ],
    [
      "UN nuclear inspectors found traces of enriched uranium at a Syrian military site.",
      ["IGOUNOIAE>SYR 090 occurred"],
    ],
    ["Turkey revoked transit rights for Armenian exports on Monday.", ["TURGOV>ARM 163 occurred"]],
    // must not fire: a party's own leader, a quarrel named as a noun, "sparing", traces found by no actor
    ["Japan's ruling party chose a new leader on Friday.", []],
    ["Egypt and Ethiopia have been locked in a quarrel over the dam for a decade.", []],
    ["Spain's economy grew faster than expected, sparing Madrid a painful budget squeeze.", []],
    ["Investigators found traces of explosives in the wreckage, police said.", []],
  ],
);
realCases(
  "root confusions: a note that asks, proceedings opened, police sent on a mission, teams sent to look into, 'dozens' killed (session 33, rootfix)",
  "2025-04-10",
  [
    // a diplomatic note that asks for something is a request (02), one that asks for a person back 0213
    [
      "Nepal sent a diplomatic note to India on Tuesday asking New Delhi to hand back a former minister wanted for fraud.",
      ["NPLGOV>INDGOV 0213 occurred"],
    ],
    [
      "Sierra Leone's foreign ministry said it had sent a diplomatic note to Guinea seeking the extradition of a former army commander.",
      ["SLEGOV>GINGOV 0213 occurred"],
    ],
    [
      "Sri Lanka sent a diplomatic note to Australia seeking assistance with the investigation.",
      ["LKAGOV>AUSGOV 020 occurred"],
    ],
    // opening proceedings is an inquiry (09); police sent to another country serve a mission (074)
    [
      "The European Commission opened formal proceedings against Poland over its judicial reforms.",
      ["IGOEUREEC>POLGOV 090 occurred"],
    ],
    [
      "Rwanda deployed 300 police officers to the Central African Republic to join a U.N. mission.",
      ["RWAGOV>CAFGOV 074 occurred"],
    ],
    // a team sent to look into something investigates, no visit
    [
      "The U.N. human rights office will send a team to Ethiopia next week to look into the killings of protesters.",
      ["IGOUNO>ETHGOV 092 scheduled"],
    ],
    // a charge rejected as a lie is denied (016)
    [
      "Serbia accused Croatia of arming the gangs, an accusation Zagreb rejected as a lie.",
      ["HRVGOV>SRBGOV 016 occurred", "SRBGOV>HRVGOV 112 occurred"],
    ],
    // must not fire: a protest note stays a protest, proceedings filed stay a suit, police near a border stay posture,
    // "dozens" killed is no mass killing, and no agent codes nothing
    ["Peru sent a protest note to Chile over the fishing dispute.", ["PERGOV>CHLGOV 114 occurred"]],
    [
      "Bolivia filed proceedings against Chile at the International Court of Justice.",
      ["BOLGOV>CHLGOV 115 occurred"],
    ],
    ["Rwanda deployed riot police near the Congolese border.", ["RWAGOV>COD 153 occurred"]],
    [
      "Al-Shabab fighters killed dozens of people in an attack on a Kenyan border town.",
      ["SOMREB>KEN 1823 occurred"],
    ],
    ["Gunmen killed dozens of villagers in northern Nigeria, the army said.", []],
  ],
);
realCases(
  "capitals as governments, collective heads before an actor, UN agencies' long names (session 33, actors)",
  "2024-05-01",
  [
    // a capital that acts is its government
    [
      "Lima recalled its ambassador from Mexico after the Mexican president questioned the legitimacy of the Peruvian government.",
      ["MEXGOV>PERGOV 111 occurred", "PERGOV>MEXGOV 161 occurred"],
    ],
    ["Niamey ordered the French ambassador to leave within 48 hours.", ["NERGOV>FRAGOV 166 occurred"]],
    [
      "Tripoli accused the United Arab Emirates of supplying drones to Khalifa Haftar's forces.",
      ["LBYGOV>AREGOV 112 occurred"],
    ],
    [
      "Vienna summoned the Russian ambassador over the expulsion of two Austrian diplomats.",
      ["AUTGOV>RUSGOV 114 occurred"],
    ],
    [
      "Port Moresby signed a security agreement with Australia on Thursday.",
      ["AUSGOV>PNGGOV 057 occurred", "PNGGOV>AUSGOV 057 occurred"],
    ],
    // a located noun before "in", describing words and a state; a member noun before "for" and a group
    [
      "Authorities in eastern Libya said they would expel hundreds of Sudanese migrants.",
      ["LBYGOV>SDNREF 174 scheduled"],
    ],
    [
      "Officials in southern Lebanon accused Israel of striking a civilian car near Tyre.",
      ["LBNGOV>ISRGOV 112 occurred"],
    ],
    [
      "Negotiators for Hamas and Israel held indirect talks in Cairo on Tuesday.",
      ["ISRGOV>PSEREB 040 occurred", "PSEREB>ISRGOV 040 occurred"],
    ],
    [
      "A spokesman for the Houthis accused the United States of attacking fishing boats.",
      ["YEMREB>USAGOV 1123 occurred"],
    ],
    // a generic collective before "of" or "from" is the actor named; an official "from" an organisation is its own
    [
      "Representatives of the Taliban met U.S. envoys in Doha.",
      ["AFGGOV>USAGOV 040 occurred", "USAGOV>AFGGOV 040 occurred"],
    ],
    [
      "Envoys from the European Union met Chinese officials in Beijing.",
      ["CHNGOV>IGOEUREEC 040 occurred", "IGOEUREEC>CHNGOV 040 occurred"],
    ],
    // UN agencies under their long names
    [
      "The United Nations refugee agency urged Pakistan to halt the deportations.",
      ["IGOUNOHCR>PAKGOV 0256 occurred"],
    ],
    [
      "Israel's parliament voted to ban the U.N. Palestinian refugee agency.",
      ["ISRLEG>IGOUNORWA 1722 occurred"],
    ],
    // must not fire: a capital where something happens, a capital said to be a venue, people in a region
    ["A car bomb exploded in a busy market in Lima on Saturday, killing three people.", []],
    ["Tehran said Vienna was the right place to resume the nuclear talks.", []],
    ["Thousands of people in northern Gaza fled south as Israeli tanks advanced.", []],
    ["Representatives of the region met in Nairobi to discuss the drought.", []],
  ],
);
realCases(
  "an attack that names no one falls on the victims of the same agent's killing (session 33, second)",
  "2024-05-01",
  [
    // the attack's place is only a place of the agent's own country: the killing's victims are its target
    [
      "Myanmar's air force bombed a wedding party in Sagaing region's Kanbalu township on Sunday, killing more than 50 villagers.",
      ["MMRMIL>MMRCVL 195 occurred", "MMRMIL>MMRCVL 202 occurred"],
    ],
    // an air strike as the means of a counted toll
    [
      "Sudan's army killed more than 90 people in air strikes on a livestock market in South Kordofan.",
      ["SDNMIL>SDN 195 occurred", "SDNMIL>SDN 202 occurred"],
    ],
    // a small toll stays with the attack
    [
      "Myanmar's military bombed a monastery in Sagaing region, killing 12 monks.",
      ["MMRMIL>MMRREL 195 occurred"],
    ],
    // a town seized after which its people were killed: the seizure (192) falls on them too
    [
      "Rapid Support Forces fighters killed more than 200 people in El Geneina after capturing the town.",
      ["SDNREB>SDNCVL 192 occurred", "SDNREB>SDNCVL 202 occurred"],
    ],
    // must not fire: a plain offensive beside a mass killing, an infinitive that is the victims' own act
    [
      "The ELN launched an offensive in the Catatumbo region that killed more than 80 people.",
      ["COLREB>COL 202 occurred"],
    ],
    [
      "Ethiopian soldiers killed more than 60 Amhara militiamen trying to cross into Gondar.",
      ["ETHMIL>ETHREB 190 occurred"],
    ],
    // must not fire: no killing by the same agent
    [
      "Myanmar's military bombed a monastery in Sagaing region after the Arakan Army killed more than 50 soldiers.",
      [],
    ],
  ],
);
realCases(
  "a fallback verb coordinated with an act that named a partner (session 33, coordobj)",
  "2025-06-10",
  [
    // a verb joined by "and" that shares the subject and names no partner is a second act on the first act's partner
    [
      "Canada recalled its ambassador from Iran on Monday and imposed new sanctions.",
      ["CANGOV>IRNGOV 161 occurred", "CANGOV>IRNGOV 163 occurred"],
    ],
    [
      "The Netherlands summoned Iran's ambassador on Tuesday and announced fresh sanctions.",
      ["NLDGOV>IRNGOV 114 occurred", "NLDGOV>IRNGOV 163 occurred"],
    ],
    [
      "Germany criticised China over the detentions and imposed travel bans.",
      ["DEUGOV>CHNGOV 111 occurred", "DEUGOV>CHNGOV 163 occurred"],
    ],
    // must not fire: a domestic fallback (an arrest of unnamed suspects), a verb with its own subject, no partner before
    ["Lithuania expelled a Belarusian diplomat and arrested two suspects.", ["LTUGOV>BLRGOV 166 occurred"]],
    [
      "Canada recalled its ambassador from Iran, and Ottawa's allies imposed new sanctions.",
      ["CANGOV>IRNGOV 161 occurred"],
    ],
    ["Britain imposed new sanctions and froze the assets of two oligarchs.", []],
  ],
);
realCases(
  "event status: reported clauses, state media, refusals, processes, ahead of (session 33, status)",
  "2025-03-10",
  [
    // a reported "would" after a reporting gerund, after "and that" and after "and would" is a plan (scheduled)
    [
      "Canada's trade minister flew to Mexico City on Tuesday, two days after announcing that Ottawa would lift its tariffs on Mexican steel.",
      ["CANGOV>MEX 042 occurred", "CANGOV>MEX 085 scheduled"],
    ],
    [
      "Seoul said it had recalled its ambassador from Moscow, and that it would expel two Russian diplomats.",
      ["KORGOV>RUSGOV 161 occurred", "KORGOV>RUSGOV 166 scheduled"],
    ],
    [
      "Tokyo said it would send rescue teams to Turkey and would donate 5 million dollars to Ankara.",
      ["JPNGOV>TURGOV 071 scheduled", "JPNGOV>TURGOV 073 scheduled"],
    ],
    // the terms of an agreement: "under which ... would" is a plan
    [
      "Armenia and Azerbaijan agreed to a ceasefire under which Azerbaijani troops would withdraw from three Armenian villages within 30 days.",
      ["ARMGOV>AZEGOV 0871 occurred", "AZEGOV>ARMGOV 0871 occurred", "AZEMIL>ARM 0874 scheduled"],
    ],
    // state media are the party's own voice
    [
      "Chinese President Xi Jinping sent a message of condolence to Brazilian President Luiz Inacio Lula da Silva over the floods, state media reported.",
      ["CHNGOV>BRAGOV 018 occurred"],
    ],
    // a refusal a reported "would" states is made now; a process started toward an act, "ahead of" a long phrase
    ["Kim Yo Jong said North Korea would reject any contact with Seoul.", ["PRKGOV>KORGOV 120 occurred"]],
    [
      "Britain and France triggered the process to restore UN sanctions on Iran.",
      ["FRAGOV>IRNGOV 163 scheduled", "GBRGOV>IRNGOV 163 scheduled"],
    ],
    [
      "Polish troops moved to the border with Belarus ahead of large-scale Russian-Belarusian exercises.",
      ["BLRGOV>RUSGOV 062 scheduled", "RUSGOV>BLRGOV 062 scheduled"],
    ],
    // must not change: the target's state media, a reciprocal act told by one party, a refusal on a condition, a veto
    // of sanctions still to come
    ["Israeli jets struck an air base near Homs, Syrian state media said.", ["ISRMIL>SYR 190 reported"]],
    [
      "Japan and Australia held joint naval drills off Darwin, the Japanese defence ministry said.",
      ["AUSGOV>JPNGOV 062 occurred", "JPNGOV>AUSGOV 062 occurred"],
    ],
    [
      "Croatia said it would block Serbia's EU accession talks unless Belgrade changed its stance.",
      ["HRVGOV>SRBGOV 129 hypothetical", "HRVGOV>SRBGOV 130 threatened"],
    ],
    ["Hungary said it would veto any new EU sanctions on Belarus.", ["HUNGOV>IGOEUREEC 129 scheduled"]],
    // must not fire: no second party
    ["State media reported that floods had killed dozens of people in Henan province.", []],
    ["The government said it would review the budget and would publish the figures next month.", []],
  ],
);
realCases(
  "a consultation named as the occasion of an act: 'in a call from' a capital is a phone call with the act's counterpart (session 33, occasion)",
  "2025-03-12",
  [
    [
      "Japan's prime minister thanked the Indian leader in a call from Tokyo on Tuesday.",
      ["INDGOV>JPNGOV 041 occurred", "JPNGOV>INDGOV 041 occurred", "JPNGOV>INDGOV 051 occurred"],
    ],
    [
      "The Philippine president congratulated South Korea's new president in a call from Manila.",
      ["KORGOV>PHLGOV 041 occurred", "PHLGOV>KORGOV 041 occurred", "PHLGOV>KORGOV 051 occurred"],
    ],
    // a "for" phrase after the call gives the act's reason, no appeal
    [
      "Seoul's foreign minister apologised to his Vietnamese counterpart in a call from Hanoi on Friday for the remarks.",
      ["KORGOV>VNMGOV 041 occurred", "KORGOV>VNMGOV 055 occurred", "VNMGOV>KORGOV 041 occurred"],
    ],
    // must not fire: calls from a party to do something or for something stay appeals, and a call named outside an
    // occasion phrase is none
    ["Mongolia hosted Putin despite a call from Kyiv.", ["MNGGOV>RUSGOV 043 occurred"]],
    [
      "Kenya rejected calls from the African Union to withdraw its police.",
      ["IGOAFRAFU>KENGOV 020 occurred", "KENGOV>IGOAFRAFU 1232 occurred"],
    ],
    [
      "The opposition welcomed a call from the United Nations for calm in Caracas.",
      ["IGOUNO>VENOPP 020 occurred", "VENOPP>IGOUNO 051 occurred"],
    ],
    ["Lithuania ignored calls from Beijing.", ["LTUGOV>CHNGOV 128 occurred"]],
  ],
);
realCases(
  'acts in a clause opened by a preposition + "which" on the act before (session 33, whichcl)',
  "2025-06-10",
  [
    // "they" after "during which" stands for the parties of the act before, both ways
    [
      "Modi held talks with Albanese in New Delhi on Monday, during which they signed a defence cooperation pact.",
      [
        "AUSGOV>INDGOV 040 occurred",
        "AUSGOV>INDGOV 057 occurred",
        "INDGOV>AUSGOV 040 occurred",
        "INDGOV>AUSGOV 057 occurred",
      ],
    ],
    // an explicit subject, one of the two parties, acts on the other when its clause names no target
    [
      "Lula met Xi Jinping in Beijing on a state visit during which China pledged to finance a new railway.",
      ["BRAGOV>CHNGOV 040 occurred", "CHNGOV>BRAGOV 0331 occurred", "CHNGOV>BRAGOV 040 occurred"],
    ],
    // the clause's own explicit target wins; ", where they" after a meeting still works
    [
      "Kenya signed a security agreement with Somalia under which Nairobi will train Somali police officers.",
      ["KENGOV>SOMCOP 062 scheduled", "KENGOV>SOMGOV 057 occurred", "SOMGOV>KENGOV 057 occurred"],
    ],
    [
      "Macron hosted Tusk in Paris, where they signed a friendship treaty.",
      ["FRAGOV>POLGOV 043 occurred", "FRAGOV>POLGOV 057 occurred", "POLGOV>FRAGOV 057 occurred"],
    ],
    // must not fire: a passive clause takes no subject, "they" of no act before, a relative on a later noun
    [
      "Pakistan and China signed a deal on Monday, under which a new port will be built in Gwadar.",
      ["CHNGOV>PAKGOV 057 occurred", "PAKGOV>CHNGOV 057 occurred"],
    ],
    ["Thousands marched in Lagos on Saturday, during which they demanded lower fuel prices.", []],
    [
      "The court ordered Venezuela to halt the vote, two days before a referendum in which Caracas asked voters to back a new state.",
      [],
    ],
  ],
);
realCases("demands, appeals and investigations named by their owner (session 34, demand)", "2025-06-10", [
  // a resolution or vote "demanding that X ..." is its owner's demand
  [
    "Serbia abstained in a General Assembly vote demanding that Russia withdraw from Ukraine.",
    ["IGOUNO>RUSGOV 100 demanded"],
  ],
  // an order named as a noun with its owner, defied or ignored: the owner's demand beside the defiance
  [
    "Hungary ignored an order by the International Court of Justice to halt the deportations.",
    ["HUNGOV>IGOUNOICJ 128 occurred", "IGOUNOICJ>HUNGOV 100 demanded"],
  ],
  [
    "The White House defied a federal judge's order to rehire the dismissed inspectors.",
    ["USAGOV>USAJUD 128 occurred", "USAJUD>USAGOV 100 demanded"],
  ],
  // a ceasefire the court did not order beside its other order
  [
    "The International Court of Justice ordered Israel to allow aid into Gaza, but did not order a ceasefire.",
    ["IGOUNOICJ>ISRGOV 1055 demanded", "IGOUNOICJ>ISRGOV 107 negated"],
  ],
  // an inquiry's finding with a past verb: the accusation and the investigation
  [
    "An Amnesty investigation found that Israeli troops shot unarmed protesters.",
    ["NGOAMN>ISRMIL 090 occurred", "NGOAMN>ISRMIL 112 occurred"],
  ],
  // a criminal case opened into an act: the investigation of its agent
  [
    "Georgian prosecutors opened a criminal case into Russian border guards who detained a shepherd near the boundary line.",
    ["GEOJUD>RUSCOP 091 occurred"],
  ],
  // "at the urging of X": X's appeal to the one who acts
  [
    "Kenyan President William Ruto travelled to Addis Ababa at the urging of South African President Cyril Ramaphosa.",
    ["KENGOV>ETH 042 occurred", "ZAFGOV>KENGOV 020 occurred"],
  ],
  ["Latvia invoked NATO consultations on Sunday.", ["LVAGOV>IGOWSTNAT 020 occurred"]],
  // must not fire: an order signed, a statement and a review of no actor
  ["Orban signed an order to extend the state of emergency.", []],
  ["A statement demanding that the concert be cancelled was signed by thousands of fans.", []],
  ["The airline said its review had found that a software fault caused the delays.", []],
]);
realCases(
  "roots 14, 18 and 20: crowds shown protesting, guards, linked gunmen, victims abroad (session 34, assault)",
  "2025-06-10",
  [
    // a crowd fired on and shown protesting (a participle, a "who" clause) also protests at its government
    [
      "Riot police in Tbilisi fired tear gas and rubber bullets at students marching through the city centre on Sunday night.",
      ["GEOCOP>GEO 175 occurred", "GEOCVL>GEOGOV 141 occurred"],
    ],
    [
      "Kenyan police fired water cannon at hundreds of opposition supporters who had rallied in Nairobi against the new tax law.",
      ["KENCOP>KEN 175 occurred", "KENCVL>KENGOV 141 occurred"],
    ],
    // guards of a named country are its police; a member noun "linked to" a named group is the group's
    [
      "Belarusian prison guards beat a jailed Polish journalist, his lawyer said on Tuesday.",
      ["BLRCOP>POLMED 182 reported"],
    ],
    [
      "Gunmen linked to the ADF killed 14 villagers in Congo's Ituri province on Saturday, a local official said.",
      ["CODREB>CODCVL 1823 reported"],
    ],
    // a deportation campaign set going is a mass expulsion; "hanged two prisoners" an execution
    ["Turkey began deporting undocumented Syrians from Istanbul on Monday.", ["TURGOV>SYR 201 occurred"]],
    [
      "Iran hanged two prisoners convicted of drug trafficking, the judiciary said.",
      ["IRNGOV>IRN 1823 occurred"],
    ],
    // the victims of a compound agent with the host state's forces are that state's people
    [
      "Burkinabe soldiers and Russian mercenaries killed about 70 people during a sweep through two northern villages, a rights group said.",
      ["BFAMIL>BFA 202 reported", "RUSUAF>BFA 202 reported"],
    ],
    // must not fire: a sport score, a noun the tagger reads as a verb after "of"
    ["Kazakhstan beat Latvia 4-1 in overtime in Astana on Saturday.", []],
    ["Germany's foreign ministry said the Iranian dissident bore signs of torture when he was freed.", []],
    // must not fire more: a crowd that is not shown protesting
    [
      "Togolese police fired tear gas at youths in Lome, who fled into nearby streets.",
      ["TGOCOP>TGO 175 occurred"],
    ],
    // a roadside bomb that kills another country's soldiers is aimed at them, not at the planters' own country
    [
      "Al-Shabaab fighters planted a roadside bomb that killed four Kenyan soldiers near Lamu, the Kenyan army said.",
      ["SOMREB>KENMIL 1833 reported"],
    ],
  ],
);
realCases(
  "mediators of prisoner exchanges, hosts of the uninvited and of acts in their presence, co-hosts (session 34, meet)",
  "2025-06-10",
  [
    // one who coordinates or oversees an exchange mediates between its parties (045 to each)
    [
      "Qatar's state security service said it had coordinated a prisoner exchange between Venezuela and the United States in Doha.",
      [
        "QATGOV>USAGOV 045 occurred",
        "QATGOV>VENGOV 045 occurred",
        "USAGOV>VENGOV 0841 reported",
        "VENGOV>USAGOV 0841 reported",
      ],
    ],
    [
      "Armenia freed four Azerbaijani soldiers on Tuesday, with Georgia's foreign ministry overseeing the exchange at the border.",
      ["ARMGOV>AZEMIL 0841 occurred", "GEOGOV>ARMGOV 045 occurred", "GEOGOV>AZEMIL 045 occurred"],
    ],
    // an invitation in the passive with no agent is the host's
    [
      "Norway hosted a donor conference on Yemen in Oslo on Monday, but the Houthis were not invited.",
      ["NORGOV>YEMREB 036 negated"],
    ],
    [
      "Ghana hosted a regional conference on the Sahel in Accra on Thursday, but Mali's junta was not invited.",
      ["GHAGOV>MLIMIL 036 negated"],
    ],
    // one in whose presence the parties act at home hosts them (043 to each)
    [
      "The defence ministers of Chad and Niger signed a border security pact in Rabat on Tuesday in the presence of Moroccan Foreign Minister Nasser Bourita.",
      [
        "MARGOV>NERGOV 043 occurred",
        "MARGOV>TCDGOV 043 occurred",
        "NERGOV>TCDGOV 057 occurred",
        "TCDGOV>NERGOV 057 occurred",
      ],
    ],
    // must not fire: co-hosts meet no one by hosting, no exchange overseen, no host of a gathering, a present leader
    // away from home
    ["Ghana and the African Union co-hosted a summit on maritime security in Accra on Monday.", []],
    ["Police oversaw the release of 30 detainees in Nairobi on Friday.", []],
    ["The minister was invited to speak at a university in Madrid.", []],
    [
      "Chad and Niger signed a border security pact in Rabat on Tuesday in the presence of French President Emmanuel Macron.",
      ["NERGOV>TCDGOV 057 occurred", "TCDGOV>NERGOV 057 occurred"],
    ],
  ],
);
realCases(
  "pronoun objects of one's own country and warnings that judge an act (session 34, disapprove)",
  "2025-06-10",
  [
    // "them" after a domestic act stands for the object of the source's own country, another sector than its own
    // (the arrest's target, read as the place's country, is left as it was)
    [
      "Kenyan police arrested dozens of opposition activists at a rally in Nairobi on Sunday, accusing them of plotting riots.",
      ["KENCOP>KEN 173 occurred", "KENCOP>KENOPP 112 occurred"],
    ],
    // a warning noun whose content foretells harm, or says the act must not do harm, is the warner's verdict (111)
    [
      "Georgia's parliament passed the media law on Tuesday despite warnings from the European Union that it would cripple press freedom.",
      ["IGOEUREEC>GEOLEG 111 occurred"],
    ],
    [
      "Australia and Japan signed a defence pact in Tokyo, drawing a warning from China that it should not target third parties.",
      [
        "AUSGOV>JPNGOV 057 occurred",
        "CHNGOV>AUSGOV 111 occurred",
        "CHNGOV>JPNGOV 111 occurred",
        "JPNGOV>AUSGOV 057 occurred",
      ],
    ],
    // a restated act warned to "drag" a country back into war; "back into war" is no backing
    [
      "Ethiopian troops crossed into Eritrea on Monday, a move the United Nations warned could drag the region back into war.",
      ["ETHMIL>ERI 192 occurred", "IGOUNO>ETHMIL 111 occurred"],
    ],
    // must not fire: no act to judge, and "them" with no actor of any country named
    ["Analysts warned that the drought could drag the region back into crisis.", []],
    ["Police in the capital arrested dozens of activists on Friday, accusing them of plotting riots.", []],
    // a verdict participle after a formal protest is coded beside it (`formal`), not taken as its echo
    [
      "The Philippines lodged a diplomatic protest on Monday against China's plan to build an airstrip on the reef, calling it a provocation.",
      ["PHLGOV>CHNGOV 111 occurred", "PHLGOV>CHNGOV 114 occurred"],
    ],
    [
      "Vietnam lodged a formal protest with Beijing over the deployment of a survey ship near its coast, calling it a serious violation of its sovereignty.",
      ["VNMGOV>CHNGOV 111 occurred", "VNMGOV>CHNGOV 114 occurred"],
    ],
    // must not change: after an accusation the verdict stays its echo
    [
      "Vietnam accused China of harassing its fishermen, calling it a serious violation of its sovereignty.",
      ["VNMGOV>CHNGOV 112 occurred"],
    ],
  ],
);
realCases(
  "claims of responsibility at home, refusals to disarm, vetoes at the drafter, denials at the accuser (session 34, say)",
  "2025-06-10",
  [
    // a claim of responsibility with no victim of another country named is aimed at the claimant's own country
    [
      "The Baloch Liberation Army claimed responsibility for a bomb attack on a passenger train in Balochistan that killed nine people.",
      ["PAKREB>PAK 015 occurred"],
    ],
    // "claimed the attack", "said it had carried out the attack" claim it
    [
      "A faction of the Pakistani Taliban claimed the attack on a police station in Bannu.",
      ["PAKREB>PAK 015 occurred"],
    ],
    ["Al-Shabab said it had carried out the attack on a hotel in Kismayo.", ["SOMREB>SOM 015 occurred"]],
    // "said in a statement claiming the attack": the sayer claims it
    [
      "Gunmen stormed a police post in Dera Ismail Khan overnight, and the Pakistani Taliban said in a statement claiming the attack that more would follow.",
      ["PAKREB>PAKUAF 015 occurred"],
    ],
    // must not fire: a subject that names nobody is no actor, not the sayer of the clause before
    ["No group claimed responsibility for the bombing of a market in Maiduguri, police said.", []],
    [
      "A car bomb killed six soldiers near Peshawar, officials said, and no group has claimed the attack.",
      [],
    ],
    // an armed group that will not hand over its weapons refuses its own state (124)
    [
      "Hezbollah said it would not hand over its weapons to the Lebanese army.",
      ["LBNREB>LBNMIL 124 occurred"],
    ],
    ["The Syrian Democratic Forces said they would not lay down their arms.", ["SYRREB>SYR 124 occurred"]],
    // must not fire: a state's nuclear arsenal
    ["North Korea said it would never give up its nuclear weapons.", []],
    // a veto is aimed at the drafter the sentence names, not at the council
    [
      "China vetoed a Security Council resolution on Myanmar on Tuesday, a draft put forward by Britain.",
      ["CHNGOV>GBRGOV 129 occurred"],
    ],
    ["Russia vetoed a UN resolution on Georgia, which Japan had drafted.", ["RUSGOV>JPNGOV 129 occurred"]],
    [
      "The United States vetoed a Brazilian draft resolution at the Security Council.",
      ["USAGOV>BRA 129 occurred"],
    ],
    // must not change: no drafter named, the council
    ["China vetoed a draft resolution at the Security Council on Thursday.", ["CHNGOV>IGOUNO 129 occurred"]],
    // a denial beside a report of the denier's own act answers the one who reported it
    [
      "The United States said Russian forces had fired cluster munitions at Ukrainian towns, and Moscow denied the charge.",
      ["RUSGOV>USAGOV 016 occurred", "RUSMIL>UKR 193 reported"],
    ],
    [
      "Romania denied supplying ammunition to Israel after Iran's foreign ministry said Romanian firms were shipping shells to the Israeli army.",
      ["ROUBUS>ISRMIL 072 reported", "ROUGOV>IRNGOV 016 occurred"],
    ],
    [
      "A Chinese drone crossed into Taiwan's airspace on Tuesday, the Japanese defence ministry said, as Beijing denied sending any aircraft.",
      ["CHNGOV>JPNGOV 016 occurred", "CHNMIL>TWN 192 reported"],
    ],
    // must not change: a report in a clause of its own after the denial
    [
      "China's foreign ministry denied sending spies to Australia, and Canberra's ambassador said talks would continue.",
      ["CHNGOV>AUSGOV 016 occurred"],
    ],
  ],
);
realCases(
  "force posture and fighting sent, joined or aimed past the first actor (session 34, fight)",
  "2025-03-10",
  [
    // forces sent "as a warning to X" or "in what officials described as a message to X" show force to X
    [
      "The Pentagon ordered a second destroyer to the Red Sea as a warning to the Houthis.",
      ["USAMIL>YEMREB 150 occurred"],
    ],
    [
      "Washington sent B-52 bombers to Guam in what officials described as a signal to Beijing.",
      ["USAGOV>CHNGOV 150 occurred"],
    ],
    [
      "Three American carrier strike groups were ordered to the Arabian Sea as a warning to Tehran.",
      ["USA>IRNGOV 150 occurred"],
    ],
    // a strike on a building where a group's leaders gathered also hits those gathered
    [
      "U.S. aircraft struck a compound in Syria where Islamic State leaders were meeting.",
      ["USAMIL>IMGREB 195 occurred", "USAMIL>SYR 190 occurred"],
    ],
    // a combat readiness patrol shows force to the sentence's other country
    [
      "China's navy conducted a combat readiness patrol near Second Thomas Shoal as the Philippines resupplied its troops.",
      ["CHNMIL>PHLGOV 150 occurred"],
    ],
    // an ambush of soldiers is fighting
    ["Al-Shabab fighters ambushed Kenyan soldiers near the Somali border.", ["SOMREB>KENMIL 190 occurred"]],
    // the helper of an interception joins it, beside its aid to the party helped
    [
      "Iran fired drones at Israel, and the Israeli military said most were intercepted with the help of British jets.",
      [
        "GBRMIL>IRNGOV 190 reported",
        "GBRMIL>ISRMIL 070 reported",
        "IRNGOV>ISR 195 occurred",
        "ISRMIL>IRNGOV 190 occurred",
      ],
    ],
    // a base in one country hosting another's troops: both are hit
    [
      "Iran fired missiles at a military base in Iraq which hosts American troops.",
      ["IRNGOV>IRQ 195 occurred", "IRNGOV>USAMIL 195 occurred"],
    ],
    // drills in a sea "between" two countries show force to both; a task group is a military force
    [
      "A Chinese naval task group staged live-fire exercises in the Coral Sea between Australia and Papua New Guinea on Monday.",
      ["CHNMIL>AUSGOV 150 occurred", "CHNMIL>PNGGOV 150 occurred"],
    ],
    // must not fire: flights forced to divert by drills, people crossing a border, the place's own people gathered
    [
      "Chinese warships held live-fire drills off Hainan, forcing two Vietnamese passenger flights to divert.",
      ["CHNMIL>VNM 150 occurred"],
    ],
    ["Guatemala stopped asylum-seekers from crossing into Mexico at the Tecun Uman bridge.", []],
    [
      "Russian missiles hit a school in Kharkiv where Ukrainian children were sheltering.",
      ["RUSMIL>UKR 190 occurred"],
    ],
    ["The ministry sent a message to the company's shareholders.", []],
    // the group whose hideouts are struck is hit, and the place after "in" when it is another country
    [
      "Pakistani jets bombed hideouts of the Pakistani Taliban inside Afghanistan overnight.",
      ["PAKMIL>AFGGOV 190 occurred", "PAKMIL>PAKREB 190 occurred"],
    ],
    ["Israeli jets struck positions of Hezbollah in southern Lebanon.", ["ISRMIL>LBNREB 190 occurred"]],
  ],
);
realCases(
  "yield, reduce relations and coerce: posts, mediators, brokers, burning and second acts (session 34, yield)",
  "2025-06-10",
  [
    // an envoy's "to" phrase is part of his noun phrase between two pattern words
    [
      "Ottawa declared Iran's ambassador to Canada persona non grata on Tuesday.",
      ["CANGOV>IRNGOV 166 occurred"],
    ],
    // stepping down as mediator ends the mediation, toward each party
    [
      "Kenya said on Friday it would step down as mediator between Ethiopia and Eritrea.",
      ["KENGOV>ERIGOV 165 scheduled", "KENGOV>ETHGOV 165 scheduled"],
    ],
    // a deal left with no partner named: the other party, never its broker
    [
      "Turkey pulled out of the gas deal on Tuesday, ending an arrangement brokered by the European Union that had let Greece buy cheap electricity.",
      ["IGOEUREEC>GRCGOV 045 occurred", "IGOEUREEC>TURGOV 045 occurred", "TURGOV>GRCGOV 160 occurred"],
    ],
    // homes burnt by an armed group: property destroyed, in its own country
    [
      "Al-Shabaab fighters killed 70 people in a village in central Somalia on Sunday, torching homes.",
      ["SOMREB>SOM 1712 occurred", "SOMREB>SOM 202 occurred"],
    ],
    // an envoy and troops withdrawn: the recall and the troops' withdrawal
    [
      "Chad will withdraw its ambassador and its roughly 1,000 troops from Sudan by the end of the year, the government said.",
      ["TCDGOV>SDNGOV 087 scheduled", "TCDGOV>SDNGOV 161 scheduled"],
    ],
    // UN inspectors are the IAEA's (data/actors/igos.txt)
    [
      "North Korea has not allowed UN inspectors back into the Yongbyon complex since 2009.",
      ["PRKGOV>IGOUNOIAE 0862 negated"],
    ],
    // must not fire
    ["The minister stepped down as party leader on Monday.", []],
    ["The company pulled out of the deal, citing rising costs.", []],
    ["A wildfire burned homes and farms in the valley, officials said.", []],
  ],
);
realCases("forces sent in the passive with no agent, by their own state (session 34, coop)", "2025-06-10", [
  // the force's state sends it to the country named after the pattern's words
  [
    "Rwandan troops have been sent to the Central African Republic, the government in Kigali said.",
    ["RWAMIL>CAFGOV 074 occurred"],
  ],
  ["Chadian soldiers will be deployed to Niger next month.", ["TCDMIL>NERGOV 074 scheduled"]],
  // a negation in the auxiliary chain still reads the subject's head noun
  [
    "Italian police officers would not be sent to Libya, Meloni said on Friday.",
    ["ITACOP>LBYGOV 074 negated"],
  ],
  [
    "Spanish soldiers were not deployed to Mali, the Spanish defence ministry said.",
    ["ESPMIL>MLIGOV 074 negated"],
  ],
  // must not fire: a place of the force's own country, no actor after the pattern
  ["Ukrainian troops were sent to Kharkiv on Monday.", []],
  ["Turkish troops were sent to the border on Monday.", []],
  // must not change: the active
  ["Kenya deployed 400 police officers to Haiti on Tuesday.", ["KENGOV>HTIGOV 074 occurred"]],
]);
realCases(
  'a bare "joined" with an alliance or bloc for object is accession (session 34, coop)',
  "2024-01-01",
  [
    ["Montenegro joined NATO on Monday.", ["MNEGOV>IGOWSTNAT 057 occurred"]],
    [
      "Montenegro would be safer if it joined the EU, its president said.",
      ["MNEGOV>IGOEUREEC 057 hypothetical"],
    ],
    // must not fire: the infinitive of a bid, a partner joined ("joined Russia in condemning")
    ["Sweden's bid to join NATO stalled for months.", []],
    ["Hungary joined Russia in blocking the vote.", []],
  ],
);
realCases(
  "a count before a group of states names its members named before (session 34, coop)",
  "2023-03-01",
  [
    [
      "China criticised Norway and Denmark on Tuesday, and the two Nordic countries summoned its ambassadors.",
      [
        "CHNGOV>DNKGOV 111 occurred",
        "CHNGOV>NORGOV 111 occurred",
        "DNKGOV>CHNGOV 114 occurred",
        "NORGOV>CHNGOV 114 occurred",
      ],
    ],
    // must not change: a count that is the whole group, or more than the states named
    [
      "NATO deployed troops to the three Baltic states.",
      ["IGOWSTNAT>ESTGOV 074 occurred", "IGOWSTNAT>LTUGOV 074 occurred", "IGOWSTNAT>LVAGOV 074 occurred"],
    ],
  ],
);
realCases(
  "a passive in a relative clause reported by a sayer acts on the antecedent (session 34, coop)",
  "2024-03-01",
  [
    [
      "Houthi rebels, whom a UN panel of experts says are backed by several hundred Iranian soldiers, seized the port of Hodeidah on Monday.",
      ["IRNMIL>YEMREB 072 reported", "YEMREB>YEM 192 occurred"],
    ],
    [
      "Houthi rebels, whom a Saudi spokesman says are backed by Iranian troops, attacked the port of Jizan.",
      ["IRNMIL>YEMREB 072 reported", "YEMREB>SAU 190 occurred"],
    ],
  ],
);

realCases(
  "pair nouns as the object of an appeal: the sides asked, not the askers (session 34, actors)",
  "2025-06-10",
  [
    // "urged both neighbours" after a coordinated subject: the two states named before it, not the subject pair
    [
      "Vietnam accused China of ramming a fishing boat, as India and Indonesia urged both neighbours to exercise restraint.",
      [
        "IDNGOV>CHNGOV 0256 occurred",
        "IDNGOV>VNMGOV 0256 occurred",
        "INDGOV>CHNGOV 0256 occurred",
        "INDGOV>VNMGOV 0256 occurred",
        "VNMGOV>CHNGOV 112 occurred",
      ],
    ],
    // "called on both sides" by an organisation's head: the two states named before, the organisation left out
    [
      "Armenia accused Azerbaijan of shelling border villages, while the UN secretary-general called on both sides to show restraint.",
      ["ARMGOV>AZEGOV 112 occurred", "IGOUNO>ARMGOV 0256 occurred", "IGOUNO>AZEGOV 0256 occurred"],
    ],
    // "called on the parties" with no two sides named: the country whose place the sentence names
    [
      "Clashes erupted in Mogadishu on Sunday, and Kenya called on the parties to return to talks.",
      ["KENGOV>SOM 026 occurred"],
    ],
    // must not fire: pair nouns with no act
    ["Fans on both sides of the stadium cheered as the teams walked out.", []],
    ["Voters in both countries go to the polls next month, the electoral commissions said.", []],
  ],
);

realCases("status: meetings reported by officials, reports acted on (session 34, status)", "2025-06-10", [
  // a meeting, a hosting or another reciprocal act between states that officials or diplomats report is the parties' own
  [
    "The foreign ministers of Kenya and Tanzania met in Arusha on Thursday, officials said.",
    ["KENGOV>TZAGOV 040 occurred", "TZAGOV>KENGOV 040 occurred"],
  ],
  [
    "Vietnam hosted the defence ministers of Laos and Cambodia in Hanoi on Monday for talks on border security, diplomats said.",
    ["VNMGOV>KHMGOV 043 occurred", "VNMGOV>LAOGOV 043 occurred"],
  ],
  // a report that is the object of a verb is acted on: the finding it answers is no report
  [
    "A UN panel of experts concluded that Eritrean troops had killed civilians in Tigray, and Eritrea's information ministry dismissed the report as fabricated.",
    ["ERIGOV>IGOUNO 016 occurred", "IGOUNO>ERIMIL 112 occurred"],
  ],
  // must not fire: witnesses are a third party, officials reporting a one-way act, a report that is the source
  [
    "Egypt and Jordan held talks in Cairo on Wednesday, witnesses said.",
    ["EGYGOV>JORGOV 040 reported", "JORGOV>EGYGOV 040 reported"],
  ],
  [
    "Kenyan police arrested two Ugandan opposition activists in Nairobi, officials said.",
    ["KENCOP>UGAOPP 173 reported"],
  ],
  ["Russian forces shelled Kharkiv on Sunday, according to a UN report.", ["RUSMIL>UKR 194 reported"]],
  ["The ministry rejected the report as distorted and false.", []],
]);

realCases(
  "drills near a border with another country or involving troops near it, orders readying forces (session 34, lexicon)",
  "2025-06-10",
  [
    // drills near or close to a border "with" a country show force to it (150), not joint drills with it (062)
    [
      "Russia ordered snap military drills near the border with Finland on Wednesday.",
      ["RUSGOV>FINGOV 150 occurred"],
    ],
    [
      "Belarus began large-scale exercises close to its border with Lithuania, the defence ministry in Minsk said.",
      ["BLRGOV>LTUGOV 150 occurred"],
    ],
    // drills "involving" troops near a country, as the noun drills near it
    ["Pyongyang announced artillery drills involving troops near South Korea.", ["PRKGOV>KOR 150 scheduled"]],
    // must not fire: no actor on either side
    ["A ministry spokesman said the drills involving reservists near the border would end on Friday.", []],
    ["Villagers living near the border with Myanmar said they heard gunfire overnight.", []],
    // must not change: drills with a named partner stay joint
    [
      "Azerbaijan held naval exercises with Turkey in the Caspian Sea on Monday.",
      ["AZEGOV>TURGOV 062 occurred", "TURGOV>AZEGOV 062 occurred"],
    ],
    // an order that readies forces for war, or has them "put"/"placed" on alert, is the alert itself (152)
    [
      "Azerbaijan's president ordered the armed forces to prepare for war with Armenia, his office said.",
      ["AZEGOV>ARMGOV 152 occurred"],
    ],
    [
      "Belarus ordered its rocket forces placed on alert as Poland moved troops to the border.",
      ["BLRGOV>POLGOV 152 occurred", "POLGOV>BLRGOV 154 occurred"],
    ],
    // must not fire: orders to no forces of any actor
    ["The coach ordered his players to prepare for the final.", []],
    ["The ministry ordered hospitals put on alert for flooding.", []],
  ],
);

realCases("a group's targets struck in a place (session 34, strikein)", "2025-03-10", [
  // the group named before the targets is hit, and the place after "in" when it is another country (onward)
  [
    "Pakistani jets struck Pakistani Taliban hideouts in Afghanistan's Khost province on Monday, the army said.",
    ["PAKMIL>AFGGOV 190 occurred", "PAKMIL>PAKREB 190 occurred"],
  ],
  [
    "Turkish drones hit PKK positions in northern Syria, the defence ministry said.",
    ["TURMIL>SYRGOV 190 occurred", "TURMIL>TURREB 190 occurred"],
  ],
  // the group's own country is one event
  ["Israeli aircraft struck Hamas targets across Gaza on Thursday.", ["ISRMIL>PSEREB 190 occurred"]],
  // must not change: targets with no group stay the place's (19.strike-in)
  ["Russian missiles struck energy facilities in western Ukraine overnight.", ["RUSMIL>UKR 190 occurred"]],
  // must not fire: no actor struck
  ["Archers hit targets in the final round of the tournament on Sunday.", []],
  ["The company hit its sales targets in Europe for the third year running.", []],
]);

realCases("a boycott told in a clause on the vote it was aimed at (session 34, precision)", "2025-06-10", [
  // must not fire: the boycott only describes the vote (a reduced passive, an object relative with or without "that")
  [
    "Tunisia's President Kais Saied was sworn in for a second term on Monday after winning an election boycotted by most opposition parties.",
    [],
  ],
  [
    "Guinea's junta published the final results on Saturday, days after a constitutional referendum that the main opposition parties had boycotted.",
    [],
  ],
  [
    "Chad's ruling party won a large majority in parliament in a vote the main opposition parties had boycotted, the election agency said.",
    [],
  ],
  // must still fire: the boycott is the clause's own act
  [
    "Chad's main opposition coalition said it would boycott the legislative elections due on December 29.",
    ["TCDOPP>TCDGOV 143 scheduled"],
  ],
  [
    "Opposition parties in Guinea boycotted Sunday's constitutional referendum.",
    ["GINOPP>GINGOV 143 occurred"],
  ],
]);

realCases("plain support within one country (session 34, precision)", "2024-07-01", [
  // must not fire: support (050) between two actors of one country
  [
    "Voters in Mongolia backed the expansion of the country's parliament in a referendum, the election commission said.",
    [],
  ],
  [
    "Malawi's parliament passed an electoral reform law on Tuesday, backed by President Lazarus Chakwera.",
    [],
  ],
  // must still fire: support of another country
  [
    "Kenya backed Somalia's bid to join the East African Community, the Kenyan foreign ministry said.",
    ["KENGOV>SOMGOV 050 occurred"],
  ],
]);

realCases("material cooperation within one country (session 34, precision)", "2024-07-01", [
  // must not fire more: the freed fishermen handed over to their own country's officials are no 063
  [
    "Sri Lanka freed 12 Indian fishermen who had served their sentences and handed them over to Indian officials in Jaffna.",
    ["LKAGOV>INDAGR 0841 occurred"],
  ],
  // must still fire: an extradition to another country
  [
    "Honduras extradited Juan Orlando Hernandez, the country's former president, to the United States to face drug trafficking charges.",
    ["HNDGOV>USAGOV 063 occurred"],
  ],
]);

realCases(
  "a charge after an act that named no one; a named charge denied (session 35, second-hi)",
  "2025-03-10",
  [
    // the act with no target of its own is aimed at the party the ", accusing / blaming" participle charges
    [
      "Kazakhstan pulled out of a regional security summit in Bishkek on Friday, accusing Kyrgyzstan of harbouring armed militants.",
      ["KAZGOV>KGZGOV 112 occurred", "KAZGOV>KGZGOV 125 occurred"],
    ],
    [
      "Egypt withdrew from the water talks in Khartoum, blaming Ethiopia for the deadlock.",
      ["EGYGOV>ETHGOV 112 occurred", "EGYGOV>ETHGOV 125 occurred"],
    ],
    // must not fire: the participle charges no actor
    [
      "Hungary's foreign minister walked out of a conference in Vienna on Tuesday, accusing the organisers of bias.",
      [],
    ],
    // a charge denied with its "that" clause is also its author's accusation of the denier
    [
      "Kenya dismissed as baseless a Somali claim that Kenyan troops had seized a border town in the Gedo region.",
      ["KENGOV>SOM 016 occurred", "SOM>KENGOV 112 occurred"],
    ],
    // must not fire: no "that" clause states the charge
    [
      "Ecuador rejected Peru's accusations as politically motivated on Monday.",
      ["ECUGOV>PERGOV 016 occurred"],
    ],
  ],
);

realCases("a second act between a coded pair (session 35, second-lo)", "2024-06-01", [
  // a noun act heading its own clause's subject is coded beside a verb act of its root between the pair
  [
    "A truce between Russia and Ukraine took effect on Saturday evening, and Russia handed back 246 Ukrainian soldiers in exchange for prisoners released by Ukraine.",
    [
      "RUSGOV>UKRGOV 0871 occurred",
      "RUSGOV>UKRMIL 0841 occurred",
      "UKRGOV>RUSGOV 084 occurred",
      "UKRGOV>RUSGOV 0871 occurred",
    ],
  ],
  [
    "A proposed meeting between Zelensky and Putin in Istanbul was put on hold after Russian and Ukrainian negotiators held talks there.",
    [
      "RUSGOV>UKRGOV 040 occurred",
      "RUSGOV>UKRGOV 040 postponed",
      "UKRGOV>RUSGOV 040 occurred",
      "UKRGOV>RUSGOV 040 postponed",
    ],
  ],
  [
    "A planned visit to Beijing by Blinken was postponed after Chinese and American officials spoke by phone.",
    ["CHNGOV>USAGOV 041 occurred", "USAGOV>CHNGOV 041 occurred", "USAGOV>CHNGOV 042 postponed"],
  ],
  // must not fire: a ceasefire between no actors
  [
    "A ceasefire between the two armies took effect at dawn on Sunday after weeks of clashes along the frontier.",
    [],
  ],
  // an inquiry's finding, reported with a pronoun or as grounds found, is also its investigation
  [
    "A UN fact-finding mission said it had found evidence that Myanmar's military committed war crimes in Rakhine state.",
    ["IGOUNO>MMRMIL 090 occurred", "IGOUNO>MMRMIL 1124 occurred"],
  ],
  [
    "A UN investigation found reasonable grounds to believe that Russian forces committed torture in occupied Kherson.",
    ["IGOUNO>RUSMIL 090 occurred", "IGOUNO>RUSMIL 112 occurred"],
  ],
  // must not fire more: a plain report of a deed is the accusation alone; a finding about no actor is nothing
  [
    "UN investigators said Russian forces had committed war crimes in the Kharkiv region.",
    ["IGOUNO>RUSMIL 1124 occurred"],
  ],
  ["The inquiry said it had found evidence that the dam collapsed because of years of poor maintenance.", []],
  // an arms purchase that is the purpose of a signed deal naming no seller is the other signer's sale
  [
    "Greece signed a deal with France on Monday to buy six more Rafale fighter jets for its air force.",
    ["FRAGOV>GRCGOV 057 occurred", "FRAGOV>GRCGOV 062 occurred", "GRCGOV>FRAGOV 057 occurred"],
  ],
  [
    "Croatia and France signed a deal in Zagreb for Croatia to buy 12 used Rafale fighter jets.",
    ["FRAGOV>HRVGOV 057 occurred", "FRAGOV>HRVGOV 062 occurred", "HRVGOV>FRAGOV 057 occurred"],
  ],
  // must not fire: a purchase only planned; must not change: a deal with a maker is the signing alone (e-0459)
  ["Poland plans to buy 32 more F-35 fighter jets from next year, the defence minister said.", []],
  [
    "Indonesia's defence minister signed a deal with French manufacturer Dassault to buy 42 Rafale fighter jets.",
    ["FRABUS>IDNGOV 057 occurred", "IDNGOV>FRABUS 057 occurred"],
  ],
]);

realCases("phone calls, help to fight, protect as a purpose (session 35, precision)", "2024-03-20", [
  // must not fire: "call from X for" inside a phone call's own phrase is no appeal from X
  [
    "Pakistan's prime minister apologised to Afghanistan's foreign minister in a phone call from Riyadh for the deaths of Afghan civilians in a border strike.",
    ["AFGGOV>PAKGOV 041 occurred", "PAKGOV>AFGGOV 041 occurred", "PAKGOV>AFGGOV 055 occurred"],
  ],
  [
    "Senegal's president thanked Mali's junta leader in a phone call from Paris for the release of Senegalese truck drivers.",
    ["MLIGOV>SENGOV 041 occurred", "SENGOV>MLIGOV 041 occurred", "SENGOV>MLIGOV 051 occurred"],
  ],
  // must not fire: after "help" and a verb of fighting the actor is the enemy fought, not the one aided
  [
    "Tanzanian soldiers arrived in northern Mozambique to help fight insurgents linked to the Islamic State, the Tanzanian army said.",
    ["TZAMIL>MOZ 074 occurred"],
  ],
  ["Nigeria's president said he would allow foreign troops to help fight Boko Haram in the northeast.", []],
  // must not fire: guarding or protecting X as the purpose of another act is no aid to X
  [
    "Greek police were deployed to guard the Turkish consulate in Thessaloniki ahead of the demonstration.",
    [],
  ],
  ["Germany said it would take all necessary steps to protect German carmakers from the new tariffs.", []],
  // must still fire: an appeal "call from X for" outside a phone call, and the one helped named before the verb
  [
    "Putin rejected a call from Macron for a truce.",
    ["FRAGOV>RUSGOV 020 occurred", "RUSGOV>FRAGOV 127 occurred"],
  ],
  [
    "Kenya's parliament approved the deployment of police officers to help Haitian police fight armed gangs.",
    ["KENLEG>HTICOP 070 occurred"],
  ],
]);

realCases("releases by a member of a compound subject (session 35, precision)", "2024-08-01", [
  // must not fire: a party to a swap frees none of its own country's people
  [
    "Belarus and Poland exchanged detained citizens at the border, freeing a Polish journalist held for three years.",
    ["BLRGOV>POLGOV 0841 occurred", "POLGOV>BLRGOV 0841 occurred"],
  ],
  [
    "Iran and the United States completed a prisoner swap in Doha, freeing five American citizens, Qatar's foreign ministry said.",
    ["IRNGOV>USAGOV 0841 reported", "USAGOV>IRNGOV 0841 reported"],
  ],
  // must still fire: one state freeing another country's citizen
  [
    "Belarus freed 14 political prisoners, including a U.S. citizen, after a visit by an American envoy.",
    ["BLRGOV>USACVL 0841 occurred"],
  ],
]);

realCases("an inquiry's report of another party's act (session 35, pair-lo)", "2023-09-20", [
  // an inquiry body's report is its finding: the accusation (112x) and its investigation (090), the deed reported
  [
    "A UN commission of inquiry said Ethiopian troops had executed dozens of civilians in the Tigray town of Axum.",
    ["ETHMIL>ETHCVL 1823 reported", "IGOUNO>ETHMIL 090 occurred", "IGOUNO>ETHMIL 112 occurred"],
  ],
  [
    "A UN fact-finding mission said on Monday that Nicaraguan police had tortured jailed opposition activists.",
    ["IGOUNO>NICCOP 090 occurred", "IGOUNO>NICCOP 112 occurred", "NICCOP>NICOPP 1822 reported"],
  ],
  [
    "A U.N. fact-finding mission said Sudan's army had committed war crimes in the battle for Omdurman.",
    ["IGOUNO>SDNMIL 090 occurred", "IGOUNO>SDNMIL 1124 occurred"],
  ],
  // must not fire: investigators' report (no inquiry body), a report on no party, a disaster
  [
    "UN investigators said Houthi fighters had detained aid workers in Sanaa.",
    ["YEMREB>YEMNGO 173 reported"],
  ],
  [
    "The UN commission of inquiry said its final report would be presented to the Human Rights Council in March.",
    [],
  ],
  ["A UN fact-finding mission said the floods had displaced thousands of families in eastern Sudan.", []],
]);

realCases("aid pledged by another donor after an aid act (session 35, pair-lo)", "2023-09-14", [
  // a pledge of aid after ", and" that names no recipient goes to the recipient of the aid act before it
  [
    "Turkey sent search and rescue teams to Morocco after the earthquake, and Germany pledged five million euros in emergency aid.",
    ["DEUGOV>MARGOV 033 occurred", "TURGOV>MARGOV 073 occurred"],
  ],
  [
    "Qatar flew tents and medicine to Libya after the floods in Derna, and Italy promised humanitarian aid.",
    ["ITAGOV>LBYGOV 033 occurred", "QATGOV>LBYGOV 073 occurred"],
  ],
  // must not change: a pledge that names its own recipient
  [
    "Turkey sent search and rescue teams to Morocco after the earthquake, and Germany pledged emergency aid to Libya.",
    ["DEUGOV>LBYGOV 033 occurred", "TURGOV>MARGOV 073 occurred"],
  ],
]);

realCases(
  "pair misses: the party wanted, sites' users, a place's owner, defied orders, joint acts judged (session 35, pair-hi)",
  "2024-06-01",
  [
    // an extradition or its refusal is aimed at the one who wants the person, not the person's own country
    [
      "A court in Vienna refused to extradite a Kazakh banker wanted by Russia on fraud charges, citing the risk of an unfair trial.",
      ["AUTJUD>RUSGOV 121 occurred"],
    ],
    [
      "Bulgaria extradited a Russian citizen wanted by the United States for money laundering on Friday.",
      ["BGRGOV>USAGOV 063 occurred"],
    ],
    // sites struck that a reduced passive says a party uses hit that party as well as the place
    [
      "Israeli jets struck weapons depots in Syria used by Hezbollah on Tuesday, the military said.",
      ["ISRMIL>LBNREB 190 occurred", "ISRMIL>SYR 190 occurred"],
    ],
    // the owner "its" stands for is hit, not the place its base stands in
    [
      "The UN mission in South Sudan said South Sudanese troops had shelled its base in Malakal, wounding three peacekeepers.",
      ["SSDMIL>IGOUNO 194 reported"],
    ],
    [
      "The African Union mission said Somali soldiers had fired on its convoy in Baidoa, killing a driver.",
      ["SOMMIL>IGOAFRAFU 193 reported"],
    ],
    // must not fire: no actor wants the person, no actor strikes, no actor destroys
    ["A Spanish court refused to extradite a businessman wanted by prosecutors in his home country.", []],
    ["Drones struck fuel depots in Kharkiv used by local farmers overnight.", []],
    ["The storm destroyed its headquarters in Naqoura, the UN mission said.", []],
    // acting despite a named actor's order to do otherwise defies it; no actor orders, nothing
    [
      "Britain deported 40 Albanian men to Tirana on Tuesday despite a British judge's order to halt the flight.",
      ["GBRGOV>ALBCVL 174 occurred", "GBRGOV>GBRJUD 128 occurred"],
    ],
    ["The army kept up its offensive despite orders to withdraw.", []],
    // a reaction restating a joint act reaches each of its parties; a restated visit only the visitor
    [
      "Chinese naval ships held joint drills with Cambodia's navy off Ream, a move Vietnam's foreign ministry called destabilising.",
      [
        "CHNMIL>KHMMIL 062 occurred",
        "KHMMIL>CHNMIL 062 occurred",
        "VNMGOV>CHNMIL 111 occurred",
        "VNMGOV>KHMMIL 111 occurred",
      ],
    ],
    [
      "Viktor Orban met Vladimir Putin in Moscow on Friday, a visit the European Commission called a betrayal.",
      ["HUNGOV>RUSGOV 040 occurred", "IGOEUREEC>HUNGOV 111 occurred", "RUSGOV>HUNGOV 040 occurred"],
    ],
  ],
);

realCases(
  "a noun event's postponement past a relative or a joined noun phrase (session 35, status)",
  "2025-03-10",
  [
    // the verb after an object relative whose subject is an actor with its determiner
    [
      "A round of border talks between Armenia and Azerbaijan that the EU had planned for Friday has been postponed, diplomats said.",
      ["ARMGOV>AZEGOV 040 postponed", "AZEGOV>ARMGOV 040 postponed"],
    ],
    [
      "The visit to Seoul by Japan's foreign minister that the two governments had planned for March was called off.",
      ["JPNGOV>KORGOV 042 cancelled"],
    ],
    // an "and" inside the noun phrase: joined modifiers, an actor and its partners
    [
      "Fiji's prime minister said talks with New Zealand over the fisheries and security agreement had been put off until after the election.",
      ["FJIGOV>NZLGOV 040 postponed", "NZLGOV>FJIGOV 040 postponed"],
    ],
    [
      "The signing of a defence pact between Japan and the Philippines and their regional partners was delayed until next year.",
      ["JPNGOV>PHLGOV 057 postponed", "PHLGOV>JPNGOV 057 postponed"],
    ],
    // must not fire: an "and" after the noun event's own verb joins clauses
    [
      "Talks between Fiji and Tonga ended on Monday and new elections were postponed.",
      ["FJIGOV>TONGOV 040 occurred", "TONGOV>FJIGOV 040 occurred"],
    ],
    ["A round of talks that the ministry had planned for Friday has been postponed.", []],
  ],
);

realCases("a Karabakh descriptor names Armenia's forces (session 35, actors)", "2023-09-28", [
  // the region's short name before a sector noun gives it ARM, as the gold sets code Karabakh's separatists
  [
    "Azerbaijani police detained a former Karabakh separatist leader at the Lachin checkpoint on Wednesday.",
    ["AZECOP>ARMREB 173 occurred"],
  ],
  [
    "Karabakh's separatist authorities accused Azerbaijani troops of shelling villages near Stepanakert.",
    ["ARMREB>AZEMIL 112 occurred"],
  ],
  // must not fire: the region's people moving, and the full name as a mere place
  ["Thousands of Karabakh Armenians crossed into Armenia on Tuesday, queuing for hours at the border.", []],
  ["Snow closed the mountain road through Nagorno-Karabakh on Friday, local media said.", []],
]);

realCases(
  "root confusions: counted peoples killed, offers dismissed, refusals in prospect (session 35, rootconf)",
  "2024-07-10",
  [
    // a toll of at least 50 of a people named by its demonym is a mass killing; a strike that kills them is also the strike
    [
      "Israeli troops killed more than 60 Palestinians near an aid distribution site in Rafah on Tuesday.",
      ["ISRMIL>PSE 202 occurred"],
    ],
    [
      "Israeli air strikes killed more than 150 Palestinians in Khan Younis overnight.",
      ["ISR>PSE 195 occurred", "ISR>PSE 202 occurred"],
    ],
    // counted fighters killed are fought; a smaller toll stays a killing
    [
      "Nigerian troops killed more than 70 Boko Haram fighters in Borno state, the army said.",
      ["NGAMIL>NGAREB 190 occurred"],
    ],
    ["Israeli troops killed 12 Palestinians in a raid on the Jenin camp.", ["ISRMIL>PSE 1823 occurred"]],
    // must not fire: no named killer
    ["Gunmen killed more than 60 people in an attack on a village in Plateau state.", []],
    ["Floods killed more than 200 people in northern Nigeria, the emergency agency said.", []],
    // an offer dismissed is refused; criticism dismissed stays a verdict; a lawsuit dismissed by an unnamed court is nothing
    ["North Korea dismissed Seoul's overtures as a naive daydream.", ["PRKGOV>KORGOV 120 occurred"]],
    ["Moscow dismissed the Polish criticism as hysteria.", ["RUSGOV>POL 111 occurred"]],
    ["A regional court dismissed the lawsuit as inadmissible on Tuesday.", []],
    // a reciprocal act one side says it will not do is its act alone; "would never negotiate" is its refusal
    [
      "Armenia's prime minister said he would not meet Aliyev while the border dispute remained unresolved.",
      ["ARMGOV>AZEGOV 040 negated"],
    ],
    [
      "Kenya's president said his government would never negotiate with al-Shabaab.",
      ["KENGOV>SOMREB 125 occurred"],
    ],
    // must still fire both ways: a meeting that did not happen
    [
      "Modi and Shehbaz Sharif did not meet at the summit in Astana.",
      ["INDGOV>PAKGOV 040 negated", "PAKGOV>INDGOV 040 negated"],
    ],
  ],
);

realCases("the social network X and Twitter are a U.S. business (session 35, actors2)", "2024-05-16", [
  // the network's news phrases name the company: the owner's possessive, the network noun before "X"
  [
    "India's government opened an investigation into Elon Musk's X on Thursday.",
    ["INDGOV>USABUS 090 occurred"],
  ],
  [
    "Russia's communications regulator accused the social network X of refusing to delete banned content.",
    ["RUSGOV>USABUS 112 occurred"],
  ],
  [
    "Germany's justice minister criticised Twitter for leaving hate speech on its platform.",
    ["DEUGOV>USABUS 111 occurred"],
  ],
  // must not fire: "X" alone is a letter ("Model X"), no actor
  ["Tesla unveiled a cheaper version of its Model X at the Geneva motor show on Monday.", []],
]);

realCases(
  "a dependent territory's bare name is its sovereign's, its own institutions and people stay its own (session 35, greenland)",
  "2025-03-10",
  [
    // the island to be seized or bought is Denmark's
    [
      "Trump threatened on Monday to use military force to seize Greenland.",
      ["USAGOV>DNKGOV 138 threatened"],
    ],
    [
      "Trump renewed his offer to buy Greenland, and Frederiksen rejected it.",
      ["DNKGOV>USAGOV 120 occurred", "USAGOV>DNKGOV 030 occurred"],
    ],
    // must not change: the territory's own government
    [
      "Greenland's premier criticized Trump on Tuesday for his remarks about the island.",
      ["GRLGOV>USAGOV 111 occurred"],
    ],
    // must not fire
    [
      "Greenlanders voted in a parliamentary election on Tuesday dominated by the question of independence.",
      [],
    ],
    ["The Greenlandic government said the island's mining law would take effect next year.", []],
    ["A cruise ship ran aground off eastern Greenland on Monday, the Danish military said.", []],
  ],
);

realCases(
  "a list closed by 'and other …' or 'and others' keeps its named members together (session 36, lead)",
  "2025-06-20",
  [
    [
      "Tokyo has strengthened ties with Australia, India, and other Indo-Pacific nations.",
      ["JPNGOV>AUSGOV 060 occurred", "JPNGOV>INDGOV 060 occurred"],
    ],
    [
      "Britain imposed sanctions on Iran, Syria and several other governments on Monday.",
      ["GBRGOV>IRNGOV 163 occurred", "GBRGOV>SYRGOV 163 occurred"],
    ],
    // must not join: a name after a comma that starts a new clause
    [
      "Japan met Australia on Monday, and India and others watched closely.",
      ["AUSGOV>JPNGOV 040 occurred", "JPNGOV>AUSGOV 040 occurred"],
    ],
  ],
);

realCases(
  "a second act in a sentence that got one: verdicts and noun acts by an agent (session 36, second)",
  "2025-06-02",
  [
    // a sayer's verdict participle on an act named by a plain noun judges the act's author, beside the act
    [
      "A Chinese military plane violated Japanese airspace off Okinawa on Monday, Tokyo said, calling the incursion completely unacceptable.",
      ["CHNMIL>JPN 192 reported", "JPNGOV>CHNMIL 111 occurred"],
    ],
    // must still fire: a verdict clause of its own
    [
      "Belarus began military drills near the Polish border on Monday, and Warsaw called the exercises aggressive.",
      ["BLRGOV>POL 150 occurred", "POLGOV>BLRGOV 111 occurred"],
    ],
    // a noun act with its "of" target and its "by" agent inside the act that protests it
    [
      "Thousands of Georgians protested in Tbilisi against the arrest of opposition leader Nika Melia by Georgian police.",
      ["GEO>GEOCOP 141 occurred", "GEOCOP>GEOOPP 173 occurred"],
    ],
    [
      "Russia summoned Azerbaijan's ambassador to protest the detention of Russian citizens by Azerbaijani police.",
      ["AZECOP>RUSCVL 173 occurred", "RUSGOV>AZEGOV 114 occurred"],
    ],
    // must not fire: "call off the planned offensive" is no verdict; praise is none; no actor arrested
    [
      "Netanyahu rebuffed a request from Blinken to call off the planned offensive in Rafah.",
      ["ISRGOV>USAELI 1232 occurred", "USAELI>ISRGOV 020 occurred"],
    ],
    ["The company called the new model a success, its chief executive said.", []],
    ["Hundreds of people rallied in the capital against the arrest of a popular singer by police.", []],
  ],
);

realCases("a sanction promised on a condition is its threat alone (session 36, convention)", "2024-09-10", [
  // the promised sanction is the threat only, no hypothetical 163 beside it (data/gold/README.md)
  [
    "Washington could reimpose sanctions on Venezuela's oil sector if Maduro's government failed to hold a fair election, a State Department official said.",
    ["USAGOV>VENGOV 1312 threatened"],
  ],
  [
    "Australia will slap sanctions on Iranian officials if Tehran keeps supplying drones to Russia, the foreign minister said.",
    ["AUSGOV>IRNGOV 1312 threatened", "IRNGOV>RUSGOV 072 hypothetical"],
  ],
  [
    "Canada would impose tariffs on Chinese electric vehicles if Beijing raised its levies on Canadian canola, the trade minister said.",
    ["CANGOV>CHN 1312 threatened", "CHNGOV>CAN 163 hypothetical"],
  ],
  // must not change: an act of force promised on a condition keeps the act beside its threat
  [
    "Iran would strike Israel again if it attacked Iranian soil, the foreign minister said.",
    ["IRNGOV>ISRGOV 1384 threatened", "IRNGOV>ISRGOV 190 hypothetical", "ISRGOV>IRN 190 hypothetical"],
  ],
  // must not change: speculation by others is only the hypothetical act
  [
    "China could restrict exports of rare earths to the United States if Washington tightened its chip curbs, analysts said.",
    ["CHNGOV>USAGOV 163 hypothetical"],
  ],
  // must not fire
  ["Tariffs on steel would rise next year if demand stayed weak, the industry group said.", []],
  ["The minister said sanctions would only work if they were enforced by every member state.", []],
]);

realCases(
  "a counted toll as the subject of a passive with its agent is the mass killing (session 36, paraphrase)",
  "2024-06-06",
  [
    // the passive of "the RSF killed more than 100 people": the count stands in the subject, past "more than"
    [
      "More than 100 people were killed by the Rapid Support Forces in an attack on a village in Sudan's Gezira state.",
      ["SDNREB>SDN 202 occurred"],
    ],
    [
      "Between 10,000 and 15,000 people were killed in Geneina last year in ethnic violence by the Rapid Support Forces.",
      ["SDNREB>SDNCVL 202 occurred"],
    ],
    [
      "More than 70 worshippers were massacred by Boko Haram gunmen at a mosque in Borno state.",
      ["NGAREB>NGA 202 occurred"],
    ],
    // a counted expulsion in the passive, with its agent
    [
      "Hundreds of thousands of Afghans have been expelled by Pakistan since 2023.",
      ["PAKGOV>AFG 201 occurred"],
    ],
    // must not change: no "by" agent, the state they leave deports them (174)
    [
      "Thousands of Afghan migrants were deported from Iran in the first week of July.",
      ["IRNGOV>AFGREF 174 occurred"],
    ],
    // must not fire: no agent, or an agent that is no actor
    ["More than 200 people were killed when floodwaters swept through villages in eastern Libya.", []],
    ["At least 70 people were killed by a landslide that buried a mining camp in northern Myanmar.", []],
  ],
);

realCases(
  "a slot after a preposition in the passive stays where it stands (session 36, paraphrase)",
  "2024-06-25",
  [
    // the destination after "to" is no object of the verb: the subject names no actor, the agent follows
    [
      "The first 400 police officers were deployed to Haiti by Kenya on Tuesday to lead a UN-backed mission.",
      ["KENGOV>HTIGOV 074 occurred"],
    ],
    [
      "Juan Orlando Hernandez, who was extradited by Honduras to the United States in 2022, was sentenced to 45 years.",
      ["HNDGOV>USA 063 occurred"],
    ],
    // must not change: a subject of a known country is the target (the deportees), a "by" slot names the agent, and
    // a force with no agent is sent by its own state
    [
      "Hundreds of Venezuelan migrants were deported to El Salvador by the United States.",
      ["USAGOV>VENREF 174 occurred"],
    ],
    ["Edmundo Gonzalez was granted asylum by Spain.", ["ESPGOV>VENOPP 075 occurred"]],
    ["Kenyan police officers were deployed to Haiti.", ["KENCOP>HTIGOV 074 occurred"]],
  ],
);

realCases("patterns read in a wrong sense fire no more (session 36, rootfp)", "2025-06-20", [
  // a forecast nuclear test, a cable damaged on suspicion, a thing handed over, boats stopped, threats as an occasion
  ["Pakistan could carry out a nuclear test within months, analysts in New Delhi said.", []],
  [
    "Norwegian police boarded a cargo ship on Friday on suspicion that its anchor had damaged a subsea cable to Denmark.",
    [],
  ],
  ["Spain's prime minister handed the presidency of the council to Belgium's premier on Monday.", []],
  ["Spanish police would stop small boats in shallow waters near Morocco under the plan.", []],
  ["Canada's prime minister called an early election to deal with Trump's tariff threats.", []],
  // detention before a deportation is not coded again
  [
    "Thailand deported 20 Cambodian workers to Phnom Penh after holding them in detention for a year.",
    ["THAGOV>KHMLAB 174 occurred"],
  ],
  // a condition is no cooperation of its own
  [
    "Brussels threatened to suspend visa-free travel for Georgians unless Tbilisi aligned its visa rules with the bloc's.",
    ["IGOEUREEC>GEO 132 threatened"],
  ],
  // a stop in a country is a noun: the visit, with its fate
  [
    "The U.S. president's planned stop in Vietnam was cancelled because of the budget talks.",
    ["USAGOV>VNM 042 cancelled"],
  ],
  // a thing financed by a state is no aid to the next state named
  [
    "Azerbaijan began exporting gas to Syria under a project financed by Qatar.",
    ["AZEGOV>SYRGOV 061 occurred"],
  ],
  ["Moldovan police said a vote-buying network financed by Russia had paid thousands of voters.", []],
  // must still fire
  ["Egypt's coast guard took six Sudanese smugglers into custody.", ["EGYCOP>SDNCRM 173 occurred"]],
  ["Greece returned two detained Turkish fishermen to Ankara on Tuesday.", ["GRCGOV>TURAGR 084 occurred"]],
  [
    "Japan's prime minister said he hoped Beijing would release the detained Astellas employee.",
    ["JPNGOV>CHNGOV 013 occurred"],
  ],
]);

realCases(
  "synonyms of fighting alongside, and arms words the aid patterns missed (session 36, pair)",
  "2025-03-10",
  [
    // help to another's forces, as "fought alongside" (074), not a fight between the two
    [
      "Burundian soldiers fought side by side with Congolese troops in South Kivu on Sunday.",
      ["BDIMIL>CODMIL 074 occurred"],
    ],
    [
      "Eritrean troops fought on the side of Ethiopian government forces during the war in Tigray.",
      ["ERIMIL>ETHMIL 074 occurred"],
    ],
    [
      "Hundreds of North Korean soldiers fought shoulder to shoulder with Russian troops in the Kursk region.",
      ["PRKMIL>RUSMIL 074 occurred"],
    ],
    // arms words of $MIL_AID
    ["Belarus delivered mortars and grenades to Russia's army last year.", ["BLRGOV>RUSMIL 072 occurred"]],
    ["Iran shipped weaponry to the Houthis in Yemen.", ["IRNGOV>YEMREB 072 occurred"]],
    // "Shanghai", which wink tags as a verb, is a name here (src/nlp)
    [
      "Indian Prime Minister Narendra Modi did not attend the Shanghai Cooperation Organisation summit in Astana.",
      ["INDGOV>KAZ 042 negated"],
    ],
    // must not fire
    ["Ukrainian troops dug in on the eastern side of the Dnipro river on Tuesday.", []],
    ["Polish volunteers worked side by side with Ukrainian firefighters to put out the blaze in Lviv.", []],
  ],
);

realCases(
  "a forecaster named with its place, firm or outlet speculates, it does not threaten (session 36, speculation)",
  "2024-05-14",
  [
    // a sanction forecast by analysts placed "in X" / "at a X think tank" or by a country's state media is only the
    // hypothetical act, as speculation by others (data/gold/README.md)
    [
      "Beijing could halt imports of Australian barley if Canberra backed a new inquiry into the pandemic, analysts in Shanghai said.",
      ["CHNGOV>AUS 163 hypothetical"],
    ],
    [
      "Russia might cut gas supplies to Moldova if Chisinau pressed ahead with its bid to join the European Union, Russian state media warned.",
      ["RUSGOV>MDAGOV 163 hypothetical"],
    ],
    [
      "China could ban imports of Lithuanian timber if Vilnius went ahead with its new China strategy, analysts at a Warsaw think tank said.",
      ["CHNGOV>LTU 163 hypothetical"],
    ],
    [
      "Analysts in Manila said Beijing could curb imports of Philippine bananas if Manila pressed ahead with its new maritime law.",
      ["CHNGOV>PHL 163 hypothetical"],
    ],
    // must not change: officials placed in the actor's capital speak for it, so the promised sanction is its threat
    [
      "Moscow would cut gas supplies to Moldova if Chisinau expelled more Russian diplomats, officials in Moscow said.",
      ["MDAGOV>RUSGOV 166 hypothetical", "RUSGOV>MDAGOV 1312 threatened"],
    ],
    // must not fire
    ["Analysts in Tokyo said the yen could weaken further if the central bank held rates.", []],
    ["Steel prices could climb if demand from builders recovered, economists at a Frankfurt bank said.", []],
  ],
);

realCases(
  "verdicts on an own-country act, on country-less parties, and before the harmed party (session 36, verdict)",
  "2025-06-02",
  [
    // a `kin` verdict on an act of the source's own country judges that act's author named before it
    [
      "Venezuela's opposition rejected the government's plan to hold a snap vote in March, calling the vote a farce designed to keep Maduro in power.",
      ["VENOPP>VENGOV 111 occurred", "VENOPP>VENGOV 120 occurred"],
    ],
    [
      "Bangladesh's main opposition party rejected the interim government's plan to delay the election, calling the move unacceptable.",
      ["BGDOPP>BGDGOV 111 occurred", "BGDOPP>BGDGOV 120 occurred"],
    ],
    // a verdict's object of no country ("separatist forces") stands for the side the act was aimed at
    [
      "China held live-fire drills near Taiwan on Monday, calling them a stern punishment for separatist forces.",
      ["CHNGOV>TWN 111 occurred", "CHNGOV>TWN 150 occurred"],
    ],
    // the source's own country after the verdict's words is the party harmed, not the act's author
    [
      "Japan lodged a protest with Beijing after China set up a buoy in its exclusive economic zone, calling it a threat to Tokyo's sovereign rights.",
      ["JPNGOV>CHNGOV 111 occurred", "JPNGOV>CHNGOV 114 occurred"],
    ],
    // must not fire: no other actor, or none of the source's country besides it
    ["The opposition called the vote a sham.", []],
    ["Kenya's opposition leader called the decision a mistake.", []],
  ],
);

realCases(
  "a passive's subject with its complement holds the act's words and target (session 36, passive)",
  "2025-06-20",
  [
    // the subject's noun and the "into/with/on/to" complement that names the target, with the "by" agent
    ["An investigation into Milei was opened by Argentine prosecutors.", ["ARGJUD>ARGGOV 090 occurred"]],
    ["Houthi targets were struck overnight by American warplanes.", ["USAMIL>YEMREB 195 occurred"]],
    ["Talks with Taiwan were suspended by China.", ["CHNGOV>TWNGOV 164 occurred"]],
    ["Air strikes on Lebanon were launched overnight by Israel.", ["ISRGOV>LBNGOV 195 occurred"]],
    ["A ban on Pakistani imports was imposed by India.", ["INDGOV>PAK 163 occurred"]],
    ["Arms exports to Israel were suspended by Germany.", ["DEUGOV>ISR 1622 occurred"]],
    ["A summit with Japan was cancelled by South Korea.", ["KORGOV>JPNGOV 125 occurred"]],
    [
      "New tariffs on Chinese steel were announced on Monday by the European Commission.",
      ["IGOEUREEC>CHN 163 occurred"],
    ],
    ["Diplomatic ties with Taiwan were severed by Honduras.", ["HNDGOV>TWNGOV 161 occurred"]],
    [
      "An arrest warrant for Netanyahu was issued by the International Criminal Court.",
      ["IGOINTICC>ISRGOV 173 occurred"],
    ],
    ["Negotiations with Ukraine were rejected by Moscow.", ["RUSGOV>UKRGOV 125 occurred"]],
    ["Military aid to Ukraine was suspended overnight by the White House.", ["USAGOV>UKRGOV 1622 occurred"]],
    // no actor in the complement, or a verb that is no act: nothing fires
    ["A report on Chinese hacking was published by Microsoft on Tuesday.", []],
    ["Sanctions on Russia were discussed by EU foreign ministers in Brussels.", []],
    ["An investigation into the crash was opened by French prosecutors.", []],
    // must not change: the active and a passive with its agent right after the verb
    ["China suspended talks with Taiwan.", ["CHNGOV>TWNGOV 164 occurred"]],
    [
      "New sanctions on Russia were imposed by the European Union on Friday.",
      ["IGOEUREEC>RUSGOV 163 occurred"],
    ],
  ],
);

realCases(
  "a place phrase fronted before its comma places the crowd subject after it (session 36, fronted)",
  "2025-06-20",
  [
    // "people" and "crowds" are actors only where a place says whose: a fronted "In X," says it as "in X" after does
    [
      "In Tbilisi, thousands of people protested against the Georgian government.",
      ["GEOCVL>GEOGOV 141 occurred"],
    ],
    [
      "In Belgrade, tens of thousands of people demonstrated against President Aleksandar Vucic.",
      ["SRBCVL>SRBGOV 141 occurred"],
    ],
    ["Across Iran, crowds chanted slogans against the United States.", ["IRNCVL>USAGOV 141 occurred"]],
    // a mission's owner in the fronted phrase is no place: the crowd outside it is the host's
    [
      "Outside the U.S. embassy in Mexico City, hundreds of protesters demonstrated against the United States.",
      ["MEXCVL>USAGOV 141 occurred"],
    ],
    ["In Kyiv, officials accused Russia of targeting the power grid.", ["UKRGOV>RUSGOV 112 occurred"]],
    // must not change: a noun placed after it, a noun with its own country, nothing to place
    [
      "Thousands of people protested against the Georgian government in Tbilisi.",
      ["GEOCVL>GEOGOV 141 occurred"],
    ],
    [
      "In Beijing, authorities detained a Japanese businessman on espionage charges.",
      ["CHNGOV>JPNBUS 173 occurred"],
    ],
    ["In Geneva on Monday, officials met to discuss the weather.", []],
    ["In Paris on Friday, thousands of people attended a concert.", []],
  ],
);

realCases(
  "a phrase fronted before the main clause is read as it is after it (session 37, fronted)",
  "2025-06-20",
  [
    // a meeting, talks or call in a fronted phrase that names no party is the main clause's
    [
      "At a meeting in Canberra, Australia and Indonesia agreed to expand defence cooperation.",
      [
        "AUSGOV>IDNGOV 0312 occurred",
        "AUSGOV>IDNGOV 040 occurred",
        "IDNGOV>AUSGOV 0312 occurred",
        "IDNGOV>AUSGOV 040 occurred",
      ],
    ],
    [
      "During talks in Ankara, Turkey and Sweden signed a security agreement.",
      [
        "SWEGOV>TURGOV 040 occurred",
        "SWEGOV>TURGOV 057 occurred",
        "TURGOV>SWEGOV 040 occurred",
        "TURGOV>SWEGOV 057 occurred",
      ],
    ],
    [
      "During a phone call, Macron urged Netanyahu to halt the offensive in Rafah.",
      ["FRAGOV>ISRGOV 0256 occurred", "FRAGOV>ISRGOV 041 occurred", "ISRGOV>FRAGOV 041 occurred"],
    ],
    // a fronted condition makes the promised act of conflict after its comma a threat, aimed at the condition's party
    [
      "Unless Tokyo opens its market to American rice, the United States will impose a 25% tariff on Japanese goods, Trump said.",
      ["USAGOV>JPN 1312 threatened"],
    ],
    [
      "If the United States strikes Venezuela, Caracas would use force to defend itself, Maduro said.",
      ["USAGOV>VENGOV 190 hypothetical", "VENGOV>USAGOV 138 threatened"],
    ],
    // the comma ending a fronted phrase is no list comma before a compound subject
    [
      "According to Moscow, Russia and Belarus held joint military exercises in the Baltic Sea.",
      ["BLRGOV>RUSGOV 062 occurred", "RUSGOV>BLRGOV 062 occurred"],
    ],
    // must not fire: a named venue, a body's own meeting, a fronted phrase with no actor, a plain list subject
    ["At the G20 summit in Rio, Trump announced new aid for Ukraine.", ["USAGOV>UKRGOV 033 occurred"]],
    [
      "After a meeting of NATO defence ministers, Germany pledged more air defence systems to Ukraine.",
      ["DEUGOV>UKRGOV 030 occurred"],
    ],
    ["At a conference in Vienna, scientists presented new research on glaciers.", []],
    ["If it rains on Sunday, the parade in Kyiv will be postponed.", []],
    [
      "Russia, China and Iran held joint naval drills in the Gulf of Oman.",
      [
        "CHNGOV>IRNGOV 062 occurred",
        "CHNGOV>RUSGOV 062 occurred",
        "IRNGOV>CHNGOV 062 occurred",
        "IRNGOV>RUSGOV 062 occurred",
        "RUSGOV>CHNGOV 062 occurred",
        "RUSGOV>IRNGOV 062 occurred",
      ],
    ],
  ],
);

realCases("status phrasings found by paraphrasing dev acts (session 37, status)", "2025-06-20", [
  // "is slated to" is a plan; giving up plans to act cancels the act, or is a party's 125 for its own visit or meeting
  ["Japan's foreign minister is slated to visit Beijing in July.", ["JPNGOV>CHNGOV 042 scheduled"]],
  ["Canada ditched plans to impose tariffs on Chinese electric vehicles.", ["CANGOV>CHN 163 cancelled"]],
  ["Germany axed plans to send more tanks to Ukraine.", ["DEUGOV>UKRGOV 072 cancelled"]],
  ["Japan's foreign minister abandoned plans to visit Beijing.", ["JPNGOV>CHNGOV 125 occurred"]],
  // a noun event moved "to a later date", pushed back, or an owned gerund put off or scrapped
  [
    "Talks between Azerbaijan and Armenia were moved to a later date.",
    ["ARMGOV>AZEGOV 040 postponed", "AZEGOV>ARMGOV 040 postponed"],
  ],
  ["Japan's foreign minister moved her visit to Beijing to a later date.", ["JPNGOV>CHNGOV 042 postponed"]],
  ["Canada pushed back its tariffs on Chinese electric vehicles.", ["CANGOV>CHN 163 postponed"]],
  [
    "France put off its signing of a defence pact with India.",
    ["FRAGOV>INDGOV 057 postponed", "INDGOV>FRAGOV 057 postponed"],
  ],
  [
    "France's planned signing of a defence pact with India was scrapped.",
    ["FRAGOV>INDGOV 057 cancelled", "INDGOV>FRAGOV 057 cancelled"],
  ],
  // the "have" of the perfect is no "have talks": the meeting is negated
  [
    "Indian Prime Minister Narendra Modi has yet to meet Chinese President Xi Jinping.",
    ["CHNGOV>INDGOV 040 negated", "INDGOV>CHNGOV 040 negated"],
  ],
  [
    "Indian Prime Minister Narendra Modi has not met Chinese President Xi Jinping since the border clash.",
    ["CHNGOV>INDGOV 040 negated", "INDGOV>CHNGOV 040 negated"],
  ],
  // a measure weighed in the progressive is 014; a pledge on a party's condition is a threat
  ["Turkey is considering expelling two Swedish diplomats.", ["TURGOV>SWEGOV 014 occurred"]],
  [
    "China vowed to impose sanctions on Lithuania unless its demands were met.",
    ["CHNGOV>LTUGOV 1312 threatened"],
  ],
  ["Russia said it was ready to cut gas supplies to Moldova if provoked.", ["RUSGOV>MDAGOV 1312 threatened"]],
  [
    "Serbia vowed to cut diplomatic ties with Montenegro unless Podgorica changed course.",
    ["SRBGOV>MNEGOV 1313 threatened", "SRBGOV>MNEGOV 161 hypothetical"],
  ],
  // must not change: "pushed back against", a meeting that took place, a bare vow, aid pledged on a condition
  ["Canada pushed back against Chinese pressure.", ["CANGOV>CHN 120 occurred"]],
  [
    "Indian Prime Minister Narendra Modi has met Chinese President Xi Jinping twice this year.",
    ["CHNGOV>INDGOV 040 occurred", "INDGOV>CHNGOV 040 occurred"],
  ],
  ["China vowed to impose sanctions on Lithuania.", ["CHNGOV>LTUGOV 163 occurred"]],
  [
    "The European Union pledged to send aid to Sudan if the fighting stopped.",
    ["IGOEUREEC>SDNGOV 033 occurred"],
  ],
  // no actor: nothing fires
  ["The football federation moved the cup final to a later date.", []],
  ["The mining company abandoned plans to build a new smelter.", []],
]);

realCases(
  "act nouns read as their verbs, decision agents, accused antecedents (session 37, para3)",
  "2025-06-20",
  [
    // an act noun announced (or approved) before its object's "of"/"to": the announcer's act, with the verb's chain
    ["Iran announced the suspension of its cooperation with the IAEA.", ["IRNGOV>IGOUNOIAE 160 occurred"]],
    ["Turkey announced a halt to all trade with Israel.", ["TURGOV>ISRGOV 163 occurred"]],
    ["Turkey will announce a halt to all trade with Israel.", ["TURGOV>ISRGOV 163 scheduled"]],
    // an owned act noun opening the sentence, and a decision's agent after "by"
    [
      "The European Union's imposition of new sanctions on Russia angered Moscow.",
      ["IGOEUREEC>RUSGOV 163 occurred"],
    ],
    [
      "The decision by Washington to pause arms deliveries to Israel angered Netanyahu.",
      ["USAGOV>ISRGOV 1622 occurred"],
    ],
    // a pronoun after "accused Y of V-ing … Z" is Y, not Z
    [
      "Turkey accused two Israeli ministers of inciting violence against Palestinians and imposed sanctions on them.",
      ["TURGOV>ISRGOV 112 occurred", "TURGOV>ISRGOV 163 occurred"],
    ],
    // "whom/which it accused of": past a noun joined by "and", and a place after the reactor's own act
    [
      "Moldova expelled 20 Russian diplomats and embassy employees, whom it accused of spying.",
      ["MDAGOV>RUSGOV 1125 occurred", "MDAGOV>RUSGOV 166 occurred"],
    ],
    [
      "Sudan banned all imports from Kenya, which it accused of arming the rebels.",
      ["SDNGOV>KEN 112 occurred", "SDNGOV>KEN 163 occurred"],
    ],
    // must not fire or change: no actor in the act noun's words, a reported use, a reaction to another's act
    ["The ministry announced the end of the school year.", []],
    ["Japan announced the suspension of its whaling season.", []],
    ["The OPCW said it had confirmed the use of tear gas as a weapon in a Ukrainian village.", []],
    [
      "Russia fired missiles at Kyiv, which Ukraine called a war crime.",
      ["RUSGOV>UKR 195 occurred", "UKRGOV>RUSGOV 111 occurred"],
    ],
  ],
);

realCases("a passive's agent phrase and its subject's complement (session 37, passive)", "2025-06-20", [
  // the "by" agent phrase holds none of the object's words ("kill TGT troops" no longer reads the agent's "troops")
  [
    "Hamas leader Yahya Sinwar was killed in Rafah on Wednesday by Israeli troops.",
    ["ISRMIL>PSEREB 186 occurred"],
  ],
  ["Houthi military spokesman Yahya Saree was killed by Israeli troops.", ["ISRMIL>YEMREB 186 occurred"]],
  // an owned subject with an infinitive or "for" complement after its head noun
  [
    "Sweden's bid to join NATO was approved on Monday by Hungary's parliament.",
    ["HUNLEG>SWEGOV 050 occurred"],
  ],
  [
    "Ukraine's bid to join the European Union was approved by the Hungarian parliament.",
    ["HUNLEG>UKRGOV 050 occurred"],
  ],
  // a "that" clause on the subject's head noun: the head is the act's object, its owner the target
  [
    "A Russian claim that Ukrainian drones had struck a school was denied by Kyiv.",
    ["UKRGOV>RUS 016 occurred"],
  ],
  [
    "French accusations that it had fomented the unrest in New Caledonia were rejected by Azerbaijan.",
    ["AZEGOV>FRA 016 occurred"],
  ],
  // must not fire: no political agent, or no actor in the subject
  ["The village was hit by a storm on Sunday.", []],
  ["Dozens of houses were damaged by strong winds in the south.", []],
  ["A claim that the dam had been weakened by heavy rain was denied by the company.", []],
  // must not change: a word after the agent phrase, the active, an owned subject with no complement
  ["Japan was accused by China of spying.", ["CHNGOV>JPNGOV 1125 occurred"]],
  ["Israeli troops killed three Palestinian fighters.", ["ISRMIL>PSEREB 190 occurred"]],
  [
    "Moscow's peace proposal was rejected by Kyiv.",
    ["RUSGOV>UKRGOV 030 occurred", "UKRGOV>RUSGOV 127 occurred"],
  ],
]);

realCases(
  "office-holders, peoples and bodies named by no country of their own (session 37, actors)",
  "2024-06-20",
  [
    // people listed in the thirty-seventh session: the name alone gives the actor and its country
    ["Mohsin Naqvi accused Afghanistan of sheltering militants.", ["PAKGOV>AFGGOV 112 occurred"]],
    ["Nasser Kanaani criticised France for its support of Israel.", ["IRNGOV>FRAGOV 111 occurred"]],
    [
      "Masrour Barzani met Turkish President Recep Tayyip Erdogan in Ankara.",
      ["IRQGOV>TURGOV 040 occurred", "TURGOV>IRQGOV 040 occurred"],
    ],
    ["Devlet Bahceli criticised Armenia.", ["TURPTY>ARMGOV 111 occurred"]],
    [
      "Jordan Bardella criticised Macron for his plan to send troops to Ukraine.",
      ["FRAOPP>FRAGOV 111 occurred"],
    ],
    // heads of international bodies and the UN's missions keep the body's code
    ["Ahmed Aboul Gheit condemned Israel.", ["IGOMEAARL>ISRGOV 111 occurred"]],
    [
      "Karim Khan sought an arrest warrant for Benjamin Netanyahu over alleged war crimes in Gaza.",
      ["IGOINTICC>ISRGOV 1124 occurred"],
    ],
    ["UNIFIL accused Israeli troops of firing at its peacekeepers.", ["IGOUNO>ISRMIL 112 occurred"]],
    // the Alliance of Sahel States names its three members, as "the Baltic states" does
    [
      "The Alliance of Sahel States accused Ukraine of supporting terrorists.",
      ["BFAGOV>UKRGOV 112 occurred", "MLIGOV>UKRGOV 112 occurred", "NERGOV>UKRGOV 112 occurred"],
    ],
    // a people of one region of one country gives a sector noun that country
    ["Catalan separatists protested against the Spanish government.", ["ESPREB>ESPGOV 141 occurred"]],
    ["Chechen fighters shelled Ukrainian troops.", ["RUSREB>UKRMIL 194 occurred"]],
    // war-time governors, prosecutors, deputy ministers and commanders on both sides (Russian-installed ones Russia's)
    ["Vyacheslav Gladkov accused Ukraine of shelling Belgorod.", ["RUSGOV>UKRGOV 112 occurred"]],
    ["Vladimir Saldo accused Ukrainian forces of shelling Nova Kakhovka.", ["RUSGOV>UKRMIL 112 occurred"]],
    ["Andriy Kostin accused Russia of war crimes in Kharkiv.", ["UKRJUD>RUSGOV 1124 occurred"]],
    [
      "Alexander Grushko accused NATO of preparing for a conflict with Russia.",
      ["RUSGOV>IGOWSTNAT 112 occurred"],
    ],
    [
      "Alireza Tangsiri warned the United States against sending warships to the Gulf.",
      ["IRNMIL>USAGOV 130 threatened"],
    ],
    // must not change: a bare surname shared with a mention-first newcomer (Francesca Albanese) stays the one in office
    ["Albanese criticised China over the naval drills.", ["AUSGOV>CHNGOV 111 occurred"]],
    // must not fire: a region's adjective before a common noun, a newcomer with no other party
    ["Scottish whisky exports to the United States fell sharply.", []],
    ["Francesca Albanese presented her report in Geneva.", []],
  ],
);

realCases(
  "WordNet neighbours: the lemmas they point to, and senses they must not copy acts onto (session 37, wordnet)",
  "2025-06-20",
  [
    // the dictionary lemmas that WordNet synonyms ("hassle", "immure") lead to code as before
    [
      "Chinese coast guard ships harassed a Philippine supply vessel near Second Thomas Shoal.",
      ["CHNCOP>PHLMIL 170 occurred"],
    ],
    ["An Iranian court imprisoned a French citizen on spying charges.", ["IRNJUD>FRACVL 173 occurred"]],
    // must not fire: WordNet puts "dock" beside "enter" (192 with the table on) and "promote" beside "praise" (051)
    ["The Japanese destroyer docked in Manila on Monday for a port call.", []],
    ["Islamabad promoted its army chief to the rank of field marshal on Tuesday.", []],
    ["Two Russian warships docked in Havana on Wednesday after naval drills in the Atlantic.", []],
  ],
);

describe("the WordNet neighbour table off (session 37, wordnet)", () => {
  it("codes exactly as a dictionary without the table", () => {
    const dir = mkdtempSync(join(tmpdir(), "dyad-wn-"));
    cpSync(join(DATA, "verbs"), dir, { recursive: true });
    rmSync(join(dir, "wordnet.txt"));
    const bare = { verbs: loadVerbModel(dir, cameo), cameo, version: "test@1" };
    const texts = [
      "Chinese coast guard ships hassled Philippine fishing boats near the shoal.",
      "Japan hectored China over its drills.",
      "Russian warships docked in Havana after drills, and Cuba welcomed them.",
    ];
    for (const text of texts) {
      const doc = analyzeText(nlp, text);
      const input = { doc, mentions: testMentions(doc), docId: "d1", date: "2025-06-20" };
      expect(JSON.stringify(codeDocument(input, model))).toBe(JSON.stringify(codeDocument(input, bare)));
    }
  });

  it("names a verb's WordNet neighbours in dict suggest", () => {
    const doc = analyzeText(nlp, "Japan hassled China.");
    const rows = suggestPatterns([{ doc, mentions: testMentions(doc) }], model);
    expect(rows.find((r) => r.lemma === "hassle")?.neighbours[0]).toEqual({
      lemma: "harass",
      code: "170",
      rel: "syn",
    });
    expect(rows.find((r) => r.lemma === "hassle")?.neighbours.length).toBeGreaterThan(0);
  });
});

realCases(
  "a reported verdict on another's act is criticism of its author (session 37, evaluate)",
  "2025-03-12",
  [
    // the act's author named after it, a negative verdict from the derived lexicon
    ["Turkey said the tariffs imposed by Washington were unfair.", ["TURGOV>USAGOV 111 occurred"]],
    ["Pakistan said the charges filed by India were politically motivated.", ["PAKGOV>INDGOV 111 occurred"]],
    ["Brazil said the measures announced by Argentina were discriminatory.", ["BRAGOV>ARGGOV 111 occurred"]],
    // the author named before it, a verdict or harm in a modal clause
    [
      "India said Canada's decision would hurt relations between the two countries.",
      ["INDGOV>CANGOV 111 occurred"],
    ],
    [
      "Seoul said Tokyo's export curbs were discriminatory and would harm trust between the neighbours.",
      ["KORGOV>JPNGOV 111 occurred"],
    ],
    // an act of the clause before, pointed back to
    [
      "Ghana expelled three Nigerian diplomats, and Abuja said the step would damage relations between the neighbours.",
      ["GHAGOV>NGAGOV 166 occurred", "NGAGOV>GHAGOV 111 occurred"],
    ],
    ["Egypt said it was not happy with Ethiopia over the dam.", ["EGYGOV>ETHGOV 111 occurred"]],
    // harm named as a bad outcome of an owned act
    [
      "Mexico said Washington's tariffs would have devastating consequences for farmers.",
      ["MEXGOV>USAGOV 111 occurred"],
    ],
    // must not fire: the harmed one named as a party, with no author named
    ["Beijing said the new tariffs would hurt Australian winemakers.", []],
    // must not fire: a verdict that is no blame, harm by no party, a domestic act, a description
    ["Norway said the tariffs imposed by Washington were reasonable.", []],
    ["Mexico's farmers said the drought would harm this year's harvest.", []],
    ["Chile said the strike was hurting its ports.", []],
    ["Russia said the strikes launched by Ukraine were deadly.", []],
  ],
);

describe("packed form numbers change no output: by number and by text give the same (session 37, actspeed)", () => {
  // The same document without form numbers: every token is read from its object and hashed by its text.
  const byText = (doc: ReturnType<typeof analyzeText>) => {
    const { forms: _, ...rest } = doc;
    return { ...rest, sentences: doc.sentences.map(({ forms: __, ...s }) => s) };
  };
  const coded = (doc: ReturnType<typeof analyzeText>, date: string) => {
    realActors ??= loadActorModel(join(DATA, "actors"));
    const mentions = findMentions(doc, realActors, date);
    const events = codeDocument({ doc, mentions, docId: "d1", date }, model).map(
      (e) => `${e.source.code}>${e.target?.code ?? "-"} ${e.code} ${e.status}`,
    );
    return { mentions, events };
  };
  it.each([
    // a hyphen after a name (a backer, a pair of demonyms), an adjective before a plural sector noun
    ["Iran-backed militias fired rockets at a base used by American troops in Syria."],
    ["Sino-Russian naval drills near Japan drew a protest from Tokyo on Wednesday."],
    ["Senior Chinese officials met visiting Pakistani diplomats in Beijing."],
    // a compound split into pieces with no number of their own, a verb whose lemma differs, an unknown name
    ["The UN-hosted talks collapsed after Ruritanian envoy Odo Brennerk walked out."],
    // the same words again, read from the numbers kept the first time
    ["Senior Chinese officials met visiting Pakistani diplomats in Beijing."],
    // no event: nothing to code either way
    ["Heavy snow closed mountain passes across the north of the country."],
  ])("%s", (text) => {
    const doc = analyzeText(nlp, text);
    expect(doc.sentences.every((s) => s.forms?.length === s.tokens.length)).toBe(true);
    expect(coded(doc, "2025-06-20")).toEqual(coded(byText(doc), "2025-06-20"));
  });
});

realCases(
  "a standing commitment to defend another state is its pledge of protection (session 37, lead)",
  "2024-04-12",
  [
    // obliged, obligated or committed to defend, and the owned noun
    [
      "Under the treaty, the U.S. is obligated to defend Japan in case of an attack.",
      ["USAGOV>JPNGOV 0334 occurred"],
    ],
    [
      "Australia committed to defend Tuvalu against military aggression under the new treaty.",
      ["AUSGOV>TUVGOV 0334 occurred"],
    ],
    [
      "Biden said Washington's commitment to defend the Philippines was ironclad.",
      ["USAGOV>PHLGOV 0334 occurred"],
    ],
    // must not fire: no state defended, no political actor committed
    ["The government is committed to protecting its citizens from the virus.", []],
    ["Lawyers committed to defending the opposition leader said the trial was unfair.", []],
  ],
);

realCases(
  "a saying verb that is itself the act, and a commitment made to the one reporting it (session 38, sayact)",
  "2024-06-01",
  [
    // telling a party not to count on one's backing refuses it, no demand
    [
      "Erdogan told Sweden it should not expect Turkish support for its membership bid.",
      ["TURGOV>SWEGOV 120 occurred"],
    ],
    [
      "Hungary's foreign minister said Ukraine should no longer expect Hungarian backing in Brussels.",
      ["HUNGOV>UKRGOV 120 occurred"],
    ],
    // a word to the one told that one will never do it harm is an assurance
    [
      "The Maldivian president told Modi he would never do anything to harm India's security.",
      ["MDVGOV>INDGOV 030 occurred"],
    ],
    // a plan told to its addressee with "informed" (read as an adjective by the tagger) is scheduled, as with "told"
    [
      "Russia informed Turkey that it would halt gas deliveries to Ankara next month.",
      ["RUSGOV>TURGOV 163 scheduled"],
    ],
    // telling another state's envoy not to return bars the envoy
    ["Jordan told the Israeli ambassador not to return to Amman.", ["JORGOV>ISRGOV 166 occurred"]],
    // a commitment naming no one, reported before its maker by a party of another country, is made to that party
    [
      "The White House said Colombia had agreed to accept deportation flights.",
      ["COLGOV>USAGOV 030 reported"],
    ],
    ["Jordan said Damascus had promised to curb the smuggling of captagon.", ["SYRGOV>JORGOV 030 reported"]],
    // must not fire: a state told not to return is asked, no envoy barred; no actor told or refused
    ["Jordan told Israel not to return to the talks without a new offer.", ["JORGOV>ISRGOV 1053 demanded"]],
    ["The coach told his players not to return to the hotel before midnight.", []],
    ["The minister told reporters that farmers should not expect government support this year.", []],
    ["The president told the nation he would never do anything to harm the economy.", []],
    ["The agency informed investors that it would halt payments next month.", []],
    // must not fire: a readiness is no commitment; a compound maker commits to its own members
    ["Lavrov said he saw no sign that Kyiv was ready for serious negotiations.", []],
    [
      "Oman said the Yemeni government and the Houthis had agreed to de-escalate.",
      ["YEMGOV>YEMREB 030 reported", "YEMREB>YEMGOV 030 reported"],
    ],
  ],
);

realCases(
  "coordinated actors sharing one trigger: every member of a list acts (session 38, coord)",
  "2025-03-14",
  [
    // a country read as a place after "of", listed with states: a party of the list (its government)
    [
      "The military rulers of Guinea, Mali and Niger signed a pact on border security in Conakry.",
      [
        "GINGOV>MLIGOV 057 occurred",
        "GINGOV>NERGOV 057 occurred",
        "MLIGOV>GINGOV 057 occurred",
        "MLIGOV>NERGOV 057 occurred",
        "NERGOV>GINGOV 057 occurred",
        "NERGOV>MLIGOV 057 occurred",
      ],
    ],
    // ... with the role the list opens with ("the armies of")
    [
      "Chinese troops began joint drills with the armies of Tanzania and Mozambique.",
      [
        "CHNMIL>MOZMIL 062 occurred",
        "CHNMIL>TZAMIL 062 occurred",
        "MOZMIL>CHNMIL 062 occurred",
        "MOZMIL>TZAMIL 062 occurred",
        "TZAMIL>CHNMIL 062 occurred",
        "TZAMIL>MOZMIL 062 occurred",
      ],
    ],
    // a list in the sentence's opening noun phrase runs on to a reporting verb: the whole list is its subject
    [
      "The military rulers of Mali, Burkina Faso and Niger announced that their countries would leave ECOWAS at once.",
      ["BFAGOV>IGOWAFWAS 160 scheduled", "MLIGOV>IGOWAFWAS 160 scheduled", "NERGOV>IGOWAFWAS 160 scheduled"],
    ],
    // "and five other …" closes the list with any count
    [
      "Kenya ordered envoys from Uganda, Tanzania, Rwanda and five other neighbouring states to leave.",
      ["KENGOV>RWAGOV 166 occurred", "KENGOV>TZAGOV 166 occurred", "KENGOV>UGAGOV 166 occurred"],
    ],
    // a joint subject's pledge to free prisoners is each one's pledge to the other
    [
      "Armenia and Azerbaijan agreed to free prisoners as a goodwill gesture.",
      ["ARMGOV>AZEGOV 0353 occurred", "AZEGOV>ARMGOV 0353 occurred"],
    ],
    // must not change: one state's pledge keeps its own target
    ["Russia pledged to release Ukrainian prisoners.", ["RUSGOV>UKR 0353 occurred"]],
    // must not fire: a list of places stays places, a list of visitors does nothing political
    ["Chinese troops held exercises in Laos and Cambodia.", []],
    ["Floods swept through villages in Kenya and Somalia, killing dozens.", []],
    ["Tourists from Spain, Italy and Greece crowded the beaches of Croatia.", []],
  ],
);

realCases(
  "halted cooperation, a fallback at a tie, a participle on a place (session 38, rootconf)",
  "2024-04-12",
  [
    // an "-ing" act of cooperation right after stop / suspend / halt: aid cut, trade stopped, talks halted
    [
      "Canada stopped supplying weapons to Israel in March, the foreign minister said.",
      ["CANGOV>ISRGOV 1622 occurred"],
    ],
    ["Japan said it would stop buying Russian coal by the end of the year.", ["JPNGOV>RUS 163 scheduled"]],
    [
      "Washington stopped providing humanitarian aid to Afghanistan after the Taliban takeover.",
      ["USAGOV>AFGGOV 1623 occurred"],
    ],
    [
      "Egypt and Israel stopped negotiating over the Rafah crossing in May.",
      ["EGYGOV>ISRGOV 164 occurred", "ISRGOV>EGYGOV 164 occurred"],
    ],
    // on the other party's condition the cut is also the threat of it
    [
      "Germany said it would stop sending weapons to Turkey if Ankara attacked Greece.",
      ["DEUGOV>TURGOV 1311 threatened", "DEUGOV>TURGOV 1622 hypothetical", "TURGOV>GRCGOV 190 hypothetical"],
    ],
    // "agreed a deal that cuts tariffs": the agreement, not the fallback "agree that" read across the object
    [
      "Britain and India agreed a trade deal that cuts tariffs on whisky.",
      ["GBRGOV>INDGOV 057 occurred", "INDGOV>GBRGOV 057 occurred"],
    ],
    // must not fire: no political counterpart of the halted act
    ["The ministry stopped publishing casualty figures after the election.", []],
    ["The two companies stopped supplying parts to the factory.", []],
    // a participle that describes a place after a preposition ("depots in Syria linked to") is no act of the subject
    ["Israeli jets struck weapons depots in Syria linked to Hezbollah.", ["ISRMIL>SYR 195 occurred"]],
    ["Pakistan linked the bombing in Quetta to India.", ["PAKGOV>IND 112 occurred"]],
    // must not change: a reported clause's verb, and a subject's locative phrase
    ["Seoul said North Korean troops crossed into South Korea on Tuesday.", ["PRKMIL>KOR 192 reported"]],
    ["Protesters in Yerevan marched to the Russian embassy.", ["ARMCVL>RUSGOV 141 occurred"]],
  ],
);

realCases(
  "a charging participle's pointing noun is the previous act's counterpart (session 38, second)",
  "2025-05-06",
  [
    [
      "Kenya cut diplomatic ties with Ethiopia on Friday, accusing the neighbouring state of arming rebels in the north.",
      ["KENGOV>ETHGOV 112 occurred", "KENGOV>ETHGOV 161 occurred"],
    ],
    [
      "Algeria recalled its ambassador from Paris, accusing the former colonial power of backing Moroccan claims over Western Sahara.",
      ["DZAGOV>FRAGOV 112 occurred", "DZAGOV>FRAGOV 161 occurred"],
    ],
    [
      "Guyana filed a case against Venezuela at the International Court of Justice, accusing its neighbour of threatening its territory.",
      ["GUYGOV>VENGOV 1123 occurred", "GUYGOV>VENGOV 115 occurred"],
    ],
    [
      "Sudan cut diplomatic relations with the United Arab Emirates, accusing the Gulf state of arming the Rapid Support Forces.",
      ["SDNGOV>AREGOV 112 occurred", "SDNGOV>AREGOV 161 occurred"],
    ],
    // must still fire: two verbs sharing a subject and its object
    [
      "Lithuania condemned Belarus on Tuesday and closed two border crossings.",
      ["LTUGOV>BLRGOV 111 occurred", "LTUGOV>BLRGOV 191 occurred"],
    ],
    // must not fire: no act before the participle, and a pointing noun for the source's own state
    [
      "Analysts said a leaked report accusing the Gulf state of arming militias relied on satellite images.",
      [],
    ],
    [
      "Chile's president dissolved the commission on Monday, accusing the state of failing the families of the victims.",
      [],
    ],
  ],
);

realCases(
  "a request or invitation \"at\" inside another act's words is the asker's own act (session 38, second)",
  "2025-03-11",
  [
    [
      "Uganda sent special forces to Juba at the request of President Salva Kiir to help secure the capital.",
      ["SSDGOV>UGAGOV 020 occurred", "UGAGOV>SSDGOV 074 occurred"],
    ],
    [
      "Rwanda deployed about 1,000 soldiers to Mozambique at Maputo's request to help fight an Islamist insurgency.",
      ["MOZGOV>RWAGOV 020 occurred", "RWAGOV>MOZGOV 074 occurred"],
    ],
    [
      "The UN human rights office said it would send a fact-finding team to Bangladesh at the invitation of Muhammad Yunus to investigate the killings of protesters.",
      ["BGDGOV>IGOUNO 036 reported", "IGOUNO>BGDGOV 092 scheduled"],
    ],
    // must not fire: a request by people who are no political actor
    ["Engineers were sent to the dam at the request of local farmers to help repair the sluice gates.", []],
  ],
);

realCases(
  "chunks: a phrase attached to the object, an insertion after the subject (session 38, chunk)",
  "2025-03-10",
  [
    // a participle with its object, a comma-enclosed "including" list, an "including" phrase with no comma
    [
      "Kenya signed a declaration backing the Gaza ceasefire together with Egypt on Monday.",
      ["EGYGOV>KENGOV 057 occurred", "KENGOV>EGYGOV 057 occurred"],
    ],
    [
      "Japan imposed sanctions, including export bans and asset freezes, on Russia on Friday.",
      ["JPNGOV>RUSGOV 163 occurred"],
    ],
    [
      "Brazil signed a memorandum on energy, including biofuels and green hydrogen, with Germany.",
      ["BRAGOV>DEUGOV 057 occurred", "DEUGOV>BRAGOV 057 occurred"],
    ],
    [
      "Germany signed an aid package including 500 million euros for Moldova on Thursday.",
      ["DEUGOV>MDAGOV 070 occurred"],
    ],
    // must not change: the participle takes the word itself, or the phrase names an actor of its own
    ["Trump signed an order halting aid to South Africa on Friday.", ["USAGOV>ZAFGOV 162 occurred"]],
    [
      "Iran's president signed a law suspending cooperation with the IAEA.",
      ["IRNGOV>IGOUNOIAE 160 occurred"],
    ],
    [
      "South Africa filed a case accusing Israel of genocide against Palestinians.",
      ["ZAFGOV>ISRGOV 1122 occurred", "ZAFGOV>ISRGOV 115 occurred"],
    ],
    // must not fire: no actor the signing is with
    ["Lawmakers in Kenya signed a petition backing the strike together with teachers.", []],
    // an inserted phrase holding a relative clause between the subject and its verb names no subject
    [
      "India's foreign minister, after a meeting of Quad foreign ministers in Tokyo that focused on maritime security, criticised China.",
      ["INDGOV>CHNGOV 111 occurred"],
    ],
    // must not change: an apposition, and an insertion after an object
    ["Japan, a close ally of Washington, criticised China.", ["JPNGOV>CHNGOV 111 occurred"]],
  ],
);

realCases(
  "a deed reported by a sayer stays the reported subject's after 'and' or a participle (session 38, stray)",
  "2024-06-14",
  [
    // a deed of force after "and" shares an active past perfect's subject; a participle deed goes on with the reported one
    [
      "The UN human rights office said Myanmar's army had burned Rohingya villages and forced thousands to flee.",
      ["MMRMIL>MMRCVL 1712 reported", "MMRMIL>MMRCVL 201 reported"],
    ],
    [
      "Amnesty International said Israeli troops had raided a village near Nablus and arrested 20 Palestinians.",
      ["ISRMIL>PSE 173 reported", "ISRMIL>PSE 190 reported"],
    ],
    [
      "Human Rights Watch said RSF fighters had committed crimes against humanity in El Geneina, killing thousands of people.",
      ["NGOHRW>SDNREB 1124 occurred", "SDNREB>SDN 202 reported"],
    ],
    // the sayer's own answer after "and" stays the sayer's
    [
      "Estonia said Russian jets had violated its airspace and summoned Russia's envoy.",
      ["ESTGOV>RUSGOV 114 occurred", "RUSMIL>ESTGOV 192 reported"],
    ],
    // must not fire: a deed with no actor behind it gives the sayer nothing
    ["The Red Cross said floods had destroyed homes and forced thousands of families to flee.", []],
    [
      "The World Health Organization said the outbreak had killed hundreds of people, overwhelming clinics across the region.",
      [],
    ],
  ],
);

realCases(
  "actor-stage misses: backers of an act, peoples, a modifier organisation (session 38, actctx)",
  "2024-05-02",
  [
    // a backer before an act or plan it owns is the act's party, as "a U.S. proposal" is
    [
      "Ethiopia rejected a Kenyan-backed proposal for a ceasefire in Tigray on Monday.",
      ["ETHGOV>KENGOV 120 occurred"],
    ],
    ["Sudan's army refused to attend the Saudi-sponsored talks in Jeddah.", ["SDNMIL>SAUGOV 125 occurred"]],
    // peoples whose plural is no demonym + "s"
    ["Swedish police detained two Danes at the border crossing on Friday.", ["SWECOP>DNK 173 occurred"]],
    [
      "Hundreds of Finns protested outside the Russian embassy in Helsinki on Saturday.",
      ["FIN>RUSGOV 141 occurred"],
    ],
    // an organisation named only before an event noun is what "the bloc" after it means
    [
      "Nicaragua walked out of an OAS meeting on Tuesday, accusing the bloc of meddling in its affairs.",
      ["NICGOV>IGOLAMOAS 1125 occurred"],
    ],
    // a shared name's possessive before "opposition" is the state, not the U.S. state
    [
      "Georgia's opposition accused the ruling party of rigging the parliamentary election.",
      ["GEOOPP>GEOPTY 112 occurred"],
    ],
    // must not fire: a backer of a thing that is no act, lower-case poles, a summit's photograph, the U.S. state
    ["A Saudi-funded hospital opened in Aden on Monday.", []],
    ["Workers replaced the telegraph poles along the highway on Tuesday.", []],
    ["The ASEAN summit opened in Vientiane on Tuesday, and the bloc's leaders posed for a photograph.", []],
    ["Georgia's governor signed the budget bill in Atlanta.", []],
    // must not change: a backer before an actor noun names no actor of its own
    ["Iran-backed militias attacked a U.S. base in Syria, the Pentagon said.", []],
  ],
);

realCases(
  "gaps earlier sessions left: conditions, reduced relatives, passives, bound parties (session 38, leftover)",
  "2025-03-01",
  [
    // a fronted condition's act of force on a pronoun pointing ahead to the main subject (the tagger's noun "attacks")
    [
      "If Israel attacks its nuclear sites, Iran will strike back.",
      ["IRNGOV>ISRGOV 138 threatened", "ISRGOV>IRNGOV 195 hypothetical"],
    ],
    [
      "If Russia attacks its territory, Finland will respond with force.",
      ["FINGOV>RUSGOV 130 threatened", "RUSGOV>FINGOV 190 hypothetical"],
    ],
    // the "by" agent of a reduced relative on a subject that names no actor acts through it
    [
      "A resolution approved by the OAS urged Venezuela to release political prisoners.",
      ["IGOLAMOAS>VENGOV 0253 occurred"],
    ],
    ["Drones launched by the Houthis struck a Saudi oil facility.", ["YEMREB>SAUGOV 195 occurred"]],
    [
      "A statement issued by the Kremlin accused Ukraine of attacking civilians.",
      ["RUSGOV>UKRGOV 1123 occurred"],
    ],
    // a passive veto: the drafter the subject names is the target
    ["A resolution drafted by Algeria was vetoed by the United States.", ["USAGOV>DZAGOV 129 occurred"]],
    [
      "The draft, sponsored by Brazil, was vetoed by the United States on Wednesday.",
      ["USAGOV>BRAGOV 129 occurred"],
    ],
    // a particle passive: the particle stays after the verb, the object's words stand in the subject
    ["The talks with Iran were called off by the United States.", ["USAGOV>IRNGOV 125 occurred"]],
    ["The joint exercises with South Korea were called off by Washington.", ["USAGOV>KORGOV 125 occurred"]],
    // a treaty that binds a named party to defend another
    [
      "Australia and Tuvalu signed a treaty that commits Canberra to defend Tuvalu.",
      ["AUSGOV>TUVGOV 0334 occurred", "AUSGOV>TUVGOV 057 occurred", "TUVGOV>AUSGOV 057 occurred"],
    ],
    ["The pact obliges Russia to defend North Korea if it is attacked.", ["RUSGOV>PRKGOV 0334 occurred"]],
    // must not fire: nobody bound or acting, a thing that goes somewhere, a monitor as victim (a state's own stay)
    ["The concert was called off by the organisers after an air raid alert.", []],
    ["Sanctions imposed by the European Union took effect on Monday.", []],
    ["Lawyers said the contract commits the company to deliver the jets by 2027.", []],
    ["The first F-16 fighter jets supplied by Denmark have arrived in Ukraine.", []],
    ["Amnesty International said dozens of detainees were beaten by Egyptian police.", []],
    [
      "Benin's army said that 28 soldiers were killed by JNIM fighters near the border.",
      ["IMGREB>BENMIL 190 reported"],
    ],
    // unchanged: the active veto names its drafter after the verb
    [
      "Russia vetoed a resolution drafted by Albania condemning the annexation.",
      ["RUSGOV>ALBGOV 129 occurred"],
    ],
  ],
);

realCases(
  "a place or time adjunct between a pattern's words is passed over as a whole (session 38, inmatch)",
  "2025-03-01",
  [
    // comma-enclosed: before the slot's actor, before the element's word
    [
      "Ukraine accused, in a statement on Friday, Russia of shelling a hospital.",
      ["UKRGOV>RUSGOV 112 occurred"],
    ],
    [
      "Japan accused, at a meeting in Geneva on Monday, China of arming separatists.",
      ["JPNGOV>CHNGOV 112 occurred"],
    ],
    ["India criticised, last week, Pakistan for sheltering militants.", ["INDGOV>PAKGOV 111 occurred"]],
    ["Kenya expelled, on Wednesday, two Somali diplomats.", ["KENGOV>SOMGOV 166 occurred"]],
    // without commas, longer than the slot's gap
    [
      "Ukraine accused in a statement on Friday Russia of shelling a hospital.",
      ["UKRGOV>RUSGOV 112 occurred"],
    ],
    [
      "France urged, in a statement on Monday, Israel to halt its offensive.",
      ["FRAGOV>ISRGOV 0256 occurred"],
    ],
    // must not fire: no actor after the adjunct, no actor at all, a saying verb's clause
    ["Ukraine accused, in a statement, the ministry of shelling a hospital.", []],
    ["Analysts urged, in a report last week, investors to sell their bonds.", []],
    ["The minister said, in an interview on Sunday, that the talks had been useful.", []],
  ],
);

realCases("conditional retaliation and inverted conditions (session 38, cond)", "2025-03-01", [
  // a promised retaliation on a condition set for another party is the threat alone, beside the condition's act
  [
    "If Azerbaijan attacks Armenia, Yerevan will retaliate.",
    ["ARMGOV>AZEGOV 138 threatened", "AZEGOV>ARMGOV 190 hypothetical"],
  ],
  [
    "Iran would retaliate if Israel struck its nuclear sites.",
    ["IRNGOV>ISRGOV 138 threatened", "ISRGOV>IRNGOV 195 hypothetical"],
  ],
  // an inverted condition ("Should X …", "Were X to …", "Had X …") is a fronted condition
  [
    "Had Israel struck Iran's nuclear sites, Tehran would have retaliated.",
    ["IRNGOV>ISRGOV 138 threatened", "ISRGOV>IRNGOV 195 hypothetical"],
  ],
  [
    "Should China invade Taiwan, Japan will respond.",
    ["CHNGOV>TWNGOV 190 hypothetical", "JPNGOV>CHNGOV 130 threatened"],
  ],
  [
    "Had Russia attacked Finland, NATO would have responded.",
    ["IGOWSTNAT>RUSGOV 130 threatened", "RUSGOV>FINGOV 190 hypothetical"],
  ],
  // "attack" after "Should" and the name, read as a noun by the tagger, is the condition's verb (session 39, tagfix)
  [
    "Should Azerbaijan attack Armenia, Yerevan will retaliate.",
    ["ARMGOV>AZEGOV 138 threatened", "AZEGOV>ARMGOV 190 hypothetical"],
  ],
  // must not fire: speculation by others, a condition naming no party, an inverted condition with no party
  ["China could retaliate if tensions escalated further, analysts warned.", []],
  ["If the talks fail, the unions will retaliate with a strike.", []],
  ["Had the government listened, the protests would have ended.", []],
  ["Should talks fail, the government will hold elections.", []],
]);

realCases("a sector noun after 'its' owned by an organisation or a joined mention (session 39, coref)", "2025-03-01", [
  // an organisation that is the subject of the verb right before owns "its" noun: the noun is the organisation
  [
    "The UN human rights office said its investigators had found that Belarusian police tortured detained protesters, an allegation Minsk rejected as lies.",
    ["BLRGOV>IGOUNO 016 occurred", "IGOUNO>BLRCOP 090 occurred", "IGOUNO>BLRCOP 112 occurred"],
  ],
  [
    "The OPCW said its inspectors had found that the Syrian air force dropped chlorine on Douma.",
    ["IGOOPW>SYRMIL 090 occurred", "IGOOPW>SYRMIL 112 occurred"],
  ],
  // "X and its Y": the noun is of the country of the mention joined right before it
  [
    "Cuba's government and its security forces denounced the U.S. sanctions.",
    ["CUBCOP>USAGOV 111 occurred", "CUBGOV>USAGOV 111 occurred"],
  ],
  // must not fire: the owner is no actor
  ["The company said its investigators had found no fault.", []],
  ["The league said its referees would review the match.", []],
]);

realCases("agents named by \"by\" in reduced passive relatives of authoring (session 39, passive)", "2025-03-01", [
  // a reaction to a measure "imposed/announced/issued by X" is aimed at X, of the reactor's own country too
  ["Protesters in Yangon defied a curfew imposed by the junta.", ["MMRCVL>MMRMIL 128 occurred"]],
  ["Students in Dhaka defied a ban on rallies imposed by the government.", ["BGDEDU>BGDGOV 128 occurred"]],
  // a passive whose subject such a relative describes reads like an owned subject ("Qatar's peace plan")
  ["A peace plan proposed by Qatar was turned down by Israel.", ["ISRGOV>QATGOV 127 occurred"]],
  ["Qatar's peace plan was turned down by Israel.", ["ISRGOV>QATGOV 127 occurred"]],
  ["A ceasefire plan drafted by Egypt was rejected by Hamas.", ["PSEREB>EGYGOV 127 occurred"]],
  ["The sanctions imposed by the European Union were condemned by Moscow.", ["RUSGOV>IGOEUREEC 111 occurred"]],
  // the author of a noun event so named is its source
  [
    "Putin cancelled a trip to Brazil over the arrest warrant issued by the International Criminal Court.",
    ["IGOINTICC>RUSGOV 173 occurred", "RUSGOV>BRA 125 occurred"],
  ],
  // must not fire: no reactor, an author or reactor that is no actor, a broker, a strike's phrase, a proposal taken up
  ["Sanctions imposed by the European Union took effect on Monday.", []],
  ["A curfew imposed by the army was lifted on Sunday.", []],
  ["Thousands of fans defied a ban imposed by the league.", []],
  ["The plan proposed by the committee was rejected by shareholders.", []],
  ["A ceasefire brokered by Egypt was violated by Israel.", []],
  ["Workers went on strike against tax increases imposed by the government.", []],
  ["Hamas accepted a ceasefire proposal drafted by Egyptian mediators.", []],
]);

realCases("wording no pattern covered (session 39, lexicon)", "2025-03-01", [
  // a fine finds the fined party liable (as an order to pay one)
  [
    "The European Commission fined Poland one million euros a day over the judicial reforms.",
    ["IGOEUREEC>POLGOV 116 occurred"],
  ],
  ["The EU's top court fined Hungary 200 million euros on Thursday.", ["IGOEUREEC>HUNGOV 116 occurred"]],
  // uncovering or exposing another's plot, scheme or network accuses its author
  ["Moldova said it had uncovered a Russian plot to disrupt the elections.", ["MDAGOV>RUS 112 occurred"]],
  ["Kyiv said it had exposed a Hungarian spy network.", ["UKRGOV>HUN 112 occurred"]],
  [
    "Baku said it had uncovered a scheme by Armenia's intelligence service to recruit its officers.",
    ["AZEGOV>ARMSPY 112 occurred"],
  ],
  ["Lithuania's security service uncovered a Belarusian spy ring in Vilnius.", ["LTUGOV>BLR 112 occurred"]],
  // must not fire: "fine" as an adjective, a plot or network of no one named
  ["Milei said Argentina would be fine with a delay to the trade talks.", []],
  ["Journalists uncovered a plot to rig the tender, the newspaper said.", []],
  ["Auditors exposed a network of shell companies used to evade taxes.", []],
  // stopping purchases of another country's goods cuts trade with it; decertifying a partner cuts its standing
  ["Bolivia said it would stop buying Argentine gas from next month.", ["BOLGOV>ARG 163 scheduled"]],
  [
    "Washington decertified Venezuela for failing to cooperate on drug control.",
    ["USAGOV>VENGOV 160 occurred"],
  ],
  // must not fire: goods of no country named; must not change: purchases kept up are trade
  ["The airline said it would stop buying new jets this year.", []],
  ["Japan would keep buying Russian gas.", ["JPNGOV>RUS 061 hypothetical"]],
]);

realCases("coded with the wrong root: alert orders, water cannon, leaders' clashes, forces driven out (session 39, rootconf)", "2025-03-01", [
  // an order to one's own forces to be ready to fire is the alert (152), not an intent nor the fire
  [
    "North Korea ordered frontline artillery units to be fully ready to open fire, accusing South Korea of flying drones over Pyongyang.",
    ["PRKGOV>KORGOV 112 occurred", "PRKGOV>KORGOV 152 occurred"],
  ],
  // a water cannon attack by a coast guard is coercion (170), not an armed attack
  [
    "The Philippines summoned a Chinese diplomat to protest a water cannon attack by Chinese coast guard ships on a Philippine supply boat.",
    ["CHNCOP>PHL 170 occurred", "PHLGOV>CHNGOV 114 occurred"],
  ],
  // two named persons who clash quarrel (111 each way)
  [
    "Washington paused military aid to Ukraine after a clash in the Oval Office between Trump and Zelensky.",
    ["UKRGOV>USAGOV 111 occurred", "USAGOV>UKRGOV 111 occurred", "USAGOV>UKRGOV 1622 occurred"],
  ],
  // fighters driven out of a town are fought (190)
  ["Somali troops drove al-Shabab fighters out of the coastal town of Harardhere.", ["SOMMIL>SOMREB 190 occurred"]],
  // welcoming in prospect what another would give is an intent (root 03), no praise
  [
    "Abuja would welcome U.S. help against armed groups, a spokesman for President Bola Tinubu said.",
    ["NGAGOV>USAGOV 030 hypothetical"],
  ],
  // lists exchanged are information shared (064), no prisoner swap
  [
    "India and Pakistan exchanged lists of civilian prisoners held in each other's jails.",
    ["INDGOV>PAKGOV 064 occurred", "PAKGOV>INDGOV 064 occurred"],
  ],
  // an order that mobilises forces or sends troops to a border is the build-up (154), no demand
  [
    "Maduro ordered the mobilisation of militia members in response to U.S. warships in the Caribbean.",
    ["VENGOV>USAMIL 154 occurred"],
  ],
  ["Maduro ordered troops to the border with Guyana.", ["VENGOV>GUYGOV 154 occurred"]],
  // must not change: forces clash, civilians driven out, prisoners swapped, praise, an order to help
  ["Indian and Chinese troops clashed in the Galwan valley.", ["CHNMIL>INDMIL 190 occurred", "INDMIL>CHNMIL 190 occurred"]],
  [
    "The Arakan Army drove thousands of Rohingya residents out of the town of Buthidaung.",
    ["MMRREB>MMRCVL 201 occurred"],
  ],
  [
    "Russia and Ukraine exchanged 150 prisoners of war on Friday.",
    ["RUSGOV>UKRGOV 0841 occurred", "UKRGOV>RUSGOV 0841 occurred"],
  ],
  ["The Kremlin welcomed remarks by Trump on ending the war in Ukraine.", ["RUSGOV>USAGOV 051 occurred"]],
  // must not fire: no actors
  ["The president ordered the army to help flood victims in the north.", []],
  ["The two chess champions clashed in the final round in Oslo.", []],
  ["Bond traders would welcome lower interest rates, analysts said.", []],
]);

realCases("tagger errors that cost events (session 39, tagfix)", "2025-03-01", [
  // "that" after an adverbial time phrase opens the told clause, as after "on Monday"
  ["Kenya told Somalia last week that it would not accept the maritime ruling.", ["KENGOV>SOMGOV 120 occurred"]],
  [
    "Japan told China earlier this month that it would not accept the new air defence zone.",
    ["JPNGOV>CHNGOV 120 occurred"],
  ],
  // a base verb after "Should" and a name is the inverted condition's verb
  [
    "Should Pakistan attack India, China would respond.",
    ["CHNGOV>PAKGOV 130 threatened", "PAKGOV>INDGOV 190 hypothetical"],
  ],
  // a past joined by "and" to a past verb of its clause, read as a noun by the tagger
  [
    "Sudanese soldiers stopped a convoy near the border and shot dead three Chadian herders.",
    ["SDNMIL>TCD 1823 occurred"],
  ],
  // must not fire: no actor after the repaired verb, a subjunctive with no actor, a noun compound after "that"
  ["Officials said the new bridge would open next spring.", []],
  ["Analysts said last week that the currency would rise.", []],
  ["The union demanded that the company raise wages.", []],
  ["Japan said that Japan trade officials would visit Seoul.", ["JPNGOV>KORGOV 042 scheduled"]],
]);

realCases("noun phrases that name an actor through another (session 39, actors)", "2025-03-01", [
  // a GOV or JUD noun before "at", "for" or "from" and an institution is a member of that institution
  [
    "Judges at the International Criminal Court issued an arrest warrant for Myanmar's military ruler.",
    ["IGOINTICC>MMRGOV 173 occurred"],
  ],
  [
    "A spokesman for Turkey's foreign ministry condemned Greece for the naval exercise.",
    ["TURGOV>GRCGOV 111 occurred"],
  ],
  [
    "Investigators from the International Atomic Energy Agency accused Iran of hiding uranium.",
    ["IGOUNOIAE>IRNGOV 112 occurred"],
  ],
  // "a"/"an" + a demonym that ends its phrase is a person of that state
  ["Russian authorities detained a Czech who had photographed a military base.", ["RUSGOV>CZE 173 occurred"]],
  // a junta takes a home state named in the paragraph
  [
    "ECOWAS imposed sanctions on Mali and urged the junta to hold elections.",
    ["IGOWAFWAS>MLIGOV 163 occurred", "IGOWAFWAS>MLIMIL 0244 occurred"],
  ],
  // must not fire: a junta is never the speaker's country, a named hospital the dictionary lacks takes no country,
  // "European governments" names no country, a spokesman for an unnamed ministry
  ["The United States urged the junta to free political prisoners.", []],
  ["Israeli troops raided Kamal Adwan hospital on Friday.", []],
  ["Spain's prime minister urged European governments to suspend arms sales.", []],
  ["A spokesman for the ministry said the talks had been useful.", []],
]);

realCases("a party calling off a joint meeting or its own visit (session 39, calloff)", "2025-03-01", [
  // the passive "between X and Y … called off by X": the canceller's 125 at the other party
  ["The meeting between Japan and South Korea was called off by Tokyo.", ["JPNGOV>KORGOV 125 occurred"]],
  ["Talks between India and Pakistan were cancelled by New Delhi.", ["INDGOV>PAKGOV 125 occurred"]],
  // a visit by the canceller's own envoys "to" the other party
  [
    "Israel cancelled a planned visit by a high-level delegation to Washington.",
    ["ISRGOV>USAGOV 125 occurred"],
  ],
  ["Japan called off a trip by its foreign minister to Seoul.", ["JPNGOV>KORGOV 125 occurred"]],
  // must not change: the active, a visit by the other side's envoy, a postponed own visit
  ["Tokyo called off its meeting with Seoul.", ["JPNGOV>KORGOV 125 occurred"]],
  ["China cancelled a planned visit by the U.S. envoy to Beijing.", ["CHNGOV>USAGOV 125 occurred"]],
  ["Germany postponed a visit by its foreign minister to China.", ["DEUGOV>CHNGOV 042 postponed"]],
  // must not fire as a 125: no canceller, a third party as agent, no actor at all
  [
    "The meeting between Japan and South Korea was called off.",
    ["JPNGOV>KORGOV 040 cancelled", "KORGOV>JPNGOV 040 cancelled"],
  ],
  [
    "Talks between Israel and Hamas were called off by Qatar.",
    ["ISRGOV>PSEREB 040 cancelled", "PSEREB>ISRGOV 040 cancelled"],
  ],
  ["A football match between the two clubs was called off by the league.", []],
]);

realCases("a verb after and/or keeps its clause's status past a verbless 'as' phrase (session 39, status)", "2025-03-01", [
  // the report, the future, the modal and the negation reach the verb after "and"/"or"
  [
    "The United Nations said Israeli forces had used detainees as human shields and tortured Palestinian prisoners.",
    ["ISRMIL>PSE 1822 reported", "ISRMIL>PSE 184 reported"],
  ],
  [
    "Amnesty International said Ethiopian troops had used a school as a base and shelled villagers nearby.",
    ["ETHMIL>ETHCVL 194 reported"],
  ],
  [
    "Russia will host Chinese warships as part of the drills and hold talks with Beijing next week.",
    ["CHNGOV>RUSGOV 040 scheduled", "RUSGOV>CHNGOV 040 scheduled", "RUSGOV>CHNMIL 043 scheduled"],
  ],
  ["Venezuela could use the incident as a pretext and seize Guyanese territory.", ["VENGOV>GUY 192 hypothetical"]],
  ["Pakistan would not treat the strike as an act of war or retaliate against India.", ["PAKGOV>INDGOV 190 negated"]],
  // an "as" clause with its own verb still opens a clause: the act after it is the writer's
  ["Turkey deployed troops to Syria as talks stalled.", ["TURGOV>SYRGOV 074 occurred"]],
  // must not fire: no actor acts in the coordinated verb
  ["Analysts described the vote as a setback and said the economy would recover.", []],
  ["The ministry listed the new bridge as a priority and promised funding next year.", []],
]);
