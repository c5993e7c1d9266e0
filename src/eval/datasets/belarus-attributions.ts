import { annotate } from '../../annotate/index.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import { type Attribution, overlaps, type Span } from '../../core/index.js';
import { findAll, loadBelarusGold } from '../gold/belarus.js';
import { baselineVerbCue } from '../peers/baseline-verb-cue-attribution.js';
import { type DatasetResult, type EvalDataset, Tally } from '../prf.js';

interface GoldAttribution {
  readonly speaker: string;
  readonly content: string;
}

/**
 * The gold file's rule: a prediction matches a gold attribution when its speaker span overlaps an
 * occurrence of the gold speaker text in the same sentence as the gold content text, and its content
 * span overlaps that content text. Matching is one-to-one, in gold order; "same sentence" uses
 * sitrep's own sentence boundaries. Each system is scored on every document that has gold.
 */
export function matchAttributions(
  text: string,
  sentences: readonly Span[],
  gold: readonly GoldAttribution[],
  predicted: readonly Attribution[],
): { tp: number; fp: number; fn: number } {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const hit = findAll(text, g.content).flatMap((content) => {
      const sentence = sentences.find((s) => s.start <= content.start && content.start < s.end) ?? content;
      const speakers = findAll(text.slice(sentence.start, sentence.end), g.speaker).map((s) => ({
        start: s.start + sentence.start,
        end: s.end + sentence.start,
      }));
      return predicted
        .map((p, i) => ({ p, i }))
        .filter(
          ({ p, i }) =>
            !used.has(i) && overlaps(p.content, content) && speakers.some((s) => overlaps(s, p.speaker.span)),
        );
    })[0];
    if (hit) {
      used.add(hit.i);
      tp++;
    }
  }
  return { tp, fp: predicted.length - tp, fn: gold.length - tp };
}

export const belarusAttributions: EvalDataset = {
  name: 'belarus-2022-12',
  needs: 'gold/belarus-2022-12.json',
  async run(): Promise<DatasetResult> {
    const sitrep = new Tally();
    const baseline = new Tally();
    for (const doc of loadBelarusGold()) {
      if (doc.gold.attributions.length === 0) continue;
      const ctx = doc.published ? { referenceDate: doc.published } : {};
      const ours = annotate(doc.text, ctx);
      const spans = ours.sentences.map((s) => s.span);
      const m = matchAttributions(doc.text, spans, doc.gold.attributions, ours.attributions);
      sitrep.add(m.tp, m.fp, m.fn);
      const base = sentenceStage.run(doc.text, {}, ctx);
      const theirs = baselineVerbCue(doc.text, base.sentences ?? [], base.tokens ?? []);
      const b = matchAttributions(doc.text, spans, doc.gold.attributions, theirs);
      baseline.add(b.tp, b.fp, b.fn);
    }
    return {
      sitrep: { attributions: sitrep.score() },
      'baseline-verb-cue': { attributions: baseline.score() },
    };
  },
};
