import type { DocumentId, DocumentMeta, MetaSource, StoredDocument } from '../core/index.js';
import type { DecisionsTable, DocumentsTable } from './schema.js';
import type { Decision, DocumentSummary, NewDocument } from './store.js';

type Row = Omit<DocumentsTable, 'signature'>;

const found = (value: string | null, source: string | null) =>
  value !== null && source !== null ? { value, source: source as MetaSource } : undefined;

export function metaOf(row: Row): DocumentMeta {
  const title = found(row.title, row.title_source);
  const outlet = found(row.outlet, row.outlet_source);
  const author = found(row.author, row.author_source);
  const language = found(row.language, row.language_source);
  return {
    ...(title ? { title } : {}),
    ...(outlet ? { outlet } : {}),
    ...(author ? { author } : {}),
    ...(language ? { language } : {}),
    ...(row.published !== null
      ? {
          published: {
            value: row.published,
            precision: (row.published_precision ?? 'day') as 'day' | 'month' | 'year',
            source: (row.published_source ?? 'inferred') as MetaSource,
            inferred: row.published_inferred === 1,
          },
        }
      : {}),
    ...(row.url !== null ? { url: row.url } : {}),
  };
}

const linkOf = (row: Row) =>
  row.near_duplicate_of !== null
    ? { nearDuplicateOf: row.near_duplicate_of as DocumentId, similarity: row.similarity ?? 0 }
    : {};

export const documentOf = (row: Row): StoredDocument => ({
  id: row.id as DocumentId,
  origin: row.origin,
  format: row.format,
  text: row.text,
  meta: metaOf(row),
  ingestedAt: row.ingested_at,
  ...linkOf(row),
});

export const summaryOf = (row: Omit<Row, 'text'> & { length: number }): DocumentSummary => ({
  id: row.id as DocumentId,
  origin: row.origin,
  format: row.format,
  length: row.length,
  meta: metaOf({ ...row, text: '' }),
  ingestedAt: row.ingested_at,
  ...linkOf({ ...row, text: '' }),
});

export function rowOf(doc: NewDocument, ingestedAt: string): DocumentsTable {
  const m = doc.meta;
  return {
    id: doc.id,
    origin: doc.origin,
    format: doc.format,
    text: doc.text,
    title: m.title?.value ?? null,
    title_source: m.title?.source ?? null,
    outlet: m.outlet?.value ?? null,
    outlet_source: m.outlet?.source ?? null,
    author: m.author?.value ?? null,
    author_source: m.author?.source ?? null,
    published: m.published?.value ?? null,
    published_precision: m.published?.precision ?? null,
    published_source: m.published?.source ?? null,
    published_inferred: m.published?.inferred ? 1 : 0,
    language: m.language?.value ?? null,
    language_source: m.language?.source ?? null,
    url: m.url ?? null,
    ingested_at: ingestedAt,
    near_duplicate_of: doc.nearDuplicateOf ?? null,
    similarity: doc.similarity ?? null,
    signature: doc.signature
      ? new Uint8Array(doc.signature.buffer, doc.signature.byteOffset, doc.signature.byteLength)
      : null,
  };
}

export const signatureOf = (blob: Uint8Array): Uint32Array => {
  const copy = new Uint8Array(blob);
  return new Uint32Array(copy.buffer, 0, copy.byteLength >>> 2);
};

export const decisionOf = (r: Omit<DecisionsTable, 'id'> & { id: number }): Decision => ({
  id: r.id,
  who: r.who,
  at: r.at,
  kind: r.kind,
  target: r.target,
  before: r.before === null ? undefined : (JSON.parse(r.before) as unknown),
  after: JSON.parse(r.after) as unknown,
  ...(r.note !== null ? { note: r.note } : {}),
});
