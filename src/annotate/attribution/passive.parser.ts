import { phraseAt } from '../token-view.js';
import { tidy } from './content.js';
import type { AttributionParser, Candidate } from './context.js';
import { cueLexicon } from './cue-lexicon.js';
import { phraseEndingAt, phraseStartingAt, skipLeft } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';

/**
 * "A statement was made by X" (content: the subject), "was seen by X as C" (content: after "as").
 * Needs a form of "be" before the cue, so "statements by officials" is not a report.
 */
export const passiveParser: AttributionParser = (ctx) => {
  const { toks, sentence, text, mentions } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = toks[i];
    const cue = t ? phraseAt(toks, i, cueLexicon().passive.get(t.lower), sentence.last) : undefined;
    if (!cue) continue;
    const left = skipLeft(toks, i - 1, sentence.first);
    if (!left.passive) continue;
    const last = i + cue.words.length;
    const phrase = phraseStartingAt(toks, last, sentence.last);
    const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
    if (!phrase || !speaker) continue;
    const as = toks[phrase.last];
    let content = as?.lower === 'as' ? tidy(text, as.end, sentence.end) : null;
    if (!content) {
      const subject = left.at >= sentence.first ? phraseEndingAt(toks, left.at, sentence.first) : null;
      const a = subject ? toks[subject.first] : undefined;
      const b = subject ? toks[subject.last - 1] : undefined;
      content = a && b ? tidy(text, a.start, b.end) : null;
    }
    if (content) out.push({ cue: { first: i, last }, speaker, content, rule: 'passive-by' });
  }
  return out;
};
