import type { ActorMention, NlpDoc } from "../core/index.js";

/** A small name → code table for tests (the real actor stage lives in src/actors). */
export const TEST_ACTORS: readonly (readonly [string, string])[] = [
  ["Japan", "JPN"],
  ["Japanese", "JPN"],
  ["Tokyo", "JPNGOV"],
  ["the United States", "USA"],
  ["United States", "USA"],
  ["U.S.", "USA"],
  ["US", "USA"],
  ["Washington", "USAGOV"],
  ["China", "CHN"],
  ["Chinese", "CHN"],
  ["Beijing", "CHNGOV"],
  ["India", "IND"],
  ["Pakistan", "PAK"],
  ["Russia", "RUS"],
  ["Moscow", "RUSGOV"],
  ["Ukraine", "UKR"],
  ["Kyiv", "UKRGOV"],
  ["Australia", "AUS"],
  ["South Korea", "KOR"],
  ["Seoul", "KORGOV"],
  ["North Korea", "PRK"],
  ["Pyongyang", "PRKGOV"],
  ["France", "FRA"],
  ["Germany", "DEU"],
  ["Iran", "IRN"],
  ["Qatar", "QAT"],
  ["Israel", "ISR"],
  ["NATO", "IGOWSTNAT"],
  ["the European Union", "IGOEUREEC"],
  ["the EU", "IGOEUREEC"],
  ["Prime Minister Kenji Arata", "JPNGOV"],
  ["Kenji Arata", "JPNGOV"],
  ["Arata", "JPNGOV"],
  ["President Mara Velk", "USAGOV"],
  ["Mara Velk", "USAGOV"],
  ["Velk", "USAGOV"],
  ["the Daily Courier", "USAMED"],
  ["Vietnam", "VNM"],
  ["Philippines", "PHL"],
  ["Manila", "PHLGOV"],
  ["Hamas", "PSEREB"],
  ["Gaza", "PSE"],
];

/** Finds mentions of the table's names in every sentence, longest first, non-overlapping. */
export function testMentions(
  doc: NlpDoc,
  table: readonly (readonly [string, string])[] = TEST_ACTORS,
  attributive: ReadonlySet<string> = new Set(),
  places: ReadonlySet<string> = new Set(),
): ActorMention[][] {
  const names = table
    .map(([name, code]) => ({ words: name.toLowerCase().split(" "), code, name }))
    .sort((a, b) => b.words.length - a.words.length);
  return doc.sentences.map((s) => {
    const used = new Uint8Array(s.tokens.length);
    const out: ActorMention[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      for (const n of names) {
        const len = n.words.length;
        if (i + len > s.tokens.length) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) ok = !used[i + k] && s.tokens[i + k]!.lower === n.words[k];
        if (!ok) continue;
        const first = s.tokens[i]!;
        const last = s.tokens[i + len - 1]!;
        out.push({
          sentence: s.index,
          tokenStart: i,
          tokenEnd: i + len,
          start: first.start,
          end: last.end,
          text: doc.text.slice(first.start, last.end),
          code: n.code,
          country: n.code.startsWith("IGO") ? null : n.code.slice(0, 3),
          // A demonym before a non-actor noun ("Japanese cars") or a place ("visited Beijing") when the test says so.
          kind: places.has(n.name) ? "place" : attributive.has(n.name) ? "attributive" : "state",
          entry: `test:${n.name}`,
        });
        used.fill(1, i, i + len);
        i += len - 1;
        break;
      }
    }
    return out;
  });
}
