import { mentionStage } from '../../annotate/stages/mention.stage.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import type { MentionKind } from '../../core/index.js';

/** One named-entity mention as every system in the NER evaluations reports it. */
export interface NerSpan {
  readonly start: number;
  readonly end: number;
  readonly kind: MentionKind;
  /** Within-document grouping key: mentions of one actor share it. */
  readonly entity: string;
}

export type NerSystem = (text: string) => readonly NerSpan[];

/** sitrep's sentence and mention stages only (the later stages do not change mentions). */
export const sitrepNer: NerSystem = (text) => {
  const layers = sentenceStage.run(text, {}, {});
  return (mentionStage.run(text, layers, {}).mentions ?? []).map((m) => ({
    start: m.span.start,
    end: m.span.end,
    kind: m.kind,
    entity: m.entity,
  }));
};
