import { asHeading, clauseAround, contains, type Quantity, type Span, sentenceOf } from '../core/index.js';
import { type ClauseProfile, clauseProfile } from './clause-profile.js';
import { claimRefOf, evidenceOf } from './evidence.js';
import { type FigureKind, type Period, periodOf } from './figure-period.js';
import { figureVerb, NAMED_AS_PART } from './figure-verb.js';
import { firstPhrase, resolveLexicon } from './lexicon.js';
import { originOf } from './origin.js';
import type { ClaimRef, CorpusDocument, ResolvedEntity } from './types.js';
import { centralOf } from './value-verdict.js';

/** A figure ready to be clustered: its claim reference plus what makes one measure differ from another. */
export interface QuantityRef {
  readonly ref: ClaimRef & { readonly quantity: Quantity };
  readonly doc: number;
  /** The measure key, with a nationality added from the sentence when the figure lacks one. */
  readonly measure: string;
  readonly facet?: string;
  readonly place?: string;
  /** Set when the sentence puts the figure there in so many words ("... to Russia"), not just names it. */
  readonly placeStated?: { readonly name: string; readonly relation: string };
  readonly scope?: 'partial' | 'cumulative';
  /** Level, change or running total: figures of different kinds never conflict. */
  readonly kind: FigureKind;
  readonly period?: Period;
  /** The words and entities of the figure's clause, outside its attribution. */
  readonly profile: ClauseProfile;
  /** Other figures of the same measure in its sentence ("£3,554 in October and £4,650 in January"). */
  readonly siblings: number;
  /** The values its sentence names as parts of it ("the 3,000 include 2,000 from ..."), of any measure or none. */
  readonly partsStated: readonly number[];
  /** The event the figure counts ("killed", "injured"), as a verb lemma. */
  readonly verb?: string;
  /** The clause of its sentence that holds the figure ("Belarus sent at least 94 tanks"). */
  readonly clause: string;
}

/** Measures of people take the nationality the sentence gives them; equipment keeps its own key. */
const PEOPLE = new Set(['troops', 'people', 'volunteers']);
const COUNTABLE = new Set(['count', 'measure', 'money', 'percent']);

/** Country names and demonyms -> country, from the corpus's own demonym mentions. */
export function countryIndex(corpus: readonly CorpusDocument[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { annotations } of corpus) {
    for (const m of annotations.mentions) {
      if (m.kind !== 'demonym' || !m.country) continue;
      out.set(m.name.toLowerCase(), m.country);
      out.set(m.country.toLowerCase(), m.country);
    }
  }
  return out;
}

/** "the Russian contingent at roughly 9,000 soldiers": troops -> russian-troops. */
function nationalMeasure(
  cd: CorpusDocument,
  q: Quantity,
  sentence: Span,
  countries: Map<string, string>,
  modifiers: ReadonlySet<string>,
): string {
  const key = q.measureKey ?? '';
  const words = key.split('-');
  if (words.length > 1 && modifiers.has(words[0] ?? '')) return key;
  if (words.length === 1 && modifiers.has(words[0] ?? '')) return `${key}-${nextNoun(cd, q)}`;
  if (!PEOPLE.has(key)) return key;
  const before = cd.doc.text.slice(Math.max(sentence.start, q.span.start - 60), q.span.start).toLowerCase();
  let nearest: { at: number; demonym: string } | undefined;
  for (const m of cd.annotations.mentions) {
    if (m.kind !== 'demonym' && m.kind !== 'place') continue;
    const name = m.name.toLowerCase();
    if (!countries.has(name) || m.span.start < sentence.start || m.span.end > q.span.start) continue;
    if (q.span.start - m.span.end > 60) continue;
    if (!nearest || m.span.start > nearest.at)
      nearest = { at: m.span.start, demonym: demonymOf(countries.get(name) ?? name, countries) };
  }
  return nearest && before.length > 0 ? `${nearest.demonym}-${key}` : key;
}

const demonymOf = (country: string, countries: Map<string, string>): string => {
  for (const [word, c] of countries) if (c === country && word !== country.toLowerCase()) return word;
  return country.toLowerCase();
};

/** "thousands of Russian recruits" where the thing stopped at "Russian": take the next word. */
function nextNoun(cd: CorpusDocument, q: Quantity): string {
  const word =
    /^\s*([\p{L}-]+)/u.exec(cd.doc.text.slice(q.span.end, q.span.end + 30))?.[1]?.toLowerCase() ?? '';
  return [
    'recruits',
    'soldiers',
    'servicemen',
    'personnel',
    'reservists',
    'conscripts',
    'troops',
    'men',
  ].includes(word)
    ? 'troops'
    : word;
}

/** Words a stated place may stand after the figure: "94 tanks and 65,000 tons of ammunition to Russia". */
const NEAR_WORDS = 6;

/**
 * Where the figure is: the country after to/in/into, else the first country the sentence names.
 * `stated` when the preposition sits in the figure's own clause, a few words on; only such a place
 * is worth showing in a label ("only 3% of citizens think ... Russia's war in Ukraine" is no poll
 * *in* Ukraine), though every place still keeps measures of different countries apart.
 */
function placeOf(
  cd: CorpusDocument,
  q: Quantity,
  sentence: Span,
  countries: Map<string, string>,
): { name: string; stated: boolean; relation: string } | undefined {
  const places = cd.annotations.mentions.filter(
    (m) => m.kind === 'place' && contains(sentence, m.span) && countries.has(m.name.toLowerCase()),
  );
  for (const p of places) {
    if (p.span.start < q.span.end) continue;
    const between = cd.doc.text.slice(q.span.end, p.span.start);
    const word = /([\p{L}]+)\s*$/u.exec(between)?.[1]?.toLowerCase() ?? '';
    if (!resolveLexicon().destinationWords.has(word)) continue;
    const words = between.trim().split(/\s+/).length - 1;
    return {
      name: p.name,
      relation: word === 'inside' ? 'in' : word,
      stated: words <= NEAR_WORDS && !/[;:]|,\s/.test(between),
    };
  }
  const first = places[0];
  return first ? { name: first.name, relation: 'in', stated: false } : undefined;
}

/** Every countable figure with a measure key, except hypothetical ones ("without tens of thousands ..."). */
export function quantityRefs(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
): QuantityRef[] {
  const countries = countryIndex(corpus);
  // Built once, not per figure: the corpus may name hundreds of countries.
  const modifiers = new Set([...countries.keys()].map((k) => k.split(' ')[0] ?? k));
  const out: QuantityRef[] = [];
  corpus.forEach((cd, d) => {
    const { annotations, doc } = cd;
    annotations.quantities.forEach((q, qi) => {
      if (!q.measureKey || !COUNTABLE.has(q.kind)) return;
      const sentence = sentenceOf(annotations, q.span);
      const text = doc.text.slice(sentence.start, sentence.end);
      const clauseBefore = doc.text.slice(sentence.start, q.span.start).split(/[,;:]/).at(-1) ?? '';
      if (firstPhrase(clauseBefore, resolveLexicon().hypotheticalCues)) return;
      const claimIndex = annotations.claims.findIndex((c) => c.quantity === qi || contains(c.span, q.span));
      const claim = annotations.claims[claimIndex];
      const timeIndex = claim?.time ?? nearestTime(cd, q.span, sentence);
      const time = timeIndex !== undefined ? annotations.times[timeIndex]?.value : undefined;
      const published = doc.meta.published?.value;
      const outlet = doc.meta.outlet?.value;
      const quantity = repairQualifier(doc.text, q);
      const ref = claimRefOf(evidenceOf(doc.id, doc.text, annotations, q.span), {
        claim: claimIndex,
        quantity,
        polarity: claim?.polarity ?? 'positive',
        probability: claim?.probability,
        time,
        origin: originOf(cd, d, q.span, resolved, claim?.attribution),
        outlet,
        published,
      }) as ClaimRef & { readonly quantity: Quantity };
      const measure = nationalMeasure(cd, q, sentence, countries, modifiers);
      const facet = !PEOPLE.has(measure.split('-').at(-1) ?? '')
        ? undefined
        : Object.entries(resolveLexicon().measureFacets).find(([, cues]) => firstPhrase(text, cues))?.[0];
      const scope = scopeOf(text, q.span.start - sentence.start);
      const place = placeOf(cd, q, sentence, countries);
      const kind: FigureKind = q.direction
        ? 'change'
        : scope === 'cumulative' || time?.endsWith('/')
          ? 'cumulative'
          : 'level';
      const period = periodOf(time, published);
      const verb = figureVerb(annotations, doc.text, q.span, sentence);
      const siblings = annotations.quantities.filter(
        (o) => o !== q && o.measureKey === q.measureKey && contains(sentence, o.span),
      ).length;
      const partsStated = annotations.quantities.flatMap((o) => {
        const part =
          o !== q &&
          o.kind === q.kind &&
          contains(sentence, o.span) &&
          NAMED_AS_PART.test(doc.text.slice(sentence.start, o.span.start));
        const v = part ? centralOf(o) : undefined;
        return v === undefined ? [] : [v];
      });
      out.push({
        partsStated,
        clause: asHeading(
          clauseAround(text, { start: q.span.start - sentence.start, end: q.span.end - sentence.start }),
        ),
        siblings,
        ...(verb ? { verb } : {}),
        kind,
        ...(period ? { period } : {}),
        profile: clauseProfile(cd, d, claim?.clause ?? claim?.span ?? sentence, resolved),
        ref,
        doc: d,
        measure,
        ...(facet ? { facet } : {}),
        ...(place ? { place: place.name } : {}),
        ...(place?.stated ? { placeStated: { name: place.name, relation: place.relation } } : {}),
        ...(scope ? { scope } : {}),
      });
    });
  });
  return out;
}

/** Where the nearest whole-word cue of a list stands from `at` in `text`; Infinity when none. */
function cueDistance(text: string, at: number, cues: readonly string[]): number {
  const lower = text.toLowerCase();
  let best = Infinity;
  for (const cue of cues) {
    for (let i = lower.indexOf(cue); i >= 0; i = lower.indexOf(cue, i + 1)) {
      if (/\p{L}/u.test(lower[i - 1] ?? '') || /\p{L}/u.test(lower[i + cue.length] ?? '')) continue;
      best = Math.min(best, Math.abs(i - at));
    }
  }
  return best;
}

/**
 * A part ("in October alone") or a running total ("since February"), by the cue nearest the figure:
 * "since the invasion began, 2,345 deaths, the office said in an update last month" is a total.
 */
/** "alone", "this week" qualify a figure next to them (characters), not one a clause away. */
const NEAR_CUE = 60;

function scopeOf(text: string, at: number): 'partial' | 'cumulative' | undefined {
  const partial = cueDistance(text, at, resolveLexicon().partialScopeCues);
  const cumulative = cueDistance(text, at, resolveLexicon().cumulativeScopeCues);
  if (partial > NEAR_CUE && cumulative === Infinity) return undefined;
  return partial < cumulative && partial <= NEAR_CUE ? 'partial' : 'cumulative';
}

function nearestTime(cd: CorpusDocument, span: Span, sentence: Span): number | undefined {
  let best: { i: number; d: number } | undefined;
  cd.annotations.times.forEach((t, i) => {
    if (!contains(sentence, t.span) || !/^\d{4}/.test(t.value)) return; // not durations, sets, PRESENT_REF
    const d = Math.abs(t.span.start - span.start);
    if (!best || d < best.d) best = { i, d };
  });
  return best?.i;
}

/** A qualifier the quantity layer missed across a line break ("at least\n94 T-72 tanks"). */
function repairQualifier(text: string, q: Quantity): Quantity {
  if (q.qualifier) return q;
  const before = text
    .slice(Math.max(0, q.span.start - 14), q.span.start)
    .replace(/\s+/g, ' ')
    .toLowerCase();
  for (const [phrase, qualifier] of Object.entries(resolveLexicon().qualifierRepairs)) {
    if (before.endsWith(` ${phrase} `) || before === `${phrase} `) return { ...q, qualifier };
  }
  return q;
}
