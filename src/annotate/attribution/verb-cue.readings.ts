import type { Mention, SpeakerRef } from '../../core/index.js';
import type { Tok } from '../token-view.js';
import { contentAfter, tidy } from './content.js';
import type { Candidate, ParseContext } from './context.js';
import { speaksFor } from './cue-guards.js';
import { cueLexicon } from './cue-lexicon.js';
import { firstStartingIn } from './mention-index.js';
import { nameRun } from './name-run.js';
import { headOf, type Phrase, phraseEndingAt, phraseStartingAt } from './noun-phrase.js';
import { quoteInside } from './quotes.js';
import { speakerFrom } from './speaker.js';
import { endsClause, skipTimeForward } from './speaker-reach.js';

// The readings of a verb cue whose speaker is not simply the phrase before it: a coordinated or
// participle clause, a relative pronoun, and an inverted order (the cue before its speaker).

export const phraseToks = (toks: readonly Tok[], p: Phrase): readonly Tok[] => toks.slice(p.first, p.last);
const subjectEnds = new Set(['VERB', 'AUX', 'ADV']);

/** "X stressed ... and said C", "X began by saying C": the speaker is the subject that opens the sentence. */
export function coordinated(
  ctx: ParseContext,
  first: number,
  last: number,
  open: boolean,
): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions } = ctx;
  // A participle after a comma may take a subject of two phrases; "and said" may not, for the
  // verb before it may have had a subject of its own ("X and Y said A after Z withdrew and said B").
  const joined = toks[first - 1]?.text === ',';
  const clause = lastClauseStart(toks, sentence.first, first);
  const subject =
    (clause > sentence.first ? subjectFrom(toks, clause, first, joined) : null) ??
    subjectFrom(toks, sentence.first, first, joined) ??
    subjectFrom(toks, afterOpening(ctx, first), first, joined);
  if (!subject) return null;
  const speaker = speakerFrom(text, toks, subject, mentions);
  if (!speaker || (open && !speaksFor(speaker, headOf(toks, subject), phraseToks(toks, subject))))
    return null;
  const content = contentAfter(ctx, last);
  return content ? { speaker, content, rule: 'verb-cue:coordinated' } : null;
}

/**
 * Just past the last dash, semicolon or colon before the cue: "A may object – B is watching and has
 * warned C" gives "warned" the subject of the clause it is in, not the sentence's first.
 */
function lastClauseStart(toks: readonly Tok[], floor: number, cue: number): number {
  for (let k = cue - 1; k > floor; k--) {
    const t = toks[k];
    if (!t || !/^[-–—;:]$/u.test(t.text)) continue;
    // A hyphen joins words ("Jean-Pierre", "Russian-language") unless spaces set it off.
    if (t.text !== '-' || ((toks[k - 1]?.end ?? t.start) < t.start && t.end < (toks[k + 1]?.start ?? t.end)))
      return k + 1;
  }
  return floor;
}

/**
 * A noun phrase opening a clause at `at` and followed by its verb (or an aside); a bracket after
 * the name ("Sen. X (I-Vt.) said") is passed over.
 */
function subjectFrom(toks: readonly Tok[], at: number, limit: number, joined: boolean): Phrase | null {
  const first = at < limit ? phraseStartingAt(toks, at, limit) : null;
  if (!first) return null;
  // "X and Y have stayed silent, saying C": two phrases joined by "and" are one subject.
  const second =
    joined && toks[first.last]?.lower === 'and' && first.last + 1 < limit
      ? phraseStartingAt(toks, first.last + 1, limit)
      : null;
  const subject = second ? { first: first.first, last: second.last } : first;
  let k = subject.last;
  if (toks[k]?.text === '(') {
    while (k < limit && k - subject.last < 8 && toks[k]?.text !== ')') k++;
    k++;
  }
  const after = toks[skipTimeForward(toks, k, limit)];
  // "Leaders who had opposed it have embraced the plan, warning C": a relative clause ends the subject.
  const relative = joined && (after?.lower === 'who' || after?.lower === 'which');
  return after && (subjectEnds.has(after.pos) || after.text === ',' || relative) ? subject : null;
}

/** Just past an opening phrase set off by a comma ("In an interview Thursday, the senator ..."), else the limit. */
const openers = new Set(['ADP', 'SCONJ', 'ADV', 'VERB']);

function afterOpening(ctx: ParseContext, limit: number): number {
  const { toks, sentence } = ctx;
  for (let k = sentence.first + 1; k < Math.min(limit, sentence.first + 14); k++) {
    if (toks[k]?.text === ',') return openers.has(toks[sentence.first]?.pos ?? '') ? k + 1 : limit;
  }
  return limit;
}

/** "X, who said ..." -> X. */
export function relative(ctx: ParseContext, phrase: Phrase): { phrase: Phrase; rule: string } | null {
  const { toks, sentence } = ctx;
  const word = toks[phrase.first]?.lower ?? '';
  if (phrase.last - phrase.first !== 1 || !cueLexicon().relativePronouns.has(word))
    return { phrase, rule: '' };
  let k = phrase.first - 1;
  if (toks[k]?.text === ',') k--;
  const antecedent = k >= sentence.first ? phraseEndingAt(toks, k, sentence.first) : null;
  return antecedent ? { phrase: antecedent, rule: ':relative' } : null;
}

/** "“C,” said X": the cue follows a closing quote and the speaker follows the cue. */
export function inverted(ctx: ParseContext, first: number, last: number): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions, quotes } = ctx;
  let k = first - 1;
  if (toks[k]?.text === ',') k--;
  const mark = toks[k];
  const q = mark ? quotes.byClose.get(mark.start) : undefined;
  const plain = !q && toks[first - 1]?.text === ',' && k - sentence.first >= 3;
  if (!q && !plain) return null;
  const found = phraseStartingAt(toks, last, sentence.last) ?? nameRun(toks, last, sentence.last);
  const phrase = found ? throughPerson(ctx, found) : null;
  // "C, said X." ends with its speaker; "X, a senator, said the vote ..." reads the other way.
  if (plain && phrase && !endsClause(toks, phrase.last, sentence.last)) return null;
  // Before the comma: a report ("Prices will rise, said X"), or a name and its appositive, which
  // speak ("Ms. Hill, an adviser, said parents ..."), unless the speaker ends the sentence
  // ("Evacuation possible with UN help, Zelenskiy says", a headline with no verb).
  if (
    plain &&
    phrase &&
    !holdsClause(toks, sentence.first, k) &&
    !endsSentence(toks, phrase.last, sentence.last)
  )
    return null;
  const speaker: SpeakerRef | null = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  if (!speaker || (q && q.end - q.start < 3)) return null;
  const inner = q
    ? quoteInside(text, q)
    : { start: sentence.start, end: toks[first - 1]?.start ?? sentence.start };
  const content = tidy(text, inner.start, inner.end, q !== undefined);
  return content ? { speaker, content, rule: q ? 'verb-cue:inverted-quote' : 'verb-cue:inverted' } : null;
}

/** Only closing punctuation (or a dash setting off a label: "– video") follows token `at` in its sentence. */
function endsSentence(toks: readonly Tok[], at: number, limit: number): boolean {
  for (let k = at; k < limit; k++) {
    const t = toks[k]?.text ?? '';
    if (t === '–' || t === '—') return true;
    if (!/^[.!?"”’')]+$/u.test(t)) return false;
  }
  return true;
}

/**
 * Whether tokens [first, last) hold a clause of their own: a verb (not in -ing) that does not
 * open a relative clause. "Ms. Hill, an adviser at the institute, said parents ..." opens with its speaker and an
 * appositive, not with what was said, and so does "Ms. Hill, who advises the institute, said ...".
 */
function holdsClause(toks: readonly Tok[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = toks[k];
    // A participle in -ing describes a noun of the appositive ("an adviser for education organizing").
    if (t?.pos !== 'AUX' && !(t?.pos === 'VERB' && !t.lower.endsWith('ing'))) continue;
    let j = k - 1;
    while (j > first && toks[j]?.pos === 'ADV') j--;
    return !cueLexicon().relativePronouns.has(toks[j]?.lower ?? '');
  }
  return false;
}

/**
 * "said Dniprovskyi District acting administrative chief Volodymyr Hrianysty": a phrase after an
 * inverted cue that a person's name follows within the clause runs to that name (the place and
 * the role describe the person who speaks).
 */
const isPerson = (m: Mention): boolean => m.kind === 'person';

function throughPerson(ctx: ParseContext, phrase: Phrase): Phrase {
  const { toks, sentence, mentions } = ctx;
  const start = toks[phrase.first]?.start ?? 0;
  const own = firstStartingIn(mentions, start, toks[phrase.last - 1]?.end ?? 0, isPerson);
  if (own) return phrase;
  for (let k = phrase.last; k < sentence.last && k - phrase.last <= 6; k++) {
    const t = toks[k];
    if (!t || /^[.,;:!?"”’]$/u.test(t.text) || t.pos === 'AUX') return phrase;
    const person = firstStartingIn(mentions, t.start, t.start + 1, isPerson);
    if (!person) continue;
    let end = k;
    while (end < sentence.last && (toks[end]?.end ?? Number.POSITIVE_INFINITY) <= person.span.end) end++;
    return { first: phrase.first, last: end };
  }
  return phrase;
}
