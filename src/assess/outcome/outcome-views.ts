import type { CorpusDocument } from '../../resolve/types.js';
import { probabilityOf } from '../bottom-line/bands.js';
import { centralSource, holderOf } from '../bottom-line/holder.js';
import type { BottomLine, Outcome } from '../types.js';

/**
 * A document that reports the outcome as done states the surest view of it there is: its view is
 * that report ("almost certain"), whatever it hedges elsewhere. The views of other documents stay.
 */
export function withReportedOutcome(
  lines: readonly BottomLine[],
  outcome: Outcome | undefined,
  corpus: readonly CorpusDocument[],
): BottomLine[] {
  if (!outcome) return [...lines];
  const first = new Map<string, Outcome['reports'][number]>();
  for (const r of outcome.reports) if (!first.has(r.document)) first.set(r.document, r);
  const byId = new Map(corpus.map((cd) => [cd.doc.id as string, cd]));
  const reported = [...first.values()].flatMap((r): BottomLine[] => {
    const cd = byId.get(r.document);
    if (!cd) return [];
    const { text } = cd.doc;
    const title = cd.doc.meta.title?.value;
    const holder = holderOf(cd.annotations, r.sentence, r.span, centralSource(cd.annotations));
    return [
      {
        document: r.document,
        band: 'almost certain',
        probability: probabilityOf('almost certain'),
        start: r.sentence.start,
        end: r.sentence.end,
        text: r.text,
        marker: { span: r.span, text: text.slice(r.span.start, r.span.end) },
        kind: 'report',
        holder: holder.name,
        about: [],
        origin: r.origin,
        ...(title ? { title } : {}),
      },
    ];
  });
  const views = new Map<string, BottomLine>(lines.map((b) => [b.document, b]));
  for (const b of reported) views.set(b.document, b);
  // In the collection's order, as the views come.
  return corpus.flatMap((cd) => views.get(cd.doc.id) ?? []);
}
