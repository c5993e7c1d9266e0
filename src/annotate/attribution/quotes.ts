import type { Span } from '../../core/index.js';

/** Quoted passages of a text, found by their opening and closing characters. */
export interface QuoteIndex {
  /** The quote whose opening mark is at this offset. */
  readonly byOpen: ReadonlyMap<number, Span>;
  /** The quote whose closing mark is at this offset. */
  readonly byClose: ReadonlyMap<number, Span>;
}

const openers = new Set(['“', '«', '„']);
const closers = new Set(['”', '»']);
const maxDepth = 8;

/**
 * One linear pass. Curly and guillemet quotes nest (up to a small depth, so hostile text cannot
 * grow a stack); straight double quotes toggle. A line break ends every open quote, so a stray mark
 * never swallows the rest of a document. Spans include the marks.
 */
export function findQuotes(text: string): QuoteIndex {
  const byOpen = new Map<number, Span>();
  const byClose = new Map<number, Span>();
  const stack: { at: number; straight: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: of plain ASCII only the line break and the straight quote matter.
    if (code < 128 && code !== 10 && code !== 34) continue;
    const c = text[i] ?? '';
    if (c === '\n') stack.length = 0;
    else if (c === '"') {
      const top = stack[stack.length - 1];
      if (top?.straight) close(stack.pop()?.at ?? i, i);
      else if (stack.length < maxDepth) stack.push({ at: i, straight: true });
    } else if (openers.has(c)) {
      if (stack.length < maxDepth) stack.push({ at: i, straight: false });
    } else if (closers.has(c)) {
      // Close the innermost curly quote (straight ones left open inside it are dropped).
      let k = stack.length - 1;
      while (k >= 0 && stack[k]?.straight) k--;
      if (k >= 0) {
        close(stack[k]?.at ?? i, i);
        stack.length = k;
      }
    }
  }
  return { byOpen, byClose };

  function close(open: number, at: number): void {
    const span = { start: open, end: at + 1 };
    byOpen.set(open, span);
    byClose.set(at, span);
  }
}
