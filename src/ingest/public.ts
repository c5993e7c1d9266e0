/** The public surface of ingest; `index.ts` re-exports it. */
export { type CollectOptions, collectArticles, collectBytes } from './collect.js';
export { type Decoded, decodeBytes } from './decode.js';
export { htmlToText } from './html-to-text.js';
export { enrichMeta } from './metadata/enrich.js';
export { lshKeys, minhash, shingles, similarity } from './near-duplicate.js';
export { normalizeText } from './normalize.js';
export type { Reader, ReaderInput, ReadOutcome } from './reader.js';
export { readerFor, readers } from './readers.js';
