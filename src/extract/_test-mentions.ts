import { readFileSync } from "node:fs";
import type { ActorMention, MentionKind, NlpDoc } from "../core/index.js";
import { DictionaryError } from "../core/index.js";

/** A tiny name → code list, the stand-in for src/actors in extract tests. */
export interface TestActors {
  readonly names: readonly { readonly name: string; readonly code: string; readonly kind: MentionKind }[];
}

/** Loads a `code | kind | names` test actor file (data/gold/claims/actors.txt). */
export function loadTestActors(file: string): TestActors {
  const names: { name: string; code: string; kind: MentionKind }[] = [];
  readFileSync(file, "utf8")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) return;
      const [code, kind, list] = line.split("|").map((s) => s.trim());
      if (!code || !kind || !list) throw new DictionaryError(file, i + 1, "expected code | kind | names");
      for (const name of list.split(";").map((s) => s.trim()))
        names.push({ name, code, kind: kind as MentionKind });
    });
  names.sort((a, b) => b.name.length - a.name.length);
  return { names };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Finds test-dictionary names in each sentence: longest first, non-overlapping, on word boundaries. */
export function testMentions(doc: NlpDoc, actors: TestActors): ActorMention[][] {
  return doc.sentences.map((s) => {
    const text = s.text.replace(/[’‘]/g, "'");
    const taken: ActorMention[] = [];
    for (const n of actors.names) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(n.name)}(?![\\p{L}\\p{N}])`, "gu");
      for (const m of text.matchAll(re)) {
        const start = s.start + m.index;
        const end = start + m[0].length;
        if (taken.some((t) => start < t.end && t.start < end)) continue;
        const toks = s.tokens.filter((t) => t.start < end && start < t.end);
        taken.push({
          sentence: s.index,
          tokenStart: toks[0]?.i ?? 0,
          tokenEnd: (toks[toks.length - 1]?.i ?? 0) + 1,
          start,
          end,
          text: m[0],
          code: n.code,
          country: n.code.startsWith("IGO") ? null : n.code.slice(0, 3),
          kind: n.kind,
          entry: `test:${n.name}`,
        });
      }
    }
    return taken.sort((a, b) => a.start - b.start);
  });
}
