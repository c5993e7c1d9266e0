import { escapeRegExp, once, reportFurniture, type Span, type TimeExpr } from '../core/index.js';

/**
 * A picture's caption: "In this photo provided by ...", "This satellite image shows ...", "A
 * combination photo shows ...", also after an agency's upper-case slug ("FILE - In this photo ...",
 * "EDS NOTE: GRAPHIC CONTENT - This image ...") or the credit of the picture before; or closing
 * on the picture, set off by a comma ("..., in this handout picture released ...").
 */
const captionPattern = once(() => {
  const { imageNouns, stillImageNouns } = reportFurniture();
  const alternatives = (words: readonly string[]) => `(?:${words.map(escapeRegExp).join('|')})s?`;
  const nouns = alternatives(imageNouns);
  const words = '(?:[\\p{L}-]+\\s+){0,2}?';
  const demonstrative = `(?:in\\s+)?(?:this|these)\\s+${words}${nouns}\\b`;
  const showing = `an?\\s+${words}${alternatives(stillImageNouns)}\\s+(?:shows?|showing)\\b`;
  return {
    opening: new RegExp(`^[^\\p{L}\\p{N}]*(?:${demonstrative}|${showing})`, 'iu'),
    // Wire captions put the picture last: "Smoke rises over the port, in this handout picture released ...".
    closing: new RegExp(`,\\s*(?:in|from)\\s+${demonstrative}`, 'iu'),
  };
});

/** An agency's upper-case slug before a caption: "FILE - ", "EDS NOTE: GRAPHIC CONTENT - ". */
const SLUG = /^[^\p{L}\p{N}]*\p{Lu}[\p{Lu}\s:,]*\s[-\u2013\u2014]\s+/u;
/** The picture credit of the caption before, glued to this one: "(AP Photo/A. Name) ", "(Ministry via AP, File) ". */
const CREDIT = /^\s*\([^()]{1,80}\)\s*/u;

export const isCaption = (s: string): boolean => {
  const { opening, closing } = captionPattern();
  return opening.test(s.replace(CREDIT, '').replace(SLUG, '')) || closing.test(s);
};

/**
 * A picture's caption by its close: agencies end a caption with the day the picture was taken, its
 * year and all, set off by a comma ("... in the capital, Monday, March 7, 2022.", "..., on May 1,
 * 2022."). Prose dates an event without the comma ("signed on March 7, 2015").
 */
export function endsWithPictureDate(text: string, sentence: Span, times: readonly TimeExpr[]): boolean {
  return times.some(
    (t) =>
      t.granularity === 'day' &&
      t.yearStated &&
      t.span.start > sentence.start &&
      t.span.end <= sentence.end &&
      /^[\s.!"'”’)]*$/u.test(text.slice(t.span.end, sentence.end)) &&
      /,\s*(?:on\s+)?$/u.test(text.slice(sentence.start, t.span.start)),
  );
}
