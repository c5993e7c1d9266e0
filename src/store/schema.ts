import type { Generated } from 'kysely';

/** Database rows: kept apart from the domain types and mapped in `rows.ts`. */
export interface DocumentsTable {
  id: string;
  origin: string;
  format: string;
  text: string;
  title: string | null;
  title_source: string | null;
  outlet: string | null;
  outlet_source: string | null;
  author: string | null;
  author_source: string | null;
  published: string | null;
  published_precision: string | null;
  published_source: string | null;
  published_inferred: number;
  language: string | null;
  language_source: string | null;
  url: string | null;
  ingested_at: string;
  near_duplicate_of: string | null;
  similarity: number | null;
  signature: Uint8Array | null;
}

export interface LshTable {
  key: number;
  document_id: string;
}

export interface AnnotationsTable {
  document_id: string;
  version: string;
  json: string;
  annotated_at: string;
}

export interface AnnotationFailuresTable {
  document_id: string;
  version: string;
  reason: string;
  state: string;
  attempts: number;
  failed_at: string;
}

export interface ReconcileFactsTable {
  document_id: string;
  version: string;
  json: string;
}

export interface DecisionsTable {
  id: Generated<number>;
  who: string;
  at: string;
  kind: string;
  target: string;
  before: string | null;
  after: string;
  note: string | null;
}

export interface TokensTable {
  hash: string;
  name: string;
  created_at: string;
}

export interface Database {
  documents: DocumentsTable;
  lsh: LshTable;
  annotations: AnnotationsTable;
  annotation_failures: AnnotationFailuresTable;
  reconcile_facts: ReconcileFactsTable;
  decisions: DecisionsTable;
  tokens: TokensTable;
}

/** The columns of a document row without its text and signature: what listings read. */
export const summaryColumns = [
  'id',
  'origin',
  'format',
  'title',
  'title_source',
  'outlet',
  'outlet_source',
  'author',
  'author_source',
  'published',
  'published_precision',
  'published_source',
  'published_inferred',
  'language',
  'language_source',
  'url',
  'ingested_at',
  'near_duplicate_of',
  'similarity',
] as const satisfies readonly (keyof DocumentsTable)[];

export const documentColumns = [
  ...summaryColumns,
  'text',
  'signature',
] as const satisfies readonly (keyof DocumentsTable)[];
