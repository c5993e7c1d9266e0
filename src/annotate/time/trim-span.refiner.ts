import type { Refiner } from './candidate.js';
import { timeLexicon } from './lexicon.js';

/** A full stop stays after an abbreviation ("Nov.", "Sept."), goes after a word or a number. */
const trailing = /(?:[,;:\s]|(?<=[\p{L}]{5,}|\d)\.)+$/u;

/**
 * chrono keeps a trailing comma ("June,") and a leading preposition ("on Friday"); TimeML spans
 * and our own do not. The prepositions that change the value ("since", "by") are read later from
 * the text before the span.
 */
export const trimSpanRefiner: Refiner = ({ text }, candidates) =>
  candidates.map((c) => {
    if (c.literal) return c; // "at least 72 hours": the literal parsers choose their own spans
    let { start, end } = c;
    const surface = text.slice(start, end);
    const lead = timeLexicon().leadingPreposition.exec(surface);
    if (lead && lead[0].length < surface.length) start += lead[0].length;
    const tail = trailing.exec(text.slice(start, end));
    if (tail && tail[0].length < end - start) end -= tail[0].length;
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
