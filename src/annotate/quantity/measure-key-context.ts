import type { Candidate } from './candidate.js';
import { keyLexicon } from './measure-key-lexicon.js';
import { lower, near, type ScanContext, surface } from './scan-context.js';

const ENDS = new Set(['.', '!', '?', ';']);

/** True when a sentence ends between tokens `i - 1` and `i`: a full stop before, or a blank line. */
function boundary(ctx: ScanContext, i: number): boolean {
  const end = ctx.toks.ends[i - 1];
  const start = ctx.toks.starts[i];
  if (end === undefined || start === undefined) return true;
  return ENDS.has(surface(ctx, i - 1)) || ctx.text.slice(end, start).split('\n').length > 2;
}

/** The first token of the sentence holding token `i`. */
export function sentenceStart(ctx: ScanContext, i: number): number {
  let k = i;
  while (k > 0 && !boundary(ctx, k)) k--;
  return k;
}

/** The last token of the sentence holding token `i`. */
function sentenceEnd(ctx: ScanContext, i: number): number {
  let k = i;
  while (k + 1 < ctx.toks.length && !boundary(ctx, k + 1)) k++;
  return k;
}

/** The lower-cased words of the sentence holding the figure, and its text with spaces normalized. */
export function sentenceOf(ctx: ScanContext, c: Candidate) {
  const first = sentenceStart(ctx, c.first);
  const last = sentenceEnd(ctx, c.last);
  const words = new Set<string>();
  for (let k = first; k <= last; k++) words.add(lower(ctx, k));
  const from = ctx.toks.starts[first] ?? 0;
  const text = ctx.text
    .slice(from, ctx.toks.ends[last] ?? from)
    .toLowerCase()
    .replace(/\s+/g, ' ');
  return { words, text };
}

/** True when one of `words` is among the `window` tokens before the figure, in its sentence. */
export function wordBefore(ctx: ScanContext, c: Candidate, window: number, words: ReadonlySet<string>) {
  return nounBefore(ctx, c, window, (w) => (words.has(w) ? w : undefined)) !== undefined;
}

/** The first value `lookup` gives for the tokens before the figure, nearest first, in its sentence. */
export function nounBefore<T>(
  ctx: ScanContext,
  c: Candidate,
  window: number,
  lookup: (word: string) => T | undefined,
): T | undefined {
  const start = sentenceStart(ctx, c.first);
  for (let k = c.first - 1; k >= start && k >= c.first - window; k--) {
    const found = lookup(lower(ctx, k));
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Whose troops these are, from the context: "troops from Russia"; else the nearest nation before
 * the figure in its sentence ("Belarus has perhaps 15,000 military personnel"); else, when the
 * sentence refers back ("Its ground forces number ..."), the nation of a force named in the
 * sentence before ("the Belarusian side"), or the only nation it names.
 */
export function nationOfTroops(ctx: ScanContext, c: Candidate): string | undefined {
  const { nations, pronouns } = keyLexicon();
  if (lower(ctx, c.last + 1) === 'from' && near(ctx, c.last + 2)) {
    const after = nations.get(lower(ctx, c.last + 2));
    if (after) return after;
  }
  const before = nounBefore(ctx, c, Number.POSITIVE_INFINITY, (w) => nations.get(w));
  if (before) return before;
  const start = sentenceStart(ctx, c.first);
  const refersBack = nounBefore(ctx, c, c.first - start, (w) => (pronouns.has(w) ? w : undefined));
  return refersBack && start > 0 ? forceNation(ctx, sentenceStart(ctx, start - 1), start - 1) : undefined;
}

/**
 * The last nation in tokens `first..last` written right before a force noun ("Belarusian army"),
 * else the one nation those tokens name, when they name only one ("Lukashenka kept power ...").
 */
function forceNation(ctx: ScanContext, first: number, last: number): string | undefined {
  const named = new Set<string>();
  for (let k = last; k >= first; k--) {
    const nation = keyLexicon().nations.get(lower(ctx, k));
    if (!nation) continue;
    if ([k + 1, k + 2].some((j) => j <= last && keyLexicon().forceNouns.has(lower(ctx, j)))) return nation;
    named.add(nation);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
