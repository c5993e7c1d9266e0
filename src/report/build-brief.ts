import type { Assessment } from '../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import { actors } from './actors.js';
import { agreement } from './agreement.js';
import type { Brief } from './brief-model.js';
import { contested } from './contested.js';
import { differingFigures } from './differing-figures.js';
import { Footnotes } from './footnotes.js';
import { indicatorSeries } from './indicator-series.js';
import { judgements } from './judgements.js';
import { keyNumbers } from './key-numbers.js';
import { sources } from './sources.js';
import { timelineEvents } from './timeline-events.js';

export interface BriefInput {
  readonly corpus: readonly CorpusDocument[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
  readonly title?: string;
}

export const emptyReconciliation: Reconciliation = {
  entities: [],
  clusters: [],
  conflicts: [],
  citations: [],
};

const period = (corpus: readonly CorpusDocument[]) => {
  const dates = corpus.flatMap((c) => (c.doc.meta.published ? [c.doc.meta.published.value] : [])).sort();
  const from = dates[0];
  const to = dates.at(-1);
  return from && to ? { from, to } : undefined;
};

/** Measure key -> the names of the indicators whose evidence holds figures of it, in the question's order. */
const measuresOfIndicators = (a: Assessment | undefined): Map<string, string[]> => {
  const named = new Map<string, string[]>();
  for (const i of a?.indicators ?? [])
    for (const e of i.evidence) {
      const key = e.quantity?.measureKey;
      if (key && !named.get(key)?.includes(i.name)) named.set(key, [...(named.get(key) ?? []), i.name]);
    }
  return named;
};

/**
 * Builds the briefing from the corpus, its reconciliation and (optionally) the assessment of a
 * watch question. Sections are built in reading order so that footnotes number in that order.
 */
export function buildBrief(input: BriefInput): Brief {
  const { corpus, reconciliation: r, assessment: a } = input;
  const notes = new Footnotes(corpus);
  const named = measuresOfIndicators(a);
  const preview = keyNumbers(corpus, r.clusters, new Footnotes(corpus), named);
  const keyJudgements = judgements(a, r.clusters, preview, notes);
  const indicators = (a?.indicators ?? []).map((i) => {
    const series = indicatorSeries(i);
    return {
      name: i.name,
      status: i.status,
      trend: i.trend,
      origins: i.origins.length,
      notes: (i.latest?.evidence ?? i.evidence)
        .slice(0, 3)
        .map((e) => notes.cite(e.document, e.span, e.sentence)),
      ...(i.latest ? { latest: i.latest.text } : {}),
      ...(series ? { series: series.points, seriesMeasure: series.measure } : {}),
    };
  });
  const numbers = keyNumbers(corpus, r.clusters, notes, named);
  const disputes =
    r.clusters.length > 0 || r.conflicts.length > 0 ? contested(corpus, r, notes) : differingFigures(numbers);
  const timeline = timelineEvents(corpus, notes);
  const cast = actors(corpus, r.entities, notes);
  const list = sources(corpus, r, a, notes);
  const when = period(corpus);
  const f = a?.forecast;
  return {
    title: input.title ?? (a ? a.question.question : 'Situation brief'),
    documents: corpus.length,
    judgements: keyJudgements,
    hypotheses: (a?.matrix.scores ?? []).map((s) => ({
      label: s.label,
      inconsistency: s.inconsistency,
      rank: s.rank,
    })),
    indicators,
    numbers,
    contested: disputes,
    timeline,
    actors: cast,
    sources: list,
    agreement: agreement(numbers, r.conflicts),
    footnotes: notes.all(),
    ...(a ? { question: { text: a.question.question, horizon: a.question.horizon } } : {}),
    ...(when ? { period: when } : {}),
    ...(f
      ? { forecast: { probability: f.probability, band: f.band, min: f.spread.min, max: f.spread.max } }
      : {}),
  };
}
