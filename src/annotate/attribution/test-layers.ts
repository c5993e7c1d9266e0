import type { Annotations, Mention } from '../../core/index.js';
import type { AnyStage, Layers } from '../stage.js';
import { attributionStage } from '../stages/attribution.stage.js';
import { certaintyStage } from '../stages/certainty.stage.js';
import { claimStage } from '../stages/claim.stage.js';
import { sentenceStage } from '../stages/sentence.stage.js';

/** A person mention for tests, found by its first occurrence in `text`. */
export function personAt(text: string, name: string, entity = name.toLowerCase()): Mention {
  const start = text.indexOf(name);
  return {
    span: { start, end: start + name.length },
    text: name,
    rule: 'test',
    kind: 'person',
    name,
    entity,
  };
}

/**
 * Sentences and tokens from the real first stage, then this engineer's three stages, with the other
 * layers given (empty by default): the stages under test, and nothing in between that could drift.
 */
export function runOwnStages(text: string, given: Partial<Annotations> = {}): Layers {
  let layers: Layers = { mentions: [], quantities: [], times: [], ...given };
  const stages: readonly AnyStage[] = [sentenceStage, attributionStage, certaintyStage, claimStage];
  for (const stage of stages) {
    layers = { ...layers, ...stage.run(text, layers, {}) };
  }
  return layers;
}
