import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serialize } from "node:v8";
import { describe, expect, it } from "vitest";
import { DictionaryError } from "../../core/index.js";
import { isPlainWords, plainAliasTokens } from "./_key.js";
import { VocabBuilder, vocabId } from "./_vocab.js";
import {
  caseShape,
  codeOn,
  dayOf,
  fitsShape,
  importPetrarchActors,
  isOwnKey,
  lintActors,
  loadActorModel,
  lookupActor,
  parseActorFile,
  renderActorEntries,
  roleAt,
  splitAlias,
  textTokenId,
  tokenId,
  tokenKey,
} from "./index.js";

const ACTORS = fileURLToPath(new URL("../../../data/actors", import.meta.url));
const CONFIG = `== config
kind: config
state-sector: GOV
former-sector: ELI
unknown-country: ---
`;

/** Writes files into a fresh temp folder and returns its path. */
function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dyad-actors-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe("alias tokens", () => {
  it.each([
    ["Japan's Secretary-General", ["Japan", "'s", "Secretary", "-", "General"]],
    ["U.S. Secretary of State", ["U.S.", "Secretary", "of", "State"]],
    ["the United States'", ["the", "United", "States", "'"]],
    ['Ferdinand "Bongbong" Marcos', ["Ferdinand", '"', "Bongbong", '"', "Marcos"]],
  ])("splits %s like wink-nlp", (alias, tokens) => {
    expect(splitAlias(alias)).toEqual(tokens);
  });

  it.each([
    ["U.S.", "us"],
    ["Élysée", "elysee"],
    ["Japan’s", "japan's"],
    [".", "."],
  ])("keys %s as %s", (token, key) => {
    expect(tokenKey(token)).toBe(key);
  });

  it.each([
    ["Japan", "C", true],
    ["japan", "C", false],
    ["'s", "C", false],
    ["US", "A", true],
    ["Us", "A", false],
    ["U.S.", "A", true],
    ["Élysée", "C", true],
    ["élysée", "C", false],
    ["ÉU", "A", true],
    ["Éu", "A", false],
    ["anything", "-", true],
  ])("case shape: %s fits %s: %s", (text, shape, fits) => {
    expect(fitsShape(shape, text)).toBe(fits);
  });
});

describe("token keys read without a copy", () => {
  it.each([
    ["japan", true],
    ["2+2", true],
    [".", true],
    ["...", true],
    ["u.s.", false],
    ["Japan", false],
    ["japan's", false],
    ["élysée", false],
    ["a`b", false],
  ])("isOwnKey(%j) is %s, and agrees with tokenKey", (token, own) => {
    expect(isOwnKey(token)).toBe(own);
    if (own) expect(tokenKey(token)).toBe(token);
  });

  it("reads plain aliases as splitAlias, tokenKey and caseShape do", () => {
    const aliases = [
      "U.S. Army",
      "Shigeru Ishiba",
      "NATO",
      "the Kremlin",
      "Mr.",
      "G7",
      "B2 ...",
      "de Gaulle",
    ];
    const byKey = new VocabBuilder();
    const byChars = new VocabBuilder();
    for (const alias of aliases) {
      expect(isPlainWords(alias)).toBe(true);
      const tokens = splitAlias(alias);
      const out: number[] = [];
      expect(plainAliasTokens(alias, out)).toBe(tokens.map(caseShape).join(""));
      tokens.forEach((t, k) => {
        const key = tokenKey(t);
        const [a, b, first, last, length] = out.slice(5 * k, 5 * k + 5) as [
          number,
          number,
          number,
          number,
          number,
        ];
        expect([first, last, length]).toEqual([
          key.charCodeAt(0),
          key.charCodeAt(key.length - 1),
          key.length,
        ]);
        expect(byChars.add(a, b, first, last, length)).toBe(byKey.addKey(key));
      });
    }
    expect(byChars.count).toBe(byKey.count);
  });

  it("numbers keys once and finds them again in the final table", () => {
    const v = new VocabBuilder();
    const keys = Array.from({ length: 3000 }, (_, i) => `k${i}`);
    expect(keys.map((k) => v.addKey(k))).toEqual(keys.map((_, i) => i));
    expect(v.addKey("k7")).toBe(7);
    const { table, ids } = v.finish();
    expect(keys.map((k) => vocabId(table, k))).toEqual([...ids]);
    expect(new Set(ids).size).toBe(keys.length);
    expect(vocabId(table, "k3000")).toBe(-1);
  });
});

describe("dated roles", () => {
  it.each([
    ["2024-02-29", 20240229],
    [null, null],
    ["2024-02", undefined],
    ["2024/02/29", undefined],
  ])("dayOf(%j) is %j", (date, day) => {
    expect(dayOf(date)).toBe(day);
  });

  it("finds the role held on a day, the first listed winning, else the fallback code", () => {
    const person = [
      "== doe-jan",
      "name: Jan Doe",
      "role: RURGOV 2020-01-01 2022-12-31 | Prime Minister",
      "role: RURMIL 2022-06-01 - | General",
      "source: s",
    ].join("\n");
    const model = loadActorModel(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${person}\n` }));
    const e = model.entries.findIndex((x) => x.id === "doe-jan");
    const on = (day: number | null) => codeOn(model.roles, e, day);
    expect([on(20190101), on(20200101), on(20220701), on(20230101), on(null)]).toEqual([
      "RURELI",
      "RURGOV",
      "RURGOV",
      "RURMIL",
      "RURMIL",
    ]);
    expect(roleAt(model.roles, e, 20190101)).toBe(-1);
  });
});

describe("parseActorFile", () => {
  it.each([
    ["== a\nkind: state\ncode: JPN\nname: X\nsource: s\n", 1, /missing "# version/],
    ["# version: 1\n== a\nkind: state\ncode: JPN\nname: X\n", 2, /lacks "source:"/],
    ["# version: 1\n== a\nkind: state\ncode: JAPAN\nname: X\nsource: s\n", 4, /bad ISO alpha-3 code/],
    ["# version: 1\n== a\nkind: state\ncode: JPN\nname: X\ncolour: red\nsource: s\n", 6, /not allowed/],
    ["# version: 1\nname: X\n", 2, /outside a block/],
    ["# version: 1\n== a\nkind: nation\nname: X\n", 3, /unknown or missing kind/],
    [
      "# version: 1\n== a\nname: X\nrole: JPNGOV 2025-01-01 2024-01-01 | PM\nsource: s\n",
      4,
      /ends .* before it starts/,
    ],
    ["# version: 1\n== a\nname: X\nrole: JPNGOV 2025-13-01 - | PM\nsource: s\n", 4, /bad start date/],
    ["# version: 1\n== A B\nkind: place\nname: X\nsource: s\n", 2, /expected "key: value"/],
    ["# version: 1\n== a\nkind: sector\nsector: GOV\nnoun: x\ncoref: maybe\nsource: s\n", 6, /coref/],
    ["# version: 1\n== a\nkind: place\nname: X\ncode: Ukr\nsource: s\n", 5, /bad ISO alpha-3 code "Ukr"/],
    ["# version: 1\n== a\nkind: pair\ncode: KOR\nname: X\nsource: s\n", 4, /bad pair "KOR"/],
    ["# version: 1\n== a\nkind: pair\ncode: KOR | KOR\nname: X\nsource: s\n", 4, /bad pair/],
    ["# version: 1\n== a\nkind: pair\ncode: KOR | PRK\nname: X\nadj: Y\nsource: s\n", 6, /not allowed/],
  ])("reports %j at its line", (text, line, message) => {
    const r = parseActorFile(text, "f.txt", false);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]).toMatchObject({ file: "f.txt", line });
    expect(r.errors[0]!.message).toMatch(message);
  });

  it("reads a person block with defaults", () => {
    const text =
      "# version: 1\n== doe-jan\nname: Jan Doe | J. Doe\nrole: RURGOV 2020-01-01 - | President\nsource: s\n";
    const r = parseActorFile(text, "p.txt", true);
    expect(r.errors).toEqual([]);
    expect(r.entries[0]).toMatchObject({ kind: "person", surnames: ["Doe"], defaultCode: null });
  });

  it.each([
    [
      "Volodymyr Zelensky | Volodymyr Zelenskiy | Volodymyr Oleksandrovych Zelensky",
      ["Zelensky", "Zelenskiy"],
    ],
    ["Avigdor Liberman | Avigdor Lieberman", ["Liberman", "Lieberman"]],
    ["Ishihara Nobuteru | Nobuteru Ishihara", ["Nobuteru"]],
    ["Imran Khan | Imran Khan Niazi", ["Khan"]],
    ["Joko Widodo | Jokowi", ["Widodo"]],
  ])("takes spelling variants of the surname from %s", (names, surnames) => {
    const text = `# version: 1\n== p-x\nname: ${names}\nrole: RURGOV 2020-01-01 - | President\nsource: s\n`;
    expect(parseActorFile(text, "p.txt", true).entries[0]?.surnames).toEqual(surnames);
  });
});

describe("loadActorModel and lintActors", () => {
  it("throws a DictionaryError naming file and line", () => {
    const dir = tempDir({
      "a.txt": `# version: 1\n${CONFIG}\n== x\nkind: metonym\ncode: rurgov\nname: Y\nsource: s\n`,
    });
    expect(() => loadActorModel(dir)).toThrow(DictionaryError);
    expect(() => loadActorModel(dir)).toThrow(/a\.txt:10: bad actor code/);
  });

  it("reports every problem, duplicate ids and missing config included", () => {
    const dir = tempDir({
      "a.txt": "# version: 1\n== x\nkind: place\nname: A\nsource: s\n",
      "b.txt": "# version: 1\n== x\nkind: place\nname: B\nsource: s\n== y\nkind: place\nsource: s\n",
    });
    const r = lintActors(dir);
    expect(r.errors.some((e) => /b\.txt:2: id "x" also used at .*a\.txt:2/.test(e))).toBe(true);
    expect(r.errors.some((e) => /b\.txt:6: block "y" \(place\) lacks "name:"/.test(e))).toBe(true);
    expect(r.errors.some((e) => /config "state-sector" missing/.test(e))).toBe(true);
  });

  it("requires a place's code to be the code of a state entry", () => {
    const state = "== rur\nkind: state\ncode: RUR\nname: Ruritania\nsource: s\n";
    const place = (code: string) => `== zenda\nkind: place\ncode: ${code}\nname: Zenda\nsource: s\n`;
    const bad = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${place("BRD")}` }));
    expect(bad.errors).toEqual([
      expect.stringMatching(/a\.txt:14: place "zenda": "BRD" is not the code of a state/),
    ]);
    const good = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${place("RUR")}` }));
    expect(good.errors).toEqual([]);
    const model = loadActorModel(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${place("RUR")}` }));
    expect(lookupActor(model, "Zenda", null)).toEqual([
      expect.objectContaining({ code: "RUR", entry: "zenda", kind: "place" }),
    ]);
  });

  it("requires a territory's sovereign to be the code of a state entry, and maps the territory to it", () => {
    const state = "== rur\nkind: state\ncode: RUR\nname: Ruritania\nsource: s\n";
    const isle = (code: string) => `== isle\nkind: state\ncode: ISL\nname: Isle\nsovereign: ${code}\nsource: s\n`;
    const bad = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${isle("BRD")}` }));
    expect(bad.errors).toEqual([
      expect.stringMatching(/a\.txt:14: state "isle": "BRD" is not the code of a state/),
    ]);
    const lower = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${isle("rur")}` }));
    expect(lower.errors).toEqual([expect.stringMatching(/bad sovereign/)]);
    const model = loadActorModel(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${isle("RUR")}` }));
    expect(model.sovereigns.get("ISL")).toBe("RUR");
  });

  it("reads a pair as a state of its first code naming the second, both codes of state entries", () => {
    const state = "== rur\nkind: state\ncode: RUR\nname: Ruritania\nsource: s\n";
    const pair = (codes: string) => `== two\nkind: pair\ncode: ${codes}\nname: two kingdoms\nsource: s\n`;
    const bad = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${pair("RUR | BRD")}` }));
    expect(bad.errors).toEqual([
      expect.stringMatching(/a\.txt:14: pair "two": "BRD" is not the code of a state/),
    ]);
    const brd = "== brd\nkind: state\ncode: BRD\nname: Borduria\nsource: s\n";
    const dir = tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${state}\n${brd}\n${pair("RUR | BRD")}` });
    expect(lintActors(dir).errors).toEqual([]);
    const model = loadActorModel(dir);
    expect(model.pairs.get("two")).toEqual(["BRD"]);
    expect(model.entries.find((e) => e.id === "two")).toMatchObject({
      kind: "state",
      code: "RUR",
      pair: ["BRD"],
    });
    expect(lookupActor(model, "two kingdoms", null)).toEqual([
      expect.objectContaining({ code: "RURGOV", entry: "two", note: "pair: also BRDGOV" }),
    ]);
  });

  it("reads a group of three or more states like a pair, and rejects a repeated or lone code", () => {
    const st = (id: string, code: string, name: string) =>
      `== ${id}\nkind: state\ncode: ${code}\nname: ${name}\nsource: s\n`;
    const states = `${st("rur", "RUR", "Ruritania")}\n${st("brd", "BRD", "Borduria")}\n${st("syl", "SYL", "Syldavia")}`;
    const group = (codes: string) =>
      `== three\nkind: pair\ncode: ${codes}\nname: three kingdoms\nsource: s\n`;
    const dir = tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${states}\n${group("RUR | BRD | SYL")}` });
    expect(lintActors(dir).errors).toEqual([]);
    const model = loadActorModel(dir);
    expect(model.pairs.get("three")).toEqual(["BRD", "SYL"]);
    expect(lookupActor(model, "three kingdoms", null)).toEqual([
      expect.objectContaining({ code: "RURGOV", entry: "three", note: "pair: also BRDGOV, SYLGOV" }),
    ]);
    for (const codes of ["RUR | BRD | RUR", "RUR"]) {
      const bad = lintActors(tempDir({ "a.txt": `# version: 1\n${CONFIG}\n${states}\n${group(codes)}` }));
      expect(bad.errors).toEqual([expect.stringMatching(/bad pair/)]);
    }
  });

  // Load time is measured by `npm run bench` (scripts/bench-actors.ts), not asserted here: a wall-clock bound in a test
  // fails on a loaded machine without any change to the code.
  it("lints the repository's data without errors and loads it into a frozen, versioned model", () => {
    const r = lintActors(ACTORS);
    expect(r.errors).toEqual([]);
    expect(r.counts.state).toBeGreaterThanOrEqual(250);
    const model = loadActorModel(ACTORS);
    expect(Object.isFrozen(model)).toBe(true);
    expect(model.version).toMatch(/^\d{4}\.\d+\.\d+\.[0-9a-f]{6}$/);
  });
});

describe("the compiled model cache", () => {
  const state = "== rur\nkind: state\ncode: RUR\nname: Ruritania\nsource: s\n";
  const files = (version: string) => ({ "a.txt": `# version: ${version}\n${CONFIG}\n${state}` });
  const kept = (cache: string) => readdirSync(cache).filter((f) => /^actors-.*\.bin$/.test(f));

  it("keeps a compiled model and reads it back unchanged", () => {
    const dir = tempDir(files("1"));
    const cache = mkdtempSync(join(tmpdir(), "dyad-cache-"));
    const fresh = loadActorModel(dir);
    expect(loadActorModel(dir, { cache })).toEqual(fresh);
    expect(kept(cache)).toHaveLength(1);
    expect(loadActorModel(dir, { cache })).toEqual(fresh);
    expect(kept(cache)).toHaveLength(1);
  });

  it("reads the kept file rather than compiling, and compiles afresh when an actor file changes", () => {
    const dir = tempDir(files("1"));
    const cache = mkdtempSync(join(tmpdir(), "dyad-cache-"));
    const model = loadActorModel(dir, { cache });
    // A kept model marked as such is what the next load returns: it was read, not compiled.
    const file = join(cache, kept(cache)[0]!);
    writeFileSync(file, serialize({ ...model, version: "from-cache" }));
    expect(loadActorModel(dir, { cache }).version).toBe("from-cache");
    writeFileSync(join(dir, "a.txt"), files("2")["a.txt"]);
    expect(loadActorModel(dir, { cache }).version).toMatch(/^2\./);
    expect(kept(cache)).toHaveLength(2);
  });

  it("compiles when the kept file is corrupt, and still throws for a bad actor file", () => {
    const dir = tempDir(files("1"));
    const cache = mkdtempSync(join(tmpdir(), "dyad-cache-"));
    const fresh = loadActorModel(dir, { cache });
    writeFileSync(join(cache, kept(cache)[0]!), "not a model");
    expect(loadActorModel(dir, { cache })).toEqual(fresh);
    writeFileSync(
      join(dir, "b.txt"),
      "# version: 1\n== x\nkind: metonym\ncode: rurgov\nname: Y\nsource: s\n",
    );
    expect(() => loadActorModel(dir, { cache })).toThrow(/b\.txt:4: bad actor code/);
  });
});

describe("lookupActor on the repository's data", () => {
  const model = loadActorModel(ACTORS);
  it.each([
    ["Japan", null, "JPNGOV", "state"],
    ["the United States", null, "USAGOV", "state"],
    ["the Pentagon", null, "USAMIL", "metonym"],
    ["NATO", null, "IGOWSTNAT", "igo"],
    ["police", null, "---COP", "sector"],
    ["Defense Minister", null, "---GOV", "title"],
    ["Shigeru Ishiba", "2025-06-20", "JPNGOV", "person"],
    ["Shigeru Ishiba", "2019-09-20", "JPNELI", "person"],
    ["Donald Trump", "2022-11-15", "USAELI", "person"],
    ["Donald Trump", "2018-03-01", "USAGOV", "person"],
  ])("%s on %s codes as %s", (name, date, code, kind) => {
    expect(lookupActor(model, name, date)).toContainEqual(expect.objectContaining({ code, kind }));
  });

  it("returns nothing for an unknown name", () => {
    expect(lookupActor(model, "Zzyzx Qwerty", null)).toEqual([]);
  });

  // A text token's id, read from its lower-case form (most often its own key), is the id of its key.
  it.each([
    ["japan", "japan", true],
    ["officials", "officials", true],
    ["u.s.", "us", true],
    ["mr.", "mr", true],
    ["u.s.-led", "us-led", false],
    ["zz.yy.", "zzyy", false],
    ["1.5", "1.5", false],
    ["no.1", "no1", false],
    ["'s", "'s", true],
    ["\u2019s", "'s", true],
    ["o\u2019zz", "o'zz", false],
    ["o`zz.", "o'zz", false],
    ["élysée", "elysee", true],
    ["d'orsay", "d'orsay", true],
    ["the", "the", true],
    ["zzyzx", "zzyzx", false],
    ["1,500", "1,500", false],
    ["...", "...", false],
  ])("the text token %s has the id of key %s (known: %s)", (lower, key, known) => {
    const id = textTokenId(model.trie, lower);
    expect(tokenKey(lower)).toBe(key);
    expect(id).toBe(tokenId(model.trie, key));
    expect(id >= 0).toBe(known);
  });
});

describe("importPetrarchActors", () => {
  const actors = [
    "# a comment",
    "RURITANIA_ [RUR]",
    "+RURITANIAN_REPUBLIC_",
    "JAN_DOE_  [RURGOV 20121226-20200916] [RURELI >20200916]",
    "+DOE_JAN_",
    "+PRESIDENT_DOE_",
    "ANNA_ROE_",
    "\t[RURMIL <20100101]",
    "\t[RURGOV 20100101-20150101]",
    "BROKEN_ [RUR 2020]",
  ].join("\n");

  it("turns dated codes into roles, synonyms into names, and reports lines it cannot read", () => {
    const { entries, skipped } = importPetrarchActors(actors, "actors.txt");
    expect(entries.map((e) => [e.id, e.kind])).toEqual([
      ["ruritania", "state"],
      ["jan-doe", "person"],
      ["anna-roe", "person"],
    ]);
    expect(entries[1]).toMatchObject({
      names: ["Jan Doe", "Doe Jan", "President Doe"],
      roles: [
        { code: "RURGOV", start: "2012-12-26", end: "2020-09-16" },
        { code: "RURELI", start: "2020-09-16", end: null },
      ],
    });
    expect(entries[2]!.roles[0]).toMatchObject({ code: "RURMIL", end: "2010-01-01" });
    expect(skipped.map((s) => s.line)).toEqual([10]);
  });

  it("reads agents with regular plurals", () => {
    const { entries } = importPetrarchActors(
      "!minister! [GOV]\nPOLICE_OFFICER [COP]\nSOLDIER [~MIL]",
      "agents.txt",
    );
    expect(entries.map((e) => [e.kind, e.sector, e.names])).toEqual([
      ["sector", "GOV", ["minister", "ministers"]],
      ["sector", "COP", ["police officer"]],
      ["sector", "MIL", ["soldier"]],
    ]);
  });

  it("renders entries that our parser reads back unchanged", () => {
    const { entries } = importPetrarchActors(actors, "actors.txt");
    const text = renderActorEntries(entries, "test.1");
    const back = parseActorFile(text, "out.txt", false);
    expect(back.errors).toEqual([]);
    expect(back.entries.map((e) => [e.id, e.kind, e.code, e.names, e.roles])).toEqual(
      entries.map((e) => [e.id, e.kind, e.code, e.names, e.roles]),
    );
  });
});
