import type { Annotations, Token } from './annotations.js';

/** How many documents' tokens stay unpacked at once: the passes over a collection read one at a time. */
const UNPACKED_KEPT = 8;

/** Small integers of either sign to small unsigned ones (0, -1, 1, -2 -> 0, 1, 2, 3). */
const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Unsigned integers as 7 bits a byte, low bits first, the high bit set on every byte but the last. */
class ByteWriter {
  #bytes = new Uint8Array(1 << 16);
  #length = 0;

  write(value: number): void {
    if (this.#length + 8 > this.#bytes.length) {
      const grown = new Uint8Array(this.#bytes.length * 2);
      grown.set(this.#bytes);
      this.#bytes = grown;
    }
    let n = value;
    while (n >= 128) {
      this.#bytes[this.#length++] = (n % 128) + 128;
      n = Math.floor(n / 128);
    }
    this.#bytes[this.#length++] = n;
  }

  /** What was written since the last call, in an array of its own size; the writer starts again. */
  take(): Uint8Array {
    const taken = this.#bytes.slice(0, this.#length);
    this.#length = 0;
    return taken;
  }
}

/**
 * Tokens held as few bytes for a whole collection: a token as parsed is about 90 bytes (an object,
 * its span object, two strings); here it is four variable-length numbers, usually 5 bytes in all:
 * the gap from the previous token's end, its length, its lemma and its part of speech (the last two
 * indexes into tables the collection shares). `pack` gives annotations whose `tokens` are unpacked
 * on read; the last few documents' stay unpacked, so a pass that reads a document's tokens many
 * times unpacks them once. Values, order and absent lemmas come back exactly as they went in
 * (offsets are whole numbers, as the annotator makes them).
 */
export class CompactTokenPacker {
  readonly #words: string[] = [];
  readonly #wordIds = new Map<string, number>();
  readonly #tags: string[] = [];
  readonly #tagIds = new Map<string, number>();
  readonly #unpacked = new Map<Uint8Array, readonly Token[]>();
  readonly #writer = new ByteWriter();

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

  #packTokens(tokens: readonly Token[]): Uint8Array {
    const writer = this.#writer;
    let end = 0;
    for (const t of tokens) {
      writer.write(zigzag(t.span.start - end));
      writer.write(zigzag(t.span.end - t.span.start));
      writer.write(t.lemma === undefined ? 0 : this.#id(t.lemma, this.#words, this.#wordIds) + 1);
      writer.write(this.#id(t.pos, this.#tags, this.#tagIds));
      end = t.span.end;
    }
    return writer.take();
  }

  #unpack(packed: Uint8Array): readonly Token[] {
    const known = this.#unpacked.get(packed);
    if (known) return known;
    let at = 0;
    const read = (): number => {
      let value = 0;
      let scale = 1;
      for (;;) {
        const byte = packed[at++] ?? 0;
        value += (byte % 128) * scale;
        if (byte < 128) return value;
        scale *= 128;
      }
    };
    const tokens: Token[] = [];
    let end = 0;
    while (at < packed.length) {
      const start = end + unzigzag(read());
      end = start + unzigzag(read());
      const lemma = read();
      const pos = this.#tags[read()] ?? '';
      const span = { start, end };
      tokens.push(lemma === 0 ? { span, pos } : { span, pos, lemma: this.#words[lemma - 1] ?? '' });
    }
    if (this.#unpacked.size >= UNPACKED_KEPT) {
      const oldest = this.#unpacked.keys().next().value;
      if (oldest) this.#unpacked.delete(oldest);
    }
    this.#unpacked.set(packed, tokens);
    return tokens;
  }
}
