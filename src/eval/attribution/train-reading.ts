import { ruleReadings } from '../../annotate/attribution/index.js';
import { type CueModelFile, cueLogit } from '../../annotate/attribution/learned-cue.js';
import { readingCandidates } from '../../annotate/attribution/learned-reading.js';
import { findQuotes } from '../../annotate/attribution/quotes.js';
import { repairSentences } from '../../annotate/attribution/sentence-repair.js';
import { retagVerbs } from '../../annotate/attribution/verb-retag.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import { overlaps, type Span } from '../../core/index.js';
import type { PolnearRelation } from '../datasets/polnear-ann.js';
import { type PolnearDoc, readPolnear } from '../datasets/polnear-read.js';
import { fitSparseLogistic, type SparseExample, type SparseFitSettings } from './sparse-logistic.js';

const settings: SparseFitSettings = { epochs: 8, rate: 0.1, l2: 1e-4, minCount: 3 };
const FOLDS = 10;
/** The precision a reading must have on held-out articles: above about half the F1 it joins (0.36), so that it carries. */
const MIN_PRECISION = 0.4;

const fits = (p: Span, gold: readonly Span[]): boolean =>
  gold.length === 0 || gold.some((g) => overlaps(p, g));

/**
 * Each reading the reading parser would weigh, labelled by whether it is a gold relation (cue,
 * content and source all overlapping one) that the rules and the cue models did not find already.
 */
export function readingExamples(docs: readonly PolnearDoc[]): SparseExample[] {
  return docs.flatMap(docExamples);
}

function docExamples(doc: PolnearDoc): SparseExample[] {
  const out: SparseExample[] = [];
  const view = sentenceStage.run(doc.text, {}, {}).tokenView;
  if (view) {
    const quotes = findQuotes(doc.text);
    const toks = retagVerbs(view.toks);
    for (const sentence of repairSentences(toks, view.sentences)) {
      const ctx = { text: doc.text, toks, quotes, mentions: [], sentence };
      const found = ruleReadings(ctx);
      const before = [...found.reports, ...found.attitudes];
      const open = doc.gold.filter(
        (g: PolnearRelation) =>
          !before.some((c) =>
            g.cue.some((s) =>
              overlaps(s, { start: toks[c.cue.first]?.start ?? 0, end: toks[c.cue.last - 1]?.end ?? 0 }),
            ),
          ),
      );
      for (const { reading, features } of readingCandidates(ctx, before)) {
        const cue = { start: toks[reading.cue.first]?.start ?? 0, end: toks[reading.cue.last - 1]?.end ?? 0 };
        const label = open.some(
          (g) =>
            g.cue.some((s) => overlaps(s, cue)) &&
            fits(reading.content, g.content) &&
            fits(reading.speaker.span, g.source),
        );
        out.push({ features, label });
      }
    }
  }
  return out;
}

function bestThreshold(scored: readonly { z: number; y: boolean }[]): number {
  // A reading adds to F1 only while its own precision is above about half the F1 it joins (about
  // 0.36 on PolNeAR); to keep what carries to unseen articles, the threshold asks for more.
  let best = { gain: 0, threshold: 3, p: 0, n: 0 };
  for (let threshold = -2; threshold <= 3; threshold += 0.25) {
    const taken = scored.filter((s) => s.z > threshold);
    const tp = taken.filter((s) => s.y).length;
    const gain = tp - MIN_PRECISION * taken.length;
    if (gain > best.gain) best = { gain, threshold, p: tp / taken.length, n: taken.length };
  }
  console.error(
    `train: attribution readings: out-of-fold ${best.n} taken at precision ${best.p.toFixed(3)}, logit ${best.threshold}`,
  );
  return best.threshold;
}

function fitted(examples: readonly SparseExample[], split: string): Omit<CueModelFile, 'threshold'> {
  const fit = fitSparseLogistic(examples, settings);
  return {
    about:
      'Logistic weights of the learned attribution reading (src/annotate/attribution/learned-reading.ts); written by ' +
      '`npm run train:attribution` from the PolNeAR train split in ../shared (dev is only measured). ' +
      'Retrain after any change to reading-features.ts or to the rules before it.',
    bias: fit.bias,
    weights: Object.fromEntries([...fit.weights].sort(([a], [b]) => (a < b ? -1 : 1))),
    trained: { examples: examples.length, positives: examples.filter((e) => e.label).length, split },
  };
}

/**
 * Fits on the train split; the threshold is chosen on out-of-fold scores (each tenth of the articles
 * scored by a fit on the other nine), so that every train article counts once towards it.
 */
export function trainReadingModel(): CueModelFile {
  const docs = readPolnear('train');
  const byDoc = docs.map(docExamples);
  const scored: { z: number; y: boolean }[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const part = fitted(byDoc.filter((_, i) => i % FOLDS !== fold).flat(), 'fold');
    const model = { ...part, threshold: 0, weights: new Map(Object.entries(part.weights)) };
    for (const e of byDoc.filter((_, i) => i % FOLDS === fold).flat())
      scored.push({ z: cueLogit(model, e.features), y: e.label });
  }
  return {
    ...fitted(byDoc.flat(), `PolNeAR train, ${docs.length} articles`),
    threshold: bestThreshold(scored),
  };
}
