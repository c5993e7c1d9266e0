import type { DocumentId, Span } from '../core/index.js';
import { evidenceOf } from './evidence.js';
import type { HandedFacts } from './handed-facts.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { type SpeakerPlan, speakerPlans } from './speaker-plan.js';
import type { Citation, CorpusDocument, ResolvedEntity } from './types.js';

/** An attribution of a document that may cite an origin, with what its citation shows. */
export interface CitationFact {
  /** Index into the document's `attributions`. */
  readonly attribution: number;
  readonly cue: string;
  readonly span: Span;
  readonly text: string;
  readonly sentence: Span;
}

/** What a document's citations need, read from it alone: every speaker's plan, and the outermost attributions. */
export interface CitationFacts {
  /** Each attribution's speaker plan, in order (a plan may defer to an earlier one's). */
  readonly speakers: readonly SpeakerPlan[];
  readonly citations: readonly CitationFact[];
}

export function citationFacts(cd: CorpusDocument): CitationFacts {
  const speakers = speakerPlans(cd);
  const citations: CitationFact[] = [];
  cd.annotations.attributions.forEach((a, i) => {
    if (a.parent !== undefined || speakers[i]?.length === 0) return;
    const { span, text, sentence } = evidenceOf(cd.doc.id, cd.doc.text, cd.annotations, a.speaker.span);
    citations.push({ attribution: i, cue: a.cue.text, span, text, sentence });
  });
  return { speakers, citations };
}

/**
 * The citation graph: one edge per document and named (not vague) origin it repeats. `facts`, when
 * given, holds each document's stored citation facts (read from its annotations when missing).
 */
export function citations(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
  facts?: HandedFacts,
): Citation[] {
  return corpus.flatMap((cd, d) =>
    documentCitations(cd.doc.id, d, facts?.takeCitations(d) ?? citationFacts(cd), resolved),
  );
}

function documentCitations(
  document: DocumentId,
  d: number,
  facts: CitationFacts,
  resolved: ReadonlyMap<string, ResolvedEntity>,
): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  const planOf = (i: number) => facts.speakers[i];
  for (const c of facts.citations) {
    const origin = resolveSpeaker(planOf, d, c.attribution, resolved);
    if (!origin || seen.has(origin.key)) continue;
    seen.add(origin.key);
    out.push({
      document,
      origin,
      cue: c.cue,
      evidence: { document, span: c.span, text: c.text, sentence: c.sentence },
    });
  }
  return out;
}
