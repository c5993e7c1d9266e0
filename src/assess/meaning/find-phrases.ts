import type { Annotations, Span } from '../../core/index.js';
import type { Phrase } from './phrases.js';

/** The words of each sentence, each as the set of its lower-case surface form and lemma. */
interface SentenceWords {
  readonly span: Span;
  readonly tokens: readonly { readonly span: Span; readonly forms: readonly string[] }[];
}

const byAnnotations = new WeakMap<Annotations, SentenceWords[]>();

/** Each sentence's tokens, read once per document. */
export function sentenceWords(text: string, ann: Annotations): SentenceWords[] {
  const known = byAnnotations.get(ann);
  if (known) return known;
  const out: SentenceWords[] = [];
  let t = 0;
  for (const s of ann.sentences) {
    const tokens: SentenceWords['tokens'][number][] = [];
    while (t < ann.tokens.length && (ann.tokens[t]?.span.start ?? 0) < s.span.start) t++;
    while (t < ann.tokens.length && (ann.tokens[t]?.span.end ?? 0) <= s.span.end) {
      const tok = ann.tokens[t++];
      if (!tok) continue;
      const surface = text.slice(tok.span.start, tok.span.end).toLowerCase();
      const lemma = tok.lemma?.toLowerCase();
      tokens.push({ span: tok.span, forms: lemma && lemma !== surface ? [surface, lemma] : [surface] });
    }
    out.push({ span: s.span, tokens });
  }
  byAnnotations.set(ann, out);
  return out;
}

export interface PhraseHit {
  readonly phrase: Phrase;
  /** From the first matched word to the last. */
  readonly span: Span;
  readonly sentence: Span;
}

const has = (forms: readonly string[], term: ReadonlySet<string>): boolean => forms.some((f) => term.has(f));

/** Where a phrase's terms all occur in one sentence, within its window (one hit per sentence). */
export function findPhrase(words: readonly SentenceWords[], phrase: Phrase): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const [first, ...rest] = phrase.terms;
  if (!first) return hits;
  for (const s of words) {
    for (let i = 0; i < s.tokens.length; i++) {
      if (!has(s.tokens[i]?.forms ?? [], first)) continue;
      const lo = Math.max(0, i - phrase.window);
      const hi = Math.min(s.tokens.length, i + phrase.window + 1);
      const at = rest.map((term) => {
        for (let j = lo; j < hi; j++) if (j !== i && has(s.tokens[j]?.forms ?? [], term)) return j;
        return -1;
      });
      if (at.some((j) => j < 0)) continue;
      const idx = [i, ...at];
      const start = s.tokens[Math.min(...idx)]?.span.start ?? s.span.start;
      const end = s.tokens[Math.max(...idx)]?.span.end ?? s.span.end;
      hits.push({ phrase, span: { start, end }, sentence: s.span });
      break;
    }
  }
  return hits;
}
