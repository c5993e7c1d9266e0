import { hash32 } from './minhash.js';

/** Slots per key expected, and the most slots (bytes) one counter takes. */
const SLOTS_PER_KEY = 8;
const MAX_SLOTS = 1 << 26;

/**
 * Which keys of a stream may occur more than once: a count per hash of the key (saturating at 2)
 * in one byte array, not the keys themselves (a counting Bloom filter with one hash). A key seen
 * once reads as repeated only when it shares a hash with another key, never the other way round,
 * so it serves to leave out keys that surely group nothing: most blocking keys of a large
 * collection are seen once, and holding each as a string with a list was most of reconciling's memory.
 */
export class RepeatedKeys {
  readonly #counts: Uint8Array;
  readonly #mask: number;

  constructor(expectedKeys: number) {
    let slots = 1024;
    while (slots < expectedKeys * SLOTS_PER_KEY && slots < MAX_SLOTS) slots *= 2;
    this.#counts = new Uint8Array(slots);
    this.#mask = slots - 1;
  }

  add(key: string): void {
    const slot = this.#slot(key);
    if ((this.#counts[slot] ?? 0) < 2) this.#counts[slot] = (this.#counts[slot] ?? 0) + 1;
  }

  /** False only when `key` was added at most once. */
  mayRepeat(key: string): boolean {
    return (this.#counts[this.#slot(key)] ?? 0) >= 2;
  }

  #slot(key: string): number {
    return hash32(key, 0) & this.#mask;
  }
}
