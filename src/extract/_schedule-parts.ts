import type { ScheduleStatus } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import type { LocalMention, SentenceView } from "./_sentence.js";
import { cueHits } from "./_text.js";
import type { DateExpr } from "./01-dates.js";

const MONTH_OR_DAY =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|This|That|Early|Late|Mid)\b/;
const PLACE = /\b(?:in|at)\s+((?:the\s+)?[A-Z][\p{L}'.-]*(?:\s+(?:of\s+)?[A-Z][\p{L}'.-]*){0,3})/gu;

/** The place after a schedule noun ("summit in Canada", "meeting … in Washington"), not a month or weekday. */
export function placeAfter(
  view: SentenceView,
  from: number,
  to: number,
): { name: string; start: number; end: number } | null {
  const slice = view.sentence.text.slice(from, Math.min(to, from + 90));
  for (const m of slice.matchAll(PLACE)) {
    const raw = m[1] ?? "";
    const name = raw.replace(/^the\s+/, "").replace(/[.,]$/, "");
    if (name === "" || MONTH_OR_DAY.test(name)) continue;
    const start = from + m.index + m[0].length - raw.length;
    return { name, start, end: start + raw.length };
  }
  return null;
}

const PRIORITY: readonly ScheduleStatus[] = ["cancelled", "postponed", "held", "scheduled"];

/** Status cue of a window: cancelled over postponed over held over scheduled; "to be held" reads as scheduled. */
export function statusCue(view: SentenceView, model: ExtractModel, w: { start: number; end: number }) {
  const text = view.text.slice(w.start, w.end);
  const found = new Map<ScheduleStatus, { start: number; end: number }>();
  for (const st of PRIORITY) {
    for (const h of cueHits(model, st, text)) {
      const before = text.slice(0, h.start);
      const future =
        st === "held" &&
        /\b(to|will|would|be|been)\s+(be\s+)?$/i.test(before) &&
        !/\b(has|have|had)\s+been\s+$/i.test(before);
      const status: ScheduleStatus = future ? "scheduled" : st;
      if (!found.has(status)) found.set(status, { start: w.start + h.start, end: w.start + h.end });
    }
  }
  for (const st of PRIORITY) {
    const hit = found.get(st);
    if (hit) return { status: st, ...hit };
  }
  return null;
}

const dateRank = (e: DateExpr) =>
  e.relation === "since"
    ? 9
    : e.precision === "day" || e.precision === "range"
      ? 0
      : e.precision === "month"
        ? 1
        : 2;

/** The date of a schedule observation among its window's expressions; after a postponement cue, the new date. */
export function pickItemDate(
  exprs: readonly DateExpr[],
  w: { start: number; end: number },
  after: number | null,
) {
  const inWin = exprs.filter(
    (e) => e.start >= w.start && e.end <= w.end && e.date !== null && e.relation !== "since",
  );
  const later = after === null ? [] : inWin.filter((e) => e.start >= after);
  const pool = later.length > 0 ? later : inWin;
  return [...pool].sort((a, b) => dateRank(a) - dateRank(b) || a.start - b.start)[0] ?? null;
}

/** Where the noun phrase ending at a schedule noun starts (walking back over adjectives, nouns, names, "2+2"). */
export function phraseStart(view: SentenceView, model: ExtractModel, nounStart: number): number {
  const base = view.sentence.start;
  const toks = view.sentence.tokens.filter((t) => t.end - base <= nounStart);
  let from = nounStart;
  for (let k = toks.length - 1; k >= 0; k--) {
    const t = toks[k];
    if (!t) break;
    const quoteOrJoin = /^["“”'‘’+\-–]$/.test(t.text) || /^\d+\+\d+$/.test(t.text) || t.lower === "plus";
    const wordy =
      t.pos === "ADJ" ||
      t.pos === "NOUN" ||
      t.pos === "PROPN" ||
      t.pos === "NUM" ||
      t.pos === "X" ||
      t.pos === "SYM";
    const cue = (["cancelled", "postponed", "held", "scheduled"] as const).some((g) =>
      /^[a-z]+$/.test(t.lower)
        ? (model.cues.get(g)?.values.has(t.lower) ?? false)
        : cueHits(model, g, t.text).length > 0,
    );
    if (!(wordy || quoteOrJoin) || t.pos === "PART" || /['’]s$/i.test(t.text) || cue) break;
    from = t.start - base;
  }
  return from;
}

/** Words of the noun phrase ending at a schedule noun, without determiners and generic adjectives. */
export function titleWords(
  view: SentenceView,
  model: ExtractModel,
  nounStart: number,
  nounEnd: number,
): string[] {
  const from = phraseStart(view, model, nounStart);
  const raw = view.sentence.text
    .slice(from, nounEnd)
    .replace(/["“”‘’]/g, " ")
    .replace(/\b([a-z]+)[\s-]+plus[\s-]+([a-z]+)\b/gi, (all, a: string, b: string) => {
      // "two-plus-two" is the "2+2" of other reports: number words become digits so the titles match.
      const x = model.numberWords.get(a.toLowerCase());
      const y = model.numberWords.get(b.toLowerCase());
      return x?.role === "unit" && y?.role === "unit" ? `${x.value}+${y.value}` : all;
    })
    .replace(/\s*\+\s*/g, "+");
  return raw
    .split(/\s+/)
    .filter(
      (w) =>
        w !== "" && !model.titleDrop.has(w.toLowerCase()) && !/^(19|20)\d\d$/.test(w) && !/^[-–]$/.test(w),
    );
}

/** Country labels for a title prefix: one country gives its adjective, several give "Japan-U.S.". */
export function titlePrefix(model: ExtractModel, mentions: readonly LocalMention[]): string {
  const countries = [
    ...new Set(mentions.map((m) => m.country).filter((c): c is string => c !== null)),
  ].sort();
  if (countries.length === 0) return "";
  if (countries.length === 1) {
    const c = countries[0] ?? "";
    return model.countryLabels.get(c)?.adjective ?? c;
  }
  return countries.map((c) => model.countryLabels.get(c)?.label ?? c).join("-");
}
