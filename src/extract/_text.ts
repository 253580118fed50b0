import type { CueGroup, ExtractModel, PhraseHit } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";

/** Replaces typographic quotes and dashes one-for-one, so offsets into the original text still hold. */
export function normalizeText(text: string): string {
  return text
    .replace(/[’‘‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[–—]/g, "-")
    .replace(/\u00a0/g, " ");
}

/** Every hit of one cue group in the text. */
export function cueHits(model: ExtractModel, group: CueGroup, text: string): PhraseHit<CueGroup>[] {
  const m = model.cues.get(group);
  return m ? findPhrases(m, text) : [];
}

/** The cue of the group that ends right before `at` (only spaces between), if any. */
export function cueEndingAt(
  model: ExtractModel,
  group: CueGroup,
  text: string,
  at: number,
): PhraseHit<CueGroup> | null {
  const from = Math.max(0, at - 40);
  const before = text.slice(from, at);
  // "by the end of July": the article between cue and date does not count.
  const trimmed = before.replace(/\s+$/, "").replace(/\s+the$/i, "");
  for (const h of cueHits(model, group, trimmed))
    if (h.end === trimmed.length) return { ...h, start: h.start + from, end: h.end + from };
  return null;
}

/** ISO date from year, month (1-12) and day. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days in a month (1-12). */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Day of week of an ISO date, 0 = Sunday. */
export function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}
