import type { CameoTable } from "../cameo/index.js";

/** Result of converting a PETRARCH/TABARI verb dictionary: pattern lines in our format, and what could not be. */
export interface PetrarchImport {
  readonly lines: string[];
  readonly skipped: { readonly line: number; readonly text: string; readonly reason: string }[];
}

const BLOCK = /^-{3}\s+(.+?)\s+\[([^\]]*)\]\s*-{3}\s*$/;
const RULE = /^-\s+(.+?)\s+\[([^\]]*)\]/;

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Converts one rule's words after the verb (`*`) into our elements, or gives the reason it cannot. */
function convertRule(
  body: string,
  head: readonly string[],
  classes: ReadonlySet<string>,
): { elems: string[] } | { reason: string } {
  const toks = body.split(/\s+/).filter(Boolean);
  const star = toks.indexOf("*");
  if (star < 0) return { reason: "no verb position (*)" };
  if (toks.slice(0, star).some((t) => t !== "$"))
    return { reason: "words before the verb are not expressible" };
  const elems = [...head];
  for (const t of toks.slice(star + 1)) {
    if (t === "+") elems.push("TGT");
    else if (t === "$") continue;
    else if (t.startsWith("&")) {
      const name = t.slice(1).toUpperCase();
      if (!classes.has(name)) return { reason: `synset ${t} has no class $${name}` };
      elems.push(`$${name}`);
    } else if (/^[A-Za-z0-9'-]+$/.test(t)) elems.push(t.toLowerCase());
    else if (/^[A-Za-z0-9'_-]+$/.test(t)) elems.push(...t.toLowerCase().split("_"));
    else return { reason: `token "${t}" is not expressible` };
  }
  return { elems };
}

/**
 * Converts a PETRARCH verb dictionary (`--- ACCUSE [112] ---`, forms, `- * OF CORRUPTION [1121]`) into pattern lines.
 * `classes` names the word classes available for `&SYNSET` references.
 */
export function importPetrarch(
  text: string,
  cameo: CameoTable,
  classes: ReadonlySet<string> = new Set(),
): PetrarchImport {
  const lines: string[] = [];
  const skipped: PetrarchImport["skipped"] = [];
  const ids = new Set<string>();
  let head: string[] | null = null;
  let block = "";
  const emit = (base: string, code: string, elems: string[]) => {
    let id = `imp.${base}`;
    for (let n = 2; ids.has(id); n++) id = `imp.${base}-${n}`;
    ids.add(id);
    lines.push(`${id.padEnd(30)}${code.padEnd(6)}${elems.join(" ")}`);
  };
  const rows = text.split(/\r?\n/);
  for (let i = 0; i < rows.length; i++) {
    const t = (rows[i] ?? "").replace(/#.*$/, "").trim();
    if (t === "") continue;
    const skip = (reason: string) => void skipped.push({ line: i + 1, text: t, reason });
    const b = BLOCK.exec(t);
    if (b) {
      const name = b[1]!;
      head = name.toLowerCase().split("_");
      block = slug(name);
      const code = b[2]!;
      if (code === "---" || code === "") continue;
      if (!cameo.get(code)) {
        skip(`unknown or unexpressible code [${code}]`);
        continue;
      }
      const words = name.toLowerCase().split("_");
      emit(block, code, words);
      continue;
    }
    const r = RULE.exec(t);
    if (r) {
      if (!head) {
        skip("rule outside a verb block");
        continue;
      }
      const code = r[2]!;
      // A discard rule ([---]) becomes a blocking pattern: it takes its trigger and codes nothing.
      if (code !== "---" && !cameo.get(code)) {
        skip(`unknown or unexpressible code [${code}]`);
        continue;
      }
      const c = convertRule(r[1]!, head, classes);
      if ("reason" in c) {
        skip(c.reason);
        continue;
      }
      emit(`${block}.${slug(c.elems.slice(head.length).join(" ")) || "plain"}`, code, c.elems);
      continue;
    }
    if (/^[A-Za-z_'-]+$/.test(t)) continue; // a verb form: we match on lemmas, forms are not needed
    if (t.startsWith("&") || t.startsWith("+") || t.startsWith("~")) {
      skip("synset definitions are not imported");
      continue;
    }
    skip("unrecognised line");
  }
  return { lines, skipped };
}
