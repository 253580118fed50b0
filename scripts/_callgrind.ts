// Shared by scripts/count-actors.ts and scripts/count-coder.ts: runs the calling script again as a child under
// Valgrind's callgrind with its instrumentation on only between the child's "ready N" and "done …" lines (the child
// blocks on stdin at each, see awaitLine), and reads back the main thread's totals. With a profile directory it also
// keeps callgrind's output and V8's perf map (--perf-basic-prof, code space not compacted so that code does not move)
// there, so that ownCost can name JIT code, which callgrind alone shows as bare addresses. Now and then a run counts
// several times the usual (2 of 6 runs of count-actors on 2026-11-30: V8's own work fell in the window): repeat a run
// whose figures jump before reading anything into them.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FLAGS = ["--max-semi-space-size=64", "--heap-growing-percent=50"];

/** Reads one line from stdin, blocking (the parent writes it once it has switched the instrumentation). */
export function awaitLine(): void {
  const b = Buffer.alloc(1);
  while (readSync(0, b, 0, 1, null) === 1 && b[0] !== 10);
}

export interface Counted {
  /** Sentences counted: the child's "ready N" times the passes. */
  sentences: number;
  /** The child's "done …" line. */
  done: string;
  /** Callgrind's event names (Ir, Dr, Dw, D1mr, …) and the main thread's totals in the same order. */
  events: string[];
  totals: number[];
  /** In the profile directory, when one was given: callgrind's output and (if V8 wrote one) the perf map. */
  out?: string;
  map?: string;
}

/** Runs `script --child …childArgs` under callgrind, counting only between the child's hand-shakes. */
export async function countUnderCallgrind(
  script: string,
  childArgs: readonly string[],
  passes: number,
  profile: string | undefined,
): Promise<Counted> {
  const dir = mkdtempSync(join(tmpdir(), "dyad-count-"));
  const out = join(dir, "callgrind.out");
  const args = [
    "--tool=callgrind",
    "--instr-atstart=no",
    "--separate-threads=yes",
    "--cache-sim=yes",
    "--D1=32768,8,64",
    "--LL=8388608,16,64",
    ...(profile ? ["--compress-strings=no", "--compress-pos=no"] : []),
  ];
  // --perf-basic-prof also starts V8's log: it goes to the temporary directory, not the working tree.
  const v8 = profile
    ? ["--perf-basic-prof", "--no-compact-code-space", "--no-logfile-per-isolate", `--logfile=${join(dir, "v8.log")}`]
    : [];
  const vg = spawn(
    "valgrind",
    [...args, `--callgrind-out-file=${out}`, process.execPath, ...FLAGS, ...v8, "--import", "tsx", script, "--child", ...childArgs],
    { stdio: ["pipe", "pipe", "ignore"] },
  );
  let sentences = 0;
  let done = "";
  let buf = "";
  const toggle = (on: boolean) =>
    execFileSync("callgrind_control", ["-i", on ? "on" : "off", `${vg.pid}`], { stdio: "ignore" });
  vg.stdout.on("data", (d: Buffer) => {
    buf += d.toString();
    for (let nl = buf.indexOf("\n"); nl >= 0; nl = buf.indexOf("\n")) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (line.startsWith("ready")) {
        sentences = Number(line.split(" ")[1]) * passes;
        toggle(true);
        vg.stdin.write("go\n");
      } else if (line.startsWith("done")) {
        toggle(false);
        done = line;
        vg.stdin.write("end\n");
      }
    }
  });
  const code = await new Promise<number | null>((resolve) => vg.on("close", resolve));
  if (code !== 0 || sentences === 0) throw new Error(`valgrind exited with ${code}`);
  // With --separate-threads, thread 1 (the main thread) writes OUT-01.
  const text = readFileSync(`${out}-01`, "utf8");
  const events = /^events: (.*)$/m.exec(text)?.[1]?.split(" ") ?? [];
  const totals = /^totals: (.*)$/m.exec(text)?.[1]?.split(" ").map(Number) ?? [];
  const counted: Counted = { sentences, done, events, totals };
  if (profile) {
    counted.out = join(profile, "callgrind.out");
    copyFileSync(`${out}-01`, counted.out);
    const map = `/tmp/perf-${vg.pid}.map`;
    if (existsSync(map)) {
      counted.map = join(profile, "perf.map");
      copyFileSync(map, counted.map);
      rmSync(map);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return counted;
}

/** Prints the main thread's totals a sentence, one event a line. */
export function printTotals(c: Counted): void {
  for (const [k, e] of c.events.entries())
    process.stdout.write(`${e.padEnd(6)} ${((c.totals[k] ?? 0) / c.sentences).toFixed(1)} a sentence\n`);
}

/** Own cost (event column `col`) by function, largest first: callgrind's `0x…` functions named by the perf map. */
export function ownCost(out: string, map: string, col: number): [string, number][] {
  const ranges = readFileSync(map, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => {
      const [a, s, ...name] = l.split(" ");
      const start = Number.parseInt(a!, 16);
      return { start, end: start + Number.parseInt(s!, 16), name: name.join(" ") };
    })
    .sort((x, y) => x.start - y.start);
  const find = (addr: number): string => {
    let lo = 0;
    let hi = ranges.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid]!.start <= addr) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const r = ranges[best];
    return r && addr < r.end ? r.name : `?${addr.toString(16)}`;
  };
  const own = new Map<string, number>();
  const names = new Map<string, string>();
  let fn = "";
  // The cost line after a `calls=` line is the call's inclusive cost, not the caller's own.
  let skipNext = false;
  for (const line of readFileSync(out, "utf8").split("\n")) {
    if (line.startsWith("fn=")) {
      // "fn=(id) name" defines a compressed name, "fn=(id)" uses it; uncompressed output writes the name alone.
      const m = /^fn=\((\d+)\)(?: (.*))?$/.exec(line);
      if (m) {
        if (m[2] !== undefined) names.set(m[1]!, m[2]);
        fn = names.get(m[1]!) ?? m[1]!;
      } else fn = line.slice(3);
      continue;
    }
    if (/^(c|j|jc)?(fn|fi|fe|fl|ob|cob|cfi|cfl|cfn|calls)=/.test(line)) {
      if (line.startsWith("calls=")) skipNext = true;
      continue;
    }
    if (!/^[+\-*0-9]/.test(line)) continue;
    if (skipNext) {
      skipNext = false;
      continue;
    }
    const v = Number(line.split(" ")[1 + col] ?? 0);
    const key = fn.startsWith("0x") ? find(Number.parseInt(fn, 16)) : fn;
    own.set(key, (own.get(key) ?? 0) + v);
  }
  return [...own].sort((a, b) => b[1] - a[1]);
}
