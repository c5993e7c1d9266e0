import { createHash } from 'node:crypto';

declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
export type EntityId = Brand<string, 'EntityId'>;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** The first 12 hex digits of a string's SHA-256: a short id derived from content (cluster ids). */
export const shortHash = (s: string): string => sha256(s).slice(0, 12);

/** A document's id is the hash of its normalized text, so the same content is always one document. */
export const documentIdOf = (normalizedText: string): DocumentId =>
  sha256(normalizedText).slice(0, 16) as DocumentId;

export const entityIdOf = (kind: string, key: string): EntityId =>
  sha256(`${kind}\u0000${key}`).slice(0, 12) as EntityId;

export const asDocumentId = (s: string): DocumentId => s as DocumentId;
