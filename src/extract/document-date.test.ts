import { describe, expect, it } from "vitest";
import { inferDocumentDate } from "./index.js";

describe("inferDocumentDate", () => {
  it.each([
    ["Published: June 20, 2025\nJapan cancelled talks.", { date: "2025-06-20", basis: "stated" }],
    ["Updated 2025-06-21 09:30 JST\nTokyo said so.", { date: "2025-06-21", basis: "stated" }],
    ["TOKYO, June 20, 2025 (Reuters) - Japan cancelled talks.", { date: "2025-06-20", basis: "stated" }],
    [
      "Japan scraps talks\n20 June 2025\nTokyo said on Friday it would not attend.",
      { date: "2025-06-20", basis: "stated" },
    ],
    [
      "The treaty was signed on March 3, 2024. Officials met again on May 5, 2024.",
      { date: "2024-05-05", basis: "inferred-from-text" },
    ],
    [
      "Talks are scheduled for July 1, 2025. The election on July 20, 2025 is expected to be close.",
      { date: null, basis: "unknown" },
    ],
    ["Japan cancelled talks on Tuesday.", { date: null, basis: "unknown" }],
    ["", { date: null, basis: "unknown" }],
  ])("%j", (text, want) => {
    expect(inferDocumentDate(text)).toEqual(want);
  });
});
