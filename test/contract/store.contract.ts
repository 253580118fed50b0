import { afterEach, describe, expect, it } from "vitest";
import { Analysis, Claim, Event, ScheduleItem } from "../../src/core/index.js";
import { type EventQuery, openStore, type Store } from "../../src/store/index.js";
import { analysis, claim, doc, event, scheduled } from "./fixtures.js";

/** How a backend plugs into the contract suite. */
export interface ContractBackend {
  /** A fresh, empty target (file path or URL) each call. */
  newTarget(): Promise<string>;
  /** Makes every later insert of a claim with metric "boom" fail inside the database (a real trigger). */
  injectClaimFailure(target: string): Promise<void>;
}

const D1 = doc("dA", "2025-06-02");
const D2 = doc("dB", "2025-06-20", "Evening Courier");

const EVENTS_A = [
  event("dA", { source: "RURGOV", target: "OSTGOV", code: "036", date: "2025-06-01", sentence: 0 }),
  event("dA", { source: "OSTMIL", target: "RURGOV", code: "125", date: "2025-06-03", sentence: 1 }),
  event("dA", { source: "BORGOV", target: null, code: "010", date: null, sentence: 2 }),
  event("dA", {
    source: "RUR",
    target: "BORGOV",
    code: "120",
    status: "threatened",
    date: "2025-05-30",
    sentence: 3,
  }),
];
const EVENTS_B = [
  event("dB", { source: "OSTGOV", target: "RURMIL", code: "043", date: "2025-06-19", sentence: 0 }),
];

/** The contract every Store backend must pass. */
export function storeContract(name: string, backend: ContractBackend): void {
  describe(`Store contract: ${name}`, () => {
    const open: Store[] = [];
    const fresh = async (): Promise<{ store: Store; target: string }> => {
      const target = await backend.newTarget();
      const store = await openStore(target);
      open.push(store);
      return { store, target };
    };
    afterEach(async () => {
      while (open.length > 0) await open.pop()!.close();
    });

    it("round-trips an analysis exactly, validated by the core schemas", async () => {
      const { store } = await fresh();
      const input = analysis(D1, {
        events: EVENTS_A,
        claims: [claim("dA", { subject: "RUR", metric: "defense_spending", value: 3.5, kind: "demanded" })],
        schedule: [scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" })],
      });
      const result = await store.saveAnalysis(input);
      expect(result).toMatchObject({ docId: "dA", replaced: false, events: 4, claims: 1, observations: 1 });
      const back = await store.getAnalysis("dA");
      expect(Analysis.parse(back)).toEqual(input);
      expect(await store.getDocument("dA")).toEqual(D1);
      expect(await store.getDocument("missing")).toBeNull();
      expect(await store.getAnalysis("missing")).toBeNull();
    });

    it("re-saving a document replaces its rows and never duplicates", async () => {
      const { store } = await fresh();
      await store.saveAnalysis(
        analysis(D1, { events: EVENTS_A, claims: [claim("dA", { subject: "RUR", metric: "m", value: 1 })] }),
      );
      await store.saveAnalysis(analysis(D2, { events: EVENTS_B }));
      const again = await store.saveAnalysis(
        analysis(D1, { events: EVENTS_A, claims: [claim("dA", { subject: "RUR", metric: "m", value: 1 })] }),
      );
      expect(again.replaced).toBe(true);
      expect(await store.listEvents()).toHaveLength(5);
      expect(await store.listClaims()).toHaveLength(1);
      await store.saveAnalysis(analysis(D1, { events: EVENTS_A.slice(0, 1) }));
      expect((await store.listEvents()).map((e) => e.id).sort()).toEqual(
        [EVENTS_A[0]!.id, EVENTS_B[0]!.id].sort(),
      );
      expect(await store.listClaims()).toEqual([]);
    });

    it("keeps data across close and reopen, and reopening migrates nothing twice", async () => {
      const { store, target } = await fresh();
      await store.saveAnalysis(analysis(D1, { events: EVENTS_A }));
      await store.close();
      open.splice(open.indexOf(store), 1);
      const again = await openStore(target);
      open.push(again);
      expect(await again.listEvents()).toHaveLength(4);
    });

    it.each<[string, EventQuery, string[]]>([
      [
        "everything, by date with undated last",
        {},
        ["RUR>BORGOV", "RURGOV>OSTGOV", "OSTMIL>RURGOV", "OSTGOV>RURMIL", "BORGOV>-"],
      ],
      [
        "actor prefix on either side",
        { actor: "RUR" },
        ["RUR>BORGOV", "RURGOV>OSTGOV", "OSTMIL>RURGOV", "OSTGOV>RURMIL"],
      ],
      ["actor prefix is case-insensitive", { actor: "borgov" }, ["RUR>BORGOV", "BORGOV>-"]],
      ["full code", { actor: "OSTMIL" }, ["OSTMIL>RURGOV"]],
      ["between, both directions", { between: ["RURGOV", "OST"] }, ["RURGOV>OSTGOV", "OSTMIL>RURGOV"]],
      [
        "between by country",
        { between: ["OST", "RUR"] },
        ["RURGOV>OSTGOV", "OSTMIL>RURGOV", "OSTGOV>RURMIL"],
      ],
      ["from (inclusive)", { from: "2025-06-03" }, ["OSTMIL>RURGOV", "OSTGOV>RURMIL"]],
      ["to (inclusive)", { to: "2025-06-01" }, ["RUR>BORGOV", "RURGOV>OSTGOV"]],
      ["root", { root: "12" }, ["RUR>BORGOV", "OSTMIL>RURGOV"]],
      ["status", { status: "threatened" }, ["RUR>BORGOV"]],
      ["limit", { limit: 2 }, ["RUR>BORGOV", "RURGOV>OSTGOV"]],
      ["no match", { actor: "XYZ" }, []],
      ["LIKE wildcard % is literal", { actor: "R%" }, []],
      ["LIKE wildcard _ is literal", { actor: "RUR_OV" }, []],
      ["GLOB wildcards are literal", { actor: "R*" }, []],
      ["GLOB class is literal", { actor: "[R]UR" }, []],
    ])("listEvents: %s", async (_name, query, expected) => {
      const { store } = await fresh();
      await store.saveAnalysis(analysis(D1, { events: EVENTS_A }));
      await store.saveAnalysis(analysis(D2, { events: EVENTS_B }));
      const events = await store.listEvents(query);
      expect(events.map((e) => Event.parse(e))).toEqual(events);
      expect(events.map((e) => `${e.source.code}>${e.target?.code ?? "-"}`)).toEqual(expected);
    });

    it.each<[string, { subject?: string; metric?: string }, number[]]>([
      ["all, by subject then metric", {}, [2.4, 7, 3.5, 5, 1.8]],
      ["subject prefix", { subject: "RUR" }, [3.5, 5, 1.8]],
      ["metric", { metric: "defense_spending" }, [2.4, 3.5, 5, 1.8]],
      ["both", { subject: "OST", metric: "defense_spending" }, [2.4]],
    ])("listClaims: %s", async (_name, query, expected) => {
      const { store } = await fresh();
      await store.saveAnalysis(
        analysis(D1, {
          claims: [
            claim("dA", { subject: "RURGOV", metric: "defense_spending", value: 1.8, sentence: 0 }),
            claim("dA", { subject: "OST", metric: "defense_spending", value: 2.4, sentence: 1 }),
            claim("dA", {
              subject: "RUR",
              metric: "defense_spending",
              value: 3.5,
              kind: "demanded",
              sentence: 2,
            }),
          ],
        }),
      );
      await store.saveAnalysis(
        analysis(D2, {
          claims: [
            claim("dB", {
              subject: "RUR",
              metric: "defense_spending",
              value: 5,
              kind: "demanded",
              sentence: 0,
            }),
            claim("dB", { subject: "OST", metric: "troops", value: 7, unit: "count", sentence: 1 }),
          ],
        }),
      );
      const claims = await store.listClaims(query);
      expect(claims.map((c) => Claim.parse(c))).toEqual(claims);
      expect(claims.map((c) => c.value)).toEqual(expected);
    });

    it("links a meeting announced in one document and cancelled in a later one into one cancelled item", async () => {
      const { store } = await fresh();
      const announce = scheduled("dA", {
        status: "scheduled",
        start: "2025-07-01",
        observedOn: "2025-06-02",
        sentence: 3,
      });
      const cancel = scheduled("dB", {
        title: "2+2 talks",
        kind: "talks",
        status: "cancelled",
        start: "2025-07-01",
        observedOn: "2025-06-20",
        actors: ["RURGOV"],
        place: null,
      });
      await store.saveAnalysis(analysis(D1, { schedule: [announce] }));
      expect((await store.listSchedule()).map((i) => i.status)).toEqual(["scheduled"]);
      const saved = await store.saveAnalysis(analysis(D2, { schedule: [cancel] }));
      expect(saved.scheduleItems).toBe(1);
      const items = await store.listSchedule();
      expect(items).toHaveLength(1);
      const item = ScheduleItem.parse(items[0]);
      expect(item.status).toBe("cancelled");
      expect(item.place).toBe("Strelsau");
      expect(item.history.map((h) => [h.status, h.evidence.docId])).toEqual([
        ["scheduled", "dA"],
        ["cancelled", "dB"],
      ]);
      // Re-saving either document changes nothing; the observations stay as each document gave them.
      await store.saveAnalysis(analysis(D2, { schedule: [cancel] }));
      await store.saveAnalysis(analysis(D1, { schedule: [announce] }));
      expect(await store.listSchedule()).toEqual(items);
      expect((await store.getAnalysis("dB"))?.schedule).toEqual([cancel]);
    });

    it("links the same way whatever order the documents are saved in, and unlinks when a document drops it", async () => {
      const announce = scheduled("dA", {
        status: "scheduled",
        start: "2025-07-01",
        observedOn: "2025-06-02",
      });
      const postpone = scheduled("dB", {
        status: "postponed",
        start: "2025-09-10",
        observedOn: "2025-06-20",
      });
      const a = (await fresh()).store;
      await a.saveAnalysis(analysis(D1, { schedule: [announce] }));
      await a.saveAnalysis(analysis(D2, { schedule: [postpone] }));
      const b = (await fresh()).store;
      await b.saveAnalysis(analysis(D2, { schedule: [postpone] }));
      await b.saveAnalysis(analysis(D1, { schedule: [announce] }));
      const [itemsA, itemsB] = [await a.listSchedule(), await b.listSchedule()];
      expect(itemsA).toEqual(itemsB);
      expect(itemsA.map((i) => [i.status, i.start, i.history.map((h) => h.start)])).toEqual([
        ["postponed", "2025-09-10", ["2025-07-01", "2025-09-10"]],
      ]);
      await a.saveAnalysis(analysis(D2));
      expect((await a.listSchedule()).map((i) => [i.status, i.start, i.history.length])).toEqual([
        ["scheduled", "2025-07-01", 1],
      ]);
    });

    it("keeps two different meetings on the same day apart", async () => {
      const { store } = await fresh();
      await store.saveAnalysis(
        analysis(D1, {
          schedule: [scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" })],
        }),
      );
      await store.saveAnalysis(
        analysis(D2, {
          schedule: [
            scheduled("dB", {
              title: "Ruritania-Borduria fisheries meeting",
              status: "scheduled",
              start: "2025-07-01",
              observedOn: "2025-06-20",
              actors: ["RURGOV", "BORGOV"],
            }),
          ],
        }),
      );
      const items = await store.listSchedule();
      expect(items.map((i) => i.title).sort()).toEqual([
        "Ruritania-Borduria fisheries meeting",
        "Ruritania-Osterlich 2+2 meeting",
      ]);
      expect(new Set(items.map((i) => i.id)).size).toBe(2);
    });

    it.each<[string, { from?: string; to?: string; actor?: string; status?: string }, string[]]>([
      ["all, by start with undated last", {}, ["summit", "vote", "election", "deadline"]],
      ["from overlaps multi-day items", { from: "2025-06-16" }, ["summit", "vote", "election"]],
      ["to", { to: "2025-06-30" }, ["summit"]],
      ["actor prefix", { actor: "BOR" }, ["vote", "deadline"]],
      ["status", { status: "postponed" }, ["election"]],
    ])("listSchedule: %s", async (_name, query, expected) => {
      const { store } = await fresh();
      const item = (
        title: string,
        kind: ScheduleItem["kind"],
        start: string | null,
        end: string | null,
        actors: string[],
        status: "scheduled" | "postponed" = "scheduled",
      ) =>
        scheduled("dA", {
          title,
          kind,
          start,
          end,
          actors,
          status,
          observedOn: "2025-06-02",
          sentence: title.length,
        });
      await store.saveAnalysis(
        analysis(D1, {
          schedule: [
            item("deadline", "deadline", null, null, ["BORGOV"]),
            item("election", "election", "2025-07-20", "2025-07-20", ["OST"], "postponed"),
            item("summit", "summit", "2025-06-15", "2025-06-17", ["IGOWSTNAT", "RUR"]),
            item("vote", "vote", "2025-07-02", null, ["BORLEG"]),
          ],
        }),
      );
      expect((await store.listSchedule(query)).map((i) => i.title)).toEqual(expected);
    });

    it("rejects an invalid analysis and writes nothing", async () => {
      const { store } = await fresh();
      const bad = {
        ...analysis(D1, { events: EVENTS_A }),
        events: [{ ...EVENTS_A[0]!, quad: 9 }],
      } as Analysis;
      await expect(store.saveAnalysis(bad)).rejects.toMatchObject({ code: "store_failed" });
      expect(await store.getDocument("dA")).toBeNull();
    });

    it("saveAnalyses saves a batch in one transaction: all or none", async () => {
      const { store, target } = await fresh();
      const results = await store.saveAnalyses([
        analysis(D1, { events: EVENTS_A }),
        analysis(D2, { events: EVENTS_B }),
      ]);
      expect(results.map((r) => [r.docId, r.events])).toEqual([
        ["dA", 4],
        ["dB", 1],
      ]);
      await backend.injectClaimFailure(target);
      const D3 = doc("dC", "2025-06-21");
      const batch = [
        analysis(D3, { events: [event("dC", { source: "RUR", target: "OST" })] }),
        analysis(D2, { claims: [claim("dB", { subject: "RUR", metric: "boom", value: 1 })] }),
      ];
      await expect(store.saveAnalyses(batch)).rejects.toMatchObject({ code: "store_failed" });
      expect(await store.getDocument("dC")).toBeNull();
      expect((await store.getAnalysis("dB"))?.events).toEqual(EVENTS_B);
    });

    it("concurrent saves on one store neither duplicate rows nor split linked items", async () => {
      const { store } = await fresh();
      const docs = ["d1", "d2", "d3", "d4", "d5"].map((id, i) => doc(id, `2025-06-0${i + 1}`));
      const saves = docs.flatMap((d, i) => {
        const a = analysis(d, {
          events: [event(d.id, { source: "RURGOV", target: "OSTGOV" })],
          schedule: [
            scheduled(d.id, {
              status: i === 4 ? "held" : "scheduled",
              start: "2025-07-01",
              observedOn: d.published,
            }),
          ],
        });
        return [a, a];
      });
      await Promise.all(saves.map((a) => store.saveAnalysis(a)));
      expect(await store.listEvents()).toHaveLength(5);
      const items = await store.listSchedule();
      expect(items.map((i) => [i.status, i.history.length])).toEqual([["held", 5]]);
    });

    it("a save that fails inside the database leaves the previous version whole", async () => {
      const { store, target } = await fresh();
      const v1 = analysis(D1, {
        events: EVENTS_A,
        claims: [claim("dA", { subject: "RUR", metric: "ok", value: 1 })],
      });
      await store.saveAnalysis(v1);
      await backend.injectClaimFailure(target);
      const v2 = analysis(D1, {
        events: EVENTS_B.map((e) => ({ ...e, evidence: { ...e.evidence, docId: "dA" } })),
        claims: [claim("dA", { subject: "RUR", metric: "boom", value: 2 })],
        schedule: [scheduled("dA", { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-02" })],
      });
      await expect(store.saveAnalysis(v2)).rejects.toMatchObject({ code: "store_failed" });
      expect(await store.getAnalysis("dA")).toEqual(v1);
      expect(await store.listSchedule()).toEqual([]);
    });
  });
}
