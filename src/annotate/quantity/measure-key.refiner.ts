import { type Candidate, candidate, type Refiner } from './candidate.js';
import { lexicon } from './lexicon.js';

/**
 * A normalized key of what a figure measures, to compare figures across documents:
 * - with a thing: the lower-cased head noun, mapped through the synonym table (soldiers, personnel,
 *   servicemen -> troops), after the modifiers that change what is counted (nationality, wounded,
 *   killed): "9,000 mobilized Russian soldiers" -> "russian-troops", "94 T-72 tanks" -> "tanks";
 * - a measure adds its unit in the plural: "65,000 tons of ammunition" -> "ammunition-tons";
 *   a percentage adds "percent": "90% of respondents" -> "respondents-percent";
 * - without a thing: money is its currency code ("usd"), a measure its unit ("tons").
 */
export const measureKeyRefiner: Refiner = (_ctx, candidates) =>
  candidates.map((c) => {
    const key = measureKey(c);
    return key ? candidate({ ...c, measureKey: key }) : c;
  });

function measureKey(c: Candidate): string | undefined {
  const unitKey = c.unit ? plural(c.unit.replaceAll(' ', '-')) : undefined;
  if (!c.thing) {
    if (c.kind === 'money' || c.kind === 'rate') return c.currency ? c.currency.toLowerCase() : unitKey;
    return c.kind === 'measure' ? unitKey : undefined;
  }
  const words = c.thing.toLowerCase().split(/\s+/);
  const last = words.at(-1) ?? '';
  const lastTwo = words.slice(-2).join(' ');
  const twoWords = lexicon.measureKeySynonyms.get(lastTwo);
  const synonym = twoWords ?? lexicon.measureKeySynonyms.get(last);
  const modifiers = words.slice(0, twoWords ? -2 : -1).filter((w) => lexicon.measureKeyModifiers.has(w));
  const head = [...modifiers, synonym ?? last].join('-');
  if (c.kind === 'percent') return `${head}-percent`;
  if (c.kind === 'measure' && unitKey) return `${head}-${unitKey}`;
  return head;
}

const plural = (unit: string): string => (unit.endsWith('s') || unit === 'mm' ? unit : `${unit}s`);
