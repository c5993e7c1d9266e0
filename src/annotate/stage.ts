import { type Annotations, readableText, type Severity, type Span } from '../core/index.js';
import type { TokenView } from './token-view.js';

/** Layers one stage makes for the stages after it, never stored or shown. */
export interface WorkingLayers {
  /** The tokens and sentences as the rules read them (surface, lower case, sentence ranges). */
  readonly tokenView: TokenView;
}

/** Every layer a stage may need: the document's annotations and the working layers. */
export type StageLayers = Annotations & WorkingLayers;
export type StageLayer = keyof StageLayers;

/** Some layers of a document, as a stage's input or output; `LayersOf<'tokens'>` holds the tokens. */
export type LayersOf<L extends StageLayer> = { readonly [K in L]: StageLayers[K] };

/** Any layers made so far (what a pipeline carries from one stage to the next). */
export type Layers = Partial<StageLayers>;

/** A problem a stage met in the text, with where (after vfile-message); it never stops the stage. */
export interface StageMessage {
  /** A stable id of the check, `<stage>/<what>`, e.g. `times/reference-not-a-day`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** The part of the text it concerns, when it concerns one. */
  readonly span?: Span;
}

/** A stage's message as the pipeline hands it on: with the name of the stage that raised it. */
export interface StageDiagnostic extends StageMessage {
  readonly stage: string;
}

export interface StageContext {
  /** The document's publication date (ISO `YYYY-MM-DD`), the anchor for relative dates. */
  readonly referenceDate?: string;
  /** Where a stage reports what it met (the pipeline collects them; a stage run alone may get none). */
  readonly report?: (message: StageMessage) => void;
}

/**
 * One pure step of annotation: no I/O, no clock. It declares the layers it needs and the ones it
 * provides, and `run` receives exactly the layers it needs: reading one it did not declare is a
 * type error, not a silent empty list. Each third-party NLP library is wrapped by exactly one stage.
 */
export interface Stage<Needs extends StageLayer = StageLayer, Provides extends StageLayer = StageLayer> {
  readonly name: string;
  /** The stage's own module (`import.meta.url`): its version hashes the code and data that module reaches. */
  readonly module: string;
  readonly needs: readonly Needs[];
  readonly provides: readonly Provides[];
  run(text: string, layers: LayersOf<Needs>, ctx: StageContext): LayersOf<Provides>;
}

/**
 * A stage with its layer names inferred from its `needs` and `provides` lists. Every stage reads the
 * text with stray apostrophes as apostrophes (`readableText`: same offsets), so that no stage reads
 * "Ukraine´s" one way and another stage the other.
 */
export const defineStage = <const Needs extends StageLayer, const Provides extends StageLayer>(
  stage: Stage<Needs, Provides>,
): Stage<Needs, Provides> => ({
  ...stage,
  run: (text, layers, ctx) => stage.run(readableText(text), layers, ctx),
});

/** A stage of any needs, as a pipeline holds it (the pipeline check sees that each need is met). */
export interface AnyStage {
  readonly name: string;
  readonly module: string;
  readonly needs: readonly StageLayer[];
  readonly provides: readonly StageLayer[];
  run(text: string, layers: Layers, ctx: StageContext): Layers;
}

/** Every layer of the annotations, empty where no stage made it (working layers left out). */
export const completeLayers = (layers: Layers): Annotations => ({
  sentences: layers.sentences ?? [],
  tokens: layers.tokens ?? [],
  mentions: layers.mentions ?? [],
  quantities: layers.quantities ?? [],
  times: layers.times ?? [],
  attributions: layers.attributions ?? [],
  attitudes: layers.attitudes ?? [],
  certainty: layers.certainty ?? [],
  claims: layers.claims ?? [],
});
