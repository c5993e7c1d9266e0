import type { Annotations, Layer } from '../core/index.js';

/** What a stage sees of the layers made before it. */
export type Layers = Partial<Annotations>;

export interface StageContext {
  /** The document's publication date (ISO `YYYY-MM-DD`), the anchor for relative dates. */
  readonly referenceDate?: string;
}

/**
 * One pure step of annotation: no I/O, no clock. It reads the text and the layers it needs and
 * returns the layers it provides; each third-party NLP library is wrapped by exactly one stage.
 */
export interface Stage {
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
