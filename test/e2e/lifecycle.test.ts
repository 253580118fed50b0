import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ScheduleItem } from "../../src/core/index.js";
import { run } from "../cli/run.js";

// A meeting announced in one article and cancelled in a later one: one calendar item, both pieces of evidence.
describe("schedule lifecycle across documents", () => {
  const dir = mkdtempSync(join(tmpdir(), "dyad-life-"));
  const db = join(dir, "life.db");
  const first = join(dir, "announce.txt");
  const second = join(dir, "cancel.txt");
  writeFileSync(
    first,
    "Australia and Indonesia will hold security talks in Jakarta on March 20, the Australian defence ministry said on Monday.\n",
  );
  writeFileSync(
    second,
    "Indonesia called off its security talks with Australia that had been set for March 20 in Jakarta, officials said.\n",
  );

  it("ends as one cancelled item with the announcement and the cancellation in its history", async () => {
    expect((await run(["analyze", first, "--date", "2025-03-03", "--db", db])).code).toBe(0);
    expect((await run(["analyze", second, "--date", "2025-03-12", "--db", db])).code).toBe(0);
    const r = await run(["calendar", "--db", db, "--actor", "AUS", "--json"]);
    expect(r.code).toBe(0);
    const items = r.out
      .trim()
      .split("\n")
      .map((l) => ScheduleItem.parse(JSON.parse(l)))
      .filter((s) => s.kind === "talks" || s.kind === "meeting");
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item?.status).toBe("cancelled");
    expect(item?.start).toBe("2025-03-20");
    const statuses = item?.history.map((h) => h.status) ?? [];
    expect(statuses[0]).toBe("scheduled");
    expect(statuses.at(-1)).toBe("cancelled");
    expect(new Set(item?.history.map((h) => h.evidence.docId)).size).toBe(2);
  });
});
