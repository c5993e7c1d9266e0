import type { Span } from '../../core/index.js';
import { bandOf, scaled } from './bands.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import type { MarkerHit } from './markers.js';
import type { SentenceTokens } from './sentence-tokens.js';

const skippable = new Set(['AUX', 'ADV', 'PART', 'DET', 'ADJ']);
const clauseBreak = new Set([';', ':', '?', '!']);

/** The clause after token `from`: up to a semicolon or colon (or a comma), or the end of the sentence. */
function clauseAfter(s: SentenceTokens, from: number, atComma = false): Span | undefined {
  const first = s.tokens[from];
  if (!first) return undefined;
  let last = from;
  const stop = (w: string) => clauseBreak.has(w) || (atComma && w === ',');
  while (last + 1 < s.tokens.length && !stop(s.lower[last + 1] ?? '')) last++;
  return { start: first.span.start, end: s.tokens[last]?.span.end ?? first.span.end };
}

/** The token after which a negator at `i` denies ability, will or intention, if it does. */
function deniedFrom(s: SentenceTokens, i: number): number | undefined {
  const word = s.lower[i] ?? '';
  const before = s.lower[i - 1] ?? '';
  const modal =
    lex().denial.modals.has(before) || (before === 'be' && lex().denial.modals.has(s.lower[i - 2] ?? ''));
  // "will not be easy" negates the adjective (a difficulty), not the outcome.
  const copula = s.lower[i + 1] === 'be' && s.tokens[i + 2]?.pos === 'ADJ';
  if (word === 'cannot' || modal) return copula ? undefined : i;
  for (let k = i + 1; k < Math.min(s.tokens.length, i + 4); k++) {
    const t = s.tokens[k];
    if (!t) return undefined;
    if (lex().denial.intentions.has(t.lemma ?? s.lower[k] ?? '')) return k;
    const infinitive = s.lower[k + 1] === 'to' && ['VERB', 'AUX'].includes(s.tokens[k + 2]?.pos ?? '');
    if (lex().denial.futures.has(s.lower[k] ?? '') && infinitive) return k + 1;
    if (!skippable.has(t.pos)) return undefined;
  }
  return undefined;
}

/**
 * Denials of ability, will or intention ("cannot order", "will not send", "is not discussing",
 * "has no plans to", "is not going to"): the clause after them is held very unlikely. A marker the certainty stage
 * already read ("cannot rule out") is left to it, unless it is a bare modal.
 */
export function denialsIn(text: string, s: SentenceTokens, estimates: readonly MarkerHit[]): MarkerHit[] {
  const out: MarkerHit[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (!t || !lex().denial.negators.has(s.lower[i] ?? '')) continue;
    const at = deniedFrom(s, i);
    const scope = at === undefined ? undefined : clauseAfter(s, at + 1);
    if (at === undefined || !scope) continue;
    const start = lex().denial.modals.has(s.lower[i - 1] ?? '')
      ? (s.tokens[i - 1]?.span.start ?? t.span.start)
      : t.span.start;
    const span = { start, end: s.tokens[at]?.span.end ?? t.span.end };
    // A bare modal the denial negates ("could" in "could not") gives way to it.
    if (estimates.some((e) => e.strength > 1 && e.span.start < span.end && span.start < e.span.end)) continue;
    const p = lex().denial.probability;
    out.push({
      kind: 'denial',
      span,
      text: text.slice(span.start, span.end),
      probability: p,
      band: bandOf(p),
      strength: lex().denial.strength,
      scope,
    });
  }
  return out;
}

/**
 * A rumour passed on ("there are rumours that ...") is even chance; an estimate inside the rumour
 * ("rumours he is poised to ...") keeps only part of its weight, since the writer does not endorse it.
 */
export function hearsayIn(text: string, s: SentenceTokens, inner: readonly MarkerHit[]): MarkerHit[] {
  const out: MarkerHit[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i];
    if (!t || !lex().hearsay.words.has(s.lower[i] ?? '') || rumourAsSubject(s, i)) continue;
    const scope = clauseAfter(s, i + 1, true);
    if (!scope) continue;
    const p = lex().hearsay.probability;
    out.push({
      kind: 'hearsay',
      span: t.span,
      text: text.slice(t.span.start, t.span.end),
      probability: p,
      band: bandOf(p),
      strength: lex().hearsay.strength,
      scope,
    });
  }
  return out.length === 0 ? [...inner] : inner.map((m) => withinHearsay(m, out)).concat(out);
}

const dashes = new Set(['—', '–', '--']);
const nounPhrase = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'CCONJ', 'NUM']);

/**
 * A rumour noun with its content after "of" that is the subject of its clause ("Fears of a strike
 * have put the city on edge"): the sentence says what the rumour did, and takes its content as
 * given rather than passing it on. Only nouns open its clause before it, and a finite verb (an
 * auxiliary, or a verb not in "-ing") follows its phrase, past any aside between dashes.
 */
function rumourAsSubject(s: SentenceTokens, i: number): boolean {
  const pos = s.tokens[i]?.pos;
  if ((pos !== 'NOUN' && pos !== 'PROPN') || s.lower[i + 1] !== 'of') return false;
  for (let k = i - 1; k >= 0; k--) {
    const w = s.lower[k] ?? '';
    if (w === ';' || w === ':' || dashes.has(w)) break;
    if (!nounPhrase.has(s.tokens[k]?.pos ?? '')) return false;
  }
  let aside = false;
  for (let k = i + 2; k < s.tokens.length; k++) {
    const w = s.lower[k] ?? '';
    if (dashes.has(w)) aside = !aside;
    if (aside) continue;
    if (w === ',' || w === ';' || w === ':' || lex().relatives.has(w)) return false;
    const pos = s.tokens[k]?.pos;
    if (pos === 'AUX' || (pos === 'VERB' && !w.endsWith('ing'))) return true;
  }
  return false;
}

function withinHearsay(m: MarkerHit, rumours: readonly MarkerHit[]): MarkerHit {
  const rumour = rumours.find((r) => m.span.start >= r.scope.start && m.span.end <= r.scope.end);
  if (!rumour) return m;
  const probability = scaled(m.probability, lex().hearsay.weight);
  return { ...m, probability, band: bandOf(probability), text: `${rumour.text} … ${m.text}` };
}
