import { type DocumentId, type Span, sentenceOf } from '../core/index.js';
import type { CorpusDocument } from '../resolve/types.js';
import type { Footnote } from './brief-model.js';
import { outletOf, titleOf } from './source-name.js';

export { outletOf, titleOf } from './source-name.js';

/**
 * Numbers footnotes in the order statements cite them; one sentence of one document is one
 * footnote however often it is cited.
 */
export class Footnotes {
  private readonly byKey = new Map<string, Footnote>();
  private readonly docs = new Map<string, CorpusDocument>();

  constructor(corpus: readonly CorpusDocument[]) {
    for (const c of corpus) this.docs.set(c.doc.id, c);
  }

  /** The sentence of a document that holds a span (the span itself when no sentence does). */
  sentenceOf(document: DocumentId, span: Span): Span {
    const annotations = this.docs.get(document)?.annotations;
    return annotations ? sentenceOf(annotations, span) : span;
  }

  /** Cites the sentence holding `span` (or the given sentence) and returns its footnote number. */
  cite(document: DocumentId, span: Span, sentence?: Span): number {
    const c = this.docs.get(document);
    const sentenceSpan = sentence ?? this.sentenceOf(document, span);
    const key = `${document}:${sentenceSpan.start}`;
    const known = this.byKey.get(key);
    if (known) return known.n;
    const doc = c?.doc;
    const note: Footnote = {
      n: this.byKey.size + 1,
      document,
      title: doc ? titleOf(doc) : document,
      origin: doc?.origin ?? document,
      sentence: doc ? doc.text.slice(sentenceSpan.start, sentenceSpan.end).trim() : '',
      sentenceSpan,
      ...(doc ? { outlet: outletOf(doc) } : {}),
      ...(doc?.meta.published ? { published: doc.meta.published.value } : {}),
      ...(doc?.meta.published?.inferred ? { publishedInferred: true } : {}),
    };
    this.byKey.set(key, note);
    return note.n;
  }

  all(): Footnote[] {
    return [...this.byKey.values()];
  }
}
