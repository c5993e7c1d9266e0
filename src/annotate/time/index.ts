export { extractTimes } from './extract.js';
export { inferReference } from './infer-reference.js';
