import type { CitationFacts } from './citations.js';
import type { DocumentFacts } from './document-facts.js';
import type { FigureFacts } from './figure-facts.js';
import type { SpeakerPlan } from './speaker-plan.js';
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
  readonly #citations: (CitationFacts['citations'] | undefined)[];
  readonly #speakers: (readonly SpeakerPlan[] | undefined)[];
  readonly #figures: (FigureFacts | undefined)[];

  constructor(facts: readonly (DocumentFacts | undefined)[]) {
    this.#lemmas = facts.map((f) => f?.lemmas);
    this.#statements = facts.map((f) => f?.statements);
    this.#citations = facts.map((f) => f?.citations);
    this.#speakers = facts.map((f) => f?.speakers);
    this.#figures = facts.map((f) => f && { demonyms: f.demonyms, figures: f.figures });
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

  /** Document `d`'s citation facts (undefined when none were stored, or taken already); its speakers stay for its figures. */
  takeCitations(d: number): CitationFacts | undefined {
    const citations = this.#citations[d];
    const speakers = this.#speakers[d];
    this.#citations[d] = undefined;
    return citations && speakers && { speakers, citations };
  }

  /** Document `d`'s figure facts with its speakers (undefined when none were stored, or taken already). */
  takeFigures(d: number): DocumentFigures | undefined {
    const figures = this.#figures[d];
    const speakers = this.#speakers[d];
    this.#figures[d] = undefined;
    this.#speakers[d] = undefined;
    return figures && speakers && { figures, speakers };
  }
}

/** What a document's figures are read from: their facts, and the plans that find who speaks. */
export interface DocumentFigures {
  readonly figures: FigureFacts;
  readonly speakers: readonly SpeakerPlan[];
}
