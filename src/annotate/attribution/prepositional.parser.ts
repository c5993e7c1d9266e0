import { isPunct, phraseAt, type Tok } from '../token-view.js';
import { contentBefore, tidy } from './content.js';
import type { AttributionParser, Candidate } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { type Phrase, phraseStartingAt } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';

/**
 * "According to X, C", "in the view of X, C", "C, according to X". The speaker is the noun phrase
 * after the cue; the content is what follows it, or, when the cue closes the sentence, what precedes.
 */
export const prepositionalParser: AttributionParser = (ctx) => {
  const { toks, sentence, text, mentions } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = toks[i];
    const cue = t ? phraseAt(toks, i, cueLexicon().prepositional.get(t.lower), sentence.last) : undefined;
    if (!cue) continue;
    const last = i + cue.words.length;
    const phrase =
      toComma(toks, last, sentence.last) ??
      phraseStartingAt(toks, last, sentence.last) ??
      toEnd(toks, last, sentence.last);
    const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
    if (!phrase || !speaker) continue;
    const after = toks[phrase.last];
    // "Trump has won 758 delegates, according to an AP count, but ...": a clause before the cue is what it reports.
    const content = clauseBefore(toks, sentence.first, i)
      ? contentBefore(ctx, i)
      : ((after ? tidy(text, after.start, sentence.end) : null) ?? contentBefore(ctx, i));
    if (content) out.push({ cue: { first: i, last }, speaker, content, rule: 'prepositional' });
  }
  return out;
};

const commaReach = 12;

/**
 * "According to the think tank, ...": up to a comma within a few words, when only words come
 * between (a tagger may read a name's word as a verb, which would cut the phrase short).
 */
function toComma(toks: readonly Tok[], from: number, ceiling: number, stop = ','): Phrase | null {
  for (let k = from; k < Math.min(ceiling, from + commaReach); k++) {
    const t = toks[k];
    if (!t) return null;
    if (t.text === stop) return k > from ? { first: from, last: k } : null;
    if (isPunct(t) && t.text !== '-' && t.lower !== "'s") return null;
    if (t.pos === 'AUX' || t.lower === 'that') return null;
  }
  return null;
}

/** "..., according to a survey published this week.": the same, up to the full stop that ends the sentence. */
function toEnd(toks: readonly Tok[], from: number, ceiling: number): Phrase | null {
  const end = toks[ceiling - 1];
  return end && /^[.!?]$/.test(end.text) ? toComma(toks, from, ceiling, end.text) : null;
}

/** A clause (a verb) between the sentence start and a comma just before the cue at `cue`. */
function clauseBefore(toks: readonly Tok[], first: number, cue: number): boolean {
  if (toks[cue - 1]?.text !== ',') return false;
  for (let k = first; k < cue - 1; k++) if (toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX') return true;
  return false;
}
