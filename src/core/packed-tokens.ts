import type { Annotations, Token } from './annotations.js';

/** How many documents' tokens stay unpacked at once: the passes over a collection read one at a time. */
const UNPACKED_KEPT = 8;

/** One document's tokens as numbers: start, end and lemma (an index, -1 for none) per token, and the part of speech. */
interface Packed {
  readonly spans: Uint32Array;
  readonly lemmas: Int32Array;
  readonly pos: Uint16Array;
}

/**
 * Tokens held compactly for a whole collection: a token as parsed is about 90 bytes (an object, its
 * span object, two strings); packed it is 14, lemmas and parts of speech shared through tables.
 * `pack` gives annotations whose `tokens` are unpacked on read; the last few documents' stay
 * unpacked, so a pass that reads a document's tokens many times unpacks them once. Values, order
 * and absent lemmas come back exactly as they went in.
 */
export class TokenPacker {
  readonly #words: string[] = [];
  readonly #wordIds = new Map<string, number>();
  readonly #tags: string[] = [];
  readonly #tagIds = new Map<string, number>();
  readonly #unpacked = new Map<Packed, readonly Token[]>();

  /** The same annotations (same keys in the same order) with their tokens packed. */
  pack(annotations: Annotations): Annotations {
    const packed = this.#packTokens(annotations.tokens);
    const out = {};
    for (const [key, value] of Object.entries(annotations)) {
      if (key === 'tokens')
        Object.defineProperty(out, key, { get: () => this.#unpack(packed), enumerable: true });
      else Object.defineProperty(out, key, { value, enumerable: true });
    }
    return out as Annotations;
  }

  #id(word: string, list: string[], ids: Map<string, number>): number {
    let id = ids.get(word);
    if (id === undefined) {
      id = list.length;
      list.push(word);
      ids.set(word, id);
    }
    return id;
  }

  #packTokens(tokens: readonly Token[]): Packed {
    const spans = new Uint32Array(tokens.length * 2);
    const lemmas = new Int32Array(tokens.length);
    const pos = new Uint16Array(tokens.length);
    tokens.forEach((t, i) => {
      spans[2 * i] = t.span.start;
      spans[2 * i + 1] = t.span.end;
      lemmas[i] = t.lemma === undefined ? -1 : this.#id(t.lemma, this.#words, this.#wordIds);
      pos[i] = this.#id(t.pos, this.#tags, this.#tagIds);
    });
    return { spans, lemmas, pos };
  }

  #unpack(packed: Packed): readonly Token[] {
    const known = this.#unpacked.get(packed);
    if (known) return known;
    const words = this.#words;
    const tokens: Token[] = [];
    for (let i = 0; i < packed.pos.length; i++) {
      const span = { start: packed.spans[2 * i] ?? 0, end: packed.spans[2 * i + 1] ?? 0 };
      const lemma = packed.lemmas[i] ?? -1;
      const pos = this.#tags[packed.pos[i] ?? 0] ?? '';
      tokens.push(lemma < 0 ? { span, pos } : { span, pos, lemma: words[lemma] ?? '' });
    }
    if (this.#unpacked.size >= UNPACKED_KEPT) {
      const oldest = this.#unpacked.keys().next().value;
      if (oldest) this.#unpacked.delete(oldest);
    }
    this.#unpacked.set(packed, tokens);
    return tokens;
  }
}
