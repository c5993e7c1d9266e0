import { annotate } from '../../annotate/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { Indicator } from '../question/index.js';
import { countryOf } from './actor.js';

/** Where a figure goes: the place after "to" or "into"; where it comes from: the place after "from". */
export interface PlaceRoles {
  readonly to?: string;
  readonly from?: string;
}

const PLACE = '(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)';
const place = PLACE;
// "according to X", "due to X" name a source or a cause, not where a thing goes.
const toPattern = new RegExp(
  `(?<!\\b(?:according|due|owing|thanks|next|close|prior|compared|similar)\\s+)\\b(?:to|into|towards)\\s+(?:the\\s+)?${place}`,
  'u',
);
const fromPattern = new RegExp(`\\bfrom\\s+(?:the\\s+)?${place}`, 'u');
const indicatorTo = new RegExp(`\\b(?:to|into|in|towards)\\s+(?:the\\s+)?${place}`, 'u');

/** The roles a sentence gives the places after a figure (up to the end of the sentence). */
export function placeRoles(after: string): PlaceRoles {
  const to = toPattern.exec(after)?.[1];
  const from = fromPattern.exec(after)?.[1];
  return { ...(to ? { to } : {}), ...(from ? { from } : {}) };
}

/**
 * The destination an indicator names for its figures ("heavy equipment arriving in Belarus",
 * "sent to Russia"), from its name, else its cues, else its description ("... agrees to deliver
 * tanks to Ukraine"); undefined when it names none.
 */
export function indicatorDestination(indicator: Indicator): string | undefined {
  for (const text of [indicator.name, ...(indicator.match.cues ?? [])]) {
    const m = indicatorTo.exec(text)?.[1];
    if (m) return m;
  }
  return indicatorGoal(indicator);
}

/** WordNet's file of verbs of possession ("give", "supply", "deliver"). */
const POSSESSION = 40;

/** A verb of handing things over: possession among its first senses ("deliver", "supply"; not "visit", "push"). */
function transfers(word: string): boolean {
  const net = wn();
  if (!net) return false;
  return baseForms(word.toLowerCase(), net).some(
    ([base, pos]) =>
      pos === 'v' &&
      net
        .senses(base, 'v')
        .slice(0, 3)
        .some((o) => net.synset(o, 'v')?.lexFile === POSSESSION),
  );
}

/**
 * Where an indicator says its things are handed over to: the place after the first "to" or "into"
 * that follows a verb of handing over in its clause, in its name, cues or description ("agrees to
 * deliver tanks to Ukraine"; not "bridges to X", "a visit to X", "supply tanks to allies ... that
 * those allies give to Y").
 */
export function indicatorGoal(indicator: Indicator): string | undefined {
  for (const text of [indicator.name, ...(indicator.match.cues ?? []), indicator.description ?? '']) {
    const ann = annotate(text);
    for (const clause of text.split(/(?<=[,;:.()])/u)) {
      const start = text.indexOf(clause);
      const verb = ann.tokens.find(
        (t) =>
          t.pos === 'VERB' &&
          t.span.start >= start &&
          t.span.end <= start + clause.length &&
          transfers(t.lemma ?? text.slice(t.span.start, t.span.end)),
      );
      if (!verb) continue;
      const to = /\b(?:to|into|towards)\s+(?:the\s+)?(.*)$/u.exec(
        text.slice(verb.span.end, start + clause.length),
      );
      if (to) return to[1] === undefined ? undefined : new RegExp(`^${PLACE}`, 'u').exec(to[1])?.[1];
    }
  }
  return undefined;
}

/** Whether two place names name one place, or a country and its capital ("Kyiv" and "Ukraine"). */
const samePlace = (a: string, b: string): boolean => {
  if (a === b) return true;
  const country = countryOf(a);
  return country !== undefined && country === countryOf(b);
};

/** A figure stated as going elsewhere, or as coming from the indicator's destination, is other evidence. */
export const fitsDestination = (destination: string | undefined, roles: PlaceRoles): boolean =>
  destination === undefined ||
  ((roles.to === undefined || samePlace(roles.to, destination)) &&
    (roles.from === undefined || !samePlace(roles.from, destination)));

/** Whether a text names a place, its country, its capital or its people ("Kyiv", "Ukrainian" for Ukraine). */
export function namesPlace(text: string, place: string): boolean {
  if (text.includes(place)) return true;
  const country = countryOf(place);
  return (
    country !== undefined &&
    [...text.matchAll(/\p{Lu}[\p{L}-]*/gu)].some((m) => countryOf(m[0].replace(/-$/u, '')) === country)
  );
}
