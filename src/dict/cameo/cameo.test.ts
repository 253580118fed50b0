import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCameo, parseCameo } from "./index.js";

const TABLE = join(import.meta.dirname, "../../../data/cameo/cameo.tsv");
const HEADER = "code\troot\tlabel\tgoldstein\tquad\tplover\tmode";

describe("CAMEO table", () => {
  const t = loadCameo(TABLE);
  it.each([
    ["125", "12", -5, 3, "REJECT", "meet"],
    ["042", "04", 1.9, 1, "CONSULT", "visit"],
    ["163", "16", -8, 4, "SANCTION", null],
    ["010", "01", 0, 1, null, null],
  ])("%s has root %s, Goldstein %d, quad %d, PLOVER %s", (code, root, gs, quad, plover, mode) => {
    const e = t.get(code);
    expect(e).toMatchObject({ root, goldstein: gs, quad, plover, mode });
  });
  it("covers all 20 roots", () => {
    const roots = new Set(t.codes().map((c) => c.slice(0, 2)));
    expect(roots.size).toBe(20);
  });
  it.each([
    ["bad header", "code\troot\n", /expected header/],
    ["bad quad", `${HEADER}\n010\t01\tx\t0\t7\t\t\n`, /f\.tsv:2: bad quad/],
    ["root mismatch", `${HEADER}\n010\t02\tx\t0\t1\t\t\n`, /root "02"/],
    ["duplicate", `${HEADER}\n010\t01\tx\t0\t1\t\t\n010\t01\tx\t0\t1\t\t\n`, /f\.tsv:3: duplicate/],
  ])("rejects %s with file:line", (_name, text, re) => {
    expect(() => parseCameo(text, "f.tsv")).toThrow(re);
  });
});
