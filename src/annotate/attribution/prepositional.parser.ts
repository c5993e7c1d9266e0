import { contentBefore, tidy } from './content.js';
import type { AttributionParser, Candidate } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { type Phrase, phraseStartingAt } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';
import { isPunct, matchesAt, type Tok } from './token-view.js';

/**
 * "According to X, C", "in the view of X, C", "C, according to X". The speaker is the noun phrase
 * after the cue; the content is what follows it, or, when the cue closes the sentence, what precedes.
 */
export const prepositionalParser: AttributionParser = (ctx) => {
  const { toks, sentence, text, mentions } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = toks[i];
    const cue = t
      ? cueLexicon.prepositional.get(t.lower)?.find((p) => matchesAt(toks, i, p.words, sentence.last))
      : undefined;
    if (!cue) continue;
    const last = i + cue.words.length;
    const phrase = toComma(toks, last, sentence.last) ?? phraseStartingAt(toks, last, sentence.last);
    const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
    if (!phrase || !speaker) continue;
    const after = toks[phrase.last];
    const content = (after ? tidy(text, after.start, sentence.end) : null) ?? contentBefore(ctx, i);
    if (content) out.push({ cue: { first: i, last }, speaker, content, rule: 'prepositional' });
  }
  return out;
};

const commaReach = 12;

/**
 * "According to the think tank, ...": up to a comma within a few words, when only words come
 * between (a tagger may read a name's word as a verb, which would cut the phrase short).
 */
function toComma(toks: readonly Tok[], from: number, ceiling: number): Phrase | null {
  for (let k = from; k < Math.min(ceiling, from + commaReach); k++) {
    const t = toks[k];
    if (!t) return null;
    if (t.text === ',') return k > from ? { first: from, last: k } : null;
    if (isPunct(t) && t.text !== '-' && t.lower !== "'s") return null;
    if (t.pos === 'AUX' || t.lower === 'that') return null;
  }
  return null;
}
