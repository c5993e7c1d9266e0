import type { Assessment } from '../../assess/types.js';
import { extractionJson } from '../../core/extraction-json.js';
import type { Citation, ClaimRef, CorpusDocument, Reconciliation } from '../../resolve/types.js';
import { entitiesOf } from '../actors.js';
import type { Brief } from '../brief-model.js';
import { titleOf } from '../footnotes.js';

export const SITREP_JSON_VERSION = 3;

type EntityList = ReturnType<typeof entitiesOf>;

/**
 * Entities as exported: a mention's text is left out (it is the document's text at its span), and so
 * is its index into the document's mentions unless the annotations it points into are exported too.
 * The mentions are most of the entities' size; the text alone would be a tenth of the file.
 */
const exportedEntities = (entities: EntityList, withIndex: boolean) =>
  entities.map((e) => ({
    ...e,
    mentions: e.mentions.map((m) => ({
      document: m.document,
      span: m.span,
      sentence: m.sentence,
      ...(withIndex ? { mention: m.mention } : {}),
    })),
  }));

/**
 * A claim as exported: its outlet and publication date are its document's, given in `documents`,
 * and a figure's span and text, when they are the claim's own (as they are for every figure), too.
 */
const exportedClaim = ({ outlet: _outlet, published: _published, quantity, ...claim }: ClaimRef) => {
  if (!quantity) return claim;
  const { span, text, ...figure } = quantity;
  const own = text === claim.text && span.start === claim.span.start && span.end === claim.span.end;
  return { ...claim, quantity: own ? figure : quantity };
};

/** A citation as exported: its evidence is in the citing document, so names no document of its own. */
const exportedCitation = ({ evidence: { document: _document, ...evidence }, ...citation }: Citation) => ({
  ...citation,
  evidence,
});

/**
 * Everything sitrep knows, as one JSON document described by `sitrep.schema.json`: the documents
 * with their text (and annotations, when asked for: they are derivable and the bulk of the file), the resolved entities, claim clusters, conflicts and citations,
 * the assessment when a question was given, and the briefing built from them.
 */
export function sitrepJson(input: {
  readonly corpus: readonly CorpusDocument[];
  readonly reconciliation: Reconciliation;
  readonly assessment?: Assessment;
  readonly brief?: Brief;
  /** Keep each document's annotations (about seven times the text; `sitrep extract` rebuilds them). */
  readonly annotations?: boolean;
}) {
  const { corpus, reconciliation: r } = input;
  return {
    $schema: './sitrep.schema.json',
    format: 'sitrep',
    version: SITREP_JSON_VERSION,
    documents: corpus.map(({ doc, annotations }) => ({
      id: doc.id,
      title: titleOf(doc),
      outlet: doc.meta.outlet?.value ?? null,
      author: doc.meta.author?.value ?? null,
      published: doc.meta.published ?? null,
      url: doc.meta.url ?? null,
      origin: doc.origin,
      format: doc.format,
      nearDuplicateOf: doc.nearDuplicateOf ?? null,
      ingestedAt: doc.ingestedAt,
      text: doc.text,
      ...(input.annotations ? { annotations: extractionJson(doc.text, annotations) } : {}),
    })),
    entitiesFrom: r.entities.length > 0 ? 'reconcile' : 'mentions',
    entities: exportedEntities(entitiesOf(corpus, r.entities), input.annotations === true),
    clusters: r.clusters.map((c) => ({ ...c, claims: c.claims.map(exportedClaim) })),
    conflicts: r.conflicts.map((c) => ({ ...c, a: exportedClaim(c.a), b: exportedClaim(c.b) })),
    citations: r.citations.map(exportedCitation),
    assessment: input.assessment ?? null,
    brief: input.brief ?? null,
  };
}
