import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main.js";

// `dyad code` codes lines in batches for speed; a line that arrives alone (a pipe fed line by line) must still be
// answered before the next one is sent.
describe("dyad code on a stream fed line by line", () => {
  it.each([[[]], [["--workers", "2"]]])("answers each line when the input pauses, not when a batch fills (%j)", async (extra) => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const lines: string[] = [];
    let waiting: (() => void) | null = null;
    stdout.on("data", (c) => {
      lines.push(...String(c).split("\n").filter(Boolean));
      waiting?.();
    });
    const done = runCli(["code", "--date", "2025-06-01", ...extra], { stdout, stderr: new PassThrough(), stdin });
    const nextLine = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no output for line ${n}`)), 30_000);
        waiting = () => {
          if (lines.length >= n) {
            clearTimeout(timer);
            resolve();
          }
        };
        waiting();
      });
    stdin.write(`${JSON.stringify({ id: 1, text: "Japan lodged a protest with China on Monday." })}\n`);
    await nextLine(1);
    expect(JSON.parse(lines[0]!).id).toBe(1);
    stdin.write(`${JSON.stringify({ id: 2, text: "Russian troops shelled Kherson overnight." })}\n`);
    await nextLine(2);
    stdin.end();
    expect(await done).toBe(0);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([1, 2]);
    expect(JSON.parse(lines[1]!).events.length).toBeGreaterThan(0);
  }, 60_000);
});
