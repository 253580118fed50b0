import { describe, expect, it } from "vitest";
import { analysis, doc, event } from "../../test/contract/fixtures.js";
import { isPostgresUrl, withStore } from "./index.js";
import { parsePostgresUrl } from "./postgres/index.js";

describe("store targets", () => {
  it.each([
    ["dyad.db", false],
    ["/var/data/dyad.db", false],
    [":memory:", false],
    ["postgres://postgres@127.0.0.1:5432/test", true],
    ["postgresql://u:p@db.internal/dyad", true],
    ["POSTGRES://x/y", true],
  ])("%s is PostgreSQL: %s", (target, expected) => {
    expect(isPostgresUrl(target)).toBe(expected);
  });

  it.each([
    ["postgres://postgres@127.0.0.1:5432/test", "postgres://postgres@127.0.0.1:5432/test", null],
    [
      "postgres://postgres@127.0.0.1:5432/test?schema=dyad_1",
      "postgres://postgres@127.0.0.1:5432/test",
      "dyad_1",
    ],
    ["postgres://h/test?sslmode=disable&schema=s", "postgres://h/test?sslmode=disable", "s"],
  ])("parses %s", (url, connectionString, schema) => {
    expect(parsePostgresUrl(url)).toEqual({ connectionString, schema });
  });

  it("rejects a schema name that is not a plain identifier", () => {
    expect(() => parsePostgresUrl("postgres://h/test?schema=a;drop")).toThrow(/invalid schema name/);
    expect(() => parsePostgresUrl("postgres://h/test?schema=Dyad")).toThrow(/lower-case/);
  });

  it("an in-memory SQLite store works for tests and library use, and withStore closes it", async () => {
    const a = analysis(doc("dM", "2025-06-20"), {
      events: [event("dM", { source: "RURGOV", target: "OSTGOV" })],
    });
    const listed = await withStore(":memory:", {}, async (store) => {
      await store.saveAnalysis(a);
      return store.listEvents({ actor: "OST" });
    });
    expect(listed).toEqual(a.events);
  });
});
