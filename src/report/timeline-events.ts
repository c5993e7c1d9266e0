import type { CorpusDocument } from '../resolve/types.js';
import type { TimelineEvent } from './brief-model.js';
import { type Footnotes, outletOf } from './footnotes.js';
import { clip, startOf } from './format.js';

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

/**
 * Dated events: every time expression precise to a day, week or month (or a closed interval) in
 * every document, with the claim or sentence it dates. A date after the document's own publication
 * is a forecast, not an event, and is left out; so is a document's own dateline. The same sentence
 * seen in several documents is one event with several sources.
 */
export function timelineEvents(corpus: readonly CorpusDocument[], notes: Footnotes): TimelineEvent[] {
  const byKey = new Map<
    string,
    { date: string; granularity: string; text: string; outlets: Set<string>; notes: Set<number> }
  >();
  const latest = corpus
    .flatMap((c) => (c.doc.meta.published ? [c.doc.meta.published.value] : []))
    .sort()
    .at(-1);
  for (const c of corpus) {
    const published = c.doc.meta.published;
    // Undated (or only "not before") documents are held to the latest publication date in the corpus.
    const limit = published && !published.inferred ? published.value : latest;
    for (const t of c.annotations.times) {
      if (!dated.has(t.granularity) || t.value.endsWith('/')) continue;
      const date = startOf(t.value);
      if (!/^\d{4}-\d{2}/.test(date)) continue;
      if (limit && date.slice(0, limit.length) > limit) continue;
      const sentence = notes.sentenceOf(c.doc.id, t.span);
      const text = eventText(c, t.span.start, t.span.end, sentence).trim();
      // A dateline: the full publication date (with its year) near the top of the text.
      if (limit === date && t.yearStated && t.span.start < 300) continue;
      if (text.length < 25) continue;
      const key = `${date}|${text.slice(0, 60).toLowerCase()}`;
      const entry = byKey.get(key) ?? {
        date,
        granularity: t.granularity,
        text: clip(text),
        outlets: new Set(),
        notes: new Set(),
      };
      entry.outlets.add(outletOf(c.doc));
      entry.notes.add(notes.cite(c.doc.id, t.span, sentence));
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()]
    .map((e) => ({
      date: e.date,
      granularity: e.granularity,
      text: e.text,
      outlets: [...e.outlets],
      notes: [...e.notes],
    }))
    .sort((x, y) => x.date.localeCompare(y.date) || x.text.localeCompare(y.text));
}
