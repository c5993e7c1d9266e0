import type { Annotations } from './annotations.js';

/** Strings up to this length are shared through the table; longer ones are rarely repeated. */
const SHARED_MAX_LENGTH = 48;
/** V8 copies shorter slices rather than pointing into the text (its SlicedString minimum). */
const SLICED_MIN_LENGTH = 13;

/**
 * Shares the strings of parsed annotations across a collection, so that holding thousands of
 * documents does not hold thousands of copies of one string. An annotation's `text` that is its
 * document's text at its span becomes a slice of that text (which the engine keeps as a reference
 * into it, not a copy: sentences quoted by claims and attributions are most of the annotations);
 * other short strings (rules, kinds, entity keys, lemmas) come from one table. Values are unchanged.
 */
export class SharedStrings {
  readonly #table = new Map<string, string>();

  /** The annotations, parsed moments ago and owned by the caller, with their strings shared in place. */
  share(text: string, annotations: Annotations): Annotations {
    for (const [key, layer] of Object.entries(annotations))
      if (key !== 'tokens' && key !== 'sentences') this.#walk(text, layer);
    return annotations;
  }

  /**
   * Plain data (arrays, objects, strings) parsed moments ago and owned by the caller, its strings
   * shared in place: a parse makes a new copy of every string it reads, and kept for a whole
   * collection the copies of one word are most of what was parsed.
   */
  sharePlain<T>(value: T): T {
    this.#walk('', value);
    return value;
  }

  #string(value: string): string {
    if (value.length > SHARED_MAX_LENGTH) return value;
    const known = this.#table.get(value);
    if (known !== undefined) return known;
    this.#table.set(value, value);
    return value;
  }

  #walk(text: string, node: unknown): void {
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const span = spanOf(record.span);
    for (const [key, value] of Object.entries(record)) {
      if (typeof value === 'string') {
        const own =
          key === 'text' && span && value.length >= SLICED_MIN_LENGTH && text.slice(span.start, span.end);
        record[key] = own === value ? own : this.#string(value);
      } else this.#walk(text, value);
    }
  }
}

const spanOf = (value: unknown): { start: number; end: number } | undefined => {
  const span = value as { start?: unknown; end?: unknown } | undefined;
  return typeof span?.start === 'number' && typeof span.end === 'number'
    ? { start: span.start, end: span.end }
    : undefined;
};
