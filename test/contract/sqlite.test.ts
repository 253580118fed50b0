import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { storeContract } from "./store.contract.js";

const dir = mkdtempSync(join(tmpdir(), "dyad-store-"));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

storeContract("sqlite", {
  async newTarget() {
    n += 1;
    return join(dir, `t${n}.db`);
  },
  async injectClaimFailure(target) {
    const db = new BetterSqlite3(target);
    db.exec(`create trigger boom before insert on claims when new.metric = 'boom'
             begin select raise(abort, 'injected failure'); end`);
    db.close();
  },
});

const run = promisify(execFile);

describe("SQLite specifics", () => {
  it("two processes writing one file at once lose nothing (WAL + busy timeout)", async () => {
    const path = join(dir, "shared.db");
    await (await openStore(path)).close();
    const worker = fileURLToPath(new URL("./save-worker.ts", import.meta.url));
    const spawn = (prefix: string) => run(process.execPath, ["--import", "tsx", worker, path, prefix, "25"]);
    await Promise.all([spawn("p"), spawn("q")]);
    const store = await openStore(path, { mustExist: true });
    expect(await store.listEvents()).toHaveLength(50 * 20);
    expect((await store.listSchedule()).map((i) => i.history.length)).toEqual([50]);
    await store.close();
  });

  it("creates the file on first open, in WAL mode", async () => {
    const path = join(dir, "fresh.db");
    const store = await openStore(path);
    await store.close();
    const db = new BetterSqlite3(path, { fileMustExist: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("a missing file is a clear error for read commands, and nothing is created", async () => {
    const path = join(dir, "absent.db");
    await expect(openStore(path, { mustExist: true })).rejects.toMatchObject({ code: "store_not_found" });
    await expect(openStore(path, { mustExist: true })).rejects.toThrow(/no database at/);
    expect(existsSync(path)).toBe(false);
  });

  it.each([
    ["actor prefix", "select record from events where source_code glob 'RUR*'", "events_source_code_idx"],
    ["date range", "select record from events where date >= '2025-01-01'", "events_date_idx"],
    ["claim metric", "select record from claims where metric = 'x'", "claims_metric_idx"],
  ])("query columns are indexed: %s", async (_name, query, index) => {
    const path = join(dir, "plan.db");
    await (await openStore(path)).close();
    const db = new BetterSqlite3(path);
    const plan = db.prepare(`explain query plan ${query}`).all() as { detail: string }[];
    db.close();
    expect(plan.map((p) => p.detail).join(" ")).toContain(index);
  });
});
