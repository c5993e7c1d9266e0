import { once } from '../../core/index.js';
import { type Candidate, candidate, type Parser } from './candidate.js';
import { WORD } from './lexer.js';
import { lexicon } from './lexicon.js';
import { longestAfter, lower } from './scan-context.js';

/** The first word of each vague phrase: no other word can open one, so the others skip the lookup. */
const firstWords = once(
  () =>
    new Set([...lexicon().vague.keys()].flatMap((k) => /^[\p{L}\p{M}]+/u.exec(k.toLowerCase())?.[0] ?? [])),
);

/**
 * Vague plurals followed by "of": "dozens of", "hundreds of", "tens of thousands of" (a range for
 * the order of magnitude, upper end included: hundreds are 100-999, dozens 12-119); "scores of" is
 * kept as a count without a value.
 */
export const vagueParser: Parser = (ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < ctx.toks.length; i++) {
    if (ctx.toks.types[i] !== WORD) continue;
    const found =
      firstWords().has(lower(ctx, i)) && longestAfter(ctx, i, 3, (s) => lexicon().vague.get(s.toLowerCase()));
    if (found && lower(ctx, found.last + 1) === 'of') {
      const [low, high] = found.value;
      out.push(
        candidate({
          first: i,
          last: found.last,
          n0: i,
          n1: found.last,
          kind: 'count',
          low,
          high,
          words: true,
          rules: ['vague'],
        }),
      );
      i = found.last;
      continue;
    }
    if (lexicon().vagueWithoutValue.has(lower(ctx, i)) && lower(ctx, i + 1) === 'of') {
      out.push(
        candidate({ first: i, last: i, n0: i, n1: i, kind: 'count', words: true, rules: ['vague.unvalued'] }),
      );
    }
  }
  return out;
};
