import { type Annotations, contains, overlaps, type Span } from '../../core/index.js';
import { pushTo } from '../../resolve/multimap.js';
import type { ClaimRef, CorpusDocument, Origin, Reconciliation } from '../../resolve/types.js';

const normalize = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['\u2019]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const outletOrigin = (cd: CorpusDocument): Origin => {
  const outlet = cd.doc.meta.outlet?.value;
  if (outlet) return { key: `outlet:${normalize(outlet)}`, name: outlet, kind: 'outlet' };
  const name = cd.doc.meta.title?.value ?? cd.doc.origin.split('/').pop() ?? cd.doc.id;
  return { key: `document:${cd.doc.id}`, name, kind: 'outlet' };
};

/** The named speaker whose attributed content holds the span, when there is one. */
function speakerOrigin(annotations: Annotations, span: Span): Origin | undefined {
  // A speaker named by a common noun ("the think tank") is no origin one could count.
  const named = (a: Annotations['attributions'][number]): boolean =>
    !a.speaker.vague && /^\p{Lu}/u.test((a.speaker.resolvesTo ?? a.speaker.text).replace(/^the\s+/i, ''));
  const inside = annotations.attributions.filter((a) => named(a) && contains(a.content, span));
  const innermost = inside.sort(
    (a, b) => a.content.end - a.content.start - (b.content.end - b.content.start),
  )[0];
  if (!innermost) return undefined;
  const name = innermost.speaker.resolvesTo ?? innermost.speaker.text;
  return { key: `cited:${normalize(name)}`, name, kind: 'cited' };
}

export type OriginFinder = (cd: CorpusDocument, span: Span, sentence: Span) => Origin;

/**
 * Who a span ultimately comes from: the origin reconcile gave the claim there, else the origin a
 * citation of that sentence names, else the named speaker it is attributed to, else the outlet.
 */
export function originFinder(reconciliation: Reconciliation): OriginFinder {
  // Indexed by document: a collection has tens of thousands of claims and citations.
  const claims = new Map<string, ClaimRef[]>();
  for (const cluster of reconciliation.clusters)
    for (const ref of cluster.claims) pushTo(claims, ref.document, ref);
  const citations = new Map<string, Reconciliation['citations'][number][]>();
  for (const c of reconciliation.citations) pushTo(citations, c.document, c);
  return (cd, span, sentence) => {
    const ref = (claims.get(cd.doc.id) ?? []).find((c) => overlaps(c.span, span));
    if (ref) return ref.origin;
    const cited = (citations.get(cd.doc.id) ?? []).find((c) => overlaps(c.evidence.sentence, sentence));
    if (cited) return cited.origin;
    return speakerOrigin(cd.annotations, span) ?? outletOrigin(cd);
  };
}
