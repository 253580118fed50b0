// Measures save throughput: `npx tsx src/store/_bench.ts [target|-] [events] [perDoc] [docsPerTransaction]`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Analysis, Event } from "../core/index.js";
import { openStore } from "./index.js";

const CODES = ["RUR", "RURGOV", "OSTGOV", "OSTMIL", "BORGOV", "SYLLEG"];

function syntheticAnalysis(d: number, perDoc: number): Analysis {
  const docId = `bench${d}`;
  const day = `2025-${String((d % 12) + 1).padStart(2, "0")}-${String((d % 28) + 1).padStart(2, "0")}`;
  const events: Event[] = Array.from({ length: perDoc }, (_, i) => ({
    id: `${docId}e${i}`,
    source: { code: CODES[i % 6]!, text: "the cabinet", start: 0, end: 11, entry: "bench" },
    target: { code: CODES[(i + 2) % 6]!, text: "its neighbour", start: 20, end: 33, entry: null },
    code: i % 2 ? "036" : "125",
    root: i % 2 ? "03" : "12",
    label: "bench",
    plover: null,
    mode: null,
    auxMode: null,
    goldstein: 4,
    quad: 1,
    status: "occurred",
    date: day,
    dateEnd: null,
    datePrecision: "day",
    claimant: null,
    outlet: "Bench Times",
    evidence: {
      docId,
      sentence: i,
      start: i * 80,
      end: i * 80 + 70,
      text: "The cabinet said it would meet its neighbour's envoys next week.",
    },
    pattern: "bench-001",
    dictVersion: "bench",
    confidence: 0.8,
  }));
  return {
    document: {
      id: docId,
      source: "bench",
      url: null,
      outlet: "Bench Times",
      title: null,
      published: day,
      dateBasis: "input",
      ingestedAt: "2025-06-21T00:00:00Z",
      text: "x".repeat(4000),
    },
    events,
    claims: [],
    schedule: [],
  };
}

const given = process.argv[2] && process.argv[2] !== "-" ? process.argv[2] : null;
const dir = given === null ? mkdtempSync(join(tmpdir(), "dyad-bench-")) : null;
const target = given ?? join(dir!, "bench.db");
const total = Number(process.argv[3] ?? 100_000);
const perDoc = Number(process.argv[4] ?? 100);
const batch = Number(process.argv[5] ?? 1);
const store = await openStore(target);
const docs = Math.ceil(total / perDoc);
const inputs = Array.from({ length: docs }, (_, d) => syntheticAnalysis(d, perDoc));
const t0 = performance.now();
const cpu0 = process.cpuUsage();
for (let i = 0; i < inputs.length; i += batch) {
  if (batch === 1) await store.saveAnalysis(inputs[i]!);
  else await store.saveAnalyses(inputs.slice(i, i + batch));
}
const secs = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
const t1 = performance.now();
const listed = await store.listEvents({ actor: "OST", from: "2025-03-01", to: "2025-03-31" });
const qms = performance.now() - t1;
await store.close();
if (dir !== null) rmSync(dir, { recursive: true, force: true });
console.log(
  `${store.kind}: ${docs} docs × ${perDoc} events, ${batch} doc(s) per transaction = ${docs * perDoc} events in ${secs.toFixed(2)} s → ` +
    `${Math.round((docs * perDoc) / secs)} events/s (CPU ${cpuSecs.toFixed(2)} s → ${Math.round((docs * perDoc) / cpuSecs)} events/CPU-s); query (actor+month) ${listed.length} rows in ${qms.toFixed(0)} ms`,
);
