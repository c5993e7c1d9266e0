import { evidenceOf } from './evidence.js';
import { speakerOrigin } from './origin.js';
import type { Citation, CorpusDocument, ResolvedEntity } from './types.js';

/** The citation graph: one edge per document and named (not vague) origin it repeats. */
export function citations(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Citation[] {
  const out: Citation[] = [];
  corpus.forEach((cd, d) => {
    const seen = new Set<string>();
    cd.annotations.attributions.forEach((a, i) => {
      if (a.parent !== undefined) return;
      const origin = speakerOrigin(cd, d, i, resolved);
      if (!origin || seen.has(origin.key)) return;
      seen.add(origin.key);
      out.push({
        document: cd.doc.id,
        origin,
        cue: a.cue.text,
        evidence: evidenceOf(cd.doc.id, cd.doc.text, cd.annotations, a.speaker.span),
      });
    });
  });
  return out;
}
