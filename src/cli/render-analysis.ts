import type { Analysis, Claim, Event, ScheduleItem } from "../core/index.js";

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);
const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const quote = (s: string) => `      “${clip(s.replace(/\s+/g, " ").trim(), 150)}”`;

function renderEvent(e: Event): string[] {
  const who = `${e.source.code} → ${e.target?.code ?? "—"}`;
  const when = e.date ? (e.dateEnd ? `${e.date}..${e.dateEnd}` : e.date) : "undated";
  const via = [e.claimant ? `claimed by ${e.claimant}` : "", e.outlet ? `reported by ${e.outlet}` : ""]
    .filter(Boolean)
    .join(", ");
  return [
    `  ${pad(when, 12)} ${pad(who, 22)} ${pad(e.code, 5)} ${pad(clip(e.label, 44), 44)} ${pad(e.status, 12)} ${e.plover ?? ""}${via ? `  (${via})` : ""}`,
    `      ${e.source.text} → ${e.target?.text ?? "—"}  [sentence ${e.evidence.sentence}, ${e.pattern}]`,
    quote(e.evidence.text),
  ];
}

/** Formats a claim value with its unit for people: 9.9e12 JPY → "9.9 trillion JPY". */
export function formatValue(value: number, unit: string): string {
  if (unit === "percent_gdp") return `${value}% of GDP`;
  if (unit === "percent") return `${value}%`;
  const scales: [number, string][] = [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ];
  for (const [n, word] of scales) {
    if (Math.abs(value) >= n) return `${Number((value / n).toPrecision(6))} ${word} ${unit === "count" ? "" : unit}`.trim();
  }
  return unit === "count" ? value.toLocaleString("en-US") : `${value.toLocaleString("en-US")} ${unit}`;
}

function renderClaim(c: Claim): string[] {
  const q = c.qualifier ? `${c.qualifier.replace("_", " ")} ` : "";
  const change = c.change ? ` (${c.change.direction} ${formatValue(c.change.value, c.change.unit)})` : "";
  const who = [
    c.subject ? `subject ${c.subject}` : "",
    c.kind !== "actual" ? c.kind : "",
    c.period ? `period ${c.period}` : "",
    c.claimant ? `claimed by ${c.claimant.text}` : "",
    c.outlet ? `reported by ${c.outlet}` : "",
  ]
    .filter(Boolean)
    .join(", ");
  const metric = c.metric === "other" && c.metricText ? `other: ${c.metricText}` : c.metric;
  return [`  ${pad(q + formatValue(c.value, c.unit) + change, 34)} ${pad(metric, 22)} ${who}`, quote(c.evidence.text)];
}

function renderSchedule(s: ScheduleItem): string[] {
  const when = s.start ? (s.end && s.end !== s.start ? `${s.start}..${s.end}` : s.start) : "undated";
  const where = s.place ? ` in ${s.place}` : "";
  const lines = [`  ${pad(when, 22)} ${pad(s.status, 10)} ${pad(s.kind, 9)} ${s.title}${where}  [${s.actors.join(", ")}]`];
  for (const h of s.history) lines.push(quote(h.evidence.text));
  return lines;
}

/** Renders an analysis as the human-readable summary of `dyad analyze`. */
export function renderAnalysis(a: Analysis): string {
  const d = a.document;
  const date = d.published ? `${d.published} (${d.dateBasis})` : "unknown date";
  const out = [`${d.source}  ${d.title ? `“${clip(d.title, 80)}”  ` : ""}published ${date}  id ${d.id}`, ""];
  out.push(`EVENTS (${a.events.length})`);
  if (a.events.length === 0) out.push("  none found");
  for (const e of a.events) out.push(...renderEvent(e));
  out.push("", `FIGURES (${a.claims.length})`);
  if (a.claims.length === 0) out.push("  none found");
  for (const c of a.claims) out.push(...renderClaim(c));
  const schedule = [...a.schedule].sort((x, y) => (x.start ?? "9999").localeCompare(y.start ?? "9999"));
  out.push("", `CALENDAR (${schedule.length})`);
  if (schedule.length === 0) out.push("  none found");
  for (const s of schedule) out.push(...renderSchedule(s));
  return out.join("\n");
}
