import { type CueModelFile, cueLogit } from '../../annotate/attribution/learned-cue.js';
import { findQuotes } from '../../annotate/attribution/quotes.js';
import { repairSentences } from '../../annotate/attribution/sentence-repair.js';
import { speakerChoices } from '../../annotate/attribution/speaker-choice.js';
import { retagVerbs } from '../../annotate/attribution/verb-retag.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import { overlaps } from '../../core/index.js';
import { type PolnearDoc, readPolnear } from '../datasets/polnear-read.js';
import { fitSparseLogistic, type SparseExample, type SparseFitSettings } from './sparse-logistic.js';

const settings: SparseFitSettings = { epochs: 8, rate: 0.1, l2: 1e-4, minCount: 3 };
const FOLDS = 10;

/** The noun phrases before each gold cue verb, labelled by whether they are its gold source; one group per cue. */
export function speakerGroups(doc: PolnearDoc): SparseExample[][] {
  const view = sentenceStage.run(doc.text, {}, {}).tokenView;
  if (!view) return [];
  const toks = retagVerbs(view.toks);
  const quotes = findQuotes(doc.text);
  const sentences = repairSentences(toks, view.sentences);
  const groups: SparseExample[][] = [];
  for (const g of doc.gold) {
    if (g.source.length === 0) continue;
    const i = toks.findIndex((t) => t.pos === 'VERB' && g.cue.some((s) => overlaps(s, t)));
    const sentence = sentences.find((s) => s.first <= i && i < s.last);
    if (i < 0 || !sentence) continue;
    const ctx = { text: doc.text, toks, quotes, mentions: [], sentence };
    groups.push(
      speakerChoices(ctx, i).map((c) => ({
        features: c.features,
        label: g.source.some((s) => overlaps(s, c.speaker.span)),
      })),
    );
  }
  return groups;
}

function fitted(examples: readonly SparseExample[], split: string): Omit<CueModelFile, 'threshold'> {
  const fit = fitSparseLogistic(examples, settings);
  return {
    about:
      'Logistic weights of the learned choice of a holder among the noun phrases before a verb ' +
      '(src/annotate/attribution/speaker-choice.ts); written by `npm run train:attribution` from the ' +
      'PolNeAR train split in ../shared (dev is only measured).',
    bias: fit.bias,
    weights: Object.fromEntries([...fit.weights].sort(([a], [b]) => (a < b ? -1 : 1))),
    trained: { examples: examples.length, positives: examples.filter((e) => e.label).length, split },
  };
}

/**
 * Fits on the train split's gold cue verbs; the threshold is the one at which the highest-weighed
 * phrase of a verb is right more often than not, on out-of-fold scores.
 */
export function trainSpeakerModel(): CueModelFile {
  const docs = readPolnear('train');
  const byDoc = docs.map(speakerGroups);
  const best: { z: number; y: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const part = fitted(byDoc.filter((_, i) => i % FOLDS !== fold).flat(2), 'fold');
    const model = { ...part, threshold: 0, weights: new Map(Object.entries(part.weights)) };
    for (const group of byDoc.filter((_, i) => i % FOLDS === fold).flat()) {
      const scored = group.map((e) => ({ z: cueLogit(model, e.features), y: e.label }));
      const top = scored.reduce<{ z: number; y: boolean } | undefined>(
        (a, b) => (!a || b.z > a.z ? b : a),
        undefined,
      );
      if (top) best.push(top);
    }
  }
  let pick = { gain: 0, threshold: 3 };
  for (let threshold = -4; threshold <= 3; threshold += 0.25) {
    const taken = best.filter((s) => s.z > threshold);
    const gain = taken.filter((s) => s.y).length - taken.filter((s) => !s.y).length;
    if (gain > pick.gain) pick = { gain, threshold };
  }
  const right = best.filter((s) => s.z > pick.threshold && s.y).length;
  const taken = best.filter((s) => s.z > pick.threshold).length;
  console.error(
    `train: speaker choice: out-of-fold ${right} of ${taken} right (of ${best.length} cues), logit ${pick.threshold}`,
  );
  return { ...fitted(byDoc.flat(2), `PolNeAR train, ${docs.length} articles`), threshold: pick.threshold };
}
