import type { ExtractModel, PhraseMatcher, Qualifier, UnitClass } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";
import { cueHits } from "./_text.js";

/** A figure with a unit found in a sentence (offsets are into the sentence text). */
export interface Figure {
  readonly start: number;
  readonly end: number;
  /** Offset of the number itself (after any currency sign). */
  readonly numStart: number;
  readonly text: string;
  /** Value in whole units (9.9 trillion yen → 9.9e12). */
  readonly value: number;
  /** Claim unit: percent, percent_gdp, count or an ISO 4217 code. */
  readonly unit: string;
  readonly unitClass: UnitClass;
  /** True when the unit is percent only because nothing said "of GDP". */
  readonly barePercent: boolean;
  readonly qualifier: Qualifier | null;
  /** Upper bound of a range ("2-3%", "between $1 billion and $2 billion"). */
  readonly rangeTo: number | null;
  /** The count noun ("troops") and the words between number and noun ("U.S."), for count figures. */
  readonly countNoun: { readonly start: number; readonly end: number; readonly text: string } | null;
}

interface NumberSpan {
  readonly start: number;
  readonly end: number;
  readonly value: number;
}

const DIGITS = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const WORD = /[A-Za-z]+/g;

/** Phrase of the matcher that starts the text after optional spaces; returns its value and end offset. */
function leading<V>(
  m: PhraseMatcher<V>,
  text: string,
  from: number,
  maxSpace = 1,
): { value: V; end: number } | null {
  const rest = text.slice(from, from + 60);
  const lead = /^\s*/.exec(rest)?.[0].length ?? 0;
  if (lead > maxSpace) return null;
  const hit = findPhrases(m, rest).find((h) => h.start === lead);
  return hit ? { value: hit.value, end: from + hit.end } : null;
}

/** Phrase of the matcher that ends right before `at` (after optional spaces). */
function trailing<V>(
  m: PhraseMatcher<V>,
  text: string,
  at: number,
  maxSpace = 1,
): { value: V; start: number } | null {
  const from = Math.max(0, at - 40);
  const before = text.slice(from, at);
  const trimmed = before.replace(/\s+$/, "");
  if (before.length - trimmed.length > maxSpace) return null;
  const hit = findPhrases(m, trimmed).find((h) => h.end === trimmed.length);
  return hit ? { value: hit.value, start: from + hit.start } : null;
}

/** Numbers written in words: "five", "twenty-five", "two hundred", "a dozen". */
function wordNumbers(text: string, model: ExtractModel): NumberSpan[] {
  const words = [...text.matchAll(WORD)];
  const out: NumberSpan[] = [];
  const w = (j: number) => model.numberWords.get(words[j]?.[0].toLowerCase() ?? "");
  const gap = (j: number) =>
    text.slice((words[j - 1]?.index ?? 0) + (words[j - 1]?.[0].length ?? 0), words[j]?.index ?? 0);
  for (let i = 0; i < words.length; i++) {
    let k = i;
    let value = 0;
    let end = 0;
    const first = w(k);
    if (!first || first.role === "hundred") continue;
    value = first.value;
    end = (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0);
    if (first.role === "tens" && w(k + 1)?.role === "unit" && /^[- ]$/.test(gap(k + 1))) {
      k++;
      value += w(k)?.value ?? 0;
      end = (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0);
    }
    if (w(k + 1)?.role === "hundred" && gap(k + 1) === " ") {
      k++;
      value *= 100;
      end = (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0);
    }
    const nextWord = words[k + 1]?.[0] ?? "";
    if (first.role === "article" && k === i && !model.scales.values.has(nextWord.toLowerCase())) continue;
    out.push({ start: words[i]?.index ?? 0, end, value });
    i = k;
  }
  return out;
}

function numberSpans(text: string, model: ExtractModel): NumberSpan[] {
  const out: NumberSpan[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const before = text.slice(Math.max(0, m.index - 2), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    // Model names and labels ("F-35", "G7", "2+2"), ordinals ("21st") are not figures.
    if (/[A-Za-z]-?$|\+$/.test(before) || /^\+/.test(after)) continue;
    if (/^(st|nd|rd|th)\b/i.test(after)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: Number(m[0].replace(/,/g, "")) });
  }
  return [...out, ...wordNumbers(text, model)].sort((a, b) => a.start - b.start);
}

interface UnitParse {
  readonly end: number;
  readonly value: number;
  readonly unit: string;
  readonly unitClass: UnitClass;
  readonly barePercent: boolean;
  readonly countNoun: Figure["countNoun"];
}

/** Count noun after the number, allowing up to three modifier words ("50,000 U.S. troops"). */
function countNounAfter(text: string, from: number, model: ExtractModel): Figure["countNoun"] {
  const rest = text.slice(from, from + 80);
  for (const h of findPhrases(model.countNouns, rest)) {
    const between = rest.slice(0, h.start);
    const words = between.trim() === "" ? [] : between.trim().split(/\s+/);
    if (!/^\s/.test(between) && between !== "") return null;
    if (
      words.length > 3 ||
      words.some((w) => /[,;:()]|^(of|and|or|in|to|the|for|from|were|was|are|is|have|had)$/i.test(w))
    )
      return null;
    return { start: from + h.start, end: from + h.end, text: rest.slice(h.start, h.end) };
  }
  return null;
}

function unitAfter(
  text: string,
  num: NumberSpan,
  prefix: string | null,
  model: ExtractModel,
): UnitParse | null {
  let end = num.end;
  let value = num.value;
  const tight = /^[A-Za-z]/.test(text.slice(end));
  const scale = leading(model.scales, text, end);
  if (scale && (!tight || scale.end - end <= 2)) {
    const word = text.slice(end, scale.end).trim();
    if (word.length > 2 || tight || prefix) {
      // 8.7 × 1e12 is 8699999999999.999 in floating point: keep 12 significant digits.
      value = Number((value * scale.value).toPrecision(12));
      end = scale.end;
    }
  }
  const pct = leading(model.percent, text, end);
  if (pct && !prefix) {
    const gdp = leading(model.gdp, text, pct.end);
    const growth = gdp && /^\s*growth/i.test(text.slice(gdp.end));
    if (gdp && !growth)
      return {
        end: gdp.end,
        value,
        unit: "percent_gdp",
        unitClass: "percent_gdp",
        barePercent: false,
        countNoun: null,
      };
    return { end: pct.end, value, unit: "percent", unitClass: "percent", barePercent: true, countNoun: null };
  }
  if (prefix) return { end, value, unit: prefix, unitClass: "money", barePercent: false, countNoun: null };
  const cur = leading(model.currencySuffix, text, end);
  if (cur)
    return { end: cur.end, value, unit: cur.value, unitClass: "money", barePercent: false, countNoun: null };
  const noun = countNounAfter(text, end, model);
  if (noun)
    return { end: noun.end, value, unit: "count", unitClass: "count", barePercent: false, countNoun: noun };
  return null;
}

/** The second number of a range right after a figure ("2-3%", "2% to 3%", "between 2% and 3%"). */
function rangeAfter(
  text: string,
  fig: NumberSpan,
  unitEnd: number,
  spans: readonly NumberSpan[],
  before: string,
  model: ExtractModel,
) {
  const next = spans.find((s) => s.start > fig.end);
  if (!next) return null;
  const nextStart = trailing(model.currencyPrefix, text, next.start)?.start ?? next.start;
  const gapNum = text.slice(fig.end, nextStart);
  const gapUnit = text.slice(unitEnd, nextStart);
  if (/^\s?-\s?$/.test(gapNum)) return next;
  const lastWords = /(\S+\s+){0,3}$/.exec(before)?.[0] ?? "";
  const change = ["change_up", "change_down", "from_up", "from_down"] as const;
  const isChange =
    /\b(from|by)\b/i.test(lastWords) || change.some((g) => cueHits(model, g, lastWords).length > 0);
  if (/^\s+to\s+$/i.test(gapUnit) && !isChange) return next;
  if (/^\s+and\s+$/i.test(gapUnit) && /\bbetween\s+(\S+\s+)?$/i.test(before)) return next;
  return null;
}

/**
 * Finds the figures with a unit in a sentence: money, percentages (of GDP), counts of people or equipment.
 * Spans in `blocked` (date expressions) are skipped.
 * @example findFigures("Japan spends 9.9 trillion yen.", [], model)[0] // { value: 9.9e12, unit: "JPY", … }
 */
export function findFigures(
  text: string,
  blocked: readonly { start: number; end: number }[],
  model: ExtractModel,
): Figure[] {
  const spans = numberSpans(text, model).filter(
    (s) => !blocked.some((b) => s.start < b.end && b.start < s.end),
  );
  const figures: Figure[] = [];
  let skipUntil = -1;
  for (const num of spans) {
    if (num.start < skipUntil) continue;
    const pre = trailing(model.currencyPrefix, text, num.start);
    let unit = unitAfter(text, num, pre?.value ?? null, model);
    const start = pre?.start ?? num.start;
    const before = text.slice(Math.max(0, start - 40), start);
    const range = rangeAfter(text, num, unit?.end ?? num.end, spans, before, model);
    let rangeTo: number | null = null;
    if (range) {
      const rPre = trailing(model.currencyPrefix, text, range.start);
      const rUnit = unitAfter(text, range, rPre?.value ?? pre?.value ?? null, model);
      const compatible =
        rUnit &&
        (!unit ||
          unit.unitClass === rUnit.unitClass ||
          (unit.barePercent && rUnit.unitClass === "percent_gdp"));
      if (rUnit && compatible) {
        unit = { ...rUnit, value: unit ? unit.value : num.value * (rUnit.value / range.value) };
        rangeTo = rUnit.value;
        skipUntil = rUnit.end;
      }
    }
    if (!unit) continue;
    const qb = trailing(model.qualifiersBefore, text, start);
    const qa = leading(model.qualifiersAfter, text, unit.end);
    const end = qa?.end ?? unit.end;
    figures.push({
      start: qb?.start ?? start,
      end,
      numStart: num.start,
      text: text.slice(qb?.start ?? start, end),
      value: unit.value,
      unit: unit.unit,
      unitClass: unit.unitClass,
      barePercent: unit.barePercent,
      qualifier: qb?.value ?? qa?.value ?? null,
      rangeTo,
      countNoun: unit.countNoun,
    });
  }
  return figures;
}
