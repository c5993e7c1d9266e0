import { type Annotations, firstStartingAt, type Span, type Token } from '../../core/index.js';

/** Parts of speech of a title run straight before a name ("nuclear weapons expert", "Kremlin spokesman"). */
const TITLE = new Set(['NOUN', 'PROPN', 'ADJ']);

/** Parts of speech an appositive noun phrase may open with ("the deputy head of ...", "one of ..."). */
const PHRASE_START = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const wordAt = (text: string, t: Token | undefined): string =>
  t ? text.slice(t.span.start, t.span.end) : '';

/** A verb joined to the word before by a hyphen is part of a modifier ("Moscow-appointed", "Kremlin-backed"). */
const hyphenated = (text: string, tokens: readonly Token[], i: number): boolean =>
  wordAt(text, tokens[i - 1]) === '-' || /-\p{L}/u.test(wordAt(text, tokens[i]));

/** Whether tokens [from, to) make a noun phrase with no verb of its own, or a relative clause on "who". */
function describing(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first || from >= to) return false;
  if (/^who$/iu.test(wordAt(text, first))) return true;
  if (!PHRASE_START.has(first.pos)) return false;
  for (let i = from; i < to; i++) {
    const pos = tokens[i]?.pos;
    if ((pos === 'VERB' || pos === 'AUX') && !hyphenated(text, tokens, i)) return false;
  }
  return true;
}

/** The index of the comma token at or before j (back to `stop`), or `stop - 1` when none. */
function commaBefore(text: string, tokens: readonly Token[], j: number, stop: number): number {
  let i = j;
  while (i >= stop && wordAt(text, tokens[i]) !== ',') i--;
  return i;
}

/**
 * The token ranges that say who a named person is: the title run right before the name ("nuclear
 * weapons expert X", "Kremlin spokesman X"), a noun phrase set off by commas before it (", the deputy
 * head of the regional administration, X") or after it ("X, one of the officials in the
 * administration,", "X, who serves as ...,").
 */
function descriptions(
  text: string,
  tokens: readonly Token[],
  name: Span,
  sentence: Span,
): [number, number][] {
  const start = firstStartingAt(tokens, name.start);
  const stop = firstStartingAt(tokens, sentence.start);
  let end = start;
  while (tokens[end] && (tokens[end]?.span.end ?? 0) <= name.end) end++;
  const out: [number, number][] = [];
  let t = start - 1;
  while (t >= stop && TITLE.has(tokens[t]?.pos ?? '')) t--;
  if (t < start - 1) out.push([t + 1, start]);
  if (wordAt(text, tokens[start - 1]) === ',') {
    const open = commaBefore(text, tokens, start - 2, stop);
    if (describing(text, tokens, open + 1, start - 1)) out.push([open + 1, start - 1]);
  }
  if (wordAt(text, tokens[end]) === ',') {
    let close = end + 1;
    while (tokens[close] && tokens[close]!.span.start < sentence.end && wordAt(text, tokens[close]) !== ',')
      close++;
    const closed = tokens[close] !== undefined && tokens[close]!.span.start < sentence.end;
    if (closed && describing(text, tokens, end + 1, close)) out.push([end + 1, close]);
  }
  return out;
}

/**
 * The words that say who someone is, when the matched words lie in them: a named person's title or
 * a phrase set off beside the name ("the deputy head of the occupation administration, X, said"),
 * the name included. Undefined when the match is elsewhere.
 */
export function personDescription(
  text: string,
  ann: Annotations,
  at: Span,
  sentence: Span,
): Span | undefined {
  const tokens = ann.tokens;
  const first = firstStartingAt(tokens, at.start);
  for (const m of ann.mentions) {
    if (m.kind !== 'person' || m.span.start < sentence.start || m.span.end > sentence.end) continue;
    if (m.span.end > at.start && m.span.start < at.end) continue;
    const range = descriptions(text, tokens, m.span, sentence).find(
      ([from, to]) => first >= from && first < to,
    );
    const [from, to] = range ?? [];
    const start = tokens[from ?? -1]?.span.start;
    const end = tokens[(to ?? 0) - 1]?.span.end;
    if (start !== undefined && end !== undefined)
      return { start: Math.min(start, m.span.start), end: Math.max(end, m.span.end) };
  }
  return undefined;
}
