import type { Claim } from "../core/index.js";
import { clip, table } from "./_text.js";

/** Claims about one (subject, metric, period), side by side. */
export interface LedgerGroup {
  readonly subject: string | null;
  readonly metric: string;
  readonly period: string | null;
  readonly claims: readonly Claim[];
  /** Kinds (actual, demanded, …) under which the group holds different values for the same unit. */
  readonly disagreements: readonly Claim["kind"][];
}

const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Kinds whose claims in the same unit give different values: 3% vs 3.5% vs 5% demanded. */
function findDisagreements(claims: readonly Claim[]): Claim["kind"][] {
  const byKindUnit = new Map<string, number[]>();
  for (const c of claims) {
    const key = `${c.kind}\u241f${c.unit}`;
    byKindUnit.set(key, [...(byKindUnit.get(key) ?? []), c.value]);
  }
  const kinds = new Set<Claim["kind"]>();
  for (const [key, values] of byKindUnit) {
    if (values.some((v) => !sameValue(v, values[0]!))) kinds.add(key.split("\u241f")[0] as Claim["kind"]);
  }
  return [...kinds];
}

/**
 * Groups claims by (subject, metric, period), keeping input order inside a group and first-seen order of groups,
 * and marks the kinds whose values disagree.
 */
export function buildLedger(claims: readonly Claim[]): LedgerGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const key = [c.subject, c.metric, c.period].join("\u241f");
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0]!;
    return {
      subject: first.subject,
      metric: first.metric,
      period: first.period,
      claims: list,
      disagreements: findDisagreements(list),
    };
  });
}

const QUALIFIER: Readonly<Record<NonNullable<Claim["qualifier"]>, string>> = {
  over: ">",
  under: "<",
  about: "~",
  up_to: "<=",
  at_least: ">=",
  exactly: "",
};

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 2 });
const PLAIN = new Intl.NumberFormat("en-US", { maximumFractionDigits: 4 });

/** A claim value with its unit for people: "3.5% GDP", "~50,000", ">9.9T JPY". */
export function formatValue(value: number, unit: string, qualifier: Claim["qualifier"] = null): string {
  const q = qualifier ? QUALIFIER[qualifier] : "";
  if (unit === "percent_gdp") return `${q}${PLAIN.format(value)}% GDP`;
  if (unit === "percent") return `${q}${PLAIN.format(value)}%`;
  if (unit === "count") return `${q}${PLAIN.format(value)}`;
  return `${q}${Math.abs(value) >= 1e6 ? COMPACT.format(value) : PLAIN.format(value)} ${unit}`;
}

function claimRow(c: Claim, disputed: boolean): string[] {
  return [
    disputed ? "!" : "",
    formatValue(c.value, c.unit, c.qualifier),
    c.kind,
    c.claimant ? clip(c.claimant.code ?? c.claimant.text, 24) : "-",
    c.outlet ? clip(c.outlet, 24) : "-",
    clip(c.evidence.text, 60),
  ];
}

/** Renders the ledger; groups with disagreeing values get a "DISAGREE" header and "!" on the claims concerned. */
export function renderLedger(groups: readonly LedgerGroup[]): string {
  if (groups.length === 0) return "No claims.";
  const blocks = groups.map((g) => {
    const title = `${g.subject ?? "(no subject)"} · ${g.metric} · ${g.period ?? "(no period)"}`;
    const flag = g.disagreements.length > 0 ? `  DISAGREE: ${g.disagreements.join(", ")} values differ` : "";
    const rows = g.claims.map((c) => claimRow(c, g.disagreements.includes(c.kind)));
    return `${title}${flag}\n${table(["", "VALUE", "KIND", "CLAIMANT", "OUTLET", "EVIDENCE"], rows)}`;
  });
  const disputed = groups.filter((g) => g.disagreements.length > 0).length;
  return `${blocks.join("\n\n")}\n\n${groups.length} group${groups.length === 1 ? "" : "s"}, ${disputed} with disagreeing values`;
}
