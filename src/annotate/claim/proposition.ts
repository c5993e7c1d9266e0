import type { Span } from '../../core/index.js';
import { type ClauseView, isSeparator, lemmaAt, type TokenRange } from './clause-view.js';
import { claimLexicon as lx } from './lexicon.js';
import { mainVerb } from './main-verb.js';
import { coreFrom, type Phrase, subjectBefore } from './noun-phrase.js';
import type { VerbGroup } from './verb-group.js';

/** Who does what in one clause, read from its main verb group. */
export interface Proposition {
  readonly verb: VerbGroup;
  /** "send" for "did not send", "be ready" for "is not ready", "form" for "is forming". */
  readonly predicate: string;
  readonly subject?: Phrase;
  /** The "by" phrase of a passive ("troops were deployed by Russia" -> Russia). */
  readonly agent?: Phrase;
  readonly negated: boolean;
}

const complementTags = new Set(['ADJ', 'NOUN', 'VERB']);

/** "be ready", "be threat": a copula takes the first adjective or noun after it as part of the predicate. */
function copulaPredicate(v: ClauseView, g: VerbGroup, limit: number): string {
  let k = g.last;
  while (k < limit && lx().copulaComplementSkip.has(v.toks[k]?.lower ?? '')) k++;
  const t = v.toks[k];
  return t && k < limit && complementTags.has(t.pos) ? `be ${lemmaAt(v, k)}` : 'be';
}

/** The "by" phrase within a few tokens after a passive verb, before any comma. */
function agentAfter(v: ClauseView, g: VerbGroup, limit: number): Phrase | undefined {
  for (let k = g.last; k < Math.min(limit, g.last + 6); k++) {
    if (isSeparator(v, k)) return undefined;
    if (v.toks[k]?.lower === 'by') return coreFrom(v, k + 1, limit);
  }
  return undefined;
}

/**
 * The proposition of a clause: its main verb group (skipping `exclude`, the reporting cue), the
 * subject before it, and whether it is denied: "not"/"never" in the group, a negative subject
 * ("no troops crossed", "nothing is happening") or object ("saw no signs").
 */
export function proposition(
  v: ClauseView,
  r: TokenRange,
  groups: readonly VerbGroup[],
  exclude?: Span,
): Proposition | undefined {
  const verb = mainVerb(v, r, groups, exclude);
  if (!verb) return undefined;
  const subject = subjectBefore(v, r.first, verb.first);
  const agent = verb.passive ? agentAfter(v, verb, r.last) : undefined;
  const negated =
    verb.negated ||
    lx().negativeSubjects.has(v.toks[subject?.first ?? -1]?.lower ?? '') ||
    lx().negativeObjects.has(v.toks[verb.last]?.lower ?? '');
  return {
    verb,
    predicate: verb.copula ? copulaPredicate(v, verb, r.last) : verb.lemma,
    ...(subject ? { subject } : {}),
    ...(agent ? { agent } : {}),
    negated,
  };
}
