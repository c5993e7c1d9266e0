/** wink-nlp reads a text in pieces of at least this many characters (see `pieces`). */
export const PIECE_CHARS = 10_000;

/**
 * `text` cut before the space of each sentence end that lies at least `min` characters past the
 * previous cut: a word of three or more lower-case letters, ".", "!" or "?", one space, a capital
 * letter (not "Mr. Smith", "U.S. Army" or "Gen. Zaluzhny", where wink reads no end). wink-nlp keeps
 * all it makes for a document alive until the document is read, and on a long one the collector
 * copied most of it: wink's own time per character doubled from 10 KB to 100 KB of prose. In pieces
 * its work per character stays that of a short text. The pieces are read as one document (what wink
 * learned from the earlier ones stays), and each cut falls where wink ends a sentence anyway, so the
 * layers are the same (wink-pieces.test.ts). No piece is shorter than `min`, the last included.
 */
export function pieces(text: string, min: number = PIECE_CHARS): string[] {
  if (text.length < 2 * min) return [text];
  const out: string[] = [];
  let from = 0;
  for (let i = min; i < text.length - min; i++) {
    if (text.charCodeAt(i) !== 32 || i - from < min || !capital(text.charCodeAt(i + 1))) continue;
    const stop = text.charCodeAt(i - 1);
    if ((stop === 46 || stop === 33 || stop === 63) && lowerWordBefore(text, i - 1)) {
      out.push(text.slice(from, i));
      from = i;
      i += min - 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

const capital = (c: number): boolean => c >= 65 && c <= 90;

/** Three lower-case letters end just before `i`. */
function lowerWordBefore(text: string, i: number): boolean {
  for (let k = i - 3; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
