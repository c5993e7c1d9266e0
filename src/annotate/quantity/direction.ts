import { z } from 'zod';
import { loadModel, once, type Quantity } from '../../core/index.js';

export type Direction = 'up' | 'down';

const words = z.array(z.string());
const directionsFile = z.object({ up: words, down: words, skip: words, carry: words, particleVerbs: words });

const lexicon = once(() => {
  const file = loadModel('quantity-directions', directionsFile);
  return {
    verbs: new Map<string, Direction>([
      ...file.up.map((w): [string, Direction] => [w, 'up']),
      ...file.down.map((w): [string, Direction] => [w, 'down']),
    ]),
    skip: new Set(file.skip),
    carry: new Set(file.carry),
    particleVerbs: new Set(file.particleVerbs),
  };
});
const particles = new Set(['up', 'down']);

/** The direction a verb or adverb of change gives ("fell" down, "rose" up), if it is one. */
export const directionOf = (word: string): Direction | undefined => lexicon().verbs.get(word.toLowerCase());

type Located = Pick<Quantity, 'span' | 'text' | 'kind'>;

/** Kinds whose sign, written against the figure, says it is a change: "+0.2%", "$-50.8bn". */
const signedKinds = new Set(['percent', 'money']);

/**
 * Whether each quantity is written as a change up or down: after a verb or adverb of direction
 * ("rose 5%", "fell by 2 points", "were up 0.25 points", "climbed to 6.7%"), with a sign on a
 * percentage or a sum ("+0.2%", "$-50.8bn"; not "-5 yards"), or joined by "or" to a directed figure
 * just before it ("lost 120 points, or 0.4%"). The level reached is no change: in "rose 8% to 99
 * yuan" only 8% is. Quantities in text order.
 */
export function directions(text: string, quantities: readonly Located[]): (Direction | undefined)[] {
  let previous: { end: number; direction: Direction } | undefined;
  let lastDirected: number | undefined;
  return quantities.map((q) => {
    const carried =
      previous && carries(text.slice(previous.end, q.span.start)) ? previous.direction : undefined;
    const before = wordBefore(text, q.span.start);
    // "lost 162 points, or 2.1%, to fall to 7,425": a verb of change in the infinitive after a
    // change already given names the level that change reached.
    const level =
      before?.infinitive === true && lastDirected !== undefined && rightAfter(text, lastDirected, q);
    const direction = signed(text, q) ?? (level ? undefined : before?.direction) ?? carried;
    previous = direction ? { end: q.span.end, direction } : undefined;
    if (direction) lastDirected = q.span.end;
    return direction;
  });
}

/** The infinitive comes right after the figure ending at `end`, a comma at most between: ", to fall to". */
const rightAfter = (text: string, end: number, q: Located): boolean =>
  /^,?\s+to\s+\S+(?:\s+(?:to|by))?\s+$/.test(text.slice(end, q.span.start));

function signed(text: string, q: Located): Direction | undefined {
  if (!signedKinds.has(q.kind)) return undefined;
  if (/^\D{0,3}[-−]\d/.test(q.text)) return 'down';
  return text.charAt(q.span.start - 1) === '+' ? 'up' : undefined;
}

/**
 * The nearest word before `start` that is not a skipped link word ("by", "to"), if it is a direction.
 * An opening bracket or quote may lead it ("(up 5%)"); a word ending a sentence ("closed up.") is no
 * direction of what follows.
 */
function wordBefore(text: string, start: number): { direction: Direction; infinitive: boolean } | undefined {
  const from = Math.max(0, start - 60);
  const { skip, particleVerbs, verbs } = lexicon();
  const words = text.slice(from, start).toLowerCase().split(/\s+/).filter(Boolean);
  if (from > 0) words.shift();
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    const word = (words[k] ?? '').replace(/^[("'“‘]+/, '');
    if (skip.has(word)) continue;
    if (particles.has(word) && particleVerbs.has(words[k - 1] ?? '')) return undefined;
    const direction = verbs.get(word);
    return direction ? { direction, infinitive: words[k - 1] === 'to' } : undefined;
  }
  return undefined;
}

const carries = (between: string): boolean =>
  lexicon().carry.has(between.trim().replace(/^,\s*/, '').replace(/\s+/g, ' ').toLowerCase());
