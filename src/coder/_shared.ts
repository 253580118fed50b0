import { is, type View } from "./_view.js";

/** Words that join two coordinated verbs ("condemned and rejected", "condemned, rejected and denounced"). */
const JOINERS = new Set([",", "and", "or", "but"]);
/** Auxiliaries of a negated or modal second verb ("arrested but did not deport"). */
const SECOND_AUX = new Set(["did", "do", "does", "would", "will", "could", "may", "might"]);
/** Tags that may open the object shared by coordinated verbs. */
const OBJECT_LEAD = new Set(["DET", "PROPN", "NOUN", "ADJ", "NUM", "PRON", "ADP"]);
/** Most tokens between two coordinated verbs (", and then later"). */
const MAX_JOIN = 6;

/**
 * The verb after `k` (a verb, or the token right after one) that is coordinated with it and shares its object:
 * joiners, then adverbs ("later", "then", "subsequently") and a negated auxiliary ("did not"), then the verb; or -1.
 */
function nextConjunct(v: View, k: number): number {
  const toks = v.toks;
  let j = k + 1;
  let joined = false;
  while (j < toks.length && JOINERS.has(toks[j]!.lower)) {
    joined = true;
    j++;
  }
  if (!joined || j > k + 3) return -1;
  for (const end = k + MAX_JOIN; j < toks.length && j <= end; j++) {
    const t = toks[j]!;
    if (t.pos === "VERB") break;
    const aux = t.pos === "AUX" && SECOND_AUX.has(t.lower);
    const neg = t.pos === "PART" && (t.lower === "not" || t.lower === "n't");
    if (!(t.pos === "ADV" || aux || neg)) return -1;
  }
  const t = toks[j];
  return t?.pos === "VERB" && v.groupAt[j]! < 0 ? j : -1;
}

/**
 * "Germany arrested and later deported a Russian diplomat", "condemned, rejected and denounced the statement",
 * "arrested but did not deport him": the last of the verbs coordinated after the verb at `i` when `i` has no object of
 * its own (a joiner right after it) and the last one has one, whose object (and its complement) `i` shares; else -1.
 * Reporting verbs ("said and added") and "-ing" forms are left alone.
 */
export function sharedObjectVerb(v: View, i: number): number {
  const t = v.toks[i]!;
  if (t.pos !== "VERB" || t.lower.endsWith("ing") || is(v, t, v.b.say)) return -1;
  let last = i;
  for (let next = nextConjunct(v, last); next >= 0; next = nextConjunct(v, last)) {
    const n = v.toks[next]!;
    if (n.lower.endsWith("ing") || is(v, n, v.b.say)) return -1;
    last = next;
  }
  if (last === i) return -1;
  const after = v.toks[last + 1];
  return after && (OBJECT_LEAD.has(after.pos) || v.groupAt[last + 1]! >= 0) ? last : -1;
}
