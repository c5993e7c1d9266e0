import type { Tok } from '../token-view.js';
import { tidy } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { type Phrase, phraseStartingAt } from './noun-phrase.js';
import { quoteInside } from './quotes.js';
import { speakerFrom } from './speaker.js';

const dashes = new Set(['―', '—', '–', '--']);
const openMarks = new Set(['"', '“', "'"]);
const maxName = 4;

/**
 * Two layouts of interviews and collected quotes: a speaker label opening a line or headline
 * ("WALLACE: Let's start ...", "Mayor Lind: Bridge Will Reopen"), and a signature after a quote
 * ("“... our shame.” ― Ana Ruiz"). The label or signature must be a short capitalised name.
 */
export const signatureParser: AttributionParser = (ctx, before) => {
  const taken = new Set(before.map((c) => c.cue.first));
  const out: Candidate[] = [];
  const label = speakerLabel(ctx);
  if (label && !taken.has(label.cue.first)) out.push(label);
  const { toks, sentence } = ctx;
  for (let i = sentence.first; i < sentence.last; i++) {
    // `lower` is the same string as `text` for a dash, and already hashed by the other parsers' lookups.
    const found = dashes.has(toks[i]?.lower ?? '') && !taken.has(i) ? signature(ctx, i) : null;
    if (found) out.push(found);
  }
  return out;
};

function speakerLabel(ctx: ParseContext): Candidate | null {
  const { toks, sentence, text, mentions } = ctx;
  let first = sentence.first;
  while (openMarks.has(toks[first]?.text ?? '') && first < sentence.first + 2) first++;
  let colon = first;
  while (colon < sentence.last && colon - first < maxName && isNameWord(toks[colon])) colon++;
  if (colon === first || toks[colon]?.text !== ':') return null;
  const phrase: Phrase = { first, last: colon };
  const words = toks.slice(first, colon).map((t) => t.lower);
  if (cueLexicon().notSpeakerLabels.has(words.join(' '))) return null;
  const speaker = speakerFrom(text, toks, phrase, mentions);
  const content = tidy(text, toks[colon]?.end ?? sentence.end, sentence.end);
  return speaker && content
    ? { cue: { first: colon, last: colon + 1 }, speaker, content, rule: 'signature:label' }
    : null;
}

function signature(ctx: ParseContext, dash: number): Candidate | null {
  const { toks, sentence, text, mentions, quotes } = ctx;
  const mark = toks[dash - 1];
  const q = mark ? quotes.byClose.get(mark.start) : undefined;
  if (!q) return null;
  let last = dash + 1;
  while (last < sentence.last && last - dash <= maxName && isNameWord(toks[last])) last++;
  const phrase = last > dash + 1 ? phraseStartingAt(toks, dash + 1, last) : null;
  const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  const inner = quoteInside(text, q);
  const content = tidy(text, inner.start, inner.end, true);
  return speaker && content
    ? { cue: { first: dash, last: dash + 1 }, speaker, content, rule: 'signature:dash' }
    : null;
}

/** A capitalised word (a name, an initial, a title) or a word in capitals. */
const isNameWord = (t: Tok | undefined): boolean =>
  t !== undefined && /^\p{Lu}[\p{L}.'’-]*$/u.test(t.text) && !cueLexicon().excludedSpeakers.has(t.lower);
