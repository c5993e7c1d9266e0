import type { Quantity, Span } from '../core/index.js';
import { type ClauseProfile, resolvedProfile } from './clause-profile.js';
import { claimRefOf } from './evidence.js';
import { type FigureFact, figureFacts, PEOPLE } from './figure-facts.js';
import { type FigureKind, type Period, periodOf } from './figure-period.js';
import type { DocumentFigures, HandedFacts } from './handed-facts.js';
import { outletOrigin } from './origin.js';
import { resolveSpeaker } from './resolve-speaker.js';
import { speakerPlans } from './speaker-plan.js';
import type { ClaimRef, CorpusDocument, ResolvedEntity } from './types.js';

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

/** Country names and demonyms -> country, from the demonyms of every document. */
function countryIndex(demonyms: readonly (readonly (readonly [string, string])[])[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const own of demonyms) {
    for (const [name, country] of own) {
      out.set(name, country);
      out.set(country.toLowerCase(), country);
    }
  }
  return out;
}

const demonymOf = (country: string, countries: Map<string, string>): string => {
  for (const [word, c] of countries) if (c === country && word !== country.toLowerCase()) return word;
  return country.toLowerCase();
};

/** "the Russian contingent at roughly 9,000 soldiers": troops -> russian-troops. */
function nationalMeasure(
  f: FigureFact,
  countries: Map<string, string>,
  modifiers: ReadonlySet<string>,
): string {
  const key = f.measureKey;
  const words = key.split('-');
  if (words.length > 1 && modifiers.has(words[0] ?? '')) return key;
  if (words.length === 1 && modifiers.has(words[0] ?? '')) return `${key}-${f.next ?? ''}`;
  if (!PEOPLE.has(key)) return key;
  let nearest: { at: number; demonym: string } | undefined;
  for (const [name, at] of f.nationals ?? []) {
    if (!countries.has(name)) continue;
    if (!nearest || at > nearest.at)
      nearest = { at, demonym: demonymOf(countries.get(name) ?? name, countries) };
  }
  return nearest ? `${nearest.demonym}-${key}` : key;
}

/**
 * Where the figure is: the country after to/in/into, else the first country the sentence names.
 * `stated` when the preposition sits in the figure's own clause, a few words on; only such a place
 * is worth showing in a label ("only 3% of citizens think ... Russia's war in Ukraine" is no poll
 * *in* Ukraine), though every place still keeps measures of different countries apart.
 */
function placeOf(
  f: FigureFact,
  countries: Map<string, string>,
): { name: string; stated: boolean; relation: string } | undefined {
  const places = f.places.filter((p) => countries.has(p.name.toLowerCase()));
  const to = places.find((p) => p.to);
  if (to?.to) return { name: to.name, relation: to.to.relation, stated: to.to.stated };
  const first = places[0];
  return first ? { name: first.name, relation: 'in', stated: false } : undefined;
}

/**
 * Every countable figure with a measure key, except hypothetical ones ("without tens of thousands ...").
 * `facts`, when given, holds each document's stored figure facts (read from its annotations when missing).
 */
export function quantityRefs(
  corpus: readonly CorpusDocument[],
  resolved: ReadonlyMap<string, ResolvedEntity>,
  facts?: HandedFacts,
): QuantityRef[] {
  const own: (DocumentFigures | undefined)[] = corpus.map(
    (cd, d) => facts?.takeFigures(d) ?? { figures: figureFacts(cd), speakers: speakerPlans(cd) },
  );
  const countries = countryIndex(own.map((o) => o?.figures.demonyms ?? []));
  // Built once, not per figure: the corpus may name hundreds of countries.
  const modifiers = new Set([...countries.keys()].map((k) => k.split(' ')[0] ?? k));
  const out: QuantityRef[] = [];
  corpus.forEach(({ doc }, d) => {
    const mine = own[d];
    if (!mine) return;
    own[d] = undefined;
    const planOf = (i: number) => mine.speakers[i];
    // Figures of one sentence share its span, as they do in the annotations.
    const sentences = new Map<string, Span>();
    const sentenceOf = (span: Span): Span => {
      const key = `${span.start}:${span.end}`;
      const known = sentences.get(key);
      if (known) return known;
      sentences.set(key, span);
      return span;
    };
    const published = doc.meta.published?.value;
    const outlet = doc.meta.outlet?.value;
    for (const f of mine.figures.figures) {
      const origin =
        (f.attribution !== undefined ? resolveSpeaker(planOf, d, f.attribution, resolved) : undefined) ??
        outletOrigin({ doc });
      const ref = claimRefOf(
        {
          document: doc.id,
          span: f.quantity.span,
          text: f.text ?? f.quantity.text,
          sentence: sentenceOf(f.sentence),
        },
        {
          claim: f.claim,
          quantity: f.quantity,
          polarity: f.polarity,
          probability: f.probability,
          time: f.time,
          origin,
          outlet,
          published,
        },
      ) as ClaimRef & { readonly quantity: Quantity };
      const measure = nationalMeasure(f, countries, modifiers);
      const facet = PEOPLE.has(measure.split('-').at(-1) ?? '') ? f.facet : undefined;
      const place = placeOf(f, countries);
      const period = periodOf(f.time, published);
      out.push({
        partsStated: f.partsStated,
        clause: f.clause,
        siblings: f.siblings,
        ...(f.verb ? { verb: f.verb } : {}),
        kind: f.kind,
        ...(period ? { period } : {}),
        profile: resolvedProfile({ words: new Set(f.words), entityKeys: f.entityKeys }, d, resolved),
        ref,
        doc: d,
        measure,
        ...(facet ? { facet } : {}),
        ...(place ? { place: place.name } : {}),
        ...(place?.stated ? { placeStated: { name: place.name, relation: place.relation } } : {}),
        ...(f.scope ? { scope: f.scope } : {}),
      });
    }
  });
  return out;
}
