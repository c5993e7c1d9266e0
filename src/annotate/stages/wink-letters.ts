/**
 * wink-nlp's tokenizer knows the letters of Latin-1 only: it cuts a word at any other Latin letter
 * ("Çavuşoğlu" -> Çavu | ş | o | ğ | lu, "Wałęsa", "Dvořák"), so names of Turkish, Polish, Czech
 * or Romanian people and places lose their ends. wink reads a copy where each such letter stands in
 * for its base letter (or an x where it has none); every stand-in is one UTF-16 unit like the
 * letter, so offsets, and the token texts taken from the original, are unchanged.
 */
const BEYOND_LATIN1 = /[\u0100-\u024F\u1E00-\u1EFF]/u;
const EVERY_BEYOND_LATIN1 = new RegExp(BEYOND_LATIN1.source, 'gu');

const standIns = new Map<string, string>();

function standIn(letter: string): string {
  let s = standIns.get(letter);
  if (s === undefined) {
    const base = letter.normalize('NFD')[0] ?? '';
    s = /^[A-Za-z]$/.test(base) ? base : letter === letter.toUpperCase() ? 'X' : 'x';
    standIns.set(letter, s);
  }
  return s;
}

/** `text` with every Latin letter beyond Latin-1 replaced by a stand-in of the same length. */
export const winkReadable = (text: string): string =>
  BEYOND_LATIN1.test(text) ? text.replace(EVERY_BEYOND_LATIN1, standIn) : text;
