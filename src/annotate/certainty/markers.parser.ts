import type { Band, Certainty, Polarity } from '../../core/index.js';
import { phraseAt, type SentenceRange, type Tok } from '../token-view.js';
import { certaintyLexicon as lex, type Marker } from './lexicon.js';
import { scopeOf } from './scope.js';

const modalPos = new Set(['AUX', 'VERB', 'X']);

/** Every hedge or booster in one sentence, with negation applied and its scope. */
export function parseMarkers(text: string, toks: readonly Tok[], s: SentenceRange): Certainty[] {
  const out: Certainty[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = toks[i];
    const marker = t ? phraseAt(toks, i, lex().markers.get(t.lower), s.last) : undefined;
    if (!t || !marker || !isEstimate(toks, i, marker, s)) continue;
    const last = i + marker.words.length;
    const negatedBefore = negatorBefore(toks, i, s.first);
    const negatedAfter = marker.polarity === 'positive' && negatorAfter(toks, last, s.last);
    const band: Band = negatedBefore !== undefined ? lex().flip[marker.band] : marker.band;
    const polarity: Polarity = negatedAfter ? 'negative' : marker.polarity;
    const start = negatedBefore !== undefined ? (toks[negatedBefore]?.start ?? t.start) : t.start;
    const end = toks[last - 1]?.end ?? t.end;
    const rule = `lexicon:${marker.phrase}${negatedBefore !== undefined ? '+negated' : ''}${negatedAfter ? '+negative-scope' : ''}`;
    out.push({
      span: { start, end },
      text: text.slice(start, end),
      rule,
      band,
      probability: lex().probability(band),
      polarity,
      scope: scopeOf(toks, s, i, last, marker.following),
    });
    i = last - 1;
  }
  return out;
}

/** Not "in May", "May 5", "military might", "a possible attack", "might is". */
function isEstimate(toks: readonly Tok[], i: number, m: Marker, s: SentenceRange): boolean {
  const t = toks[i];
  const prev = i > s.first ? toks[i - 1] : undefined;
  const next = toks[i + m.words.length];
  if (!t) return false;
  if (prev && m.notAfter.has(prev.lower)) return false;
  if (m.onlyAfter && !(prev && m.onlyAfter.has(prev.lower))) return false;
  if (next && m.notBefore.has(next.lower)) return false;
  if (!m.modal) return true;
  if (!modalPos.has(t.pos)) return false;
  const capital = t.text[0] !== t.lower[0];
  if (
    capital &&
    ((prev && lex().monthBefore.has(prev.lower)) || /^\p{N}/u.test(next?.text ?? '') || prev?.pos === 'NUM')
  ) {
    return false;
  }
  return !(capital && i > s.first && prev?.text !== '“' && prev?.text !== '"');
}

/** A negator right before the marker, with only auxiliaries or adverbs between ("is not likely"). */
function negatorBefore(toks: readonly Tok[], i: number, floor: number): number | undefined {
  for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
    const t = toks[k];
    if (!t) return undefined;
    if (lex().negators.has(t.lower)) return k;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART')) return undefined;
  }
  return undefined;
}

/** "may not", "probably will not", "likely does n't": the governed statement is denied. */
function negatorAfter(toks: readonly Tok[], last: number, ceiling: number): boolean {
  for (let k = last; k < Math.min(ceiling, last + 3); k++) {
    const t = toks[k];
    if (!t) return false;
    if (lex().negators.has(t.lower) && t.lower !== 'no') return true;
    if (!(t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'X')) return false;
  }
  return false;
}
