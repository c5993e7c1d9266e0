import {
  type Annotations,
  type DocumentId,
  type Polarity,
  type Quantity,
  type Span,
  sentenceOf,
} from '../core/index.js';
import type { ClaimRef, Evidence, Origin, OriginStanceKind } from './types.js';

/**
 * A span of a document as evidence. `known`, the annotation's own copy of the span's text, is used
 * when it matches: the collection shares it, where a fresh slice of a short name would be a copy.
 */
export const evidenceOf = (
  document: DocumentId,
  text: string,
  annotations: Annotations,
  span: Span,
  known?: string,
): Evidence => {
  const own = text.slice(span.start, span.end);
  return { document, span, text: own === known ? known : own, sentence: sentenceOf(annotations, span) };
};

// The records below are built property by property rather than as `{ ...evidence, more }`: V8 gives
// each object spread and then extended a hidden class of its own (hundreds of bytes), and a large
// collection's entities hold hundreds of thousands of mentions.

/** A mention of an entity as evidence, with its index in its document's mentions (-1 for none). */
export const mentionEvidence = (e: Evidence, mention: number): Evidence & { readonly mention: number } => ({
  document: e.document,
  span: e.span,
  text: e.text,
  sentence: e.sentence,
  mention,
});

export interface ClaimFields {
  readonly claim: number;
  readonly quantity?: Quantity;
  readonly polarity: Polarity;
  readonly stance?: OriginStanceKind;
  readonly probability?: number | undefined;
  readonly time?: string | undefined;
  readonly origin: Origin;
  readonly outlet?: string | undefined;
  readonly published?: string | undefined;
}

/** A claim as evidence: its fields in a fixed order, the optional ones only when they have a value. */
export function claimRefOf(e: Evidence, f: ClaimFields): ClaimRef {
  const ref: Record<string, unknown> = {
    document: e.document,
    span: e.span,
    text: e.text,
    sentence: e.sentence,
    claim: f.claim,
  };
  if (f.quantity) ref.quantity = f.quantity;
  ref.polarity = f.polarity;
  if (f.stance) ref.stance = f.stance;
  if (f.probability !== undefined) ref.probability = f.probability;
  if (f.time) ref.time = f.time;
  ref.origin = f.origin;
  if (f.outlet) ref.outlet = f.outlet;
  if (f.published) ref.published = f.published;
  return ref as unknown as ClaimRef;
}
