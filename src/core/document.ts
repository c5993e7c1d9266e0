import type { DocumentId } from './ids.js';

/** How a metadata value was found. */
export type MetaSource =
  | 'sidecar'
  | 'front-matter'
  | 'html-meta'
  | 'json-ld'
  | 'feed'
  | 'jsonl'
  | 'byline'
  | 'dateline'
  | 'http'
  | 'pdf-info'
  | 'inferred';

export interface Found<T> {
  readonly value: T;
  readonly source: MetaSource;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface PublishedDate {
  /** ISO: `2022-12-07`, `2022-12` or `2022`. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly source: MetaSource;
  /** True when no date was stated and this is a "not before" bound taken from the text. */
  readonly inferred: boolean;
}

export interface DocumentMeta {
  readonly title?: Found<string>;
  readonly outlet?: Found<string>;
  readonly author?: Found<string>;
  readonly published?: PublishedDate;
  readonly language?: Found<string>;
  readonly url?: string;
}

/** What a reader produces: text as found (not yet normalized) with the metadata it could read. */
export interface RawArticle {
  /** Where it came from: a path, a URL, or `path#item 3` for one item of a feed or JSONL file. */
  readonly origin: string;
  readonly format: string;
  readonly text: string;
  readonly meta: DocumentMeta;
}

/** A document as stored: its text is normalized once and all offsets point into it. */
export interface StoredDocument {
  readonly id: DocumentId;
  readonly origin: string;
  readonly format: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  readonly ingestedAt: string;
  /** Set when the text is a near copy of an earlier document (syndication with small edits). */
  readonly nearDuplicateOf?: DocumentId;
  readonly similarity?: number;
}
