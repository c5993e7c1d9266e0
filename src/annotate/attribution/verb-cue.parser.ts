import type { SpeakerRef } from '../../core/index.js';
import { contentAfter, contentBefore, tidy } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { type CuePhrase, cueLexicon } from './cue-lexicon.js';
import { type Phrase, phraseEndingAt, phraseStartingAt, skipLeft } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';
import { matchesAt, type Tok } from './token-view.js';

const verbish = new Set(['VERB', 'AUX', 'X']);

/** "X said (that) C", "X told Y that C", "“C,” he said", "“C,” said X", "X, who stated that C", "..., adding that C". */
export const verbCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const cue = matchCue(toks, i, sentence.last);
    if (!cue || !looksLikeVerb(toks, i, cue)) continue;
    const last = i + cue.words.length;
    const found = attribute(ctx, i, last, out.at(-1) ?? before.at(-1));
    if (found) out.push({ ...found, cue: { first: i, last } });
    if (found || cue.words.length > 1) i = last - 1; // a cue's own words are not cues ("issued a warning")
  }
  return out;
};

function matchCue(toks: readonly Tok[], i: number, limit: number): CuePhrase | undefined {
  const t = toks[i];
  return t ? cueLexicon.verbs.get(t.lower)?.find((p) => matchesAt(toks, i, p.words, limit)) : undefined;
}

/** Not "the said agreement", "adds to the problem", "expects to benefit", "shows up". */
function looksLikeVerb(toks: readonly Tok[], i: number, cue: CuePhrase): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + cue.words.length];
  if (!t) return false;
  if (prev && (prev.pos === 'DET' || prev.lower === 'the' || prev.lower === "'s")) return false;
  if (!verbish.has(t.pos) && !(t.pos === 'NOUN' && next?.lower === 'that')) return false;
  if (next && cueLexicon.notBefore.get(cue.lemma)?.has(next.lower)) return false;
  return !cueLexicon.needsThat.has(cue.lemma) || next?.lower === 'that';
}

function attribute(
  ctx: ParseContext,
  first: number,
  last: number,
  prior: Candidate | undefined,
): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions } = ctx;
  const cueWord = toks[first]?.lower ?? '';
  if (prior && toks[first - 1]?.text === ',' && cueLexicon.participleInherit.has(cueWord)) {
    const content = contentAfter(ctx, last);
    return content ? { speaker: prior.speaker, content, rule: 'verb-cue:participle' } : null;
  }
  const left = skipLeft(toks, first - 1, sentence.first);
  if (left.passive && !cueWord.endsWith('ing')) return null;
  let at = left.at;
  if (toks[at]?.text === ',' && at === first - 1 && !ctx.quotes.byClose.has(toks[at - 1]?.start ?? -1)) at--;
  const phrase = at >= sentence.first ? phraseEndingAt(toks, at, sentence.first) : null;
  if (!phrase) return inverted(ctx, first, last);
  const resolved = relative(ctx, phrase);
  if (!resolved) return null;
  const speaker = speakerFrom(text, toks, resolved.phrase, mentions);
  if (!speaker) return null;
  const content = contentAfter(ctx, last) ?? contentBefore(ctx, phrase.first);
  return content ? { speaker, content, rule: `verb-cue${resolved.rule}` } : null;
}

/** "X, who said ..." -> X. */
function relative(ctx: ParseContext, phrase: Phrase): { phrase: Phrase; rule: string } | null {
  const { toks, sentence } = ctx;
  const word = toks[phrase.first]?.lower ?? '';
  if (phrase.last - phrase.first !== 1 || !cueLexicon.relativePronouns.has(word)) return { phrase, rule: '' };
  let k = phrase.first - 1;
  if (toks[k]?.text === ',') k--;
  const antecedent = k >= sentence.first ? phraseEndingAt(toks, k, sentence.first) : null;
  return antecedent ? { phrase: antecedent, rule: ':relative' } : null;
}

/** "“C,” said X": the cue follows a closing quote and the speaker follows the cue. */
function inverted(ctx: ParseContext, first: number, last: number): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions, quotes } = ctx;
  let k = first - 1;
  if (toks[k]?.text === ',') k--;
  const mark = toks[k];
  const q = mark ? quotes.byClose.get(mark.start) : undefined;
  if (!q) return null;
  const phrase = phraseStartingAt(toks, last, sentence.last);
  const speaker: SpeakerRef | null = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  if (!speaker || q.end - q.start < 3) return null;
  const content = tidy(text, q.start + 1, q.end - 1);
  return content ? { speaker, content, rule: 'verb-cue:inverted-quote' } : null;
}
