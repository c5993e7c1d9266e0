import { z } from 'zod';
import { isTimeNoun } from '../../annotate/attribution/index.js';
import {
  type Annotations,
  firstStartingAt,
  loadModel,
  once,
  type Span,
  type Token,
} from '../../core/index.js';
import { isParticipantWord } from '../meaning/participants.js';
import { contentWords } from '../meaning/phrases.js';
import { baseForms, wn, wordForms } from '../meaning/word-forms.js';
import type { Indicator, Question } from '../question/index.js';
import { namesIn } from './scope.js';

const evidenceFile = z.object({
  targetPrepositions: z.array(z.string()),
  placePrepositions: z.array(z.string()),
});
const lexicon = once(() => {
  const file = loadModel('assess-evidence', evidenceFile);
  return { target: new Set(file.targetPrepositions), place: new Set(file.placePrepositions) };
});
const prepositions = () => lexicon().target;

/** The parts of speech a noun phrase is made of; its head is the last noun. */
const PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PRON', 'PART', 'NOUN', 'PROPN']);
const NOUNS = new Set(['NOUN', 'PROPN']);

/** What an indicator's event may be at or aimed at: the words and names of the indicator and its question. */
export interface TargetWords {
  readonly words: ReadonlySet<string>;
  readonly names: ReadonlySet<string>;
}

/** WordNet's files of places and things an event can be at (artifact, location, object). */
const PLACE_FILES = new Set([6, 15, 17]);

const isPlaceNoun = (word: string): boolean => {
  const net = wn();
  const noun = net ? baseForms(word.toLowerCase(), net).find(([, pos]) => pos === 'n')?.[0] : undefined;
  const first = noun && net ? net.senses(noun, 'n')[0] : undefined;
  return first !== undefined && !!net && PLACE_FILES.has(net.synset(first, 'n')?.lexFile ?? -1);
};

/**
 * Whether the indicator's name puts its event at a place or thing: a preposition of place followed
 * by a name or a noun of a place or thing ("Shelling of the plant", "... arriving in Belarus"; not
 * "units short of men").
 */
export function hasTarget(indicator: Indicator): boolean {
  const words = indicator.name.split(/\s+/);
  return words.slice(1).some((w, i) => {
    if (!prepositions().has(w.toLowerCase())) return false;
    const rest = words.slice(i + 2).filter((x) => contentWords(x).length > 0);
    const head = rest.find((x) => /^\p{Lu}/u.test(x)) ?? rest.find((x) => isParticipantWord(x));
    return head !== undefined && (/^\p{Lu}/u.test(head) || isPlaceNoun(head));
  });
}

export function targetWords(question: Question, indicator: Indicator): TargetWords {
  const own = [indicator.name, indicator.description ?? '', ...(indicator.match.cues ?? [])].join(' ');
  const words = new Set(contentWords(`${own} ${question.question}`).flatMap((w) => [...wordForms(`+${w}`)]));
  const ownNames = [...namesIn(` ${own}`), ...(indicator.match.entities ?? [])];
  const names = ownNames.length > 0 ? ownNames : namesIn(question.question);
  return { words, names: new Set(names.map((n) => n.toLowerCase())) };
}

/** The noun phrase after a cue's preposition of place or target, and its head noun. */
export interface TargetPhrase {
  readonly head: Token;
  readonly tokens: readonly Token[];
}

/**
 * The noun phrase a cue's event is at or aimed at: after a preposition of place or target right
 * behind the cue ("strikes on the port", "troops on the territory of X"; after a cue that names a
 * participant, a preposition of place only). Undefined when none follows.
 */
export function targetAfter(
  text: string,
  ann: Annotations,
  sentence: Span,
  cue: Span,
  participant: boolean,
): TargetPhrase | undefined {
  const { tokens } = ann;
  let j = firstStartingAt(tokens, cue.end);
  const next = tokens[j];
  if (!next || next.span.start >= sentence.end || next.pos !== 'ADP') return undefined;
  const preposition = text.slice(next.span.start, next.span.end).toLowerCase();
  if (!(participant ? lexicon().place : lexicon().target).has(preposition)) return undefined;
  const phrase: Token[] = [];
  for (j++; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.span.start >= sentence.end) break;
    const of = t.pos === 'ADP' && text.slice(t.span.start, t.span.end).toLowerCase() === 'of';
    if (!PHRASE.has(t.pos) && !of) break;
    phrase.push(t);
  }
  const nouns = phrase.filter((t) => NOUNS.has(t.pos));
  // The phrase runs through "of" ("the territory of X" is at X), so its head is its last noun.
  const head = nouns.at(-1);
  return head ? { head, tokens: phrase } : undefined;
}

/**
 * Whether a cue's target is some other place or thing than the indicator's: a place named that
 * the indicator does not name, or a noun of a participant (a place, group, thing) that is none of
 * the indicator's or its question's words. Time nouns and unknown names are no such target.
 */
export function otherTarget(
  text: string,
  ann: Annotations,
  phrase: TargetPhrase,
  target: TargetWords,
): boolean {
  const { head, tokens } = phrase;
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return false;
  const surface = text.slice(head.span.start, head.span.end).toLowerCase();
  if ([surface, head.lemma?.toLowerCase() ?? ''].some((f) => target.words.has(f))) return false;
  const places = ann.mentions.filter(
    (m) =>
      (m.kind === 'place' || m.kind === 'demonym') &&
      m.span.start >= first.span.start &&
      m.span.end <= last.span.end,
  );
  if (places.length > 0)
    return !places.some(
      (m) => target.names.has(m.name.toLowerCase()) || target.names.has((m.country ?? '').toLowerCase()),
    );
  if (head.pos === 'PROPN') return false;
  // "the facility", "its reactors": a definite noun alone points back to what the text is about.
  if (tokens.length === 2 && ['DET', 'PRON'].includes(first.pos)) return false;
  return !isTimeNoun(surface) && isParticipantWord(surface);
}
