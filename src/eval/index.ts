import { InputError } from "../core/index.js";

/** One expected event of a gold sentence. */
export interface GoldEvent {
  readonly source: string;
  readonly target: string | null;
  readonly root: string;
  readonly code?: string;
  readonly status?: string;
}

/** One gold sentence: text, date, the events it must produce (none for must-be-empty sentences), tags. */
export interface GoldRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly events: readonly GoldEvent[];
  readonly tags: readonly string[];
}

/** The part of a coded event that scoring reads. */
export interface ScoredEvent {
  readonly source: string;
  readonly target: string | null;
  readonly root: string;
  readonly code: string;
  readonly status: string;
  readonly pattern?: string;
}

/** The fields of a coded event that scoring reads. */
export function toScored(e: {
  source: { code: string };
  target: { code: string } | null;
  root: string;
  code: string;
  status: string;
  pattern: string;
}): ScoredEvent {
  return {
    source: e.source.code,
    target: e.target?.code ?? null,
    root: e.root,
    code: e.code,
    status: e.status,
    pattern: e.pattern,
  };
}

/** One root's counts and scores. */
export interface RootRow {
  readonly root: string;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A gold event that was not found (fn), a coded event that is not in gold (fp), or a status mismatch. */
export interface Miss {
  readonly id: string;
  readonly text: string;
  readonly kind: "fn" | "fp" | "status";
  readonly tuple: string;
  readonly detail: string;
}

/** Scores of a coder run against a gold set. */
export interface EvalReport {
  readonly sentences: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly perRoot: readonly RootRow[];
  readonly statusMatched: number;
  readonly statusCorrect: number;
  readonly statusAccuracy: number;
  /** Sentences whose gold has no event, and how many of them produced none. */
  readonly emptyTotal: number;
  readonly emptyClean: number;
  readonly noEventPrecision: number;
  readonly misses: readonly Miss[];
}

/** Country part of an actor code: the whole code for IGO… codes, else its first three letters; "-" for none. */
export function countryOf(code: string | null): string {
  if (code === null || code === "") return "-";
  return code.startsWith("IGO") ? code : code.slice(0, 3);
}

function tupleKey(e: { source: string; target: string | null; root: string }): string {
  return `${countryOf(e.source)}>${countryOf(e.target)}:${e.root}`;
}

const ratio = (a: number, b: number, empty = 1) => (b === 0 ? empty : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

function parseEvent(x: unknown, where: string): GoldEvent {
  const o = x as Record<string, unknown>;
  if (typeof o !== "object" || o === null)
    throw new InputError("gold_invalid", where, "event is not an object");
  const { source, target, root, code, status } = o;
  if (typeof source !== "string")
    throw new InputError("gold_invalid", where, "event.source must be a string");
  if (target !== null && typeof target !== "string")
    throw new InputError("gold_invalid", where, "event.target must be a string or null");
  const r = typeof root === "string" ? root : typeof code === "string" ? code.slice(0, 2) : null;
  if (r === null || !/^\d{2}$/.test(r))
    throw new InputError("gold_invalid", where, "event.root must be two digits");
  return {
    source,
    target: (target as string | null) ?? null,
    root: r,
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof status === "string" ? { status } : {}),
  };
}

/** Parses a gold JSONL file; a bad line throws an InputError naming file:line. */
export function parseGold(text: string, file: string): GoldRecord[] {
  const out: GoldRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    const where = `${file}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch (cause) {
      throw new InputError("gold_invalid", where, "not valid JSON", cause);
    }
    if (typeof o.text !== "string") throw new InputError("gold_invalid", where, "missing text");
    if (!Array.isArray(o.events)) throw new InputError("gold_invalid", where, "missing events array");
    out.push({
      id: typeof o.id === "string" ? o.id : where,
      text: o.text,
      date: typeof o.date === "string" ? o.date : null,
      events: o.events.map((e) => parseEvent(e, where)),
      tags: Array.isArray(o.tags) ? o.tags.filter((t): t is string => typeof t === "string") : [],
    });
  });
  return out;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores coded events against gold, sentence by sentence, on (source country, target country, root). */
export function scoreGold(
  items: readonly { gold: GoldRecord; predicted: readonly ScoredEvent[] }[],
): EvalReport {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const roots = new Map<string, Counts>();
  const bump = (root: string, k: keyof Counts) => {
    const c = roots.get(root) ?? { tp: 0, fp: 0, fn: 0 };
    c[k]++;
    total[k]++;
    roots.set(root, c);
  };
  const misses: Miss[] = [];
  let statusMatched = 0;
  let statusCorrect = 0;
  let emptyTotal = 0;
  let emptyClean = 0;
  for (const { gold, predicted } of items) {
    if (gold.events.length === 0) {
      emptyTotal++;
      if (predicted.length === 0) emptyClean++;
    }
    const left = [...predicted];
    for (const g of gold.events) {
      const key = tupleKey(g);
      const at = left.findIndex((p) => tupleKey(p) === key);
      if (at < 0) {
        bump(g.root, "fn");
        misses.push({
          id: gold.id,
          text: gold.text,
          kind: "fn",
          tuple: key,
          detail: `missed ${g.code ?? g.root} ${g.status ?? ""}`,
        });
        continue;
      }
      const p = left.splice(at, 1)[0]!;
      bump(g.root, "tp");
      if (g.status !== undefined) {
        statusMatched++;
        if (g.status === p.status) statusCorrect++;
        else
          misses.push({
            id: gold.id,
            text: gold.text,
            kind: "status",
            tuple: key,
            detail: `status ${p.status}, gold ${g.status} [${p.pattern ?? ""}]`,
          });
      }
    }
    for (const p of left) {
      bump(p.root, "fp");
      misses.push({
        id: gold.id,
        text: gold.text,
        kind: "fp",
        tuple: tupleKey(p),
        detail: `coded ${p.code} ${p.status} [${p.pattern ?? ""}]`,
      });
    }
  }
  const precision = ratio(total.tp, total.tp + total.fp, 0);
  const recall = ratio(total.tp, total.tp + total.fn, 0);
  const perRoot = [...roots.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([root, c]) => {
      const p = ratio(c.tp, c.tp + c.fp, 0);
      const r = ratio(c.tp, c.tp + c.fn, 0);
      return { root, ...c, precision: p, recall: r, f1: f1(p, r) };
    });
  return {
    sentences: items.length,
    ...total,
    precision,
    recall,
    f1: f1(precision, recall),
    perRoot,
    statusMatched,
    statusCorrect,
    statusAccuracy: ratio(statusCorrect, statusMatched),
    emptyTotal,
    emptyClean,
    noEventPrecision: ratio(emptyClean, emptyTotal),
    misses,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Renders a report as a plain-text table with the first `worst` misses. */
export function formatReport(r: EvalReport, worst = 20): string {
  const lines = [
    `sentences ${r.sentences}  events: tp ${r.tp} fp ${r.fp} fn ${r.fn}`,
    `root-level P ${pct(r.precision)}  R ${pct(r.recall)}  F1 ${pct(r.f1)}`,
    `status accuracy ${pct(r.statusAccuracy)} (${r.statusCorrect}/${r.statusMatched})  no-event precision ${pct(r.noEventPrecision)} (${r.emptyClean}/${r.emptyTotal})`,
    "",
    "root    tp   fp   fn      P      R     F1",
  ];
  for (const x of r.perRoot)
    lines.push(
      `${x.root.padEnd(4)} ${String(x.tp).padStart(5)} ${String(x.fp).padStart(4)} ${String(x.fn).padStart(4)} ${pct(x.precision).padStart(6)} ${pct(x.recall).padStart(6)} ${pct(x.f1).padStart(6)}`,
    );
  if (worst > 0 && r.misses.length > 0) {
    lines.push("", `misses (first ${Math.min(worst, r.misses.length)} of ${r.misses.length}):`);
    for (const m of r.misses.slice(0, worst))
      lines.push(`  ${m.kind.padEnd(6)} ${m.id} ${m.tuple} ${m.detail} | ${m.text}`);
  }
  return lines.join("\n");
}
