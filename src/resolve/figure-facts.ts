import {
  asHeading,
  clauseAround,
  contains,
  type Polarity,
  type Quantity,
  type Span,
  sentenceOf,
} from '../core/index.js';
import { clauseFacts } from './clause-profile.js';
import type { FigureKind } from './figure-period.js';
import { figureVerb, NAMED_AS_PART } from './figure-verb.js';
import { firstPhrase, resolveLexicon } from './lexicon.js';
import { attributionFor } from './origin.js';
import type { CorpusDocument } from './types.js';
import { centralOf } from './value-verdict.js';

/** A place mention in a figure's sentence; `to` when it stands after the figure behind a destination word ("... to Russia"). */
export interface PlaceCandidate {
  readonly name: string;
  readonly to?: { readonly relation: string; readonly stated: boolean };
}

/**
 * What clustering needs of one countable figure, read from its document alone. What depends on the
 * collection is left as candidates: which names are countries comes from every document's demonyms,
 * and who speaks from how entities resolve.
 */
export interface FigureFact {
  /** Index into the document's `claims` (-1 when no claim holds the figure). */
  readonly claim: number;
  /** The quantity, its qualifier repaired across a line break. */
  readonly quantity: Quantity;
  readonly polarity: Polarity;
  readonly probability?: number;
  readonly time?: string;
  /** The figure's words where they differ from the quantity's own `text` (its `span` is the figure's). */
  readonly text?: string;
  readonly sentence: Span;
  /** The outermost attribution the figure sits in (its speaker's plan is among the document's). */
  readonly attribution?: number;
  readonly measureKey: string;
  /** The word after the figure, for a measure named by a country's word alone ("Russian recruits"). */
  readonly next?: string;
  /** Demonyms and places before a count of people in its sentence (lower case, with where they start). */
  readonly nationals?: readonly (readonly [string, number])[];
  /** The facet the sentence names, should the measure count people. */
  readonly facet?: string;
  readonly places: readonly PlaceCandidate[];
  readonly scope?: 'partial' | 'cumulative';
  readonly kind: FigureKind;
  readonly verb?: string;
  readonly siblings: number;
  readonly partsStated: readonly number[];
  readonly clause: string;
  /** The figure's clause: its content words and the entity keys it names. */
  readonly words: readonly string[];
  readonly entityKeys: readonly string[];
}

/** What a document's figures need: its demonyms (name -> country) and each countable figure's facts. */
export interface FigureFacts {
  readonly demonyms: readonly (readonly [string, string])[];
  readonly figures: readonly FigureFact[];
}

/** Measures of people take the nationality the sentence gives them; equipment keeps its own key. */
export const PEOPLE = new Set(['troops', 'people', 'volunteers']);
const COUNTABLE = new Set(['count', 'measure', 'money', 'percent']);

/** Words a stated place may stand after the figure: "94 tanks and 65,000 tons of ammunition to Russia". */
const NEAR_WORDS = 6;

export function figureFacts(cd: CorpusDocument): FigureFacts {
  const { annotations, doc } = cd;
  const demonyms: [string, string][] = [];
  for (const m of annotations.mentions)
    if (m.kind === 'demonym' && m.country) demonyms.push([m.name.toLowerCase(), m.country]);
  const figures: FigureFact[] = [];
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
    const scope = scopeOf(text, q.span.start - sentence.start);
    const kind: FigureKind = q.direction
      ? 'change'
      : scope === 'cumulative' || time?.endsWith('/')
        ? 'cumulative'
        : 'level';
    const verb = figureVerb(annotations, doc.text, q.span, sentence);
    const attribution = attributionFor(cd, q.span, claim?.attribution);
    const words = q.measureKey.split('-');
    const facet = Object.entries(resolveLexicon().measureFacets).find(([, cues]) =>
      firstPhrase(text, cues),
    )?.[0];
    const nationals = PEOPLE.has(q.measureKey) ? nationalCandidates(cd, q, sentence) : undefined;
    const clause = clauseFacts(cd, claim?.clause ?? claim?.span ?? sentence);
    const said = doc.text.slice(q.span.start, q.span.end);
    figures.push({
      claim: claimIndex,
      quantity: repairQualifier(doc.text, q),
      polarity: claim?.polarity ?? 'positive',
      ...(claim?.probability !== undefined ? { probability: claim.probability } : {}),
      ...(time !== undefined ? { time } : {}),
      ...(said === q.text ? {} : { text: said }),
      sentence,
      ...(attribution !== undefined ? { attribution } : {}),
      measureKey: q.measureKey,
      ...(words.length === 1 ? { next: nextNoun(cd, q) } : {}),
      ...(nationals ? { nationals } : {}),
      ...(facet ? { facet } : {}),
      places: placeCandidates(cd, q, sentence),
      ...(scope ? { scope } : {}),
      kind,
      ...(verb ? { verb } : {}),
      siblings: annotations.quantities.filter(
        (o) => o !== q && o.measureKey === q.measureKey && contains(sentence, o.span),
      ).length,
      partsStated: annotations.quantities.flatMap((o) => {
        const part =
          o !== q &&
          o.kind === q.kind &&
          contains(sentence, o.span) &&
          NAMED_AS_PART.test(doc.text.slice(sentence.start, o.span.start));
        const v = part ? centralOf(o) : undefined;
        return v === undefined ? [] : [v];
      }),
      clause: asHeading(
        clauseAround(text, { start: q.span.start - sentence.start, end: q.span.end - sentence.start }),
      ),
      words: [...clause.words],
      entityKeys: clause.entityKeys,
    });
  });
  return { demonyms, figures };
}

/** Demonyms and places in the sentence ending within 60 characters before the figure, in text order. */
function nationalCandidates(cd: CorpusDocument, q: Quantity, sentence: Span): [string, number][] {
  const before = cd.doc.text.slice(Math.max(sentence.start, q.span.start - 60), q.span.start);
  if (before.length === 0) return [];
  const out: [string, number][] = [];
  for (const m of cd.annotations.mentions) {
    if (m.kind !== 'demonym' && m.kind !== 'place') continue;
    if (m.span.start < sentence.start || m.span.end > q.span.start) continue;
    if (q.span.start - m.span.end > 60) continue;
    out.push([m.name.toLowerCase(), m.span.start]);
  }
  return out;
}

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

/**
 * The places the sentence names, each with the destination word that sets it after the figure:
 * `stated` when the preposition sits in the figure's own clause, a few words on.
 */
function placeCandidates(cd: CorpusDocument, q: Quantity, sentence: Span): PlaceCandidate[] {
  const out: PlaceCandidate[] = [];
  for (const p of cd.annotations.mentions) {
    if (p.kind !== 'place' || !contains(sentence, p.span)) continue;
    if (p.span.start < q.span.end) {
      out.push({ name: p.name });
      continue;
    }
    const between = cd.doc.text.slice(q.span.end, p.span.start);
    const word = /([\p{L}]+)\s*$/u.exec(between)?.[1]?.toLowerCase() ?? '';
    if (!resolveLexicon().destinationWords.has(word)) {
      out.push({ name: p.name });
      continue;
    }
    const words = between.trim().split(/\s+/).length - 1;
    const stated = words <= NEAR_WORDS && !/[;:]|,\s/.test(between);
    out.push({ name: p.name, to: { relation: word === 'inside' ? 'in' : word, stated } });
  }
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
