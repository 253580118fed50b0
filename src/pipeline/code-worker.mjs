// Worker-thread entry: registers the TypeScript loader, then serves code batches (see code-worker.ts).
import { register } from "tsx/esm/api";

register();
const mod = await import("./code-worker.ts");
export default mod.codeBatch;
