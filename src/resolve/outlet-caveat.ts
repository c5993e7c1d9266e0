import { escapeRegExp } from '../core/index.js';

/** What an outlet's name is called in its own text: without a bracketed note or an opening "The". */
const outletCore = (outlet: string): string =>
  outlet
    .replace(/\s*\([^)]*\)\s*/g, ' ')
    .replace(/^\s*the\s+/i, '')
    .trim();

const caveats = new Map<string, RegExp>();
/** Words between the outlet and its negation: auxiliaries and time adverbs ("has so far not"). */
const AUXILIARY =
  '(?:has|have|had|was|is|were|are|could|can|did|does|do|would|will|may|been|so|far|still|yet)';

/**
 * The clause of a report's own caveat: the outlet itself (or "we") could not check what it reports
 * ("CNN was unable to verify the claim", "We could not independently confirm it"). It says nothing
 * about the world, and two such caveats about different things share only their frame words.
 */
export function outletCaveat(clause: string, outlet: string | undefined): boolean {
  const core = outlet ? outletCore(outlet) : '';
  let pattern = caveats.get(core);
  if (!pattern) {
    const who = core ? `(?:(?:the\\s+)?${escapeRegExp(core)}(?:\\s+\\p{Lu}[\\p{L}]*)?|we)` : 'we';
    pattern = new RegExp(
      `^[^\\p{L}]*(?:(?:but|and|however|though|although|yet)[\\s,]+)?${who}\\s+(?:${AUXILIARY}\\s+){0,3}(?:not|never|unable|\\p{L}+n[’']t)\\s+(?:[\\p{L}]+\\s+){0,4}?(?:verify|confirm|corroborate|check)\\b`,
      'iu',
    );
    caveats.set(core, pattern);
  }
  return pattern.test(clause);
}
