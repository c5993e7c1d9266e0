import { readdirSync, readFileSync } from 'node:fs';
import { attributionStage } from '../../annotate/stages/attribution.stage.js';
import { sentenceStage } from '../../annotate/stages/sentence.stage.js';
import { type Attribution, overlaps, type Span, sharedPath } from '../../core/index.js';
import { baselineVerbCue } from '../peers/baseline-verb-cue-attribution.js';
import { type DatasetResult, type EvalDataset, Tally } from '../prf.js';
import { type PolnearRelation, parseAnn } from './polnear-ann.js';

const hit = (a: Span, bs: readonly Span[]): boolean => bs.some((b) => overlaps(a, b));

/** One-to-one overlap matching of predicted spans against gold spans (each gold span list is one item). */
function matchRole(predicted: readonly Span[], gold: readonly (readonly Span[])[], tally: Tally): void {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const g = gold.findIndex((spans, i) => !used.has(i) && hit(p, spans));
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  tally.add(tp, predicted.length - tp, gold.length - tp);
}

interface Tallies {
  source: Tally;
  cue: Tally;
  content: Tally;
  attribution: Tally;
}

const tallies = (): Tallies => ({
  source: new Tally(),
  cue: new Tally(),
  content: new Tally(),
  attribution: new Tally(),
});

function scoreDoc(predicted: readonly Attribution[], gold: readonly PolnearRelation[], t: Tallies): void {
  matchRole(
    predicted.map((a) => a.speaker.span),
    gold.filter((g) => g.source.length > 0).map((g) => g.source),
    t.source,
  );
  matchRole(
    predicted.map((a) => a.cue.span),
    gold.map((g) => g.cue),
    t.cue,
  );
  matchRole(
    predicted.map((a) => a.content),
    gold.map((g) => g.content),
    t.content,
  );
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const g = gold.findIndex(
      (r, i) =>
        !used.has(i) &&
        hit(p.cue.span, r.cue) &&
        hit(p.content, r.content) &&
        (r.source.length === 0 || hit(p.speaker.span, r.source)),
    );
    if (g >= 0) {
      used.add(g);
      tp++;
    }
  }
  t.attribution.add(tp, predicted.length - tp, gold.length - tp);
}

const result = (t: Tallies) => ({
  'source-overlap': t.source.score(),
  'cue-overlap': t.cue.score(),
  'content-overlap': t.content.score(),
  'attribution-overlap': t.attribution.score(),
});

/**
 * PolNeAR dev split (84 articles). Matching: span overlap of at least one character, one-to-one,
 * per role; an attribution counts when its cue, content and (when the gold has one) source all
 * overlap one gold relation's. Where several annotators did one article, the .ann whose annotator id
 * sorts first is used. Both systems get the same sentences and tokens (wink-nlp); sitrep runs its
 * attribution stage without mentions (they change speaker links, not spans).
 */
export const polnear: EvalDataset = {
  name: 'polnear',
  needs: 'benchmarks/polnear/dev',
  async run(): Promise<DatasetResult> {
    const dir = sharedPath('benchmarks', 'polnear', 'dev');
    const anns = readdirSync(`${dir}/attributions`)
      .filter((f) => f.endsWith('.ann'))
      .sort();
    const ours = tallies();
    const base = tallies();
    for (const file of readdirSync(`${dir}/text`)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const stem = file.slice(0, -4);
      const ann = anns.find((a) => a.slice(0, a.lastIndexOf('_')) === stem);
      if (!ann) continue;
      const text = readFileSync(`${dir}/text/${file}`, 'utf8');
      const gold = parseAnn(readFileSync(`${dir}/attributions/${ann}`, 'utf8'), text);
      const layers = { ...sentenceStage.run(text, {}, {}), mentions: [] };
      scoreDoc(attributionStage.run(text, layers, {}).attributions ?? [], gold, ours);
      scoreDoc(baselineVerbCue(text, layers.sentences ?? [], layers.tokens ?? []), gold, base);
    }
    return { sitrep: result(ours), 'baseline-verb-cue': result(base) };
  },
};
