export * from "./errors.js";
export type * from "./nlp-types.js";
export * from "./records.js";
export * from "./result.js";
export { contentId, shortHash } from "./hash.js";
export { perPair } from "./memo.js";
