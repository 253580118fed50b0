// Child process for the multi-process test: `node --import tsx save-worker.ts TARGET PREFIX COUNT`.
import { openStore } from "../../src/store/index.js";
import { analysis, doc, event, scheduled } from "./fixtures.js";

const [target, prefix, count] = process.argv.slice(2);
const store = await openStore(target!);
for (let i = 0; i < Number(count); i++) {
  const d = doc(`${prefix}${i}`, "2025-06-10");
  await store.saveAnalysis(
    analysis(d, {
      events: Array.from({ length: 20 }, (_, s) =>
        event(d.id, { source: "RURGOV", target: "OSTGOV", sentence: s }),
      ),
      schedule: [scheduled(d.id, { status: "scheduled", start: "2025-07-01", observedOn: "2025-06-10" })],
    }),
  );
}
await store.close();
