import type { Claim, Quantity } from '../../core/index.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import { entitiesOf } from '../actors.js';
import { outletOf, titleOf } from '../footnotes.js';
import { csvLines } from './csv.js';

interface ClaimRow {
  readonly c: CorpusDocument;
  readonly claim: Claim;
  readonly index: number;
}

interface QuantityRow {
  readonly c: CorpusDocument;
  readonly q: Quantity;
}

function* flat(corpus: readonly CorpusDocument[]): Generator<ClaimRow> {
  for (const c of corpus)
    for (const [index, claim] of c.annotations.claims.entries()) yield { c, claim, index };
}

function* quantitiesOf(corpus: readonly CorpusDocument[]): Generator<QuantityRow> {
  for (const c of corpus) for (const q of c.annotations.quantities) yield { c, q };
}

/**
 * The four CSV exports: documents, claims, quantities and entities, one row per record; each table's
 * lines are made as they are written (the claims table of a large collection is tens of megabytes).
 */
export function csvTables(
  corpus: readonly CorpusDocument[],
  r: Reconciliation,
): Record<string, Iterable<string>> {
  const documents = csvLines<CorpusDocument>(
    [
      ['id', (x) => x.doc.id],
      ['title', (x) => titleOf(x.doc)],
      ['outlet', (x) => x.doc.meta.outlet?.value],
      ['author', (x) => x.doc.meta.author?.value],
      ['published', (x) => x.doc.meta.published?.value],
      ['published_source', (x) => x.doc.meta.published?.source],
      ['origin', (x) => x.doc.origin],
      ['format', (x) => x.doc.format],
      ['near_duplicate_of', (x) => x.doc.nearDuplicateOf],
      ['characters', (x) => x.doc.text.length],
    ],
    corpus,
  );
  const claims = csvLines<ClaimRow>(
    [
      ['document', (x) => x.c.doc.id],
      ['claim', (x) => x.index],
      ['start', (x) => x.claim.span.start],
      ['end', (x) => x.claim.span.end],
      ['subject', (x) => x.claim.subject],
      ['predicate', (x) => x.claim.predicate],
      ['polarity', (x) => x.claim.polarity],
      ['band', (x) => x.claim.band],
      ['probability', (x) => x.claim.probability],
      ['time', (x) => (x.claim.time === undefined ? undefined : x.c.annotations.times[x.claim.time]?.value)],
      ['outlet', (x) => outletOf(x.c.doc)],
      ['text', (x) => x.claim.text],
    ],
    flat(corpus),
  );
  const quantities = csvLines<QuantityRow>(
    [
      ['document', (x) => x.c.doc.id],
      ['start', (x) => x.q.span.start],
      ['end', (x) => x.q.span.end],
      ['kind', (x) => x.q.kind],
      ['measure_key', (x) => x.q.measureKey],
      ['value', (x) => x.q.value],
      ['low', (x) => x.q.low],
      ['high', (x) => x.q.high],
      ['qualifier', (x) => x.q.qualifier],
      ['unit', (x) => x.q.unit ?? x.q.currency],
      ['thing', (x) => x.q.thing],
      ['outlet', (x) => outletOf(x.c.doc)],
      ['text', (x) => x.q.text],
    ],
    quantitiesOf(corpus),
  );
  const entities = csvLines<Reconciliation['entities'][number]>(
    [
      ['id', (e) => e.id],
      ['kind', (e) => e.kind],
      ['name', (e) => e.name],
      ['aliases', (e) => e.aliases.join('; ')],
      ['documents', (e) => e.documents.length],
      ['mentions', (e) => e.mentions.length],
    ],
    entitiesOf(corpus, r.entities),
  );
  return {
    'documents.csv': documents,
    'claims.csv': claims,
    'quantities.csv': quantities,
    'entities.csv': entities,
  };
}
