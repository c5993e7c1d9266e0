import { z } from 'zod';
import { loadModel, memoized, once } from '../../core/index.js';
import type { Indicator } from '../question/index.js';
import { contentWords } from './phrases.js';
import { baseForms, wn, wordForms } from './word-forms.js';

const evidenceFile = z.object({ participantNounFiles: z.array(z.number().int()) });
const participantFiles = once(() => new Set(loadModel('assess-evidence', evidenceFile).participantNounFiles));

/**
 * Whether a word names a participant (a person, group, thing or place) rather than an act, event or
 * state: a name, or a word read mostly as a noun (at least half as many noun senses as other ones:
 * "staff", "volunteers", not "dead") whose first noun sense WordNet files among things. Words WordNet
 * does not know and that are no names count as no participant.
 */
export const isParticipantWord = memoized((word: string): boolean => {
  if (/\p{Lu}/u.test(word)) return true;
  const net = wn();
  if (!net) return false;
  let noun: number[] = [];
  let other = 0;
  for (const [base, pos] of baseForms(word.toLowerCase(), net)) {
    const senses = net.senses(base, pos);
    if (pos === 'n' && noun.length === 0) noun = [...senses];
    else if (pos !== 'n') other += senses.length;
  }
  if (noun.length === 0 || noun.length * 2 < other) return false;
  const main = noun.slice(0, 3).map((o) => participantFiles().has(net.synset(o, 'n')?.lexFile ?? -1));
  return main.filter(Boolean).length * 2 >= main.length;
});

/** The words of a text, without a possessive ending. */
const wordsOf = (text: string): string[] =>
  [...text.matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].map((m) => m[0].replace(/['\u2019]s?$/u, ''));

/**
 * The words of an indicator's event: the content words of its name, description and cues that name
 * no participant, in their forms and synonyms ("Ukrainian staff working under duress ... held,
 * beaten" has work, duress, hold, beat ...).
 */
export const eventVocabulary = (indicator: Indicator): ReadonlySet<string> => {
  const text = [indicator.name, indicator.description ?? '', ...(indicator.match.cues ?? [])].join(' ');
  const words = wordsOf(text).filter((w) => !isParticipantWord(w));
  const forms = [...new Set(words.flatMap(contentWords))].flatMap((w) => [...wordForms(`+${w}`)]);
  // "work" brings "worker": a participant, not the event.
  return new Set(forms.filter((f) => !isParticipantWord(f)));
};

/** The words of the places and things an indicator's name puts its event at ("... arriving in Belarus", "at the plant"). */
const complementWords = (name: string): string[] => {
  const m = /\b(?:in|into|to|at|near|from|on|of)\s+(.+)$/iu.exec(name);
  return m?.[1] ? wordsOf(m[1]).filter((w) => contentWords(w).length > 0) : [];
};

/** A name that states participants and no event ("Russian troops in Belarus"): they are what is looked for. */
const nameIsBare = (indicator: Indicator): boolean =>
  wordsOf(indicator.name)
    .filter((w) => contentWords(w).length > 0)
    .every(isParticipantWord);

/**
 * The words a figure's sentence must use to be about the indicator, beyond the measure's own
 * participants ("Russian" soldiers are not yet losses): the indicator's event and the place its
 * name puts it at; all of the indicator's words when its name states no event.
 */
export const figureVocabulary = (indicator: Indicator, all: ReadonlySet<string>): ReadonlySet<string> => {
  const events = eventVocabulary(indicator);
  if (events.size === 0 || nameIsBare(indicator)) return all;
  return new Set([
    ...events,
    ...complementWords(indicator.name).flatMap((w) => [...wordForms(w.toLowerCase())]),
  ]);
};

/** A cue made only of participants ("staff", "heavy weapons", "Wagner"). */
export const isParticipantCue = memoized((cue: string): boolean => {
  const words = wordsOf(cue).filter((w) => contentWords(w).length > 0);
  return words.length > 0 && words.every(isParticipantWord);
});
