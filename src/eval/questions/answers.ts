import { basename } from 'node:path';
import type { Question } from '../../assess/question/index.js';
import type { Assessment, IndicatorStatus } from '../../assess/types.js';
import type { Band } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import type { GoldBand, GoldStatus } from './gold-file.js';
import type { AnswerItem, QuestionAnswer } from './question-score.js';

/** The gold's key for a stored document: its url, else its file name. */
export const goldKeyOf = (cd: CorpusDocument): string => cd.doc.meta.url ?? basename(cd.doc.origin);

const goldBand = (band: Band): GoldBand => (band === 'roughly even' ? 'roughly even chance' : band);

const goldStatus = (status: IndicatorStatus): GoldStatus =>
  status === 'no evidence' ? 'no-evidence' : status === 'reported-absent' ? status : 'observed';

/** sitrep's assessment in the gold's terms: evidence sentences, one view per document, statuses. */
export function sitrepAnswer(assessment: Assessment, corpus: readonly CorpusDocument[]): QuestionAnswer {
  const keys = new Map(corpus.map((cd) => [cd.doc.id as string, goldKeyOf(cd)]));
  const evidence = new Map<string, AnswerItem[]>();
  for (const indicator of assessment.indicators) {
    for (const piece of indicator.evidence) {
      const key = keys.get(piece.document);
      if (key === undefined) continue;
      const items = evidence.get(key) ?? [];
      items.push({
        indicator: indicator.id,
        start: piece.sentence.start,
        end: piece.sentence.end,
        polarity: piece.polarity === 'negative' ? 'against' : 'for',
      });
      evidence.set(key, items);
    }
  }
  const views = new Map<string, GoldBand>();
  for (const line of assessment.bottomLines) {
    const key = keys.get(line.document);
    if (key !== undefined && !views.has(key)) views.set(key, goldBand(line.band));
  }
  const status = Object.fromEntries(assessment.indicators.map((i) => [i.id, goldStatus(i.status)]));
  return { evidence, views, status };
}

/**
 * The grep baseline: every sentence that contains one of the indicator's own cues (a plain
 * case-insensitive substring), polarity `for`, no views, `observed` iff anything matched.
 */
export function grepAnswer(question: Question, corpus: readonly CorpusDocument[]): QuestionAnswer {
  const evidence = new Map<string, AnswerItem[]>();
  const status: Record<string, GoldStatus> = {};
  for (const indicator of question.indicators) {
    const cues = (indicator.match.cues ?? []).map((c) => c.toLowerCase());
    let any = false;
    for (const cd of corpus) {
      const key = goldKeyOf(cd);
      for (const { span } of cd.annotations.sentences) {
        const sentence = cd.doc.text.slice(span.start, span.end).toLowerCase();
        if (!cues.some((c) => sentence.includes(c))) continue;
        any = true;
        const items = evidence.get(key) ?? [];
        items.push({ indicator: indicator.id, start: span.start, end: span.end, polarity: 'for' });
        evidence.set(key, items);
      }
    }
    status[indicator.id] = any ? 'observed' : 'no-evidence';
  }
  return { evidence, views: new Map(), status };
}
