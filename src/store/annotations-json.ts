import type { Annotations, Token } from '../core/index.js';

/**
 * Tokens as the store keeps them: three parallel lists instead of an object per token, a third of
 * the size of the plain JSON (tokens were two thirds of a document's stored annotations). `offsets`
 * holds, per token, the gap from the previous token's end and the token's length.
 */
interface PackedTokens {
  readonly offsets: readonly number[];
  /** The parts of speech, one word each, joined by spaces. */
  readonly pos: string;
  readonly lemmas: readonly (string | null)[];
}

const packable = (tokens: readonly Token[]): boolean => tokens.every((t) => /^\S+$/.test(t.pos));

function pack(tokens: readonly Token[]): PackedTokens {
  const offsets: number[] = [];
  let end = 0;
  for (const t of tokens) {
    offsets.push(t.span.start - end, t.span.end - t.span.start);
    end = t.span.end;
  }
  return { offsets, pos: tokens.map((t) => t.pos).join(' '), lemmas: tokens.map((t) => t.lemma ?? null) };
}

function unpack(packed: PackedTokens): Token[] {
  const pos = packed.pos === '' ? [] : packed.pos.split(' ');
  const tokens: Token[] = [];
  let end = 0;
  pos.forEach((p, i) => {
    const start = end + (packed.offsets[2 * i] ?? 0);
    end = start + (packed.offsets[2 * i + 1] ?? 0);
    const lemma = packed.lemmas[i];
    tokens.push(lemma == null ? { span: { start, end }, pos: p } : { span: { start, end }, pos: p, lemma });
  });
  return tokens;
}

/** A document's annotations as the JSON text the store keeps (tokens packed). */
export function annotationsJson(annotations: Annotations): string {
  if (!packable(annotations.tokens)) return JSON.stringify(annotations);
  return JSON.stringify({ ...annotations, tokens: pack(annotations.tokens) });
}

/** Stored JSON back to annotations: tokens packed or, as stored before they were, a plain list. */
export function parseAnnotations(json: string): Annotations {
  const raw = JSON.parse(json) as Omit<Annotations, 'tokens'> & { tokens: Token[] | PackedTokens };
  // Annotations stored before attitudes were a layer have none (the next annotate run adds them).
  const attitudes = raw.attitudes ?? [];
  return Array.isArray(raw.tokens)
    ? { ...(raw as Annotations), attitudes }
    : { ...raw, attitudes, tokens: unpack(raw.tokens) };
}
