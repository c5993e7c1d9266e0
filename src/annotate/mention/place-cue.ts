import { fold } from './fold.js';
import { isPlaceCue, isWeakPlaceCue, lookupPlace } from './gazetteer.js';
import type { Word } from './word.js';

/** What may follow a name after a weak cue: "in Dabiq, ...", "in Sarmin and Talamenes". */
const CLOSES = /^(?:[,.;)]|and|or)$/;

/** Lowercase, or capitalised only because it opens the sentence ("Near Rawah"). */
const lower = (w: Word | undefined): w is Word => w !== undefined && (!w.cap || w.initial);

/**
 * Does the text around a run say it is a place? A cue before it ("near Sarmada", "the village of
 * Safina", "in Dabiq," closing a phrase), or a comma and a known place after it ("Vermillion, South Dakota").
 */
export function placeCued(words: readonly Word[], first: number, last: number): boolean {
  const prev = words[first - 1];
  const prev2 = words[first - 2];
  if (
    lower(prev) &&
    (isPlaceCue(prev.text) || (lower(prev2) && isPlaceCue(`${fold(prev2.text)} ${fold(prev.text)}`)))
  )
    return true;
  if (lower(prev) && isWeakPlaceCue(prev.text) && CLOSES.test(words[last + 1]?.text ?? '.')) return true;
  const next = words[last + 2];
  if (words[last + 1]?.text !== ',' || !next?.cap) return false;
  const after = words[last + 3];
  return (
    lookupPlace(next.norm) !== undefined ||
    (after?.cap === true && lookupPlace(`${next.norm} ${after.norm}`) !== undefined)
  );
}
