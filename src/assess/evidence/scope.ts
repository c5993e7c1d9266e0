import { isTimeNoun } from '../../annotate/attribution/index.js';
import { countryOfCapital, isCountry, lookupPlace } from '../../annotate/mention/index.js';
import { firstStartingAt, type Mention, type Span } from '../../core/index.js';
import type { CorpusDocument, Reconciliation } from '../../resolve/types.js';
import type { Indicator, Question } from '../question/index.js';
import { entityMatcher, fold } from './entity-names.js';

/**
 * The names an indicator's evidence must be about: the question's `scope` names when it states
 * them, else the names in the question itself; plus the indicator's own entities (alternatives) and
 * the names in its name and description ("Russian troops in Belarus" adds Belarus).
 */
export function scopeNames(question: Question, indicator: Indicator): string[] {
  const base = question.scope
    ? [...(question.scope.actors ?? []), ...(question.scope.places ?? [])]
    : namesIn(question.question);
  return [
    ...new Set([
      ...base,
      ...(indicator.match.entities ?? []),
      ...namesIn(indicator.name),
      ...namesIn(indicator.description ?? ''),
    ]),
  ];
}

/**
 * Capitalised words and runs of them, after a text's first word, that name no time: "Russia's war
 * on Ukraine before September" -> Russia, Ukraine.
 */
export function namesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*/gu)) {
    const name = m[0].replace(/['\u2019]s$/u, '');
    if (!isTimeNoun(name)) names.push(name);
  }
  return names;
}

/** The scope name a sentence (or its paragraph) names; '' when the question names none; undefined when out of scope. */
export type ScopeTest = (cd: CorpusDocument, sentence: Span) => string | undefined;

/**
 * How far from a sentence its scope name stands: in the sentence, in the few before it, in the
 * article's lead; or none is named (`absent`), or another local place is (`elsewhere`), or the
 * question names nothing (`unscoped`).
 */
export type ScopeReach = 'sentence' | 'near' | 'lead' | 'absent' | 'elsewhere' | 'unscoped';
export interface ScopeReading {
  readonly name?: string;
  readonly reach: ScopeReach;
}
export type ScopeReader = (cd: CorpusDocument, sentence: Span) => ScopeReading;

/** The scope name of a sentence, by `scopeReader`. */
export function scopeTest(names: readonly string[], reconciliation: Reconciliation): ScopeTest {
  const read = scopeReader(names, reconciliation);
  return (cd, sentence) => read(cd, sentence).name;
}

const ANTECEDENT_SENTENCES = 3;
const LEAD_SENTENCES = 2;

/**
 * Where a sentence's "it", "the plant" or "the ministry" finds its antecedent: the sentence and the
 * few before it within its paragraph (the text between line breaks). Most scraped news has no line
 * breaks at all, so the paragraph alone would be the whole article.
 */
function antecedentWindow(cd: CorpusDocument, s: Span): Span {
  const paragraphStart = cd.doc.text.lastIndexOf('\n', s.start - 1) + 1;
  const sentences = cd.annotations.sentences;
  const first = sentences[Math.max(0, firstStartingAt(sentences, s.start) - ANTECEDENT_SENTENCES)];
  return { start: Math.max(paragraphStart, first?.span.start ?? paragraphStart), end: s.end };
}

/** The lead of an article: its first sentences, which say what the whole article is about. */
function leadOf(cd: CorpusDocument): Span {
  const sentences = cd.annotations.sentences;
  const last = sentences[Math.min(sentences.length, LEAD_SENTENCES) - 1];
  return { start: 0, end: last?.span.end ?? 0 };
}

const inside = (m: Mention, s: Span): boolean => m.span.start >= s.start && m.span.end <= s.end;

/** The scope's places below the level of a country ("Kherson", "the Dnipro"), in the gazetteer's spelling. */
function localPlaces(names: readonly string[]): Set<string> {
  const places = names.map((n) => lookupPlace(n)).filter((p): p is string => p !== undefined);
  return new Set(places.filter((p) => !isCountry(p)));
}

/**
 * Whether, and how near, a sentence is within scope: it names a scope entity, or one of the few sentences before it
 * does (where "the plant", "the ministry" or "it" find their antecedent), or the article's lead does
 * (an article about the scope). A sentence deep in an article about something else, far from the
 * one line that names a scope actor, is out of scope. A question with no names keeps everything.
 * When the scope names places below a country, a sentence that names another such place and none
 * of the scope's is about elsewhere ("the counter-offensive near Kharkiv" for a question on Kherson),
 * whatever actors it names.
 */
export function scopeReader(names: readonly string[], reconciliation: Reconciliation): ScopeReader {
  if (names.length === 0) return () => ({ name: '', reach: 'unscoped' });
  const matchers = names.map((n) => ({ n, match: entityMatcher(n, reconciliation) }));
  const scopeOf = (m: Mention): string | undefined => matchers.find(({ match }) => match(m))?.n;
  const first = (mentions: readonly Mention[]): string | undefined => {
    for (const m of mentions) {
      const name = scopeOf(m);
      if (name !== undefined) return name;
    }
    return undefined;
  };
  const places = localPlaces(names);
  const placeMatchers = matchers.filter(({ n }) => places.has(lookupPlace(n) ?? ''));
  // "the Dnipro River", "the Kherson region": a scope name followed by what kind of place it is.
  const prefixes = placeMatchers.map(({ n }) => `${fold(n)} `);
  const isLocal = (m: Mention): boolean =>
    m.kind === 'place' &&
    (placeMatchers.some(({ match }) => match(m)) || prefixes.some((p) => fold(m.name).startsWith(p)));
  // A capital stands for its government as often as for the city ("essential for Moscow to supply").
  const otherPlace = (m: Mention): boolean => {
    if (m.kind !== 'place' || isLocal(m)) return false;
    const place = lookupPlace(m.name);
    return place !== undefined && !isCountry(place) && countryOfCapital(place) === undefined;
  };
  const elsewhere = (mentions: readonly Mention[]): boolean =>
    places.size > 0 && mentions.some(otherPlace) && !mentions.some(isLocal);
  // What each article's lead names, asked once per article.
  const leads = new WeakMap<CorpusDocument, string | null>();
  return (cd, sentence) => {
    const mentions = cd.annotations.mentions;
    const own = mentions.filter((m) => inside(m, sentence));
    if (elsewhere(own)) return { reach: 'elsewhere' };
    const named = first(own);
    if (named !== undefined) return { name: named, reach: 'sentence' };
    const window = antecedentWindow(cd, sentence);
    const near = first(mentions.filter((m) => inside(m, window)));
    if (near !== undefined) return { name: near, reach: 'near' };
    let lead = leads.get(cd);
    if (lead === undefined) {
      const span = leadOf(cd);
      lead = first(mentions.filter((m) => inside(m, span))) ?? null;
      leads.set(cd, lead);
    }
    return lead === null ? { reach: 'absent' } : { name: lead, reach: 'lead' };
  };
}
