import { describe, expect, it } from "vitest";
import type { Claim } from "../core/index.js";
import { extractFixture } from "./_test-fixture.js";

const { run } = extractFixture();
const DATE = "2025-06-20";

type Want = Partial<Omit<Claim, "claimant" | "change">> & {
  claimant?: string | null;
  change?: string | null;
  linked?: boolean;
};

/** The fields a row checks, in a compact form: claimant as its code (or text), change as "up 7.2 percent from 3". */
function view(c: Claim) {
  return {
    ...c,
    claimant: c.claimant ? (c.claimant.code ?? c.claimant.text) : null,
    change: c.change
      ? `${c.change.direction} ${c.change.value} ${c.change.unit}${c.change.from !== null ? ` from ${c.change.from}` : ""}`
      : null,
    linked: c.linkedTo !== null,
  };
}

describe("claims", () => {
  it.each<[string, Want[]]>([
    [
      "China's defense budget rose 7.2% to $250 billion in 2025.",
      [
        {
          subject: "CHN",
          metric: "defense_budget",
          value: 2.5e11,
          unit: "USD",
          change: "up 7.2 percent",
          period: "2025",
        },
      ],
    ],
    [
      "The U.S. demanded that Japan raise defense spending to 3.5% of GDP, up from an earlier request of 3%.",
      [
        {
          subject: "JPN",
          metric: "defense_spending_gdp",
          value: 3.5,
          unit: "percent_gdp",
          kind: "demanded",
          claimant: "USA",
          change: "up 0.5 percent_gdp from 3",
        },
        { subject: "JPN", value: 3, unit: "percent_gdp", kind: "demanded", claimant: "USA" },
      ],
    ],
    [
      "Japan's defense budget is 9.9 trillion yen ($70 billion), according to Gen Nakatani.",
      [
        { subject: "JPN", value: 9.9e12, unit: "JPY", claimant: "JPNGOV", linked: false },
        { subject: "JPN", value: 7e10, unit: "USD", claimant: "JPNGOV", linked: true },
      ],
    ],
    [
      "Japan hosts over 50,000 U.S. troops.",
      [
        {
          subject: "USA",
          metric: "troops_stationed",
          value: 50000,
          unit: "count",
          qualifier: "over",
          metricText: "U.S. troops hosted by Japan",
        },
      ],
    ],
    [
      "Japan plans to reach 2% of GDP by 2027, the Nikkei reported.",
      [{ subject: "JPN", kind: "target", period: "by 2027", outlet: "Nikkei", claimant: null }],
    ],
    [
      "Tokyo is expected to spend 43 trillion yen on defense.",
      [{ subject: "JPNGOV", kind: "forecast", metric: "defense_budget" }],
    ],
    [
      "Seoul proposed a 10% tariff on steel.",
      [{ subject: "KORGOV", kind: "proposed", metric: "tariff_rate" }],
    ],
    [
      "China's exports plunged 34.5% in May.",
      [
        {
          subject: "CHN",
          metric: "trade_volume",
          value: 34.5,
          unit: "percent",
          change: "down 34.5 percent",
          period: "2025-05",
        },
      ],
    ],
    ["Japan's economy grew 0.3%.", [{ subject: "JPN", metric: "gdp_growth", unit: "percent" }]],
    [
      "The Bundesbank said Germany's economy will grow 0.4% in 2025.",
      [{ subject: "DEU", metric: "gdp_growth", kind: "forecast", claimant: "Bundesbank" }],
    ],
    [
      "Japan spends about 1% of GDP on defense. It plans to reach 2% by 2027.",
      [
        { subject: "JPN", value: 1, unit: "percent_gdp", qualifier: "about" },
        { subject: "JPN", value: 2, unit: "percent_gdp", metric: "defense_spending_gdp", kind: "target" },
      ],
    ],
    [
      "Allies will spend 3-3.5% of GDP on defense.",
      [
        { value: 3, qualifier: "at_least", subject: null },
        { value: 3.5, qualifier: "up_to", linked: true },
      ],
    ],
    [
      "Officials said Spain spent 1.3% of GDP on its armed forces.",
      [{ subject: "ESP", claimant: "Officials" }],
    ],
    [
      "Seoul will spend 58.4 trillion won ($42 billion) on its armed forces next year, an increase of 4.1% from this year.",
      [
        { subject: "KORGOV", value: 58.4e12, unit: "KRW", change: "up 4.1 percent", period: "2026" },
        { value: 4.2e10, unit: "USD", change: "up 4.1 percent", period: "2026", linked: true },
      ],
    ],
    [
      "Berlin will spend €50 billion on its army, a cut of 2% from last year.",
      [{ value: 5e10, unit: "EUR", metric: "defense_budget", change: "down 2 percent" }],
    ],
    [
      "Washington warned it would impose a 30% levy on Japanese aluminum if an export pact that lapses on March 31 is not extended.",
      [{ value: 30, unit: "percent", metric: "tariff_rate", period: null }],
    ],
    [
      "Japan imposed a 10% duty on Chinese steel in 2024.",
      [{ value: 10, unit: "percent", metric: "tariff_rate", period: "2024" }],
    ],
  ])("%s", (text, want) => {
    const got = run(text, DATE).claims.map(view);
    expect(got).toHaveLength(want.length);
    for (const [i, w] of want.entries()) expect(got[i]).toMatchObject(w);
  });

  it.each([
    ["Japan and the United States held their first 2+2 meeting in 1990."],
    ["The F-35 program began in 2001 with 12 partners."],
    ["About 30 reporters attended the briefing on June 3."],
    ["Japan sets out its plans.\n- The New York Times: Japan Will Spend $6.3 Billion to Support Exporters"],
    ["- Reuters: China Raises Its Defense Budget 7.2% to $250 Billion"],
  ])("finds no claim in %s", (text) => {
    expect(run(text, DATE).claims).toEqual([]);
  });

  it("fills every field of the record with evidence pointing at the sentence", () => {
    const text = "Tokyo talks continue.\nChina's defense budget rose 7.2% to $250 billion.";
    const [c] = run(text, DATE).claims;
    expect(c?.evidence).toMatchObject({
      docId: "t",
      sentence: 1,
      start: 22,
      text: "China's defense budget rose 7.2% to $250 billion.",
    });
    expect(c?.id).toMatch(/^[0-9a-f]{16}$/);
  });
});
