import type { SpeakerRef } from '../../core/index.js';
import { blockAfter, contentAfter, contentBefore, tidy } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { broadCueFits, openCue, openLemma, speaksFor } from './cue-guards.js';
import { type CuePhrase, cueLexicon } from './cue-lexicon.js';
import { nameRun, nameRunLeft, skipAside } from './name-run.js';
import { headOf, type Phrase, phraseEndingAt, phraseStartingAt, skipLeft } from './noun-phrase.js';
import { quoteInside } from './quotes.js';
import { speakerFrom } from './speaker.js';
import { matchesAt, type Tok } from './token-view.js';

const verbish = new Set(['VERB', 'AUX', 'X']);

/** "X said (that) C", "X told Y that C", "“C,” he said", "“C,” said X", "X, who stated that C", "..., adding that C". */
export const verbCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const cue = matchCue(toks, i, sentence.last) ?? openCue(toks, i, sentence.last, ctx.quotes);
    if (!cue || !looksLikeVerb(toks, i, cue, sentence.first) || !broadCueFits(toks, i, cue, ctx.quotes))
      continue;
    const last = i + cue.words.length;
    const found = attribute(ctx, i, last, out.at(-1) ?? before.at(-1), cue.lemma === openLemma);
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
function looksLikeVerb(toks: readonly Tok[], i: number, cue: CuePhrase, floor: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + cue.words.length];
  if (!t) return false;
  if (prev && (prev.pos === 'DET' || prev.lower === 'the' || prev.lower === "'s")) return false;
  if (!verbish.has(t.pos) && !(t.pos === 'NOUN' && next?.lower === 'that')) return false;
  if (next && cueLexicon.notBefore.get(cue.lemma)?.has(next.lower)) return false;
  if (!cueLexicon.needsThat.has(cue.lemma) || next?.lower === 'that') return true;
  return cueLexicon.evidenceVerbs.has(cue.lemma) && evidenceSubject(toks, i, floor);
}

/** "a new poll shows C", "one study found C": a body of evidence reports without "that". */
function evidenceSubject(toks: readonly Tok[], i: number, floor: number): boolean {
  const at = skipAside(toks, skipLeft(toks, i - 1, floor).at, floor);
  const phrase = at >= floor ? phraseEndingAt(toks, at, floor) : null;
  const head = phrase ? headOf(toks, phrase) : undefined;
  return head !== undefined && cueLexicon.evidenceHeads.has(head.lower);
}

function attribute(
  ctx: ParseContext,
  first: number,
  last: number,
  prior: Candidate | undefined,
  open: boolean,
): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions } = ctx;
  const cueWord = toks[first]?.lower ?? '';
  if (prior && toks[first - 1]?.text === ',' && cueLexicon.participleInherit.has(cueWord)) {
    const content = contentAfter(ctx, last);
    return content ? { speaker: prior.speaker, content, rule: 'verb-cue:participle' } : null;
  }
  const left = skipLeft(toks, first - 1, sentence.first);
  if (left.passive && !cueWord.endsWith('ing')) return null;
  if (toks[first - 1]?.text === ',' && cueLexicon.invertible.has(cueWord)) {
    const plain = inverted(ctx, first, last);
    if (plain) return plain;
  }
  let at = skipAside(toks, left.at, sentence.first);
  if (toks[at]?.text === ',' && at === first - 1 && !ctx.quotes.byClose.has(toks[at - 1]?.start ?? -1)) at--;
  const phrase =
    at >= sentence.first
      ? (phraseEndingAt(toks, at, sentence.first) ?? nameRunLeft(toks, at, sentence.first))
      : null;
  const gerund = cueWord.endsWith('ing') && cueLexicon.gerundLinks.has(toks[at]?.lower ?? '');
  if (!phrase && (toks[at]?.lower === 'and' || gerund) && at > sentence.first)
    return coordinated(ctx, first, last, open);
  if (!phrase) return open ? null : inverted(ctx, first, last);
  const resolved = relative(ctx, phrase);
  if (!resolved) return null;
  const speaker = speakerFrom(text, toks, resolved.phrase, mentions);
  if (
    !speaker ||
    (open && !speaksFor(speaker, headOf(toks, resolved.phrase), phraseToks(toks, resolved.phrase)))
  )
    return null;
  const content = contentAfter(ctx, last) ?? blockAfter(ctx, last) ?? contentBefore(ctx, phrase.first);
  const rule = `verb-cue${open ? ':open' : ''}${resolved.rule}`;
  return content ? { speaker, content, rule } : null;
}

const phraseToks = (toks: readonly Tok[], p: Phrase): readonly Tok[] => toks.slice(p.first, p.last);
const subjectEnds = new Set(['VERB', 'AUX', 'ADV']);

/** "X stressed ... and said C", "X began by saying C": the speaker is the subject that opens the sentence. */
function coordinated(
  ctx: ParseContext,
  first: number,
  last: number,
  open: boolean,
): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions } = ctx;
  const subject = phraseStartingAt(toks, sentence.first, first);
  const after = subject ? toks[subject.last] : undefined;
  if (!subject || !after || !(subjectEnds.has(after.pos) || after.text === ',')) return null;
  const speaker = speakerFrom(text, toks, subject, mentions);
  if (!speaker || (open && !speaksFor(speaker, headOf(toks, subject), phraseToks(toks, subject))))
    return null;
  const content = contentAfter(ctx, last);
  return content ? { speaker, content, rule: 'verb-cue:coordinated' } : null;
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
  const plain = !q && toks[first - 1]?.text === ',' && k - sentence.first >= 3;
  if (!q && !plain) return null;
  const phrase = phraseStartingAt(toks, last, sentence.last) ?? nameRun(toks, last, sentence.last);
  const speaker: SpeakerRef | null = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  if (!speaker || (q && q.end - q.start < 3)) return null;
  const inner = q
    ? quoteInside(text, q)
    : { start: sentence.start, end: toks[first - 1]?.start ?? sentence.start };
  const content = tidy(text, inner.start, inner.end);
  return content ? { speaker, content, rule: q ? 'verb-cue:inverted-quote' : 'verb-cue:inverted' } : null;
}
