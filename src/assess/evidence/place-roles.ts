import { baseForms, wn } from '../meaning/word-forms.js';
import type { Indicator } from '../question/index.js';
import { countryOf } from './actor.js';

/** Where a figure goes: the place after "to" or "into"; where it comes from: the place after "from". */
export interface PlaceRoles {
  readonly to?: string;
  readonly from?: string;
}

const place = '(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)';
// "according to X", "due to X" name a source or a cause, not where a thing goes.
const toPattern = new RegExp(
  `(?<!\\b(?:according|due|owing|thanks|next|close|prior|compared|similar)\\s+)\\b(?:to|into|towards)\\s+(?:the\\s+)?${place}`,
  'u',
);
const fromPattern = new RegExp(`\\bfrom\\s+(?:the\\s+)?${place}`, 'u');
const indicatorTo = new RegExp(`\\b(?:to|into|in|towards)\\s+(?:the\\s+)?${place}`, 'u');
// A description says where things are "in" as often as where they go ("killed in Ukraine").
const descriptionTo = new RegExp(`\\b(?:to|into|towards)\\s+(?:the\\s+)?${place}`, 'u');

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

/** WordNet's files of verbs of motion and of possession ("send", "move"; "give", "supply"). */
const MOTION = 38;
const POSSESSION = 40;

/** A verb of handing over or moving things: possession among its first senses, or motion first ("deliver", "send"; not "visit"). */
function transfers(word: string): boolean {
  const net = wn();
  if (!net) return false;
  return baseForms(word.toLowerCase(), net).some(([base, pos]) => {
    if (pos !== 'v') return false;
    const files = net
      .senses(base, 'v')
      .slice(0, 3)
      .map((o) => net.synset(o, 'v')?.lexFile);
    return files[0] === MOTION || files.includes(POSSESSION);
  });
}

/**
 * Where an indicator says its things are handed or moved to: the place after "to" or "into" that a
 * verb of transfer before it in its clause governs, in its name, cues or description ("agrees to
 * deliver tanks to Ukraine"; not "bridges to X", "a visit to X").
 */
export function indicatorGoal(indicator: Indicator): string | undefined {
  for (const text of [indicator.name, ...(indicator.match.cues ?? []), indicator.description ?? '']) {
    for (const m of text.matchAll(new RegExp(descriptionTo.source, 'gu'))) {
      const clause =
        text
          .slice(0, m.index)
          .split(/[,;:.()]/u)
          .pop() ?? '';
      if (m[1] && clause.split(/\s+/u).slice(-6).some(transfers)) return m[1];
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
