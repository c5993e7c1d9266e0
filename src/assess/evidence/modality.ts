import { z } from 'zod';
import {
  type Annotations,
  contains,
  firstStartingAt,
  loadModel,
  memoized,
  type Span,
} from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { isParticipantWord } from '../meaning/participants.js';
import { baseForms } from '../meaning/word-forms.js';

/** How a sentence presents the matched proposition: only a report moves an indicator's status. */
export const modalities = [
  'report',
  'question',
  'conditional',
  'proposal',
  'plan',
  'forecast',
  'possibility',
  'warning',
] as const;
export type Modality = (typeof modalities)[number];

const patterns = z.array(z.string().min(1)).transform((list) => list.map((p) => new RegExp(p, 'iu')));
const lexiconSchema = z.object({
  question: patterns,
  conditional: patterns,
  hypothetical: patterns,
  possibility: patterns,
  forecast: patterns,
  plan: patterns,
  preparation: patterns,
  proposal: patterns,
  warning: patterns,
  enquiry: patterns,
  protasis: patterns,
  prospect: patterns,
  negators: patterns,
});
const lexicon = () => loadModel('assess-modality', lexiconSchema);

/** The clause of a sentence around `at`: from the last , ; : before it to the next one after it. */
export function clauseAround(text: string, sentence: Span, at: Span): Span {
  const boundary =
    /[,;:\u2013\u2014]\s|\s[\u2013\u2014-]\s|\s(?:but|while|whereas|although|though|because|which|who|whom)\s/giu;
  let start = sentence.start;
  let end = sentence.end;
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(boundary)) {
    const cut = sentence.start + (m.index ?? 0);
    if (cut + m[0].length <= at.start) start = cut + m[0].length;
    else if (cut >= at.end) {
      end = cut;
      break;
    }
  }
  return { start, end };
}

/** In the order checked: a question or a conditional frames the whole sentence. */
const clauseClasses = ['hypothetical', 'proposal', 'plan', 'forecast', 'possibility', 'warning'] as const;

/**
 * The modality of the proposition matched at `at`: a question or conditional sentence, else the
 * first class whose marker occurs in the clause of the match, else a report.
 */
export function modalityAt(text: string, ann: Annotations, sentence: Span, at: Span): Modality {
  const whole = text.slice(sentence.start, sentence.end);
  if (lexicon().question.some((p) => p.test(whole))) return 'question';
  if (lexicon().conditional.some((p) => p.test(whole))) return 'conditional';
  const clause = withParticiple(text, sentence, clauseAround(text, sentence, at));
  const opening = text.slice(clause.start, Math.max(clause.start, at.start));
  if (lexicon().enquiry.some((p) => p.test(opening))) return 'question';
  if (lexicon().protasis.some((p) => p.test(opening))) return 'conditional';
  if (forPurpose(text, ann, clause, at)) return 'plan';
  if (lexicon().prospect.some((p) => p.test(opening))) return 'possibility';
  const end = presupposed(text, ann, clause, at)
    ? at.end
    : Math.min(complementStart(text, ann, clause, at), predicateEnd(text, ann, clause, at));
  const words = ownWords(text, ann, { start: clause.start, end }, at);
  const found = clauseClasses.find((c) => lexicon()[c].some((p) => p.test(words)));
  if (found !== 'hypothetical') return found ?? 'report';
  // In reported speech "would" is a backshifted "will" ("an official said the force would bring
  // tanks"): a forecast passed on, not a condition.
  const reported = ann.attributions.find((a) => contains(a.content, at) && a.content.start >= clause.start);
  const own = reported ? text.slice(reported.content.start, at.start) : '';
  return reported && lexicon().hypothetical.some((p) => p.test(own)) ? 'forecast' : 'conditional';
}

/**
 * A clause that opens with a participle after a comma ("..., leading to a leak") says what follows
 * from the clause before it and shares its modality: the two are read as one.
 */
function withParticiple(text: string, sentence: Span, clause: Span): Span {
  if (clause.start <= sentence.start || !/^\p{Ll}+ing\b/u.test(text.slice(clause.start, clause.end)))
    return clause;
  if (!/,\s$/u.test(text.slice(clause.start - 2, clause.start))) return clause;
  const before = clauseAround(text, sentence, { start: clause.start - 2, end: clause.start - 2 });
  return { start: before.start, end: clause.end };
}

/** WordNet's noun files of people and groups (14, 18): they are told to do things, not used for them. */
const PEOPLE = new Set([14, 18]);

/** The WordNet file of a participant noun's first sense; undefined for a word of no thing. */
const thingFile = memoized((word: string): number | undefined => {
  const net = sharedWordNet();
  if (!net || !isParticipantWord(word)) return undefined;
  const base = baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n');
  const first = base ? net.senses(base[0], 'n')[0] : undefined;
  return first === undefined ? undefined : net.synset(first, 'n')?.lexFile;
});

/**
 * Whether the match opens a phrase of purpose after a noun of a thing: an infinitive ("drones to use
 * against X") or "for" and a noun of an act ("weapons for use in X"). It says what the thing is
 * for, not that the act is done. After a verb the infinitive is that verb's ("agreed to send"),
 * after a person or group it is what they are told or allowed to do ("urged civilians to leave"),
 * and after a noun of an act it is that act's ("an attempt to annex"); after "for", a participant is
 * a beneficiary ("tanks for X").
 */
function forPurpose(text: string, ann: Annotations, clause: Span, at: Span): boolean {
  const tokens = ann.tokens;
  const first = firstStartingAt(tokens, at.start);
  const head = tokens[first];
  const marker = tokens[first - 1];
  const before = tokens[first - 2];
  if (!head || !marker || !before || before.span.start < clause.start) return false;
  const word = text.slice(marker.span.start, marker.span.end).toLowerCase();
  const beforeWord = text.slice(before.span.start, before.span.end);
  if (word === 'to') {
    const file = before.pos === 'NOUN' ? thingFile(beforeWord) : undefined;
    if (file === undefined || PEOPLE.has(file)) return false;
    return head.pos === 'VERB' && !/^-/u.test(text.slice(head.span.end, head.span.end + 1));
  }
  // "for use in X" after a thing or a time ("acquired this month for use"), not after a noun of an
  // act or saying whose own complement it is ("an excuse for annexation"), nor after a name or a
  // place, where it says what a visit is for ("in the capital for talks").
  if (word !== 'for' || head.pos !== 'NOUN' || isParticipantWord(text.slice(head.span.start, head.span.end)))
    return false;
  const file = before.pos === 'NOUN' ? nounFile(beforeWord) : undefined;
  return file !== undefined && !OWN_COMPLEMENT.has(file);
}

/**
 * WordNet's noun files after which "for" is no purpose of a thing: acts, thoughts, sayings, people,
 * groups (4, 9, 10, 14, 18), whose complement it is, and places (15), where it says what a visit is for.
 */
const OWN_COMPLEMENT = new Set([4, 9, 10, 14, 15, 18]);

/** The WordNet file of a noun's first sense, whatever it names. */
const nounFile = memoized((word: string): number | undefined => {
  const net = sharedWordNet();
  if (!net) return undefined;
  const base = baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n');
  const first = base ? net.senses(base[0], 'n')[0] : undefined;
  return first === undefined ? undefined : net.synset(first, 'n')?.lexFile;
});

/** WordNet's files of verbs of thinking and saying (cognition, communication). */
const REPORTING_FILES = new Set([31, 32]);

/**
 * Where the clause of a match ends before the complement of a verb of thinking or saying that
 * follows the match ("only 3% of citizens think their country should join": the "should" is what
 * they think, not how the share is stated). The clause's end when no such verb follows.
 */
function complementStart(text: string, ann: Annotations, clause: Span, at: Span): number {
  const net = sharedWordNet();
  if (!net) return clause.end;
  const tokens = ann.tokens;
  for (let j = firstStartingAt(tokens, at.end); j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.span.end > clause.end) break;
    if (t.pos !== 'VERB') continue;
    const lemma = (t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase();
    const first = net.senses(lemma, 'v')[0];
    if (first !== undefined && REPORTING_FILES.has(net.synset(first, 'v')?.lexFile ?? -1)) return t.span.end;
  }
  return clause.end;
}

/**
 * Where the predicate of a match ends before another one joined to it after the match ("is sending
 * reinforcements and plans to defend it"; "had retaken a district and that it could hold it") or a
 * clause of purpose ("built defences so that any attack may be repelled"): a marker there frames
 * the other predicate, not the match. The clause's end when none follows.
 */
function predicateEnd(text: string, ann: Annotations, clause: Span, at: Span): number {
  const tokens = ann.tokens;
  for (let j = firstStartingAt(tokens, at.end); j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.span.end > clause.end) break;
    const word = text.slice(t.span.start, t.span.end).toLowerCase();
    let k = j + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    const next = tokens[k];
    const nextWord = next ? text.slice(next.span.start, next.span.end).toLowerCase() : '';
    if (t.pos === 'CCONJ' && (next?.pos === 'VERB' || next?.pos === 'AUX' || nextWord === 'that'))
      return t.span.start;
    if (word === 'so' && nextWord === 'that') return t.span.start;
  }
  return clause.end;
}

/** Determiners that take what their noun names as known ("the relocation", "its decree"). */
const DEFINITE = /^(?:the|this|that|these|those|its|their|his|her|our)$/u;

/**
 * Whether the match is a definite noun of an act or event that a marker after it does not frame:
 * "the relocation will help avoid casualties" takes the relocation as done; "a withdrawal could
 * bring ..." does not.
 */
function presupposed(text: string, ann: Annotations, clause: Span, at: Span): boolean {
  const tokens = ann.tokens;
  const first = firstStartingAt(tokens, at.start);
  let last = first;
  while (tokens[last + 1] && (tokens[last + 1]?.span.end ?? Infinity) <= at.end) last++;
  const head = tokens[last];
  if (head?.pos !== 'NOUN' || isParticipantWord(text.slice(head.span.start, head.span.end))) return false;
  let j = first - 1;
  while (tokens[j] && ['ADJ', 'NOUN', 'PROPN'].includes(tokens[j]?.pos ?? '')) j--;
  const determiner = tokens[j];
  if (!determiner || determiner.span.start < clause.start) return false;
  const word = text.slice(determiner.span.start, determiner.span.end).toLowerCase();
  return DEFINITE.test(word) || /['\u2019]s?$/u.test(word) || determiner.pos === 'PART';
}

/** The clause's text with the reported words that do not hold the match blanked out. */
function ownWords(text: string, ann: Annotations, clause: Span, at: Span): string {
  let words = text.slice(clause.start, clause.end);
  for (const a of ann.attributions) {
    const c = a.content;
    if (contains(c, at) || c.end <= clause.start || c.start >= clause.end) continue;
    const from = Math.max(c.start, clause.start) - clause.start;
    const to = Math.min(c.end, clause.end) - clause.start;
    words = words.slice(0, from) + ' '.repeat(to - from) + words.slice(to);
  }
  return words;
}

/** True when a text holds a negator ("will not send", "no new troops"). */
export const hasNegator = (text: string): boolean => lexicon().negators.some((p) => p.test(text));

/** True when a negator comes before the matched words in their clause ("no signs of a strike group"). */
export function negatedAt(text: string, sentence: Span, at: Span): boolean {
  const clause = clauseAround(text, sentence, at);
  const before = text.slice(clause.start, Math.max(clause.start, at.start));
  return lexicon().negators.some((p) => p.test(before));
}

/** Whether a text states a plan or a preparation ("plans to", "prepares to supply"): an indicator so named is about the plan. */
export const statesPlan = (text: string): boolean =>
  [...lexicon().plan, ...lexicon().preparation].some((p) => p.test(text));
