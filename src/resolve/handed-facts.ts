import type { CitationFacts } from './citations.js';
import type { DocumentFacts } from './document-facts.js';
import type { StatementFact } from './statement-facts.js';

/**
 * A collection's stored document facts, handed to `reconcile` to be read once: each part is let go
 * as it is taken, so the facts of a large collection are not held beside the clusters built from
 * them (V8 keeps whatever was passed to a call alive for as long as that call runs, so an array of
 * every document's facts passed down would live until reconciling ends).
 */
export class HandedFacts {
  readonly #lemmas: (readonly string[] | undefined)[];
  readonly #statements: (readonly StatementFact[] | undefined)[];
  readonly #citations: (CitationFacts | undefined)[];

  constructor(facts: readonly (DocumentFacts | undefined)[]) {
    this.#lemmas = facts.map((f) => f?.lemmas);
    this.#statements = facts.map((f) => f?.statements);
    this.#citations = facts.map((f) => f && { speakers: f.speakers, citations: f.citations });
  }

  /** Every document's lemmas (undefined where none were stored), taken: the holder keeps none. */
  takeLemmas(): (readonly string[] | undefined)[] {
    return this.#lemmas.splice(0);
  }

  /** Document `d`'s statement facts (undefined when none were stored, or taken already). */
  takeStatements(d: number): readonly StatementFact[] | undefined {
    const taken = this.#statements[d];
    this.#statements[d] = undefined;
    return taken;
  }

  /** Document `d`'s citation facts (undefined when none were stored, or taken already). */
  takeCitations(d: number): CitationFacts | undefined {
    const taken = this.#citations[d];
    this.#citations[d] = undefined;
    return taken;
  }
}
