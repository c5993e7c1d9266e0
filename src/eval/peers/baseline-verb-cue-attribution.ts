import { cueLexicon } from '../../annotate/attribution/cue-lexicon.js';
import type { Attribution, Sentence, Token } from '../../core/index.js';

/**
 * The textbook baseline: a one-word reporting verb, the nearest proper noun before it in the same
 * sentence as speaker (a run of proper nouns), and the rest of the sentence as content.
 */
export function baselineVerbCue(
  text: string,
  sentences: readonly Sentence[],
  tokens: readonly Token[],
): Attribution[] {
  const out: Attribution[] = [];
  let t = 0;
  for (const s of sentences) {
    while (t < tokens.length && (tokens[t]?.span.start ?? 0) < s.span.start) t++;
    const first = t;
    while (t < tokens.length && (tokens[t]?.span.end ?? 0) <= s.span.end) t++;
    for (let i = first; i < t; i++) {
      const cue = tokens[i];
      if (cue?.pos !== 'VERB') continue;
      const word = text.slice(cue.span.start, cue.span.end).toLowerCase();
      if (
        !cueLexicon()
          .verbs.get(word)
          ?.some((p) => p.words.length === 1)
      )
        continue;
      let k = i - 1;
      while (k >= first && tokens[k]?.pos !== 'PROPN') k--;
      const end = tokens[k];
      if (!end) continue;
      while (k - 1 >= first && tokens[k - 1]?.pos === 'PROPN') k--;
      const start = tokens[k]?.span.start ?? end.span.start;
      const speaker = { start, end: end.span.end };
      const content = { start: cue.span.end, end: s.span.end };
      out.push({
        span: { start, end: s.span.end },
        text: text.slice(start, s.span.end),
        rule: 'baseline-verb-cue',
        cue: { span: cue.span, text: word },
        speaker: { span: speaker, text: text.slice(speaker.start, speaker.end), vague: false },
        content,
      });
    }
  }
  return out;
}
