// Worker-thread entry of `dyad code --workers` when its bundle cannot be built (see code-pool.ts): registers the
// TypeScript loader, then serves runs of input lines (see code-worker.ts).
import { register } from "tsx/esm/api";

register();
const mod = await import("./code-worker.ts");
export default mod.codeLinesTask;
