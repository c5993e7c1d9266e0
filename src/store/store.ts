import type { Decision } from '../core/api-contract.js';
import type { Annotations, DocumentId, DocumentMeta, StoredDocument } from '../core/index.js';

/** A document ready to store: text already normalized, id already derived from it. */
export interface NewDocument {
  readonly id: DocumentId;
  readonly origin: string;
  readonly format: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  /** MinHash signature and its LSH band keys, for near-duplicate lookups. */
  readonly signature?: Uint32Array;
  readonly lshKeys?: readonly number[];
  readonly nearDuplicateOf?: DocumentId;
  readonly similarity?: number;
}

export type PutStatus = 'added' | 'unchanged';

export interface PutResult {
  readonly id: DocumentId;
  readonly origin: string;
  readonly status: PutStatus;
}

export interface NearDuplicateCandidate {
  readonly id: DocumentId;
  readonly signature: Uint32Array;
}

/** Which documents a listing or count takes: all of them unless narrowed. */
export interface DocumentFilter {
  /** The outlet's name, exactly (case-insensitive). */
  readonly outlet?: string;
  /** A substring of the title or the text (case-insensitive for ASCII, SQL LIKE semantics). */
  readonly contains?: string;
}

export interface DocumentListing extends DocumentFilter {
  readonly limit?: number;
  readonly offset?: number;
  /** Newest first by published date (undated last), then by ingest time. */
  readonly order?: 'newest' | 'oldest';
}

/** A document without its text, for listings. */
export type DocumentSummary = Omit<StoredDocument, 'text'> & { readonly length: number };

export interface StoredAnnotations {
  readonly documentId: DocumentId;
  readonly version: string;
  readonly annotations: Annotations;
}

/** Annotations to write: as objects, or already as the JSON text they are kept as (made off this thread). */
export type AnnotationsToStore =
  | StoredAnnotations
  | { readonly documentId: DocumentId; readonly version: string; readonly json: string };

/** A document's text, for annotating it. */
export interface TextToAnnotate {
  readonly id: DocumentId;
  readonly text: string;
}

/** Why a document's annotation failed; `retrying` while a queue will try again, else `parked`. */
export interface AnnotationFailure {
  readonly documentId: DocumentId;
  readonly version: string;
  readonly reason: string;
  readonly state: 'retrying' | 'parked';
}

/** A failure as stored: how many attempts failed in a row, and when the last did. */
export interface FailedDocument extends AnnotationFailure {
  readonly attempts: number;
  readonly failedAt: string;
}

/** What reconciling reads from one document (resolve's `documentFacts`), as the JSON it is kept as. */
export interface StoredFacts {
  readonly documentId: DocumentId;
  readonly version: string;
  readonly json: string;
}

/** A stored document with the annotations stored for it, whatever their version. */
export interface AnnotatedDocument {
  readonly doc: StoredDocument;
  readonly version: string;
  readonly annotations: Annotations;
}

/** Which annotated documents to read, and how many per query. */
export interface AnnotatedListing {
  /** Near-duplicate copies too; left out by default, since they would count their original twice. */
  readonly withCopies?: boolean;
  /** Documents per query (default 10): a large collection is read a page at a time. */
  readonly pageSize?: number;
}

/** An analyst's decision as stored is what the API serves: one shape, defined in the contract. */
export type { Decision };

/** An API token as stored: its SHA-256 hash (hex) and the name given to it, never the token. */
export interface ApiToken {
  readonly hash: string;
  readonly name: string;
  readonly createdAt: string;
}

/** Which decisions a query takes, in the order made; `limit` and `offset` page through them. */
export interface DecisionQuery {
  readonly kind?: string;
  readonly target?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export type NewDecision = Omit<Decision, 'id' | 'at'> & { readonly at?: string };

/**
 * The narrow port that everything outside `store/` uses. SQLite implements it today; a PostgreSQL
 * implementation can be added behind it without touching callers (the contract suite in
 * store.contract.ts is written for every implementation).
 */
export interface Store {
  /** Stores a batch in one transaction; the same content again is `unchanged`. */
  putDocuments(docs: readonly NewDocument[]): Promise<PutResult[]>;
  getDocument(idOrPrefix: string): Promise<StoredDocument | undefined>;
  listDocuments(listing?: DocumentListing): Promise<DocumentSummary[]>;
  countDocuments(filter?: DocumentFilter): Promise<number>;
  allDocumentIds(): Promise<DocumentId[]>;
  nearDuplicateCandidates(lshKeys: readonly number[]): Promise<NearDuplicateCandidate[]>;
  /**
   * Stores annotations in one transaction and clears the documents' recorded failures; returns the
   * ids written. With `onlyStale`, a document whose stored annotations already have the version
   * given is left as it is (and not returned): two workers finishing one document write it once.
   */
  putAnnotations(
    batch: readonly AnnotationsToStore[],
    options?: { readonly onlyStale?: boolean },
  ): Promise<DocumentId[]>;
  /** Records failed attempts (counting repeats); a later successful annotation clears them. */
  recordFailures(failures: readonly AnnotationFailure[]): Promise<void>;
  /** Documents whose last annotation attempt failed, the latest first. */
  listFailures(): Promise<FailedDocument[]>;
  getAnnotations(id: DocumentId): Promise<StoredAnnotations | undefined>;
  /**
   * Every document that has annotations, with them, a page at a time in id order (byte-wise): one
   * query per page instead of two per document. Documents not yet annotated are left out.
   */
  documentsWithAnnotations(listing?: AnnotatedListing): AsyncIterable<AnnotatedDocument[]>;
  /** Documents with no annotations, or annotations of another version (only those `among`, if given). */
  documentsToAnnotate(version: string, among?: readonly DocumentId[]): Promise<DocumentId[]>;
  /** The texts of those `among` that `documentsToAnnotate` would give, in one query, in id order. */
  textsToAnnotate(version: string, among: readonly DocumentId[]): Promise<TextToAnnotate[]>;
  /**
   * The store's version: changes whenever a document, annotations or a decision is stored (what a
   * cache of the reconciled collection is keyed on). Cheap: counts and latest times from indexes.
   */
  version(): Promise<string>;
  /** Stores documents' reconcile facts, replacing those of any other version, in one transaction. */
  putFacts(batch: readonly StoredFacts[]): Promise<void>;
  /** The facts stored, whatever their version (only for documents `among`, if given), in no set order. */
  factsOf(among?: readonly DocumentId[]): Promise<StoredFacts[]>;
  addDecision(decision: NewDecision): Promise<Decision>;
  listDecisions(kind?: string): Promise<Decision[]>;
  /** One page of the decisions a query takes, and how many it takes in all. */
  findDecisions(query: DecisionQuery): Promise<{ total: number; decisions: Decision[] }>;
  getDecision(id: number): Promise<Decision | undefined>;
  /** Stores a token's hash under a name; the same hash twice is refused (E_CONFIG). */
  addToken(token: { readonly hash: string; readonly name: string }): Promise<ApiToken>;
  tokenByHash(hash: string): Promise<ApiToken | undefined>;
  /**
   * The SQLite file behind the store, which another thread may open to write to it (so that a long
   * write leaves this thread free); undefined in memory and on PostgreSQL.
   */
  sqliteFile?(): Promise<string | undefined>;
  close(): Promise<void>;
}
