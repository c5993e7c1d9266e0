import { contains, type Span, type SpeakerRef } from '../../core/index.js';
import { phraseAt, type Tok } from '../token-view.js';
import { blockAfter, contentAfter, contentBefore, reportsBefore } from './content.js';
import type { AttributionParser, Candidate, ParseContext } from './context.js';
import { broadCueFits, lexicalCue, openCue, openLemma, speaksFor } from './cue-guards.js';
import { type CuePhrase, cueLexicon } from './cue-lexicon.js';
import { namedEndingAt } from './mention-index.js';
import { nameRunLeft, skipAside } from './name-run.js';
import type { Phrase } from './noun-phrase.js';
import { headOf, outerPhrase, phraseEndingAt, skipLeft } from './noun-phrase.js';
import { isPhrasalNonReport, isSpeechAct } from './report-verb.js';
import { speakerFrom, widened } from './speaker.js';
import {
  appositiveSpeaker,
  onlyTime,
  openingSpeaker,
  relativeClauseSpeaker,
  skipAge,
  skipFloating,
  skipTime,
  skipTimeAndAdverbs,
} from './speaker-reach.js';
import { isStatementNoun } from './statement-noun.js';
import { coordinated, inverted, phraseToks, relative } from './verb-cue.readings.js';

const verbish = new Set(['VERB', 'AUX', 'X']);
const DASHES = new Set(['–', '—']);

/** "X said (that) C", "X told Y that C", "“C,” he said", "“C,” said X", "X, who stated that C", "..., adding that C". */
export const verbCueParser: AttributionParser = (ctx, before) => {
  const { toks, sentence } = ctx;
  const out: Candidate[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const cue =
      matchCue(toks, i, sentence.last) ??
      openCue(toks, i, sentence.last, ctx.quotes) ??
      lexicalCue(toks, i, sentence);
    if (!cue || !looksLikeVerb(toks, i, cue, sentence.first) || !broadCueFits(toks, i, cue, ctx.quotes))
      continue;
    const last = i + cue.words.length;
    const attributed = attribute(ctx, i, last, [...before, ...out], cue.lemma === openLemma);
    const found = attributed && !infinitiveOfNoReport(toks, i, last, attributed.content) ? attributed : null;
    if (found) out.push({ ...found, cue: { first: i, last } });
    if (found || cue.words.length > 1) i = last - 1; // a cue's own words are not cues ("issued a warning")
  }
  return out;
};

/**
 * "X decided to leave", "X sought to calm fears", "X declined to say": an infinitive right after a
 * verb that is no act of communication tells what the subject did or meant to do, not what it said.
 */
function infinitiveOfNoReport(toks: readonly Tok[], first: number, last: number, content: Span): boolean {
  const to = toks[last];
  const verb = toks[last + 1];
  if (to?.lower !== 'to' || to.start !== content.start || (verb?.pos !== 'VERB' && verb?.pos !== 'AUX'))
    return false;
  const cue = toks[first];
  return last - first === 1 && cue !== undefined && !isSpeechAct(cue.lemma ?? cue.lower);
}

function matchCue(toks: readonly Tok[], i: number, limit: number): CuePhrase | undefined {
  const t = toks[i];
  return t ? phraseAt(toks, i, cueLexicon().verbs.get(t.lower), limit) : undefined;
}

/** Not "the said agreement", "adds to the problem", "expects to benefit", "shows up". */
function looksLikeVerb(toks: readonly Tok[], i: number, cue: CuePhrase, floor: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + cue.words.length];
  if (!t) return false;
  if (prev && (prev.pos === 'DET' || prev.lower === 'the' || prev.lower === "'s")) return false;
  if (next && cueLexicon().notBefore.get(cue.lemma)?.has(next.lower)) return false;
  const lemma = cue.lemma === openLemma ? (t.lemma ?? t.lower) : cue.lemma;
  if (next && cueLexicon().phrasalParticles.has(next.lower) && isPhrasalNonReport(`${lemma} ${next.lower}`))
    return false;
  // A tagger often reads "records show" as two nouns: the evidence reading decides then.
  const evidence = cueLexicon().evidenceVerbs.has(cue.lemma) && evidenceSubject(toks, i, floor);
  if (!verbish.has(t.pos) && !(t.pos === 'NOUN' && (next?.lower === 'that' || evidence))) return false;
  if (!cueLexicon().needsThat.has(cue.lemma) || next?.lower === 'that') return true;
  return evidence || closesReport(toks, i, i + cue.words.length, floor);
}

/** "C, Fox found.", "C, records show.": the cue ends the sentence and a comma sets off its subject. */
function closesReport(toks: readonly Tok[], first: number, last: number, floor: number): boolean {
  const end = toks[last];
  if (!end || !/^[.!?]$/.test(end.text) || toks[last + 1]?.start === undefined) return false;
  for (let k = first - 1; k >= floor && first - k <= 20; k--) if (toks[k]?.text === ',') return k > floor + 2;
  return false;
}

/** "a new poll shows C", "one study found C": a body of evidence reports without "that". */
function evidenceSubject(toks: readonly Tok[], i: number, floor: number): boolean {
  const at = skipTime(toks, skipAside(toks, skipLeft(toks, i - 1, floor).at, floor), floor);
  const phrase = at >= floor ? phraseEndingAt(toks, at, floor) : null;
  const head = phrase ? headOf(toks, phrase) : undefined;
  return (
    (head !== undefined && cueLexicon().evidenceHeads.has(head.lower)) ||
    modifiedEvidence(toks, i, floor) !== undefined
  );
}

/** Words a subject's modifiers after its head are made of: "by X", "of polls taken over weeks". */
const MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADP', 'CCONJ', 'PART']);
const MODIFIER_REACH = 16;

/**
 * "a 2014 study by a law professor found C", "research conducted by a centre found C", "the
 * transcript – published by a daily – shows C": the subject's head is a body of evidence with a
 * preposition or a participle after it, and nothing but its modifiers lies between it and the verb
 * at `i`. The whole subject, when it is one.
 */
function modifiedEvidence(toks: readonly Tok[], i: number, floor: number): Phrase | undefined {
  let verb = i;
  while (verb - 1 > floor && toks[verb - 1]?.pos === 'ADV') verb--;
  for (let k = verb - 1; k >= floor && i - k <= MODIFIER_REACH; k--) {
    const t = toks[k];
    const next = toks[k + 1];
    if (!t) return undefined;
    const participle = t.pos === 'VERB' && !t.lower.endsWith('ing') && next?.pos === 'ADP';
    if (!MODIFIER_TAGS.has(t.pos) && !participle && !DASHES.has(t.text)) return undefined;
    const postModified = next?.pos === 'ADP' || DASHES.has(next?.text ?? '') || next?.pos === 'VERB';
    if (
      (t.pos === 'NOUN' || t.pos === 'PROPN') &&
      postModified &&
      k + 1 < verb &&
      cueLexicon().evidenceHeads.has(t.lower)
    ) {
      // The head opens its phrase: only its determiner, numbers or adjectives stand before it.
      let j = k - 1;
      while (j >= floor && /^(DET|ADJ|NUM)$/.test(toks[j]?.pos ?? '')) j--;
      if (j >= floor && toks[j]?.text !== ',' && !/^(SCONJ|CCONJ)$/.test(toks[j]?.pos ?? ''))
        return undefined;
      let last = verb;
      while (last > k + 1 && DASHES.has(toks[last - 1]?.text ?? '')) last--;
      return { first: j + 1, last };
    }
  }
  return undefined;
}

/**
 * The report a participle at `first` takes up: the last one before it, or the report whose content
 * holds that one ("X said Y believed C, arguing C2" is X's); none when that is a relative clause's
 * ("X defended not paying a builder who said C, saying C2": the sentence's subject speaks).
 */
function mainReport(
  toks: readonly Tok[],
  priors: readonly Candidate[],
  first: number,
): Candidate | undefined {
  const before = priors.filter((p) => p.cue.last <= first);
  let report = before.at(-1);
  for (let depth = 0; report && depth < 4; depth++) {
    const cue = { start: toks[report.cue.first]?.start ?? 0, end: toks[report.cue.last - 1]?.end ?? 0 };
    const outer = before.find((o) => o !== report && contains(o.content, cue));
    if (!outer) break;
    report = outer;
  }
  return report && !report.rule.includes(':relative') ? report : undefined;
}

/**
 * The speaker and content of a verb cue at tokens [first, last): the subject before it (through
 * asides, times, relative pronouns and coordination) or after it when inverted, and the clause or
 * quote it reports. `open`: a cue without a lexicon entry, which needs a speaker that can speak.
 * `anyParticiple`: a verb in -ing after a comma takes up the report or subject before it as the
 * lexicon's participles do ("..., even implying C"), though the lexicon does not list it.
 */
export function attribute(
  ctx: ParseContext,
  first: number,
  last: number,
  priors: readonly Candidate[],
  open: boolean,
  anyParticiple = false,
): Omit<Candidate, 'cue'> | null {
  const { toks, sentence, text, mentions } = ctx;
  const cueWord = toks[first]?.lower ?? '';
  // A dash sets off a participle as a comma does ("X changed course – saying C").
  const afterComma = toks[first - 1]?.text === ',' || DASHES.has(toks[first - 1]?.text ?? '');
  // "..., adding" or "...,” adding": the comma may sit inside a closing quote.
  const quoteComma = ctx.quotes.byClose.has(toks[first - 1]?.start ?? -1) && toks[first - 2]?.text === ',';
  // "..., even suggesting C": an adverb may stand between the comma and the participle.
  const adverbComma = toks[first - 1]?.pos === 'ADV' && toks[first - 2]?.text === ',';
  const inherits = cueLexicon().participleInherit.has(cueWord) || (anyParticiple && cueWord.endsWith('ing'));
  if ((afterComma || quoteComma || adverbComma) && inherits) {
    const prior = mainReport(toks, priors, first);
    const content = prior ? contentAfter(ctx, last) : null;
    if (prior) return content ? { speaker: prior.speaker, content, rule: 'verb-cue:participle' } : null;
    // "Obama has stayed on the sidelines, arguing C": the subject that opens the sentence.
    const subject = coordinated(ctx, first, last, open);
    return subject ? { ...subject, rule: 'verb-cue:participle-subject' } : null;
  }
  const left = skipLeft(toks, catenativeStart(toks, first, sentence.first) - 1, sentence.first);
  if (left.passive && !cueWord.endsWith('ing')) return null;
  if (afterComma && cueLexicon().invertible.has(cueWord)) {
    const plain = inverted(ctx, first, last);
    if (plain) return plain;
  }
  let at = skipAge(
    toks,
    skipModifier(
      toks,
      skipTimeAndAdverbs(toks, skipAside(toks, skipFloating(toks, left.at), sentence.first), sentence.first),
    ),
    sentence.first,
  );
  const closesQuote = ctx.quotes.byClose.has(toks[at - 1]?.start ?? -1);
  const comma = at;
  const aside = toks[at]?.text === ',' && !closesQuote;
  const opening = aside
    ? (openingSpeaker(toks, sentence.first, at) ??
      (at === first - 1
        ? (appositiveSpeaker(toks, sentence.first, at, nameEndingAt(ctx)) ??
          relativeClauseSpeaker(toks, sentence.first, at, nameEndingAt(ctx)))
        : null))
    : null;
  if (toks[at]?.text === ',' && at === first - 1 && !closesQuote) at--;
  const inner = at >= sentence.first ? phraseEndingAt(toks, at, sentence.first) : null;
  const outer = opening ? null : outerPhrase(toks, inner, sentence.first);
  const usual =
    opening ?? outer ?? inner ?? (at >= sentence.first ? nameRunLeft(toks, at, sentence.first) : null);
  const usualHead = usual ? headOf(toks, usual) : undefined;
  // "a study by X found C": the study, not X, found it.
  const evidence =
    cueLexicon().evidenceVerbs.has(toks[first]?.lemma ?? '') &&
    !cueLexicon().evidenceHeads.has(usualHead?.lower ?? '')
      ? modifiedEvidence(toks, first, sentence.first)
      : undefined;
  const spoken = evidence ?? usual;
  const described = spoken && !opening ? describedNoun(toks, spoken, sentence.first) : null;
  const phrase = described ?? spoken;
  const issuer = phrase && cueWord.endsWith('ing') ? issuerOf(ctx, phrase, priors) : null;
  if (issuer) {
    const content = contentAfter(ctx, last);
    return content ? { speaker: issuer.speaker, content, rule: 'verb-cue:issuer' } : null;
  }
  const gerund = cueWord.endsWith('ing') && cueLexicon().gerundLinks.has(toks[at]?.lower ?? '');
  if (!phrase && (toks[at]?.lower === 'and' || gerund) && at > sentence.first)
    return coordinated(ctx, first, last, open);
  if (!phrase) return open ? null : inverted(ctx, first, last);
  const resolved = relative(ctx, phrase);
  if (!resolved) return null;
  const named = speakerFrom(text, toks, resolved.phrase, mentions);
  if (!named || (open && !speaksFor(named, headOf(toks, resolved.phrase), phraseToks(toks, resolved.phrase))))
    return null;
  const speaker = resolved.rule
    ? relativeSpeaker(text, toks, phrase, named)
    : opening
      ? widened(text, named, toks[comma - 1]?.end ?? 0, mentions)
      : outer && inner && !described
        ? widened(text, named, toks[inner.last - 1]?.end ?? 0, mentions)
        : named;
  const after = contentAfter(ctx, last);
  // "'...,' an official said on Monday (on its website)": a time or place phrase after the cue is no report.
  const timeOnly = after !== null && noClause(toks, ...tokenRange(toks, after, last));
  // "During the rally Monday, X said C": a phrase of time or place before the speaker is no report either.
  const found = contentBefore(ctx, phrase.first);
  const before = found && openingPhrase(toks, ...tokenRange(toks, found, sentence.first)) ? null : found;
  const content =
    reportsBefore(ctx, phrase.first, last) || timeOnly
      ? (before ?? (timeOnly ? null : after))
      : (after ?? blockAfter(ctx, last) ?? before);
  const rule = `verb-cue${open ? ':open' : ''}${resolved.rule}`;
  return content ? { speaker, content, rule } : null;
}

/**
 * "X went on to say C", "X continues to insist that C", "X seemed to think C": a cue in the
 * infinitive after a verb that passes its subject on; the index of that verb (else `first`).
 */
function catenativeStart(toks: readonly Tok[], first: number, floor: number): number {
  let k = first - 1;
  if (toks[k]?.lower !== 'to' || k - 1 < floor) return first;
  k--;
  const particle = toks[k]?.lower === 'on' && k - 1 >= floor ? ' on' : '';
  if (particle) k--;
  const verb = toks[k];
  const entry = `${verb?.lemma ?? verb?.lower ?? ''}${particle}`;
  return verb && verbish.has(verb.pos) && cueLexicon().catenatives.has(entry) ? k : first;
}

/**
 * "X issued a statement saying C", "X sent a letter urging C": a participle right after a message
 * that is the object of a verb speaks for the subject of that verb, when one that can speak is found.
 */
function issuerOf(
  ctx: ParseContext,
  message: Phrase,
  priors: readonly Candidate[],
): Omit<Candidate, 'cue'> | null {
  const verb = message.first - 1;
  const t = ctx.toks[verb];
  // The message's last word, not its head: in "a video of X saying C", X speaks.
  const word = ctx.toks[message.last - 1];
  if (t?.pos !== 'VERB' || verb <= ctx.sentence.first || !word || !isStatementNoun(word.lemma ?? word.lower))
    return null;
  const report = priors.find((p) => p.cue.first <= verb && verb < p.cue.last);
  return report ?? attribute(ctx, verb, verb + 1, priors, true);
}

/**
 * "The senators who signed the letter said C", "a spokesman for the firm that owns the plant said
 * C": the phrase before the cue is the object of a relative clause; the speaker is the noun that
 * the clause describes (null when the phrase is no such object).
 */
function describedNoun(toks: readonly Tok[], phrase: Phrase, floor: number): Phrase | null {
  let verb = false;
  for (let k = phrase.first - 1; k > floor && phrase.first - k <= RELATIVE_REACH; k--) {
    const t = toks[k];
    if (t && cueLexicon().relativePronouns.has(t.lower)) {
      const head = toks[k - 1];
      return verb && head && (head.pos === 'NOUN' || head.pos === 'PROPN')
        ? phraseEndingAt(toks, k - 1, floor)
        : null;
    }
    // Between the pronoun and the object only the clause's verb and its auxiliaries and particles
    // ("that the city feared X" has a subject of its own: "that" opens a clause, not a relative).
    if (!t || !RELATIVE_VERB_GROUP.has(t.pos)) return null;
    if (t.pos === 'VERB') verb = true;
  }
  return null;
}
const RELATIVE_REACH = 6;
const RELATIVE_VERB_GROUP = new Set(['VERB', 'AUX', 'ADV', 'PART', 'ADP']);

/** A time phrase, or a phrase opened by a preposition with no verb in it: not what is reported. */
function noClause(toks: readonly Tok[], first: number, last: number): boolean {
  if (onlyTime(toks, first, last)) return true;
  if (toks[first]?.pos !== 'ADP') return false;
  for (let k = first; k < last; k++) if (toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX') return false;
  return true;
}

/**
 * A phrase before the speaker that is no report: a time or place phrase, or one that opens with a
 * preposition or a verb in -ing and has no verb but participles ("Citing a theory, X accused Y of
 * ...", "In a statement announcing the pick, X called ...").
 */
function openingPhrase(toks: readonly Tok[], first: number, last: number): boolean {
  if (noClause(toks, first, last)) return true;
  const opener = toks[first];
  if (opener?.pos !== 'ADP' && !(opener?.pos === 'VERB' && opener.lower.endsWith('ing'))) return false;
  for (let k = first; k < last; k++) {
    const t = toks[k];
    if (t?.pos === 'AUX' || (t?.pos === 'VERB' && !t.lower.endsWith('ing'))) return false;
  }
  return true;
}

/** The token range [first, last) of a span, searched from token `from`. */
function tokenRange(
  toks: readonly Tok[],
  span: { start: number; end: number },
  from: number,
): [number, number] {
  let first = from;
  while (first < toks.length && (toks[first]?.end ?? 0) <= span.start) first++;
  let last = first;
  while (last < toks.length && (toks[last]?.start ?? Number.POSITIVE_INFINITY) < span.end) last++;
  return [first, last];
}

/** A person or organisation named by the mentions, ending at token `k`: the phrase of its tokens. */
const nameEndingAt =
  (ctx: ParseContext) =>
  (k: number): Phrase | null => {
    const end = ctx.toks[k]?.end;
    const m = end === undefined ? undefined : namedEndingAt(ctx.mentions, end);
    if (!m) return null;
    let first = k;
    while (first > 0 && (ctx.toks[first - 1]?.start ?? -1) >= m.span.start) first--;
    // A title before the name belongs to it ("Army Gen. Mark Milley").
    while (first > 0 && k - first < 6 && /^\p{Lu}/u.test(ctx.toks[first - 1]?.text ?? '')) first--;
    return { first, last: k + 1 };
  };

/**
 * "X, who said C": the speaker runs from X through the relative pronoun, the clause's own subject,
 * which stands for X as a pronoun stands for its antecedent (`resolvesTo` names X; X's entity).
 */
function relativeSpeaker(
  text: string,
  toks: readonly Tok[],
  pronoun: Phrase,
  antecedent: SpeakerRef,
): SpeakerRef {
  const t = toks[pronoun.first];
  const span = t ? { start: antecedent.span.start, end: t.end } : antecedent.span;
  const { entity, vague } = antecedent;
  const base = {
    span,
    text: text.slice(span.start, span.end),
    vague,
    resolvesTo: antecedent.resolvesTo ?? antecedent.text,
  };
  return entity === undefined ? base : { ...base, entity };
}

/**
 * "a poll released Friday shows C", "a report published last year found C": a past participle
 * (its time already stepped over) after the noun it describes; the speaker is that noun's phrase.
 */
function skipModifier(toks: readonly Tok[], at: number): number {
  const t = toks[at];
  const noun = toks[at - 1]?.pos;
  const pastParticiple = t?.pos === 'VERB' && /(?:ed|en)$/.test(t.lower) && t.lower !== t.lemma;
  return pastParticiple && noun === 'NOUN' ? at - 1 : at;
}
