import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCameo } from "../cameo/index.js";
import { importPetrarch, lintVerbs, loadVerbModel, RESERVED_CLASSES } from "./index.js";

const DATA = join(import.meta.dirname, "../../../data");
const cameo = loadCameo(join(DATA, "cameo", "cameo.tsv"));

/** A copy of data/verbs with one extra pattern file, for error cases. */
function withPatternFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-verbs-"));
  cpSync(join(DATA, "verbs"), dir, { recursive: true });
  writeFileSync(join(dir, "patterns", "99-test.txt"), text);
  return dir;
}

describe("data/verbs", () => {
  const model = loadVerbModel(join(DATA, "verbs"), cameo);

  it("lints clean", () => {
    expect(lintVerbs(join(DATA, "verbs"), cameo).map((e) => e.message)).toEqual([]);
  });

  it("covers all 20 CAMEO roots", () => {
    expect(new Set(model.patterns.filter((p) => !p.blocks).map((p) => p.code.slice(0, 2))).size).toBe(20);
  });

  it("covers most 3- and 4-digit codes", () => {
    const sub = cameo.codes().filter((c) => c.length > 2);
    const used = new Set(model.patterns.map((p) => p.code));
    expect(sub.filter((c) => used.has(c)).length / sub.length).toBeGreaterThan(0.85);
  });

  it.each([
    ["cancel", "12.cancel-meeting-with"],
    ["impose", "16.impose-sanctions"],
    ["accuse", "11.accuse-crime"],
  ])("indexes verb head %s, most specific first (%s)", (lemma, id) => {
    const list = model.verbHeads.get(lemma) ?? [];
    expect(list.map((p) => p.id)).toContain(id);
    const spec = list.map((p) => p.specificity);
    expect([...spec].sort((a, b) => b - a)).toEqual(spec);
  });

  it.each([
    ["unknown code", "x.a 999 meet", /99-test\.txt:3: unknown CAMEO code "999"/],
    ["duplicate id", "04.meet 040 meet", /99-test\.txt:3: duplicate pattern id 04\.meet/],
    ["unknown class", "x.b 040 meet $NOPE", /99-test\.txt:3: unknown class \$NOPE/],
    ["unknown flag", "x.c 040 meet | sideways", /99-test\.txt:3: unknown flag "sideways"/],
    ["bad status", "x.d 040 meet | status=maybe", /99-test\.txt:3: unknown status "maybe"/],
    ["TGT head", "x.e 040 TGT meet", /99-test\.txt:3: pattern x\.e cannot start with TGT/],
    ["unknown embed table", "x.f 040 meet | embed=nope", /99-test\.txt:3: unknown embed table "nope"/],
    [
      "exact form in a pattern",
      "x.h --- meet =demands",
      /99-test\.txt:3: exact form "=demands" in pattern x\.h/,
    ],
    [
      "unknown riot code",
      "x.g 190 attack TGT | riot=999",
      /99-test\.txt:3: unknown CAMEO code "999" in riot=/,
    ],
  ])("reports %s with file:line", (_name, line, re) => {
    const dir = withPatternFile(`# test\n# version: 1\n${line}\n`);
    const msgs = lintVerbs(dir, cameo).map((e) => e.message);
    expect(msgs.some((m) => re.test(m))).toBe(true);
    expect(() => loadVerbModel(dir, cameo)).toThrow();
  });

  it.each(["_PLURAL_PRONOUN", "_OCCASION_PREP"])("reports a missing reserved word set $%s", (name) => {
    const dir = withPatternFile("# test\n# version: 1\n");
    const file = join(dir, "classes.txt");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(new RegExp(`^\\$${name} .*$`, "m"), ""));
    const msgs = lintVerbs(dir, cameo).map((e) => e.message);
    expect(msgs.some((m) => m.includes(`missing class $${name}`))).toBe(true);
  });

  it("reports a file without a version line", () => {
    const dir = withPatternFile("x.g 040 meet\n");
    expect(
      lintVerbs(dir, cameo)
        .map((e) => e.message)
        .join("\n"),
    ).toMatch(/99-test\.txt:1: missing '# version: X'/);
  });
});

describe("reserved word classes", () => {
  // Each reserved class gets one bit of a 32-bit mask (1 << i): a 32nd would be negative and a 33rd would wrap onto
  // the first. Classes past that budget belong in RESERVED_SETS (checked to exist, read as word sets).
  it("fit in a 31-bit mask", () => {
    expect(RESERVED_CLASSES.length).toBeLessThanOrEqual(31);
  });
});

describe("importPetrarch", () => {
  const sample = [
    "--- ACCUSE [112] ---",
    "ACCUSE",
    "ACCUSED",
    "- * + OF CORRUPTION [1121]",
    "- * + OF ESPIONAGE [1125]",
    "- SAY * [010]",
    "- * {DENIED} [016]",
    "- * OF &NOSUCH [112]",
    "- * + [---]",
    "--- CALL_OFF [125] ---",
    "- * TALKS WITH + [125]",
  ].join("\n");
  const res = importPetrarch(sample, cameo, new Set(["MEETING"]));

  it.each([
    ["imp.accuse", "112", "accuse"],
    ["imp.accuse.tgt-of-corruption", "1121", "accuse TGT of corruption"],
    ["imp.accuse.tgt-of-espionage", "1125", "accuse TGT of espionage"],
    // A discard rule ([---]) is a blocking pattern.
    ["imp.accuse.tgt", "---", "accuse TGT"],
    ["imp.call-off", "125", "call off"],
    ["imp.call-off.talks-with-tgt", "125", "call off talks with TGT"],
  ])("converts %s", (id, code, pattern) => {
    const line = res.lines.find((l) => l.startsWith(`${id} `));
    expect(line?.split(/\s+/).slice(1).join(" ")).toBe(`${code} ${pattern}`);
  });

  it.each([
    [6, /before the verb/],
    [7, /not expressible/],
    [8, /no class \$NOSUCH/],
  ])("reports line %i as not expressible", (line, re) => {
    expect(res.skipped.find((s) => s.line === line)?.reason).toMatch(re);
  });

  it("produces lines the pattern parser accepts", () => {
    const dir = withPatternFile(`# imported\n# version: 1\n${res.lines.join("\n")}\n`);
    expect(lintVerbs(dir, cameo).map((e) => e.message)).toEqual([]);
  });
});

describe("WordNet neighbour table (wordnet.txt)", () => {
  /** A copy of data/verbs whose wordnet.txt holds just these lines. */
  function withWordnet(lines: string): string {
    const dir = mkdtempSync(join(tmpdir(), "dyad-verbs-"));
    cpSync(join(DATA, "verbs"), dir, { recursive: true });
    writeFileSync(join(dir, "wordnet.txt"), `# test\n# version: 1\n${lines}\n`);
    return dir;
  }
  const rows = [
    "gaol          imprison      syn  1      1      1",
    "immure        jail          syn  1      2      2",
    "hassle        harass        syn  2      1      3",
  ].join("\n");

  it("copies the simple patterns of a row's lemma onto its word, with their codes", () => {
    const model = loadVerbModel(withWordnet(`@use all\n${rows}`), cameo);
    const ids = (model.verbHeads.get("gaol") ?? []).map((p) => `${p.id} ${p.code}`);
    expect(ids).toContain("wn.gaol.17.arrest 173");
    // Only simple patterns (SRC verb TGT): not a fallback, a wrap, or one with an object noun after TGT.
    expect(ids.some((i) => i.includes("arrest-plain") || i.includes("17.sentence ") || i.includes("convict"))).toBe(
      false,
    );
  });

  it("admits only the rows @use names", () => {
    const heads = (use: string) => {
      const m = loadVerbModel(withWordnet(`@use ${use}\n${rows}`), cameo);
      return ["gaol", "immure", "hassle"].filter((w) => m.verbHeads.has(w));
    };
    expect(heads("off")).toEqual([]);
    expect(heads("w1")).toEqual(["gaol", "immure"]);
    expect(heads("w1 l1")).toEqual(["gaol"]);
    expect(heads("mono")).toEqual(["gaol"]);
  });

  it("keeps every row as a neighbour for dict suggest, whatever @use says", () => {
    const model = loadVerbModel(withWordnet(`@use off\n${rows}`), cameo);
    expect(model.wordnet.get("gaol")).toEqual([{ lemma: "imprison", code: "173", rel: "syn" }]);
    expect(model.verbHeads.has("gaol")).toBe(false);
  });

  it.each([
    ["a short row", "gaol imprison syn 1 1", /wordnet\.txt:3: expected "word lemma syn\|hyp N N N"/],
    ["an unknown relation", "gaol imprison ant 1 1 1", /wordnet\.txt:3: expected/],
    ["an unknown @use word", "@use most", /wordnet\.txt:3: @use takes/],
  ])("reports %s with file:line", (_name, line, re) => {
    const msgs = lintVerbs(withWordnet(line), cameo).map((e) => e.message);
    expect(msgs.some((m) => re.test(m))).toBe(true);
  });
});
