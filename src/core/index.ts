export * from "./errors.js";
export type * from "./nlp-types.js";
export * from "./records.js";
export * from "./result.js";
export { contentId, shortHash } from "./hash.js";
export { perPair } from "./memo.js";
export { FORM_LIMIT, formOf, packForm, POS_TAGS, tagNumber, tagOf, VERB_TAG } from "./forms.js";
