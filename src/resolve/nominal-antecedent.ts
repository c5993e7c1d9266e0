import type { Token } from '../core/index.js';
import { isPersonNoun } from './person-noun.js';
import { isPronoun, type ReferringMention } from './pronoun-antecedent.js';

/** "X, the coach" / "X, a family physician": a comma, then only the noun phrase's own modifiers. */
const APPOSITION_AFTER = /^\s*,\s*/;
/** "the fired man, X": a comma alone between the noun phrase and the name. */
const APPOSITION_BEFORE = /^\s*,\s*$/;
/** A copula and what may stand before the predicate noun phrase's own words. */
const COPULA =
  /^(?:\s*,[^,]*,)?\s+(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|became|becomes|remains|remained)(?:\s+-)?\s+/i;
const COPULA_LAST =
  /\s(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|became|becomes|remains|remained)(?:\s+-)?\s*$/i;
/** "X is not the host": a denied description is none. */
const NEGATED = /\bnot\b|n['’]t\b|\bnever\b/i;
/** Parts of speech a noun phrase (with its prepositional phrases) is made of: no verb, no clause. */
const PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'ADP']);
const MODIFIER_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART', 'PRON']);

const tokensIn = (tokens: readonly Token[], start: number, end: number): Token[] =>
  tokens.filter((t) => t.span.start >= start && t.span.end <= end);

/** The first token that starts at or after `at`. */
const tokenAfter = (tokens: readonly Token[], at: number): Token | undefined =>
  tokens.find((t) => t.span.start >= at);

/**
 * How the text between a named person `name` and a common noun phrase `noun` of one sentence makes
 * the phrase describe the person, or undefined. Apposition ("X, a physician, ..."; "the fired man,
 * X") and a copula ("X will be the host"; "the next host is X") are the two constructions that
 * make a noun phrase another mention of the same individual rather than a new one.
 */
function describes(
  text: string,
  tokens: readonly Token[],
  name: ReferringMention,
  noun: ReferringMention,
): string | undefined {
  if (name.end <= noun.start) {
    const between = text.slice(name.end, noun.start);
    if (NEGATED.test(between)) return undefined;
    const next = tokenAfter(tokens, noun.end);
    // "X, the coach said": the phrase is the subject of its own clause, not X's apposition.
    const subject = next?.pos === 'VERB' || next?.pos === 'AUX';
    // "a family physician": a noun followed by a noun modifies it.
    if (next?.pos === 'NOUN') return undefined;
    const link = COPULA.exec(between) ?? APPOSITION_AFTER.exec(between);
    if (!link || (link[0].includes(',') && subject)) return undefined;
    const rest = tokensIn(tokens, name.end + link[0].length, noun.start);
    if (!rest.every((t) => MODIFIER_POS.has(t.pos))) return undefined;
    return link[0].includes(',') ? 'apposition' : 'copula';
  }
  const between = text.slice(noun.end, name.start);
  if (NEGATED.test(between)) return undefined;
  if (APPOSITION_BEFORE.test(between)) return 'apposition';
  const copula = COPULA_LAST.exec(between);
  if (!copula) return undefined;
  const rest = tokensIn(tokens, noun.end, noun.end + copula.index);
  return rest.every((t) => PHRASE_POS.has(t.pos)) ? 'copula' : undefined;
}

const isName = (m: ReferringMention): boolean =>
  m.person && m.proper && !m.plural && !m.organisation && !isPronoun(m.word);
const isDescription = (m: ReferringMention): boolean =>
  m.person && !m.proper && !m.plural && !isPronoun(m.word) && isPersonNoun(m.word);

/**
 * For each mention of one document, the index of the named person that a singular common noun
 * phrase describes through apposition or a copula in the same sentence, or undefined. A
 * phrase next to two names ("X, the coach, Y") is neither's.
 */
export function nominalAntecedents(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ReferringMention[],
): (number | undefined)[] {
  return mentions.map((noun) => {
    if (!isDescription(noun)) return undefined;
    const apart = (m: ReferringMention) => m.end <= noun.start || noun.end <= m.start;
    const found = mentions.flatMap((name, j) =>
      isName(name) && apart(name) && describes(text, tokens, name, noun) ? [j] : [],
    );
    return found.length === 1 ? found[0] : undefined;
  });
}
