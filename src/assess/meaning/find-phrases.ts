import { type Annotations, lastMemo, type Span } from '../../core/index.js';
import type { Phrase } from './phrases.js';

/** The words of each sentence, each as the set of its lower-case surface form and lemma. */
interface SentenceWords {
  readonly span: Span;
  readonly tokens: readonly { readonly span: Span; readonly forms: readonly string[] }[];
}

/** A document's sentences, and where each word form occurs (sentence, token): phrases look their first word up. */
export interface DocumentWords {
  readonly sentences: readonly SentenceWords[];
  readonly where: ReadonlyMap<string, readonly (readonly [number, number])[]>;
}

/** Each sentence's tokens and the index of their forms, kept for the document last asked for. */
export const sentenceWords = (text: string, ann: Annotations): DocumentWords => lastWords(ann, text);

const lastWords = lastMemo((ann: Annotations, text: string): DocumentWords => {
  const out: SentenceWords[] = [];
  const where = new Map<string, [number, number][]>();
  // Read once: a collection's tokens are packed, and each read of `ann.tokens` looks them up.
  const all = ann.tokens;
  let t = 0;
  for (const s of ann.sentences) {
    const tokens: SentenceWords['tokens'][number][] = [];
    while (t < all.length && (all[t]?.span.start ?? 0) < s.span.start) t++;
    while (t < all.length && (all[t]?.span.end ?? 0) <= s.span.end) {
      const tok = all[t++];
      if (!tok) continue;
      const surface = text.slice(tok.span.start, tok.span.end).toLowerCase();
      const lemma = tok.lemma?.toLowerCase();
      const forms = lemma && lemma !== surface ? [surface, lemma] : [surface];
      for (const f of forms) {
        const at = where.get(f) ?? [];
        at.push([out.length, tokens.length]);
        where.set(f, at);
      }
      tokens.push({ span: tok.span, forms });
    }
    out.push({ span: s.span, tokens });
  }
  return { sentences: out, where };
});

/** The forms of the tokens of the sentence that starts at `start`, apart into those inside `span` and the rest. */
export function tokensAround(
  words: DocumentWords,
  start: number,
  span: Span,
): { inside: (readonly string[])[]; rest: (readonly string[])[] } {
  let lo = 0;
  let hi = words.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((words.sentences[mid]?.span.start ?? 0) <= start) lo = mid;
    else hi = mid - 1;
  }
  const inside: (readonly string[])[] = [];
  const rest: (readonly string[])[] = [];
  for (const t of words.sentences[lo]?.tokens ?? []) {
    (t.span.start >= span.start && t.span.end <= span.end ? inside : rest).push(t.forms);
  }
  return { inside, rest };
}

export interface PhraseHit {
  readonly phrase: Phrase;
  /** From the first matched word to the last. */
  readonly span: Span;
  readonly sentence: Span;
}

const has = (forms: readonly string[], term: ReadonlySet<string>): boolean => forms.some((f) => term.has(f));

/** Where a phrase's terms all occur in one sentence, within its window (one hit per sentence). */
export function findPhrase(words: DocumentWords, phrase: Phrase): PhraseHit[] {
  const [first, ...rest] = phrase.terms;
  if (!first) return [];
  const starts = [...first]
    .flatMap((f) => words.where.get(f) ?? [])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const hits: PhraseHit[] = [];
  let done = -1;
  for (const [si, i] of starts) {
    const s = words.sentences[si];
    if (!s || si === done) continue;
    const lo = Math.max(0, i - phrase.window);
    const hi = Math.min(s.tokens.length, i + phrase.window + 1);
    // A name the cue gives a role by a preposition ("in X") stands after that preposition.
    const inRole = (k: number, j: number): boolean => {
      const role = phrase.roles?.[k];
      return role === undefined || (s.tokens[j - 1]?.forms.includes(role) ?? false);
    };
    if (!inRole(0, i)) continue;
    const at = rest.map((term, k) => {
      for (let j = lo; j < hi; j++)
        if (j !== i && has(s.tokens[j]?.forms ?? [], term) && inRole(k + 1, j)) return j;
      return -1;
    });
    if (at.some((j) => j < 0)) continue;
    const idx = [i, ...at];
    const start = s.tokens[Math.min(...idx)]?.span.start ?? s.span.start;
    const end = s.tokens[Math.max(...idx)]?.span.end ?? s.span.end;
    hits.push({ phrase, span: { start, end }, sentence: s.span });
    done = si;
  }
  return hits;
}
