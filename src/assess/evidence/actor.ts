import { z } from 'zod';
import { countryOfPlace, lookupDemonym } from '../../annotate/mention/index.js';
import {
  type Annotations,
  firstStartingAt,
  loadModel,
  once,
  type Span,
  type Token,
} from '../../core/index.js';
import type { Indicator } from '../question/index.js';
import { firstVerbIn } from './first-verb.js';

/** The country a word names: a demonym ("Russian"), a country or its capital ("Moscow" said). */
export function countryOf(word: string): string | undefined {
  const demonym = lookupDemonym(word);
  if (demonym) return demonym;
  return countryOfPlace(word);
}

/**
 * The countries of the actors an indicator's name opens with: a demonym, a country or its capital,
 * or a list of them joined by "and", "or" or commas ("Ukrainian advances ...", "Russia says ...",
 * "Tehran or Moscow deny ..."); empty when it opens otherwise ("Strike group forming near the
 * Ukrainian border" names no actor so). `joint` when "and" joins two or more: the name is about
 * what they do together or to each other.
 */
export function nameActors(indicator: Indicator): {
  readonly countries: readonly string[];
  readonly joint: boolean;
} {
  const words = indicator.name.trim().split(/\s+/);
  const countries: string[] = [];
  let joint = false;
  for (let i = 0; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/,$/u, '');
    const country = countryOf(word);
    if (country === undefined) break;
    countries.push(country);
    const next = words[i + 1]?.toLowerCase();
    if (next === 'and' || next === 'or') {
      joint ||= next === 'and';
      i++;
    } else if (!(words[i] ?? '').endsWith(',')) break;
  }
  return { countries, joint: joint && new Set(countries).size > 1 };
}

/** The country of the (first) actor an indicator's name opens with; undefined when none. */
export const nameActor = (indicator: Indicator): string | undefined => nameActors(indicator).countries[0];

/**
 * The countries a sentence names: by a country, capital or demonym, or by a person the document
 * gives a country ("U.S. President X", then "X").
 */
export function countriesNamed(text: string, ann: Annotations, sentence: Span): ReadonlySet<string> {
  const out = new Set<string>();
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/\p{Lu}\p{L}*/gu)) {
    const country = countryOf(m[0]);
    if (country) out.add(country);
  }
  for (const m of ann.mentions) {
    if (m.span.start < sentence.start || m.span.end > sentence.end) continue;
    const country = m.country ?? entityCountry(ann, m.entity);
    if (country) out.add(country);
  }
  return out;
}

/** The country a reported speaker's words name ("Western officials": none; "the Ukrainian Defense Ministry": Ukraine). */
function speakerCountry(speaker: string): string | undefined {
  for (const word of speaker.split(/[\s'\u2019]+/u)) {
    const country = countryOf(word);
    if (country !== undefined) return country;
  }
  return undefined;
}

/** The country the document gives a person where it names them with a title ("U.S. President X", then "X said"). */
const entityCountry = (ann: Annotations, entity: string | undefined): string | undefined =>
  entity === undefined ? undefined : ann.mentions.find((m) => m.entity === entity && m.country)?.country;

/**
 * Whether the matched words are reported from a speaker of another country than the actor
 * ("Western officials said Russia plans to retreat" is no Russian official's signal), by the
 * speaker's words or by the title the document gives the speaker elsewhere; unless what they report
 * is itself an act of the indicator's saying ("German officials said Kyiv had asked for tanks"
 * reports the asking).
 */
export function otherSpeaker(
  text: string,
  ann: Annotations,
  at: Span,
  actor: string,
  saying: ReadonlySet<string>,
): boolean {
  return [...ann.attributions, ...ann.attitudes].some((a) => {
    if (a.content.start > at.start || a.content.end < at.end) return false;
    const country =
      speakerCountry(a.speaker.resolvesTo ?? a.speaker.text) ?? entityCountry(ann, a.speaker.entity);
    if (country === undefined || country === actor) return false;
    return !ann.tokens.some(
      (t) =>
        t.span.start >= a.content.start &&
        t.span.end <= a.content.end &&
        [text.slice(t.span.start, t.span.end).toLowerCase(), (t.lemma ?? '').toLowerCase()].some((w) =>
          saying.has(w),
        ),
    );
  });
}

/** Tokens a subject's noun phrase is made of, its possessive ending included. */
const PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);
/** Tokens between a subject and its verb. */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

const wordAt = (text: string, t: Token | undefined): string =>
  t ? text.slice(t.span.start, t.span.end) : '';

/** The country named in the noun phrase that ends at token j, nearest its head first; undefined when none. */
function countryInPhrase(
  text: string,
  tokens: readonly Token[],
  j: number,
  start: number,
): string | undefined {
  for (let k = j; k >= 0; k--) {
    const t = tokens[k];
    if (!t || t.span.start < start || !PHRASE.has(t.pos)) return undefined;
    const country = countryOf(wordAt(text, t));
    if (country) return country;
  }
  return undefined;
}

/**
 * The country of who takes part in the act a cue names: for a verb, the country its subject names,
 * the doer in the active voice ("Russian troops had retreated", "Moscow is piling in
 * reinforcements"), who undergoes it in the passive ("14,000 Ukrainians were killed" are no Russian
 * losses); for a noun, the country named right before it ("the Russian advances", "Ukraine's
 * counteroffensive"). Undefined when none is named there (a pronoun, a subject of no country).
 */
export function participantCountry(
  text: string,
  ann: Annotations,
  at: Span,
  sentence: Span,
): string | undefined {
  const tokens = ann.tokens;
  const first = firstStartingAt(tokens, at.start);
  const v = firstVerbIn(tokens, at);
  if (v === undefined) return countryInPhrase(text, tokens, first - 1, sentence.start);
  if (v !== first) return undefined;
  let j = v - 1;
  while (tokens[j] && BETWEEN.has(tokens[j]?.pos ?? '')) j--;
  return countryInPhrase(text, tokens, j, sentence.start);
}

const evidenceFile = z.object({ pairReferences: z.array(z.string().min(1)) });
const pairReferences = once(() =>
  loadModel('assess-evidence', evidenceFile).pairReferences.map((p) => new RegExp(p, 'iu')),
);

/** Whether a sentence names both parties of a relation at once ("the two countries", "each other"). */
export const namesPair = (sentence: string): boolean => pairReferences().some((p) => p.test(sentence));
