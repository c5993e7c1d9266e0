export { ACH_CELL, cellTarget } from './ach/decisions.js';
export { gradeCodes, parseGrade } from './ach/grades.js';
export { assess, emptyReconciliation } from './assess.js';
export { bearingOnOutcome } from './bottom-line/bears-on-outcome.js';
export { latestValue } from './indicator/values.js';
export { nameVocabulary } from './meaning/vocabulary.js';
export * from './question/index.js';
export type * from './types.js';
