export { type AnalystDecision, decisionOperand } from './analyst-decision.js';
export { type DocumentFacts, documentFacts, documentFactsModule } from './document-facts.js';
export { resolveEntities } from './entities.js';
export { clusterEvents, type EventMention, sameEventWord } from './event/index.js';
export { HandedFacts } from './handed-facts.js';
export { comparePersons, parsePersonName, sameNamePart } from './name-match.js';
export { nominalAntecedents } from './nominal-antecedent.js';
export {
  type Antecedents,
  type Gender,
  isPronoun,
  pronounAntecedents,
  type ReferringMention,
} from './pronoun-antecedent.js';
export { reconcile, reconcileResolved } from './reconcile.js';
export { foldName, nameKey, romanize } from './translit.js';
export type * from './types.js';
export { decisionsInForce, UNDO } from './undo.js';
export { intervalOf, valueVerdict } from './value-verdict.js';
