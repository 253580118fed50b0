import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_DIR } from "../index.js";
import { compileExtractModel, EXTRACT_FILES, findPhrases, loadExtractModel } from "./index.js";

const DIR = join(DEFAULT_DATA_DIR, "extract");
const real = (name: string) => readFileSync(join(DIR, name), "utf8");

/** Compiles the real files with one file's text replaced. */
function compileWith(name: string, text: string) {
  return compileExtractModel((f) => ({ file: f, text: f === name ? text : real(f) }));
}

describe("loadExtractModel", () => {
  const model = loadExtractModel(DIR);

  it("loads every file with a version", () => {
    expect(EXTRACT_FILES.length).toBe(10);
    expect(model.version).toMatch(/^\d{4}\.\d+\.\d+/);
    expect(Object.isFrozen(model)).toBe(true);
  });

  it.each([
    ["defense budget", ["defense_spending_gdp", "defense_budget"]],
    ["tariffs", ["tariff_rate"]],
    ["troops", ["troops_stationed"]],
    ["trade deficit", ["trade_deficit"]],
  ])("maps the metric phrase %s to %j", (phrase, ids) => {
    const hit = findPhrases(model.metrics, `the ${phrase} rose`)[0];
    expect(hit?.value.map((e) => e.id)).toEqual(ids);
  });

  it.each([
    ["$", "USD"],
    ["¥", "JPY"],
    ["€", "EUR"],
    ["£", "GBP"],
    ["₩", "KRW"],
    ["NT$", "TWD"],
  ])("maps the currency sign %s to %s", (sign, code) => {
    expect(findPhrases(model.currencyPrefix, `${sign}5`)[0]?.value).toBe(code);
  });

  it("matches outlets case-sensitively (an economist is not The Economist)", () => {
    expect(findPhrases(model.outlets, "an economist said")).toEqual([]);
    expect(findPhrases(model.outlets, "The Economist said")[0]?.value).toBe("The Economist");
  });
});

describe("validation errors name the file and line", () => {
  it.each([
    ["metrics.txt", "# version: 1\naid | money | aid", /metrics\.txt:2: expected 4/],
    ["metrics.txt", "# version: 1\naid | dollars | - | aid", /metrics\.txt:2: unknown unit class "dollars"/],
    ["metrics.txt", "# version: 1\naid | money | nothing | aid", /metrics\.txt:2: change metric "nothing"/],
    [
      "metrics.txt",
      "# version: 1\naid | money | - | aid\naid | money | - | help",
      /metrics\.txt:3: duplicate metric/,
    ],
    ["units.txt", "# version: 1\nprefix | usd | $", /units\.txt:2: currency "usd" is not an ISO 4217 code/],
    ["units.txt", "# version: 1\nscale | lots | million", /units\.txt:2: bad scale factor/],
    ["cues.txt", "# version: 1\nmaybe | perhaps", /cues\.txt:2: unknown cue group "maybe"/],
    ["qualifiers.txt", "# version: 1\nroughly | before | about", /qualifiers\.txt:2: unknown qualifier/],
    [
      "schedule-kinds.txt",
      "# version: 1\nparty | any | party",
      /schedule-kinds\.txt:2: unknown schedule kind/,
    ],
    [
      "schedule-events.txt",
      "# version: 1\n04x | meeting | meeting | event",
      /schedule-events\.txt:2: bad CAMEO code prefix/,
    ],
    ["number-words.txt", "# version: 1\nfive | five | unit", /number-words\.txt:2: bad value/],
    ["outlets.txt", "Reuters | Reuters", /outlets\.txt:1: missing "# version: X"/],
    ["country-labels.txt", "# version: 1\nUS | U.S. | U.S.", /country-labels\.txt:2: bad country code/],
    ["title-words.txt", "# version: 1\nkeep | summit", /title-words\.txt:2: group must be drop or topic/],
  ])("%s: %s", (file, text, message) => {
    expect(() => compileWith(file, text)).toThrow(message);
  });

  it("reports cue groups that are missing", () => {
    expect(() => compileWith("cues.txt", "# version: 1\nsince | since")).toThrow(
      /missing cue groups: demanded/,
    );
  });
});
