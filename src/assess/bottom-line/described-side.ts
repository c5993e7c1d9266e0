import { baseForms, wn } from '../meaning/word-forms.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { undergoes } from './question-sense.js';
import type { TopicTerm } from './topic.js';
import { isPlaceNoun } from './word-family.js';
import { wordKey } from './word-key.js';

/** Where a description's clauses part: stops, commas and the conjunctions between clauses. */
const CLAUSES = /[,;.:]|\s(?:and|but|while|as|then)\s/iu;

/**
 * Whether a hypothesis description states the question's outcome in one of its clauses, with no
 * negation or condition before it nor a denied object after it: the question's own verb or a synonym of its sense ("Russian forces
 * seize the town"), or a verb that undergoes its act after the outcome's object ("..., and the
 * city falls without a last stand"). A label that says nothing of the outcome then takes its side
 * from its description ("Ukraine pulls its garrison out" is a way the city falls).
 */
export function describesOutcome(
  description: string,
  terms: ReadonlyMap<string, TopicTerm>,
  acts: readonly string[],
): boolean {
  const net = wn();
  if (!net) return false;
  const termOf = (w: string) => terms.get(wordKey(w));
  const ownVerb = (w: string) => {
    const t = termOf(w);
    return t?.kind === 'event' && t.verb === true && !t.hypothesis && !t.light;
  };
  const object = (w: string) => {
    const t = termOf(w);
    return (t?.kind === 'event' && !t.verb) || (t?.kind === 'actor' && !t.subject) || (!!t && isPlaceNoun(w));
  };
  const undergone = (w: string) =>
    baseForms(w, net).some(([lemma, pos]) => pos === 'v' && undergoes(lemma, acts));
  return description.split(CLAUSES).some((clause) => {
    const words = clause.split(/[^\p{L}'-]+/u).filter(Boolean);
    const lower = words.map((w) => w.toLowerCase());
    const denying = (w: string | undefined) =>
      !!w && (lex().denial.negators.has(w) || lex().conditions.has(w));
    // Denied or conditioned before the act, or its object denied right after it ("orders no call-up").
    const stated = (i: number) =>
      !lower.slice(0, i).some(denying) && !lex().denial.negators.has(lower[i + 1] ?? '');
    return lower.some(
      (w, i) => stated(i) && (ownVerb(w) || (undergone(w) && words.slice(0, i).some(object))),
    );
  });
}
