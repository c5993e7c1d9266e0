import { escapeRegExp, once, reportFurniture, type Span } from '../../core/index.js';

/** How far a credit's brackets may lie from the name inside them. */
const REACH = 60;

const imageNoun = once(() => {
  const { imageNouns } = reportFurniture();
  return new RegExp(`\\b(?:${imageNouns.map(escapeRegExp).join('|')})s?\\b`, 'iu');
});

/**
 * Whether a span lies inside a picture's credit: brackets that name a picture ("(AP Photo/A. Name)",
 * "(Photo by A. Name)"). The photographer named there is no one the article's next "he" stands for.
 */
export function insidePictureCredit(text: string, span: Span): boolean {
  const open = nearestBefore(text, OPEN, span.start);
  if (open < 0 || text.slice(open, span.start).includes(')')) return false;
  const close = nearestAfter(text, CLOSE, span.end);
  if (close < 0 || text.slice(span.end, close).includes('(')) return false;
  return imageNoun().test(text.slice(open + 1, close));
}

const OPEN = 40; // (
const CLOSE = 41; // )

/**
 * The last `char` at or before `at`, no further back than REACH; -1 when there is none. A search of
 * the whole text (lastIndexOf) went back to its start for every name in an article without brackets.
 */
function nearestBefore(text: string, char: number, at: number): number {
  for (let i = Math.min(at, text.length - 1); i >= 0 && at - i <= REACH; i--)
    if (text.charCodeAt(i) === char) return i;
  return -1;
}

/** The first `char` at or after `at`, no further on than REACH; -1 when there is none. */
function nearestAfter(text: string, char: number, at: number): number {
  for (let i = Math.max(at, 0); i < text.length && i - at <= REACH; i++)
    if (text.charCodeAt(i) === char) return i;
  return -1;
}
