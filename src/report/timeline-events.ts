import type { CorpusDocument } from '../resolve/types.js';
import type { TimelineEvent } from './brief-model.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { clip, datelineLength, withoutDateline } from './format.js';
import { furnitureSentences } from './furniture.js';
import { timeLabel } from './time-label.js';
import { datesNothing } from './time-of.js';

export const MAX_EVENTS = 24;

const dated = new Set(['day', 'week', 'month', 'interval']);

/** The shortest claim holding the time expression, else its sentence: the event's words. */
const eventText = (
  c: CorpusDocument,
  start: number,
  end: number,
  sentence: { start: number; end: number },
) => {
  const claim = c.annotations.claims
    .filter((k) => k.span.start <= start && end <= k.span.end)
    .sort((x, y) => x.text.length - y.text.length)[0];
  return claim?.text ?? c.doc.text.slice(sentence.start, sentence.end);
};

export interface Timeline {
  readonly events: readonly TimelineEvent[];
  /** Dated events left out by the cap. */
  readonly more: number;
}

interface Draft {
  date: string;
  when: string;
  granularity: string;
  text: string;
  outlets: Set<string>;
  refs: {
    document: CorpusDocument['doc']['id'];
    span: { start: number; end: number };
    sentence: { start: number; end: number };
  }[];
  relevant: boolean;
  onOutcome: boolean;
}

/**
 * Dated events: every time expression precise to a day, week or month (or a closed interval) in
 * every document, with the claim or sentence it dates, shown with the precision the text gives
 * ("late Oct 2022", not 21 October). A date after the document's own publication is a forecast, a
 * deadline ("by the end of the year") or a cumulative period ("since February") is no event, and a
 * document's own dateline is none either: all are left out. The same sentence seen in several
 * documents is one event with several sources. `relevant` holds `document:sentenceStart` keys of
 * the sentences that bear on the watch question, and `onOutcome` those that speak of its outcome
 * itself: their events are kept first when the cap bites, then the events more sources report,
 * then the latest.
 */
export function timelineEvents(
  corpus: readonly CorpusDocument[],
  notes: Footnotes,
  relevant: ReadonlySet<string> = new Set(),
  max = MAX_EVENTS,
  onOutcome: ReadonlySet<string> = new Set(),
): Timeline {
  const byKey = new Map<string, Draft>();
  const latest = corpus
    .flatMap((c) => (c.doc.meta.published ? [c.doc.meta.published.value] : []))
    .sort()
    .at(-1);
  for (const c of corpus) {
    const published = c.doc.meta.published;
    // Undated (or only "not before") documents are held to the latest publication date in the corpus.
    const limit = published && !published.inferred ? published.value : latest;
    let furniture: ReadonlySet<number> | undefined;
    for (const t of c.annotations.times) {
      if (!dated.has(t.granularity)) continue;
      const label = timeLabel(t);
      if (label.kind === 'since' || label.kind === 'deadline') continue;
      const date = label.sort;
      if (!/^\d{4}-\d{2}/.test(date)) continue;
      if (limit && date.slice(0, limit.length) > limit) continue;
      const sentence = notes.sentenceOf(c.doc.id, t.span);
      furniture ??= furnitureSentences(c);
      if (furniture.has(sentence.start)) continue;
      // A date inside the sentence's wire dateline dates the report, not an event.
      const head = c.doc.text.slice(sentence.start, sentence.end);
      if (t.span.start < sentence.start + datelineLength(head) || datesNothing(c.doc.text, t.span)) continue;
      const text = withoutDateline(eventText(c, t.span.start, t.span.end, sentence).trim());
      // A dateline: the full publication date (with its year) near the top of the text.
      if (limit === date && t.yearStated && t.span.start < 300) continue;
      if (text.length < 25) continue;
      const key = `${date}|${text.slice(0, 60).toLowerCase()}`;
      const entry = byKey.get(key) ?? {
        date,
        when: label.label,
        granularity: t.granularity,
        text: clip(text),
        outlets: new Set(),
        refs: [],
        relevant: false,
        onOutcome: false,
      };
      entry.outlets.add(outletOf(c.doc));
      entry.refs.push({ document: c.doc.id, span: t.span, sentence });
      entry.relevant ||= relevant.has(`${c.doc.id}:${sentence.start}`);
      entry.onOutcome ||= onOutcome.has(`${c.doc.id}:${sentence.start}`);
      byKey.set(key, entry);
    }
  }
  const all = [...byKey.values()];
  const kept = [...all]
    .sort(
      (x, y) =>
        Number(y.onOutcome) - Number(x.onOutcome) ||
        Number(y.relevant) - Number(x.relevant) ||
        y.outlets.size - x.outlets.size ||
        y.date.localeCompare(x.date),
    )
    .slice(0, max)
    .sort((x, y) => x.date.localeCompare(y.date) || x.text.localeCompare(y.text));
  return {
    events: kept.map((e) => ({
      date: e.date,
      when: e.when,
      granularity: e.granularity,
      text: e.text,
      outlets: [...e.outlets],
      notes: [...new Set(e.refs.slice(0, 3).map((r) => notes.cite(r.document, r.span, r.sentence)))],
      ...(e.relevant ? { relevant: true } : {}),
      ...(e.onOutcome ? { onOutcome: true } : {}),
    })),
    more: all.length - kept.length,
  };
}
