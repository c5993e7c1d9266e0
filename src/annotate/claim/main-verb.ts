import type { Mention, Span } from '../../core/index.js';
import { phraseEndingAt, skipLeft } from '../attribution/noun-phrase.js';
import type { SentenceRange, Tok } from '../attribution/token-view.js';

export interface Proposition {
  /** Token index of the main verb, when one was found. */
  readonly verb?: number;
  readonly subject?: string;
  readonly negated: boolean;
}

const actorKinds = new Set(['person', 'organisation', 'place', 'unit']);
const negators = new Set(['not', "n't", 'never', 'no']);

/**
 * The main verb of a region (the first full verb, else the first auxiliary, skipping `exclude`,
 * the reporting cue), its subject (the first actor mention before it, else the noun phrase right
 * before it) and whether it is negated ("does not plan", "never attacked").
 */
export function proposition(
  text: string,
  toks: readonly Tok[],
  s: SentenceRange,
  region: Span,
  /** The sentence's own mentions. */
  mentions: readonly Mention[],
  exclude: Span | undefined,
): Proposition {
  let verb: number | undefined;
  let aux: number | undefined;
  for (let k = s.first; k < s.last; k++) {
    const t = toks[k];
    if (!t || t.end > region.end) break;
    if (t.start < region.start) continue;
    if (exclude && t.start < exclude.end && exclude.start < t.end) continue;
    if (t.pos === 'VERB') {
      verb = k;
      break;
    }
    if (t.pos === 'AUX' && aux === undefined) aux = k;
  }
  const main = verb ?? aux;
  const at = main === undefined ? undefined : toks[main];
  if (main === undefined || !at) return { negated: false };
  const named = mentions.find(
    (m) => actorKinds.has(m.kind) && m.span.start >= region.start && m.span.end <= at.start,
  );
  const left = skipLeft(toks, main - 1, s.first);
  let negated = false;
  for (let k = left.at + 1; k < main; k++) if (negators.has(toks[k]?.lower ?? '')) negated = true;
  if (named) return { verb: main, subject: named.name, negated };
  const phrase = left.at >= s.first ? phraseEndingAt(toks, left.at, s.first) : null;
  const a = phrase ? toks[phrase.first] : undefined;
  const b = phrase ? toks[phrase.last - 1] : undefined;
  const subject = a && b && a.start >= region.start ? text.slice(a.start, b.end) : undefined;
  return subject ? { verb: main, subject, negated } : { verb: main, negated };
}
