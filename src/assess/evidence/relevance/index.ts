export { type RelevanceContext, type RelevanceWords, relevanceFeatures, relevanceWords } from './features.js';
export { logitOf, relevanceModel } from './model.js';
export { relevanceContexts } from './question-relevance.js';
export { type RelevanceDecision, relevantEvidence } from './relevant-evidence.js';
export { coverage, type Vectors, vectorsOfTexts } from './similarity.js';
