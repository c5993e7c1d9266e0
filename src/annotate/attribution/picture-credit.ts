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
  const open = text.lastIndexOf('(', span.start);
  if (open < 0 || span.start - open > REACH || text.slice(open, span.start).includes(')')) return false;
  const close = text.indexOf(')', span.end);
  if (close < 0 || close - span.end > REACH || text.slice(span.end, close).includes('(')) return false;
  return imageNoun().test(text.slice(open + 1, close));
}
