import type { Annotations, Layer } from '../core/index.js';

/** Some layers of a document, as a stage's input or output; `LayersOf<'tokens'>` holds the tokens. */
export type LayersOf<L extends Layer> = { readonly [K in L]: Annotations[K] };

/** Any layers made so far (what a pipeline carries from one stage to the next). */
export type Layers = Partial<Annotations>;

export interface StageContext {
  /** The document's publication date (ISO `YYYY-MM-DD`), the anchor for relative dates. */
  readonly referenceDate?: string;
}

/**
 * One pure step of annotation: no I/O, no clock. It declares the layers it needs and the ones it
 * provides, and `run` receives exactly the layers it needs: reading one it did not declare is a
 * type error, not a silent empty list. Each third-party NLP library is wrapped by exactly one stage.
 */
export interface Stage<Needs extends Layer = Layer, Provides extends Layer = Layer> {
  readonly name: string;
  readonly needs: readonly Needs[];
  readonly provides: readonly Provides[];
  run(text: string, layers: LayersOf<Needs>, ctx: StageContext): LayersOf<Provides>;
}

/** A stage with its layer names inferred from its `needs` and `provides` lists. */
export const defineStage = <const Needs extends Layer, const Provides extends Layer>(
  stage: Stage<Needs, Provides>,
): Stage<Needs, Provides> => stage;

/** A stage of any needs, as a pipeline holds it (the pipeline check sees that each need is met). */
export interface AnyStage {
  readonly name: string;
  readonly needs: readonly Layer[];
  readonly provides: readonly Layer[];
  run(text: string, layers: Layers, ctx: StageContext): Layers;
}

/** Every layer, empty where no stage made it. */
export const completeLayers = (layers: Layers): Annotations => ({
  sentences: layers.sentences ?? [],
  tokens: layers.tokens ?? [],
  mentions: layers.mentions ?? [],
  quantities: layers.quantities ?? [],
  times: layers.times ?? [],
  attributions: layers.attributions ?? [],
  certainty: layers.certainty ?? [],
  claims: layers.claims ?? [],
});
