import type { ExtractModel } from "../dict/extract/index.js";
import { findPhrases } from "../dict/extract/index.js";
import type { LocalMention, SentenceView } from "./_sentence.js";
import { cueHits } from "./_text.js";

/** Who stated the figures of a sentence, which outlet reported them, and mentions that are neither subject. */
export interface Attribution {
  readonly outlet: string | null;
  readonly claimant: { readonly code: string | null; readonly text: string } | null;
  /** Mentions used by the attribution (outlet owners, claimants): not candidates for the subject. */
  readonly excluded: ReadonlySet<LocalMention>;
  /** Spans of the sentence that belong to the attribution (outlet names, "according to …"). */
  readonly spans: readonly Span[];
}

const GAP_BEFORE_VERB =
  /^\s*,?\s*(?:(?:has|have|had|also|reportedly|previously|recently|earlier|again)\s+){0,2}$/i;

interface Span {
  readonly start: number;
  readonly end: number;
}

const inside = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Outlets named in the sentence, with the owner possessive ("Japan's Nikkei") counted as part of the name. */
function outlets(view: SentenceView, model: ExtractModel) {
  return findPhrases(model.outlets, view.text).map((h) => {
    const owner = view.mentions.find((m) => /^'s?\s+$/.test(view.text.slice(m.end, h.start)));
    return { start: owner?.start ?? h.start, end: h.end, name: h.value };
  });
}

function accordingTo(view: SentenceView, model: ExtractModel) {
  for (const h of cueHits(model, "according", view.text)) {
    const rest = view.text.slice(h.end);
    const stop = /[,;.](\s|$)|$/.exec(rest);
    const end = h.end + (stop?.index ?? rest.length);
    const span = { start: h.start, end };
    const text = view.sentence.text.slice(h.end, end).trim();
    if (text === "") continue;
    return { span, text, mention: view.mentions.find((m) => inside(m, { start: h.end, end })) ?? null };
  }
  return null;
}

/** "X said", "X told reporters", "said X". */
/** Reporting verbs of the sentence that are not inside a name ("United States"). */
function reportHits(view: SentenceView, model: ExtractModel) {
  return cueHits(model, "report", view.text).filter(
    (h) => h.phrase.toLowerCase() !== "according to" && !view.mentions.some((m) => inside(h, m)),
  );
}

function reporter(view: SentenceView, model: ExtractModel, skip: readonly Span[]) {
  for (const h of reportHits(view, model)) {
    const before = [...view.mentions]
      .reverse()
      .find((m) => m.end <= h.start && GAP_BEFORE_VERB.test(view.text.slice(m.end, h.start)));
    if (before && !skip.some((s) => inside(before, s))) return before;
    const after = view.mentions.find(
      (m) => m.start >= h.end && /^\s+$/.test(view.text.slice(h.end, m.start)),
    );
    if (
      after &&
      !skip.some((s) => inside(after, s)) &&
      /[,.]\s*$|^\s*$/.test(view.text.slice(0, h.start).slice(-2))
    )
      return after;
  }
  return null;
}

/** "…, the finance ministry said." or "Officials said …": the words before a reporting verb, when no mention is there. */
function reporterPhrase(view: SentenceView, model: ExtractModel, skip: readonly Span[]) {
  for (const h of reportHits(view, model)) {
    const before = view.text.slice(0, h.start);
    const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
    const phrase = view.sentence.text.slice(from, h.start).trim();
    const words = phrase.split(/\s+/).filter((w) => w !== "");
    if (words.length === 0 || words.length > 5 || /\d/.test(phrase)) continue;
    const start =
      from + (view.sentence.text.slice(from).length - view.sentence.text.slice(from).trimStart().length);
    const span = { start, end: h.start };
    if (skip.some((s) => inside(span, s))) continue;
    const m = view.mentions.find((x) => inside(x, span));
    return { span, text: phrase.replace(/^(the|a|an)\s+/i, ""), code: m?.code ?? null, mention: m ?? null };
  }
  return null;
}

/** Finds the outlet and claimant of a sentence's figures. */
export function attribute(view: SentenceView, model: ExtractModel): Attribution {
  const outs = outlets(view, model);
  const acc = accordingTo(view, model);
  const excluded = new Set<LocalMention>(view.mentions.filter((m) => outs.some((o) => inside(m, o))));
  const spans: Span[] = outs.map((o) => ({ start: o.start, end: o.end }));
  let claimant: Attribution["claimant"] = null;
  if (acc && !outs.some((o) => inside(acc.span, o))) {
    claimant = { code: acc.mention?.code ?? null, text: acc.text };
    spans.push(acc.span);
    for (const m of view.mentions) if (inside(m, acc.span)) excluded.add(m);
  } else if (acc) spans.push(acc.span);
  if (!claimant) {
    const r = reporter(view, model, spans);
    if (r) {
      claimant = { code: r.code, text: r.text };
      excluded.add(r);
    }
  }
  if (!claimant) {
    const p = reporterPhrase(view, model, spans);
    if (p) {
      claimant = { code: p.code, text: p.text };
      spans.push(p.span);
      if (p.mention) excluded.add(p.mention);
    }
  }
  return { outlet: outs[0]?.name ?? null, claimant, excluded, spans };
}
