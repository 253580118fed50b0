// Lists the gold events and false events of sentences whose actor mention follows a past participle and "by" ("was
// called off by Tokyo", "a plan proposed by Qatar", "sanctions imposed by the EU"): the by-agent. An event counts when
// the by-agent's key is its source or target. Shapes: "passive" (a form of "be" stands just before the participle,
// adverbs aside), "relative" (a reduced relative on a noun), "other".
// `npx tsx scripts/by-agent-misses.ts data/gold/events/wire-dev40.jsonl ...`; `--list` prints each sentence.
import { codedGold, key, matchGold } from "./_gold-match.js";

const args = process.argv.slice(2);
const list = args.includes("--list");
const files = args.filter((a) => !a.startsWith("--"));
const BY = /\b([a-z]+(?:ed|en|wn|ght|ut|et|id|ld|ne|un))(?:\s+(?:jointly|largely|partly|mainly))?\s+by\s+(?:the\s+|a\s+)?$/i;
const BE = /\b(?:was|were|been|being|is|are|be|had been|has been|have been)\s+(?:\w+ly\s+)?[a-z]+\s*(?:\w+ly\s+)?by\s+(?:the\s+|a\s+)?$/i;
const counts: Record<string, { gold: number; missed: number; fp: number; sents: number }> = {};
for (const { gold, mentions: found, coded } of codedGold(files)) {
  const mentions = found.flat();
  const agents = mentions.filter((m) => BY.test(gold.text.slice(Math.max(0, m.start - 60), m.start)));
  if (agents.length === 0) continue;
  const { missed, left } = matchGold(gold.events, coded);
  for (const a of agents) {
    const before = gold.text.slice(Math.max(0, a.start - 60), a.start);
    const shape = BE.test(before) ? "passive" : "relative";
    const k = key(a.code);
    const involves = (s: string, t: string) => s === k || t === k;
    const g = gold.events.filter((e) => involves(key(e.source), key(e.target)));
    const mi = missed.filter((e) => involves(key(e.source), key(e.target)));
    const fp = left.filter((e) => involves(e.s, e.t));
    const c = counts[shape] ?? { gold: 0, missed: 0, fp: 0, sents: 0 };
    counts[shape] = c;
    c.gold += g.length;
    c.missed += mi.length;
    c.fp += fp.length;
    c.sents += 1;
    if (list && (mi.length > 0 || fp.length > 0)) {
      const verb = BY.exec(before)?.[1] ?? "?";
      process.stdout.write(`== ${gold.id} ${shape} ${verb} by ${a.text} [${a.code}] | ${gold.text}\n`);
      for (const e of mi) process.stdout.write(`   fn ${e.source}>${e.target} ${e.code} ${e.status}\n`);
      for (const e of fp) {
        const ev = e.e as { pattern?: string; code: string; status: string };
        process.stdout.write(`   fp ${e.s}>${e.t} ${ev.code} ${ev.status} [${ev.pattern ?? ""}]\n`);
      }
    }
  }
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
