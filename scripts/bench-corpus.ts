/** Deterministic synthetic news corpus for benchmarks: varied sentences built from our own templates. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SUBJECTS = [
  "Japan", "China", "Russia", "Ukraine", "India", "The United States", "Washington", "Beijing", "Moscow", "Tokyo",
  "South Korea", "North Korea", "Iran", "Israel", "Germany", "France", "Britain", "Turkey", "Brazil", "Australia",
  "NATO", "The European Union", "The United Nations", "Chinese warships", "Russian troops", "Iranian protesters",
  "Japan's defense minister", "The foreign ministry", "South Korean lawmakers", "The White House", "The Kremlin",
  "Police", "Rebels", "Saudi Arabia", "Egypt", "Pakistan", "Indonesia", "Canada", "Mexico", "Poland",
];
const OBJECTS = [
  "Japan", "China", "Russia", "Ukraine", "India", "the United States", "Seoul", "Taipei", "Kyiv", "Tehran",
  "South Korea", "North Korea", "Iran", "Israel", "Germany", "France", "Britain", "Turkey", "Brazil", "Australia",
  "NATO", "the European Union", "the United Nations", "Pakistan", "Syria", "Venezuela", "Cuba", "Poland", "Hungary",
];
const VERBS = [
  "met with", "condemned", "accused {o} of violating the ceasefire", "imposed new tariffs on", "called off talks with",
  "signed a trade agreement with", "urged {o} to resume negotiations", "threatened to impose sanctions on",
  "praised", "criticised", "hosted a delegation from", "sent humanitarian aid to", "expelled diplomats from",
  "rejected a proposal from", "demanded that {o} withdraw its forces", "will meet", "is set to visit",
  "postponed a summit with", "did not attend talks with", "may impose export controls on", "attacked",
  "shelled positions held by", "agreed to cooperate with", "apologised to", "investigated", "arrested citizens of",
  "reportedly sold weapons to", "cut diplomatic ties with", "warned", "welcomed the decision by",
];
const TAILS = [
  "", " on Tuesday", " last week", " in a statement", " according to state media", " after months of tension",
  " on June 3", " in Geneva", " despite objections", ", officials said", " next month", " earlier this year",
];
const FILLERS = [
  "Stock markets rose 2.1% on Monday as investors weighed the data.",
  "The national football team won its qualifier in front of a packed stadium.",
  "Heavy rain is expected across the region through the weekend.",
  "The central bank kept interest rates at 4.25%, citing slowing inflation.",
  "Critics say the reform will do little to ease the housing shortage.",
];

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;

/** Builds `n` sentences; about one in six is a no-event filler. */
export function makeSentences(n: number, seed = 42): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.16) {
      out.push(pick(r, FILLERS));
      continue;
    }
    const o = pick(r, OBJECTS);
    const v = pick(r, VERBS);
    const verb = v.includes("{o}") ? v.replace("{o}", o) : `${v} ${o}`;
    out.push(`${pick(r, SUBJECTS)} ${verb}${pick(r, TAILS)}.`);
  }
  return out;
}

/**
 * The node flags of bin/dyad.js's `#!/usr/bin/env -S node …` line, so that a `cli:N` child runs with the V8 settings
 * a user's `dyad` gets.
 */
export function binNodeFlags(): string[] {
  const bin = readFileSync(fileURLToPath(new URL("../bin/dyad.js", import.meta.url)), "utf8");
  const shebang = bin.split("\n", 1)[0] ?? "";
  return shebang.replace(/^#!\S*env(\s+-S)?\s+node\s*/, "").split(/\s+/).filter((f) => f.startsWith("--"));
}

