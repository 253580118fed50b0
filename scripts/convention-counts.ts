// Counts how the gold writers code a few contested constructions (README convention vs the files' majority).
// Usage: npx tsx scripts/convention-counts.ts FILE... (VERBOSE=1 lists the records of each way).
import { readFileSync } from "node:fs";
import { basename } from "node:path";

interface GoldEvent {
  source: string;
  target: string;
  root: string;
  code: string;
  status: string;
}
interface GoldRecord {
  id: string;
  text: string;
  events: GoldEvent[];
}
interface Construction {
  name: string;
  /** Whether the sentence holds the construction. */
  matches: (text: string) => boolean;
  /** The way the record codes it, or null when the record codes it in neither way counted. */
  classify: (r: GoldRecord) => string | null;
}

const HELD_BACK = /wire-dev(5[7-9]|60)\.jsonl$/;
// ", a charge the Kremlin rejected" (not "rejected as baseless", "rejected with disgust as a blood libel").
const RELATIVE_CHARGE =
  /, (a|an) (charge|accusation|allegation)s? (that |which )?[^,.;]{0,50}?\brejected\b(?![^,.;]*\bas\b)/;
const REJECTED_CHARGE =
  /\brejected\s+(the|an?|[A-Z][\w.'’-]*(\s[A-Z][\w.'’-]*)*('s|’s))\s+([a-z-]+\s+)?(charges?|accusations?|allegations?)\b(?![^,.;]*\bas\b)/;
const CONDITIONAL_SANCTION =
  /\b(would|will|could|might)\b(?! not)[^.;]{0,40}\b(impose|reimpose|slap|levy|hit|retaliate with|respond with|answer with|halt|curb|restrict)\b[^.;]{0,80}\b(tariffs?|sanctions?|levies|duties|exports?|counter-tariffs)\b[^.;]{0,80}\b(if|unless)\b/i;
const AGREED_TO = /\bagreed to (?!a |an |the |terms|it\b|this\b|that\b)[a-z]+/i;
const URGED_TO_STOP =
  /\b(urged|called on|asked|pressed|appealed to)\b[^.;]{0,60}\bto (stop|halt|withdraw|pull|end|cease|close|suspend|lift|release|free)\b/i;
const OFFICIALS_SAID = /, (officials|authorities) (said|say)\b/;

/** Whether a restated charge rejected in a relative clause follows an accusation ("accused") or reported speech. */
function relativeCharge(t: string): "accused" | "said" | null {
  const m = RELATIVE_CHARGE.exec(t);
  if (!m) return null;
  return /\b(accus|blam|criticis)/i.test(t.slice(0, m.index)) ? "accused" : "said";
}

function chargeWay(r: GoldRecord): string | null {
  const deny = has(r, (e) => e.code === "016");
  const reject = has(r, (e) => e.root === "12");
  if (deny && reject) return "both";
  if (deny) return "016";
  if (reject) return "12x";
  return null;
}

function has(r: GoldRecord, p: (e: GoldEvent) => boolean): boolean {
  return r.events.some(p);
}

const CONSTRUCTIONS: Construction[] = [
  {
    name: "(a) ', a charge X rejected' after 'accused' (not 'as baseless')",
    matches: (t) => relativeCharge(t) === "accused",
    classify: chargeWay,
  },
  {
    name: "(a') ', a charge X rejected' after reported speech (settled: 016)",
    matches: (t) => relativeCharge(t) === "said",
    classify: chargeWay,
  },
  {
    name: "(a'') 'X rejected the charge/accusation' (not 'as baseless'; settled: 016)",
    matches: (t) => REJECTED_CHARGE.test(t) && relativeCharge(t) === null,
    classify: chargeWay,
  },
  {
    name: "(b) a sanction or tariff promised on a condition",
    matches: (t) => CONDITIONAL_SANCTION.test(t),
    classify: (r) => {
      // "China could restrict exports ..., analysts said": speculation by others, only the act (README), not counted.
      if (/\b(analysts|commentators|think tank)\b/i.test(r.text)) return "speculation";
      const threats = r.events.filter((e) => e.root === "13");
      const threat = threats.length > 0;
      // The threatener's own sanction coded beside its threat (not the condition's act, aimed back at it).
      const act = has(
        r,
        (e) =>
          e.code.startsWith("163") &&
          ["hypothetical", "scheduled"].includes(e.status) &&
          (threats.length === 0 || threats.some((x) => x.source === e.source)),
      );
      if (threat && act) return "threat+act";
      if (threat) return "threat only";
      if (act) return "act only";
      return null;
    },
  },
  {
    name: "(c) agreed to + an act",
    matches: (t) => AGREED_TO.test(t),
    classify: (r) => {
      const intent = has(r, (e) => e.root === "03");
      const act = has(r, (e) => !["03", "04"].includes(e.root) && e.status !== "reported");
      if (intent && act) return "03+other";
      if (intent) return "03";
      if (act) return "act";
      return null;
    },
  },
  {
    name: "(d) urged X to stop / withdraw / halt …",
    matches: (t) => URGED_TO_STOP.test(t),
    classify: (r) => {
      const appeal = has(r, (e) => e.root === "02");
      const demand = has(r, (e) => e.root === "10");
      if (appeal && demand) return "both";
      if (appeal) return "02";
      if (demand) return "10";
      return null;
    },
  },
  {
    name: "(e) bare ', officials said' (status of the events)",
    matches: (t) => OFFICIALS_SAID.test(t),
    classify: (r) => {
      const occ = has(r, (e) => e.status === "occurred");
      const rep = has(r, (e) => e.status === "reported");
      if (occ && rep) return "mixed";
      if (occ) return "occurred";
      if (rep) return "reported";
      return null;
    },
  },
];

function readRecords(file: string): GoldRecord[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as GoldRecord);
}

function main(): void {
  const files = process.argv.slice(2).filter((f) => !HELD_BACK.test(f) && !f.includes("heldout"));
  const verbose = process.env.VERBOSE === "1";
  for (const c of CONSTRUCTIONS) {
    const byWay = new Map<string, { ids: string[]; files: Set<string> }>();
    for (const f of files) {
      for (const r of readRecords(f)) {
        if (!c.matches(r.text)) continue;
        const way = c.classify(r) ?? "neither";
        const slot = byWay.get(way) ?? { ids: [], files: new Set<string>() };
        slot.ids.push(r.id);
        slot.files.add(basename(f));
        byWay.set(way, slot);
      }
    }
    process.stdout.write(`${c.name}\n`);
    for (const [way, s] of [...byWay].sort((a, b) => b[1].ids.length - a[1].ids.length)) {
      process.stdout.write(
        `  ${way.padEnd(12)} ${String(s.ids.length).padStart(4)} records ${s.files.size} files\n`,
      );
      if (verbose) process.stdout.write(`    ${s.ids.join(" ")}\n`);
    }
  }
}

main();
