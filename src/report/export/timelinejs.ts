import type { CorpusDocument } from '../../resolve/types.js';
import { Footnotes } from '../footnotes.js';
import { clip, formatDate } from '../format.js';
import { esc } from '../html/escape.js';
import { timelineEvents } from '../timeline-events.js';

interface TimelineDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

const dateOf = (iso: string): TimelineDate => {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? 0, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
};

/**
 * The timeline for TimelineJS (Knight Lab): `{ events: [{ start_date, text: { headline, text } }] }`,
 * each event's text quoting its sources. TimelineJS renders these fields as HTML, so they are escaped.
 */
export function timelineJs(corpus: readonly CorpusDocument[]) {
  const notes = new Footnotes(corpus);
  const { events } = timelineEvents(corpus, notes, new Set(), Number.POSITIVE_INFINITY);
  const byN = new Map(notes.all().map((f) => [f.n, f]));
  return {
    title: {
      text: { headline: 'Timeline', text: `${events.length} dated events from ${corpus.length} documents` },
    },
    events: events.map((e) => ({
      start_date: dateOf(e.date),
      text: {
        headline: esc(clip(e.text, 90)),
        text: [
          e.text,
          ...e.notes.map((n) => {
            const f = byN.get(n);
            return f ? `${f.outlet ?? f.title}${f.published ? `, ${formatDate(f.published)}` : ''}` : '';
          }),
        ]
          .filter(Boolean)
          .map(esc)
          .join(' — '),
      },
      group: e.outlets.join(', '),
    })),
  };
}
