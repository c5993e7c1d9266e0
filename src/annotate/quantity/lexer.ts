/** A token of the quantities scanner: a number, a word or one other character. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly type: 'num' | 'word' | 'punct';
}

// Digits with thousands commas ("11,000") or one decimal part ("1.5", ".5"); words; any other character.
// Each alternative is a simple loop, so the scan is linear in the text.
const tokenPattern = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)|([\p{L}\p{M}]+)|(\S)/gu;

export function lex(text: string): Tok[] {
  const toks: Tok[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m; m = tokenPattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    toks.push({ start, end, type: m[1] ? 'num' : m[2] ? 'word' : 'punct' });
  }
  return toks;
}
