import { type Annotations, type Layer, once, SitrepError } from '../core/index.js';
import {
  type AnyStage,
  completeLayers,
  type Layers,
  type StageContext,
  type StageDiagnostic,
  type StageLayer,
  type StageMessage,
} from './stage.js';
import { attributionStage } from './stages/attribution.stage.js';
import { certaintyStage } from './stages/certainty.stage.js';
import { claimStage } from './stages/claim.stage.js';
import { mentionStage } from './stages/mention.stage.js';
import { quantityStage } from './stages/quantity.stage.js';
import { sentenceStage } from './stages/sentence.stage.js';
import { timeStage } from './stages/time.stage.js';

/** The order is the logic: each stage needs what the ones above it provide. */
export const pipeline: readonly AnyStage[] = [
  sentenceStage, // wink-nlp: sentences, tokens, parts of speech
  mentionStage, // people, organisations, places, equipment, units
  quantityStage, // figures with qualifier, unit and the thing counted
  timeStage, // chrono-node, refined so that news dates point backwards
  attributionStage, // who says what
  certaintyStage, // hedges, boosters and negation mapped to ICD 203 bands
  claimStage, // one record per checkable statement
];

const allLayers: readonly Layer[] = [
  'sentences',
  'tokens',
  'mentions',
  'quantities',
  'times',
  'attributions',
  'attitudes',
  'certainty',
  'claims',
];

/** Checks once that every stage's needs are met by an earlier stage and no layer is made twice. */
export function checkPipeline(stages: readonly AnyStage[]): void {
  const made = new Set<StageLayer>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!made.has(need)) {
        throw new SitrepError(
          'E_PIPELINE',
          `stage ${stage.name} needs layer ${need}, which no earlier stage provides`,
        );
      }
    }
    for (const layer of stage.provides) {
      if (made.has(layer))
        throw new SitrepError('E_PIPELINE', `layer ${layer} is provided twice (again by ${stage.name})`);
      made.add(layer);
    }
  }
  const missing = allLayers.filter((l) => !made.has(l));
  if (missing.length > 0) throw new SitrepError('E_PIPELINE', `no stage provides ${missing.join(', ')}`);
}

/** The default pipeline, checked on the first annotation (nothing runs at import). */
const checkedPipeline = once(() => checkPipeline(pipeline));

export function annotate(
  text: string,
  ctx: StageContext = {},
  stages: readonly AnyStage[] = pipeline,
): Annotations {
  return annotateWithDiagnostics(text, ctx, stages).annotations;
}

/** The annotations and, in text order within each stage, what the stages reported on the way. */
export function annotateWithDiagnostics(
  text: string,
  ctx: StageContext = {},
  stages: readonly AnyStage[] = pipeline,
): { annotations: Annotations; diagnostics: StageDiagnostic[] } {
  if (stages === pipeline) checkedPipeline();
  const diagnostics: StageDiagnostic[] = [];
  let layers: Layers = {};
  for (const stage of stages) {
    const report = (message: StageMessage) => {
      diagnostics.push({ stage: stage.name, ...message });
    };
    layers = { ...layers, ...stage.run(text, needed(stage, layers), { ...ctx, report }) };
  }
  return { annotations: completeLayers(layers), diagnostics };
}

/** Exactly the layers a stage declares it needs, so that none can be read by mistake. */
function needed(stage: AnyStage, layers: Layers): Layers {
  const out: Record<string, unknown> = {};
  for (const need of stage.needs) out[need] = layers[need];
  return out as Layers;
}
