import type { Annotations, Span, Token } from '../../core/index.js';
import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { isParticipantWord } from '../meaning/participants.js';
import { baseForms } from '../meaning/word-forms.js';
import type { Indicator } from '../question/index.js';
import { firstVerbIn } from './first-verb.js';

/** WordNet noun files of beings that act (animal 5, group 14, person 18): one kind of agent. */
const ANIMATE = new Set([5, 14, 18]);

/** The kind of thing a common noun names: its first noun sense's file, beings as one kind. */
export const nounKind = memoized((word: string): number | undefined => {
  const net = sharedWordNet();
  if (!net || /\p{Lu}/u.test(word) || !isParticipantWord(word)) return undefined;
  const base = baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n');
  const first = base ? net.senses(base[0], 'n')[0] : undefined;
  const file = first === undefined ? undefined : net.synset(first, 'n')?.lexFile;
  return file === undefined ? undefined : ANIMATE.has(file) ? 18 : file;
});

const wordsOf = (text: string): string[] => [...text.matchAll(/[\p{L}'\u2019-]+/gu)].map((m) => m[0]);

/**
 * The kinds of the agent an indicator's name states before an act it does ("Russian heavy equipment
 * arriving", "Hawks call"): the common nouns before its first word of an act read as a present
 * participle or a present verb. Empty when the name states no agent that way (a past participle,
 * "Plant cut off", makes the name's participants the ones acted on).
 */
export function nameAgentKinds(indicator: Indicator): ReadonlySet<number> {
  const words = wordsOf(indicator.name);
  const act = words.findIndex(
    (w, i) => i > 0 && !isParticipantWord(w) && /^\p{Ll}/u.test(w) && isPresentVerb(w),
  );
  // The act must follow its agent directly ("equipment arriving"), not close a list ("X and recruitment drives").
  const before = words.slice(0, act);
  if (act <= 0 || !isParticipantWord(before.at(-1) ?? '') || before.some((w) => /^(?:and|or)$/iu.test(w)))
    return new Set();
  const kinds = words.slice(0, act).flatMap((w) => {
    const k = nounKind(w);
    return k === undefined ? [] : [k];
  });
  return new Set(kinds);
}

function isPresentVerb(word: string): boolean {
  const net = sharedWordNet();
  if (!net) return false;
  const verbs = baseForms(word.toLowerCase(), net).filter(([, pos]) => pos === 'v');
  if (verbs.length === 0) return false;
  return (
    word.endsWith('ing') || verbs.some(([b]) => b === word.toLowerCase() || `${b}s` === word.toLowerCase())
  );
}

const SKIP = new Set(['AUX', 'ADV', 'PART']);

/**
 * The head noun of who does the act at `at` (its first verb, in the active voice): the nearest noun
 * before the verb, through auxiliaries, adverbs and a relative pronoun ("soldiers who have
 * arrived"). Undefined in the passive or when no noun comes first in the clause.
 */
export function agentBefore(
  text: string,
  ann: Annotations,
  at: Span,
  clauseStart: number,
): Token | undefined {
  const tokens = ann.tokens;
  const v = firstVerbIn(tokens, at);
  if (v === undefined) return undefined;
  for (let j = v - 1; j >= 0; j--) {
    const t = tokens[j];
    if (!t || t.span.start < clauseStart) return undefined;
    const w = text.slice(t.span.start, t.span.end).toLowerCase();
    if (t.pos === 'AUX' && /^(?:is|are|was|were|be|been|being|get|got)$/u.test(w) && j === v - 1)
      return undefined;
    if (SKIP.has(t.pos) || w === 'who' || w === 'which' || w === 'that') continue;
    return t.pos === 'NOUN' ? t : undefined;
  }
  return undefined;
}
