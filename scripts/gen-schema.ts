/** Writes JSON Schema files for the public records into docs/schema/ (run: npm run schema). */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCHEMAS, schemaJson } from "../src/core/schema-export.js";

const dir = fileURLToPath(new URL("../docs/schema/", import.meta.url));
for (const name of Object.keys(SCHEMAS)) {
  writeFileSync(`${dir}${name}.schema.json`, schemaJson(name as keyof typeof SCHEMAS));
  console.log(`docs/schema/${name}.schema.json`);
}
