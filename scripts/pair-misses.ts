// Describes the structure of every "pair" miss of the given event gold files (a missed gold event whose source and
// target both have an actor mention but between which the coder emitted no event; see scripts/fn-causes.ts), using
// the coder's own analysis, and prints one table per feature (count and up to four example ids per value) and, with
// VERBOSE=1, one line per miss: `npx tsx scripts/pair-misses.ts data/gold/events/wire-dev5[3-8].jsonl`.
//   sentence  — the closest source/target mention pair is in one sentence, or the two are only in different ones
//   gap       — tokens strictly between the two mentions (0, 1-3, 4-8, 9-15, 16+)
//   verbs     — verb groups between them (a VERB/AUX token not continuing a verb group: "had offered" is one)
//   clause    — same, or the first boundary between them: ";"/":"/dash, ", and"/", but", a relative word (_RELATIVE),
//               a subordinator (_SUBORD), or a say verb (_SAY) opening a reported clause
//   head      — whether a pattern of the gold root has a head lemma in the sentence: verb, noun, both or none
//   where     — where the nearest such head stands: between the mentions, before both or after both
//   sayer     — one mention is the sayer of a reported clause (a _SAY verb within 4 tokens after it, or "according to"
//               before it), and whether that one is the gold source
//   other     — the coder coded another event with the source or target in that sentence
//   order     — the source mention comes before the target (S..T) or after it (T..S)
//   fit       — some gold-root pattern with its head in the sentence has all its literal words there too ("full"),
//               or only its head does ("head only")
//   fired     — a coded event of the sentence came from a pattern with that head lemma (the trigger was used, for
//               other actors or another code) or not
//   link      — what joins the two: same code (a domestic act), a verb group, or with no verb between them a
//               coordination ("X and Y", "X, Y"), a preposition ("X in Y") or a noun phrase ("X's embassy in Y")
//   reach     — with a head between them: tokens from the head to the further mention (its argument's distance)
//   root      — the gold root: a verbal act (01-05, 10-14) or a material one (06-09, 15-20)
//   class     — clause x where: the combined structural class
import type { ActorMention, Token } from "../src/core/index.js";
import { loadModel } from "../src/dict/index.js";
import { codedGold, key, matchGold } from "./_gold-match.js";

const model = loadModel();
if (process.argv.slice(2).some((f) => f.includes("heldout")))
  throw new Error("held-out sets are not studied");
const verbose = process.env.VERBOSE === "1";
const cls = (name: string) => model.verbs.classes.get(name) ?? new Set<string>();
const SAY = cls("_SAY");
const REL = cls("_RELATIVE");
const SUB = cls("_SUBORD");
const tables = new Map<string, Map<string, string[]>>();
const tally = (feature: string, value: string, id: string) => {
  const t = tables.get(feature) ?? tables.set(feature, new Map()).get(feature)!;
  const ids = t.get(value) ?? t.set(value, []).get(value)!;
  ids.push(id);
};
const bucket = (n: number) => (n === 0 ? "0" : n <= 3 ? "1-3" : n <= 8 ? "4-8" : n <= 15 ? "9-15" : "16+");
/** The first clause boundary among tokens [from, to), or null. */
function boundary(toks: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    if (t.text === ";" || t.text === ":" || t.text === "—" || t.text === "–") return "semicolon/dash";
    if (t.text === "," && toks[i + 1]?.pos === "CCONJ") return ", and/but";
    if (REL.has(t.lower) && i > from && (toks[i - 1]!.pos === "NOUN" || toks[i - 1]!.pos === "PROPN"))
      return "relative";
    if (t.pos === "SCONJ" || SUB.has(t.lower)) return "subordinate";
    if (t.pos === "VERB" && SAY.has(t.lemma)) return "say-complement";
  }
  return null;
}
const byId = new Map<string, ReadonlySet<string>>();
for (const list of [...model.verbs.verbHeads.values(), ...model.verbs.nounHeads.values()])
  for (const p of list) byId.set(p.id, p.head);
let pairs = 0;
for (const { gold, doc, mentions, coded } of codedGold(process.argv.slice(2), model)) {
  const flat = mentions.flat();
  const found = new Set(flat.map((m) => key(m.code)));
  const { events, missed } = matchGold(gold.events, coded);
  for (const g of missed) {
    const s = key(g.source);
    const t = key(g.target);
    if (!found.has(s) || !found.has(t)) continue;
    if (events.some((e) => (e.s === s && e.t === t) || (e.s === t && e.t === s))) continue;
    pairs++;
    const id = gold.id;
    // The closest source/target mention pair, preferring one sentence.
    let best: [ActorMention, ActorMention] | null = null;
    let bestGap = Infinity;
    for (const a of flat.filter((m) => key(m.code) === s))
      for (const b of flat.filter((m) => key(m.code) === t && m !== a)) {
        if (a.sentence !== b.sentence) continue;
        const gap = a.tokenStart < b.tokenStart ? b.tokenStart - a.tokenEnd : a.tokenStart - b.tokenEnd;
        if (gap < bestGap) [best, bestGap] = [[a, b], gap];
      }
    if (best === null) {
      tally("sentence", "different sentences", id);
      continue;
    }
    tally("sentence", "same", id);
    const [ms, mt] = best;
    const sent = doc.sentences[ms.sentence]!;
    const toks = sent.tokens;
    const [first, second] = ms.tokenStart < mt.tokenStart ? [ms, mt] : [mt, ms];
    const from = first.tokenEnd;
    const to = Math.max(from, second.tokenStart);
    tally("order", ms === first ? "S..T" : "T..S", id);
    tally("gap", bucket(to - from), id);
    let groups = 0;
    for (let i = from; i < to; i++) {
      const p = toks[i]!.pos;
      const prev = i > 0 ? toks[i - 1]! : null;
      const cont = prev !== null && (prev.pos === "VERB" || prev.pos === "AUX" || prev.lower === "to");
      if ((p === "VERB" || p === "AUX") && !cont) groups++;
    }
    tally("verbs", groups >= 3 ? "3+" : String(groups), id);
    tally("clause", boundary(toks, from, to) ?? "same", id);
    // Heads of the gold root's patterns in the sentence, and where the nearest one stands.
    const heads: { i: number; noun: boolean }[] = [];
    toks.forEach((tok, i) => {
      for (const noun of [false, true]) {
        const list = (noun ? model.verbs.nounHeads : model.verbs.verbHeads).get(tok.lemma) ?? [];
        const ok = noun ? tok.pos === "NOUN" || tok.pos === "PROPN" : tok.pos === "VERB";
        if (ok && list.some((p) => p.code.slice(0, 2) === g.root)) heads.push({ i, noun });
      }
    });
    const kinds = new Set(heads.map((h) => (h.noun ? "noun" : "verb")));
    tally("head", kinds.size === 2 ? "both" : kinds.size === 1 ? [...kinds][0]! : "none", id);
    if (heads.length > 0) {
      const between = heads.find((h) => h.i >= from && h.i < to);
      const near =
        between ??
        heads.reduce((a, b) =>
          Math.min(Math.abs(a.i - from), Math.abs(a.i - to)) <=
          Math.min(Math.abs(b.i - from), Math.abs(b.i - to))
            ? a
            : b,
        );
      const where = between ? "between" : near.i < first.tokenStart ? "before both" : "after both";
      tally("where", `${where} (${near.noun ? "noun" : "verb"})`, id);
    }
    const words = new Set(toks.flatMap((x) => [x.lemma, x.lower]));
    const fits = heads.flatMap((h) =>
      ((h.noun ? model.verbs.nounHeads : model.verbs.verbHeads).get(toks[h.i]!.lemma) ?? []).filter(
        (p) =>
          p.code.slice(0, 2) === g.root &&
          p.rest.every((e) => e.kind !== "word" || [...e.words].some((w) => words.has(w))),
      ),
    );
    if (heads.length > 0) tally("fit", fits.length > 0 ? "full" : "head only", id);
    const lemmas = new Set(heads.map((h) => toks[h.i]!.lemma));
    const fired = coded.some((e) => [...(byId.get(e.pattern) ?? [])].some((w) => lemmas.has(w)));
    if (heads.length > 0) tally("fired", fired ? "head fired elsewhere" : "head not fired", id);
    if (heads.length > 0)
      tally(
        "fit x fired",
        `${fits.length > 0 ? "full" : "head only"} / ${fired ? "fired elsewhere" : "not fired"}`,
        id,
      );
    const cl = boundary(toks, from, to) ?? "same";
    const wh =
      heads.length === 0 ? "no head" : heads.some((h) => h.i >= from && h.i < to) ? "between" : "outside";
    tally("class", `${cl === "same" ? "same clause" : cl} / head ${wh}`, id);
    const mid = toks.slice(from, to);
    const link =
      s === t
        ? "same code (domestic)"
        : groups > 0
          ? "verb group between"
          : mid.every((x) => x.pos === "CCONJ" || x.text === "," || x.lower === "both")
            ? "coordination, no verb"
            : mid.some((x) => x.pos === "ADP")
              ? "preposition, no verb"
              : "noun phrase, no verb";
    tally("link", link, id);
    tally(
      "root",
      Number(g.root) <= 5 || (Number(g.root) >= 10 && Number(g.root) <= 14) ? "verbal act" : "material act",
      id,
    );
    const inside = heads.filter((h) => h.i >= from && h.i < to);
    if (inside.length > 0) {
      const reach = Math.min(...inside.map((h) => Math.max(h.i - first.tokenEnd, second.tokenStart - h.i)));
      tally("reach", bucket(reach), id);
    }
    tally("link x head", `${link} / head ${wh}`, id);
    const isSayer = (m: ActorMention) =>
      toks.slice(m.tokenEnd, m.tokenEnd + 4).some((x) => x.pos === "VERB" && SAY.has(x.lemma)) ||
      (m.tokenStart >= 2 &&
        toks[m.tokenStart - 2]!.lower === "according" &&
        toks[m.tokenStart - 1]!.lower === "to");
    tally("sayer", isSayer(ms) ? "source is sayer" : isSayer(mt) ? "target is sayer" : "neither", id);
    const other = events.some((e) => e.s === s || e.t === s || e.s === t || e.t === t);
    tally("other", other ? "coded another event for one of them" : "no event for either", id);
    if (verbose)
      process.stdout.write(
        `${cl}/${wh}\t${toks
          .slice(first.tokenStart, second.tokenEnd)
          .map((x) => x.text)
          .join(
            " ",
          )}\t${id}\t${s}>${t}:${g.root}\tgap ${to - from}\tverbs ${groups}\t${boundary(toks, from, to) ?? "same"}\t${[...kinds].join("+") || "none"}\n`,
      );
  }
}
process.stdout.write(`${pairs} pair misses\n`);
for (const [feature, t] of tables) {
  process.stdout.write(`${feature}:\n`);
  for (const [value, ids] of [...t].sort((a, b) => b[1].length - a[1].length))
    process.stdout.write(
      `  ${value.padEnd(40)} ${String(ids.length).padStart(4)}  ${ids.slice(0, 4).join(" ")}\n`,
    );
}
