// What bin/dyad.js needs from the CLI, in one module: the entry of the CLI's bundle (src/cli/bundle.js).
export { codeWorkersHint, startCodePool } from "./code-pool.js";
export { runCli } from "./main.js";
