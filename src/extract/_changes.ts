import type { Claim } from "../core/index.js";
import type { ExtractModel } from "../dict/extract/index.js";
import type { SentenceView } from "./_sentence.js";
import { cueEndingAt, cueHits } from "./_text.js";
import type { Figure } from "./02-figures.js";

/** The change part of a claim. */
export type Change = NonNullable<Claim["change"]>;

/** What each figure of a sentence is: consumed as a change, a conversion, or the earlier value of another. */
export interface Roles {
  readonly consumed: boolean[];
  readonly change: (Change | null)[];
  /** Conversions: the figure this one restates in another currency. */
  readonly linked: (number | null)[];
  /** Earlier values ("up from 3%"): the figure whose subject, claimant and metric this one shares. */
  readonly fromOf: (number | null)[];
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
// "rose 7.2% to", "climbed 9.4% from a year earlier to": the first figure is the change of the second.
const CHANGE_TO =
  /^\s*,?\s*(?:(?:from|over|on|compared with)\s+(?:a|the|one)?\s*(?:year|month|quarter)(?:\s+(?:earlier|ago|before))?\s*,?\s*|year[- ]on[- ]year\s*,?\s*)?to\s+$/i;

function changeCueBefore(view: SentenceView, model: ExtractModel, at: number): "up" | "down" | null {
  const before = view.text.slice(0, at);
  const stripped = before.replace(/\s+by\s*$/i, "");
  if (cueEndingAt(model, "change_up", stripped, stripped.length)) return "up";
  if (cueEndingAt(model, "change_down", stripped, stripped.length)) return "down";
  // "raise its defense budget by 7%": the nearest change verb of the clause.
  if (stripped.length === before.length) return null;
  const clause =
    stripped
      .slice(Math.max(0, stripped.length - 60))
      .split(/[,;]/)
      .pop() ?? "";
  const ups = cueHits(model, "change_up", clause).pop();
  const downs = cueHits(model, "change_down", clause).pop();
  if (!ups && !downs) return null;
  return (ups?.start ?? -1) > (downs?.start ?? -1) ? "up" : "down";
}

/** "an increase of 3.6%", "a cut of 5%": a change noun with its article, right before the figure. */
function changeNounBefore(view: SentenceView, model: ExtractModel, at: number): "up" | "down" | null {
  const m = /\b(an?|the)\s+([a-z]+)\s+of\s+$/i.exec(view.text.slice(Math.max(0, at - 40), at));
  const noun = m?.[2] ?? "";
  if (noun === "") return null;
  const whole = (g: "change_up" | "change_down") =>
    cueHits(model, g, noun).some((h) => h.start === 0 && h.end === noun.length);
  return whole("change_up") ? "up" : whole("change_down") ? "down" : null;
}

/** Marks changes ("rose 7.2% to $250 billion", "up from 3%"), and conversions ("9.9 trillion yen ($70 billion)"). */
export function assignRoles(view: SentenceView, model: ExtractModel, figs: Figure[]): Roles {
  const consumed = figs.map(() => false);
  const change: (Change | null)[] = figs.map(() => null);
  const linked: (number | null)[] = figs.map(() => null);
  const fromOf: (number | null)[] = figs.map(() => null);
  figs.forEach((f, i) => {
    const g = figs[i + 1];
    const gap = g ? view.text.slice(f.end, g.start) : "";
    const dir = changeCueBefore(view, model, f.start);
    const fromUp = cueHits(model, "from_up", gap)[0];
    const fromDown = cueHits(model, "from_down", gap)[0];
    const toFrom = changeCueBefore(view, model, view.text.slice(0, f.start).replace(/\s*to\s*$/i, "").length);
    if (g && dir && CHANGE_TO.test(gap) && !/from\s+$/i.test(view.text.slice(0, f.start))) {
      consumed[i] = true;
      change[i + 1] = { direction: dir, value: f.value, unit: f.unit, from: null };
    } else if (g && /^\s*,?\s*(up|down)\s+(by\s+)?$/i.test(gap)) {
      consumed[i + 1] = true;
      change[i] = { direction: /up/i.test(gap) ? "up" : "down", value: g.value, unit: g.unit, from: null };
    } else if (g && (fromUp || fromDown) && ((fromUp ?? fromDown)?.start ?? 99) <= 30) {
      change[i] = {
        direction: fromUp ? "up" : "down",
        value: round(Math.abs(f.value - g.value)),
        unit: f.unit,
        from: g.value,
      };
      fromOf[i + 1] = i;
    } else if (g && /from\s+$/i.test(view.text.slice(0, f.start)) && /^\s+to\s+$/i.test(gap)) {
      const d = changeCueBefore(view, model, view.text.slice(0, f.start).replace(/\s*from\s+$/i, "").length);
      change[i + 1] = {
        direction: d ?? (g.value >= f.value ? "up" : "down"),
        value: round(Math.abs(g.value - f.value)),
        unit: g.unit,
        from: f.value,
      };
      fromOf[i] = i + 1;
    } else if (
      g &&
      toFrom &&
      /\bto\s*$/i.test(view.text.slice(0, f.start)) &&
      /^[^.;]{0,25}\bfrom\s+$/i.test(gap)
    ) {
      change[i] = {
        direction: toFrom,
        value: round(Math.abs(f.value - g.value)),
        unit: f.unit,
        from: g.value,
      };
      fromOf[i + 1] = i;
    } else if (dir && change[i] === null) {
      change[i] = { direction: dir, value: f.value, unit: f.unit, from: null };
    }
    // "61.2 trillion won ($45 billion) …, an increase of 3.6% from this year": a change of the figures before it.
    const prev = figs[i - 1];
    const nounDir = changeNounBefore(view, model, f.start);
    if (
      prev &&
      nounDir &&
      f.barePercent &&
      prev.unitClass !== "percent" &&
      !/[;.]/.test(view.text.slice(prev.end, f.start))
    ) {
      consumed[i] = true;
      change[i] = null;
      const own: Change = { direction: nounDir, value: f.value, unit: f.unit, from: null };
      change[i - 1] = own;
      const base = linked[i - 1];
      if (base !== null && base !== undefined) change[base] = own;
    }
    const conversion =
      /^\s*\(\s*(about|around|roughly|some|approximately)?\s*$|^\s*,\s*or\s+(about\s+|around\s+|roughly\s+)?$/i;
    if (g && f.unitClass === "money" && g.unitClass === "money" && f.unit !== g.unit && conversion.test(gap))
      linked[i + 1] = i;
  });
  return { consumed, change, linked, fromOf };
}
