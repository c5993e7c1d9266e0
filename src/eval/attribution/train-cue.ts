import { cueFeatures } from '../../annotate/attribution/cue-features.js';
import { attitudeFeatures, isAttitudeCandidate } from '../../annotate/attribution/learned-attitude.js';
import {
  type CueModel,
  type CueModelFile,
  cueLogit,
  isCueCandidate,
} from '../../annotate/attribution/learned-cue.js';
import type { QuoteIndex } from '../../annotate/attribution/quotes.js';
import { findQuotes } from '../../annotate/attribution/quotes.js';
import { repairSentences } from '../../annotate/attribution/sentence-repair.js';
import { retagVerbs } from '../../annotate/attribution/verb-retag.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import type { Tok } from '../../annotate/token-view.js';
import { overlaps } from '../../core/index.js';
import { type PolnearDoc, readPolnear } from '../datasets/polnear-read.js';
import { fitSparseLogistic, type SparseExample, type SparseFitSettings } from './sparse-logistic.js';

const settings: SparseFitSettings = { epochs: 6, rate: 0.1, l2: 1e-5, minCount: 3 };
/** Every tenth training article is held out to choose the threshold, then the fit is redone on all. */
const HELD_OUT_EVERY = 10;

type Range = { readonly first: number; readonly last: number };

/** One learned cue: which tokens it is asked about, what it reads of them, and where it is written. */
export interface LearnedCueKind {
  readonly name: string;
  readonly file: string;
  readonly reader: string;
  readonly candidate: (toks: readonly Tok[], i: number, sentence: Range, quotes: QuoteIndex) => boolean;
  readonly features: (toks: readonly Tok[], i: number, sentence: Range, quotes: QuoteIndex) => string[];
  readonly settings: SparseFitSettings;
}

/** Verbs that report a proposition by their shape ("X joked that C"). */
export const reportCue: LearnedCueKind = {
  name: 'attribution cues',
  file: 'attribution-cue-model',
  reader: 'src/annotate/attribution/learned-cue.ts',
  candidate: isCueCandidate,
  features: cueFeatures,
  settings,
};

/** Other verbs, read as an attitude their subject holds ("X wants to V", "X endorsed Y"). */
export const attitudeCue: LearnedCueKind = {
  name: 'attitude cues',
  file: 'attitude-cue-model',
  reader: 'src/annotate/attribution/learned-attitude.ts',
  candidate: isAttitudeCandidate,
  features: attitudeFeatures,
  // Eight times the report cue's examples: rarer features carry no weight, so the file stays small.
  settings: { ...settings, minCount: 25 },
};

/** Each candidate verb of each sentence, as the attribution stage sees it, labelled by whether a gold cue covers it. */
export function cueExamples(docs: readonly PolnearDoc[], kind: LearnedCueKind = reportCue): SparseExample[] {
  const out: SparseExample[] = [];
  for (const doc of docs) {
    const view = sentenceStage.run(doc.text, {}, {}).tokenView;
    if (!view) continue;
    const quotes = findQuotes(doc.text);
    const cues = doc.gold.flatMap((g) => g.cue);
    const toks = retagVerbs(view.toks);
    for (const sentence of repairSentences(toks, view.sentences)) {
      for (let i = sentence.first; i + 1 < sentence.last; i++) {
        const t = toks[i];
        if (!t || !kind.candidate(toks, i, sentence, quotes)) continue;
        out.push({
          features: kind.features(toks, i, sentence, quotes),
          label: cues.some((c) => overlaps(c, t)),
        });
      }
    }
  }
  return out;
}

/** The logit threshold with the best F1 on held-out examples. */
function bestThreshold(
  model: Omit<CueModelFile, 'threshold'>,
  held: readonly SparseExample[],
  kind: LearnedCueKind,
): number {
  const weighed: CueModel = { ...model, threshold: 0, weights: new Map(Object.entries(model.weights)) };
  const scored = held.map((e) => ({ z: cueLogit(weighed, e.features), y: e.label }));
  const positives = scored.filter((s) => s.y).length;
  let best = { f1: -1, p: 0, threshold: 0 };
  for (let threshold = -2; threshold <= 3; threshold += 0.25) {
    const taken = scored.filter((s) => s.z > threshold);
    const tp = taken.filter((s) => s.y).length;
    const f1 = (2 * tp) / Math.max(1, taken.length + positives);
    const p = tp / Math.max(1, taken.length);
    if (f1 > best.f1) best = { f1, p, threshold };
  }
  console.error(
    `train: ${kind.name}: held-out token F1 ${best.f1.toFixed(3)} (precision ${best.p.toFixed(3)}) at logit ${best.threshold}`,
  );
  return best.threshold;
}

function fitted(
  examples: readonly SparseExample[],
  split: string,
  kind: LearnedCueKind,
): Omit<CueModelFile, 'threshold'> {
  const fit = fitSparseLogistic(examples, kind.settings);
  return {
    about:
      `Logistic weights of the learned ${kind.name.replace(/s$/, '')} (${kind.reader}); written by ` +
      '`npm run train:attribution` from the PolNeAR train split in ../shared (dev is only measured). ' +
      'Retrain after any change to cue-features.ts.',
    bias: fit.bias,
    weights: Object.fromEntries([...fit.weights].sort(([a], [b]) => (a < b ? -1 : 1))),
    trained: { examples: examples.length, positives: examples.filter((e) => e.label).length, split },
  };
}

/** Fits on nine tenths of the train split, picks the threshold on the rest, then fits on all of it. */
export function trainCueModel(kind: LearnedCueKind = reportCue): CueModelFile {
  const docs = readPolnear('train');
  const keep = docs.filter((_, i) => i % HELD_OUT_EVERY !== HELD_OUT_EVERY - 1);
  const held = docs.filter((_, i) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1);
  const threshold = bestThreshold(
    fitted(cueExamples(keep, kind), 'train 9/10', kind),
    cueExamples(held, kind),
    kind,
  );
  const all = fitted(cueExamples(docs, kind), `PolNeAR train, ${docs.length} articles`, kind);
  return { ...all, threshold };
}
