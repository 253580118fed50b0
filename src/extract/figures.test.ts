import { describe, expect, it } from "vitest";
import { extractFixture } from "./_test-fixture.js";
import { normalizeText } from "./_text.js";
import { findFigures } from "./02-figures.js";

const { model } = extractFixture();
const figures = (text: string) =>
  findFigures(normalizeText(text), [], model).map((f) => [f.value, f.unit, f.qualifier, f.rangeTo]);

describe("findFigures", () => {
  it.each([
    [
      "approximately 9.9 trillion yen ($70 billion)",
      [
        [9.9e12, "JPY", "about", null],
        [7e10, "USD", null, null],
      ],
    ],
    ["3.5% of its GDP", [[3.5, "percent_gdp", null, null]]],
    ["a 5% GDP defense spending target", [[5, "percent_gdp", null, null]]],
    ["3% GDP growth", [[3, "percent", null, null]]],
    ["over 50,000 U.S. troops", [[50000, "count", "over", null]]],
    ["more than 85% of their costs", [[85, "percent", "over", null]]],
    ["3.5% or more", [[3.5, "percent", "at_least", null]]],
    ["up to 200%", [[200, "percent", "up_to", null]]],
    ["at least 17 civilians", [[17, "count", "at_least", null]]],
    ["fewer than 40 ships", [[40, "count", "under", null]]],
    [
      "€3bn, £2.5 million and Rs 500 crore",
      [
        [3e9, "EUR", null, null],
        [2.5e6, "GBP", null, null],
        [5e9, "INR", null, null],
      ],
    ],
    [
      "66 trillion won and 300 billion yuan",
      [
        [6.6e13, "KRW", null, null],
        [3e11, "CNY", null, null],
      ],
    ],
    [
      "1.2 trillion roubles and NT$949.5 billion",
      [
        [1.2e12, "RUB", null, null],
        [9.495e11, "TWD", null, null],
      ],
    ],
    ["five percent", [[5, "percent", null, null]]],
    ["two trillion won", [[2e12, "KRW", null, null]]],
    ["twenty-five soldiers", [[25, "count", null, null]]],
    ["two hundred billion dollars", [[2e11, "USD", null, null]]],
    ["a dozen warships", [[12, "count", null, null]]],
    ["2-3% of GDP", [[2, "percent_gdp", null, 3]]],
    ["between $1 billion and $2 billion", [[1e9, "USD", null, 2e9]]],
    ["1,000 to 1,200 soldiers", [[1000, "count", null, 1200]]],
    [
      "rose 7.2% to $250 billion",
      [
        [7.2, "percent", null, null],
        [2.5e11, "USD", null, null],
      ],
    ],
    ["8.7 trillion yen", [[8.7e12, "JPY", null, null]]],
  ])("%s", (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it.each([
    ["the 2+2 talks"],
    ["F-35 jets"],
    ["the G7 summit"],
    ["47 prefectures"],
    ["the 21st century"],
    ["one of the allies"],
    ["12 years in office"],
  ])("finds no figure in %s", (text) => {
    expect(figures(text)).toEqual([]);
  });
});
