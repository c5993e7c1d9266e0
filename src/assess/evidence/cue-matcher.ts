import type { Span } from '../../core/index.js';
import { escapeRegExp, memoized } from '../../core/index.js';

/**
 * A cue phrase as a pattern: case-insensitive, whole words, any run of spaces or a hyphen between
 * words, a plural or possessive ending allowed on the last word ("enlistment offices", "Russia's").
 * A question has a few dozen cue phrases, looked for in every claim of every document: each is
 * compiled once. The patterns are global, so callers use `matchAll` (which copies them) or reset
 * `lastIndex` before `test`.
 */
export const cuePattern = memoized((phrase: string): RegExp => {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .map(escapeRegExp);
  const body = words.join('[\\s-]+').replace(/'/g, "['\u2019]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:s|es|['\u2019]s)?(?![\\p{L}\\p{N}])`, 'giu');
});

export interface CueHit {
  readonly cue: string;
  readonly span: Span;
}

/** A short lowercase prefix and a hyphen: "pre-trial" is no trial, "anti-war" no war ("Russia-Ukraine" is two names). */
const prefixed = /(?<!\p{L})\p{Ll}{1,5}-$/u;

/** Every occurrence of any of the cues in `text` (offsets into it), in text order, none the second half of a prefixed compound. */
export function findCues(text: string, cues: readonly string[], offset = 0): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of cues) {
    for (const m of text.matchAll(cuePattern(cue))) {
      if (prefixed.test(text.slice(Math.max(0, (m.index ?? 0) - 7), m.index))) continue;
      const start = offset + (m.index ?? 0);
      hits.push({ cue, span: { start, end: start + m[0].length } });
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** True when any of the words or phrases occurs in the text. */
export const mentionsAny = (text: string, phrases: readonly string[]): boolean =>
  phrases.some((p) => {
    const pattern = cuePattern(p);
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
