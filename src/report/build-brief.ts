import { countryOfCapital, lookupPlace } from '../annotate/mention/index.js';
import { bearingOnOutcome } from '../assess/bottom-line/bears-on-outcome.js';
import type { Question } from '../assess/question/index.js';
import type { Assessment } from '../assess/types.js';
import type { CorpusDocument, Reconciliation } from '../resolve/types.js';
import { actors } from './actors.js';
import { agreement } from './agreement.js';
import { bottomLine } from './bottom-line.js';
import type { Brief, LeftOut } from './brief-model.js';
import { contested } from './contested.js';
import { differingFigures } from './differing-figures.js';
import { Footnotes } from './footnotes.js';
import { indicatorSeries } from './indicator-series.js';
import { judgements } from './judgements.js';
import { keyNumbers } from './key-numbers.js';
import { renumberNotes } from './renumber-notes.js';
import { sources } from './sources.js';
import { timelineEvents } from './timeline-events.js';

export interface BriefInput {
  readonly corpus: readonly CorpusDocument[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
  /** The watch question file: its thresholds and directions say what would change the judgement. */
  readonly question?: Question;
  readonly title?: string;
}

/** The span of publication dates; an end that only an inferred ("not before") date gives says so. */
const period = (corpus: readonly CorpusDocument[]) => {
  const dates = corpus.flatMap((c) => (c.doc.meta.published ? [c.doc.meta.published] : []));
  dates.sort((x, y) => x.value.localeCompare(y.value));
  const from = dates[0];
  const to = dates.at(-1);
  if (!from || !to) return undefined;
  return {
    from: from.value,
    to: to.value,
    ...(from.inferred ? { fromInferred: true } : {}),
    ...(to.inferred ? { toInferred: true } : {}),
  };
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

/** The actor an entity stands for: a capital is its country ("Vilnius" and "Lithuania" are one actor). */
const actorOf = (e: Reconciliation['entities'][number]): string => {
  const place = e.kind === 'place' ? lookupPlace(e.name) : undefined;
  return place === undefined ? e.id : `place:${countryOfCapital(place) ?? place}`;
};

/**
 * `document:sentenceStart` of every sentence that bears on the watch question: evidence for an
 * indicator, a view on the question, or a sentence naming two of the actors and places the question's indicators name
 * (a capital and its country are one)
 * (through the resolved entities, so "Lukashenka" counts for "Lukashenko").
 */
const relevantSentences = (
  a: Assessment | undefined,
  q: Question | undefined,
  entities: Reconciliation['entities'],
): Set<string> => {
  const out = new Set([
    ...(a?.indicators ?? []).flatMap((i) => i.evidence.map((e) => `${e.document}:${e.sentence.start}`)),
    ...(a?.bottomLines ?? []).map((v) => `${v.document}:${v.start}`),
  ]);
  const names = new Set(
    (q?.indicators ?? []).flatMap((i) => i.match.entities ?? []).map((n) => n.toLowerCase()),
  );
  if (names.size < 2) return out;
  const named = new Map<string, Set<string>>();
  for (const e of entities) {
    const hit = [e.name, ...e.aliases].find((n) => names.has(n.toLowerCase()));
    if (!hit) continue;
    const actor = actorOf(e);
    for (const m of e.mentions) {
      const key = `${m.document}:${m.sentence.start}`;
      const set = named.get(key) ?? new Set();
      set.add(actor);
      named.set(key, set);
    }
  }
  for (const [key, set] of named) if (set.size >= 2) out.add(key);
  return out;
};

/**
 * `document:start` of the figures the question's indicators only see announced, planned or forecast
 * (never reported): such a figure is not one more estimate of a measure that is reported.
 */
const onlyAnnounced = (a: Assessment | undefined): Set<string> => {
  const at = (p: { document: string; span: { start: number } }) => `${p.document}:${p.span.start}`;
  const reported = new Set(
    (a?.indicators ?? []).flatMap((i) => i.evidence.filter((p) => p.quantity).map(at)),
  );
  return new Set(
    (a?.indicators ?? []).flatMap((i) =>
      i.unreported.filter((p) => p.quantity && !reported.has(at(p))).map(at),
    ),
  );
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const WHERE = 'all of them are in sitrep.json and the workbench (`sitrep serve`)';

/**
 * Builds the briefing from the corpus, its reconciliation and (optionally) the assessment of a
 * watch question. Sections are built in reading order so that footnotes number in that order;
 * every capped section says what it left out.
 */
export function buildBrief(input: BriefInput): Brief {
  const { corpus, reconciliation: r, assessment: a } = input;
  const notes = new Footnotes(corpus);
  const named = measuresOfIndicators(a);
  const relevant = relevantSentences(a, input.question, r.entities);
  // Sections are built before the first screen that sums them up; renumberNotes puts the notes
  // back in reading order at the end.
  const question = a?.question.question;
  const hasClusters = r.clusters.length > 0 || r.conflicts.length > 0;
  const numbers = keyNumbers(corpus, r.clusters, notes, named, onlyAnnounced(a), relevant);
  const disputes = hasClusters
    ? contested(corpus, r, notes, question, relevant, named)
    : { disputes: differingFigures(numbers.groups), more: 0, explained: 0 };
  const reported = (a?.outcome?.reports ?? []).map((o) => `${o.document}:${o.sentence.start}`);
  // A report of the outcome done speaks of it whatever its words ("suspended" for "halt").
  const onOutcome = new Set([
    ...reported,
    ...(input.question ? bearingOnOutcome(input.question, corpus, relevant) : []),
  ]);
  const timeline = timelineEvents(corpus, notes, new Set([...relevant, ...reported]), undefined, onOutcome);
  const firstScreen = bottomLine({
    corpus,
    clusters: r.clusters,
    numbers: numbers.groups,
    disputes: disputes.disputes,
    timeline: timeline.events,
    notes,
    relevant,
    ...(a ? { assessment: a } : {}),
    ...(input.question ? { question: input.question } : {}),
  });
  const keyJudgements = judgements(corpus, a, r.clusters, numbers.groups, notes, relevant);
  const indicators = (a?.indicators ?? []).map((i) => {
    const series = indicatorSeries(i);
    return {
      name: i.name,
      status: i.status,
      trend: i.trend,
      origins: i.documents.length,
      notes: (i.latest?.evidence ?? i.evidence)
        .slice(0, 3)
        .map((e) => notes.cite(e.document, e.span, e.sentence)),
      ...(i.latest ? { latest: i.latest.text } : {}),
      ...(series ? { series: series.points, seriesMeasure: series.measure } : {}),
    };
  });
  const cast = actors(corpus, r.entities, notes, relevant);
  const quoted = new Map<string, number>();
  for (const f of notes.all()) quoted.set(f.document, (quoted.get(f.document) ?? 0) + 1);
  const list = sources(corpus, r, a, notes, quoted);
  const when = period(corpus);
  const f = a?.forecast;
  const leftOut: LeftOut = {
    ...(numbers.moreGroups + numbers.moreRows > 0
      ? {
          numbers: `${plural(numbers.moreRows, 'more figure')}${numbers.moreGroups > 0 ? ` (${plural(numbers.moreGroups, 'measure')} not shown at all)` : ''} left out; ${WHERE}.`,
        }
      : {}),
    ...(disputes.more + disputes.explained > 0
      ? {
          contested: [
            disputes.more > 0 ? `${plural(disputes.more, 'more dispute')} left out` : '',
            disputes.explained > 0
              ? `${plural(disputes.explained, 'pair')} of figures that only looked different (another scope or period, a range holding a point) are not disputes`
              : '',
          ]
            .filter(Boolean)
            .join('; ')
            .concat(`; ${WHERE}.`),
        }
      : {}),
    ...(timeline.more > 0
      ? { timeline: `${plural(timeline.more, 'more dated event')} left out; ${WHERE} (and timeline.json).` }
      : {}),
    ...(cast.more > 0 ? { actors: `${plural(cast.more, 'more actor')} left out; ${WHERE}.` } : {}),
    ...(list.more > 0
      ? { sources: `${plural(list.more, 'more source')} left out; ${WHERE} (and documents.csv).` }
      : {}),
  };
  return renumberNotes({
    title: input.title ?? (a ? a.question.question : 'Situation brief'),
    documents: corpus.length,
    ...(firstScreen ? { bottomLine: firstScreen } : {}),
    judgements: keyJudgements,
    leftOut,
    hypotheses: [...(a?.matrix.scores ?? [])]
      .sort((x, y) => x.inconsistency - y.inconsistency)
      .map((s) => ({ label: s.label, inconsistency: s.inconsistency, rank: s.rank })),
    indicators,
    numbers: numbers.groups,
    contested: disputes.disputes,
    timeline: timeline.events,
    actors: cast.actors,
    sources: list.sources,
    agreement: agreement(numbers.groups, r.conflicts),
    footnotes: notes.all(),
    ...(a ? { question: { text: a.question.question, horizon: a.question.horizon } } : {}),
    ...(when ? { period: when } : {}),
    ...(f
      ? {
          forecast: {
            probability: f.probability,
            band: f.band,
            min: f.spread.min,
            max: f.spread.max,
            views: f.views,
            documents: f.documents,
          },
        }
      : {}),
  });
}
