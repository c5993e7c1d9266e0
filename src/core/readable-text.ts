/**
 * An accent, a backtick or an opening single quote written between two letters stands for an
 * apostrophe ("Ukraine´s", "Russia`s", "Kyiv‘s"): some pages type it so, and read as written it
 * splits a possessive in two and cuts the name off the noun it owns. Replaced one character for
 * one, so every offset stays the same.
 */
const STRAY_APOSTROPHE = /(?<=\p{L})[´`‘](?=\p{L})/gu;

/** `text` with stray apostrophes read as ’ (same length, same offsets). */
export const readableText = (text: string): string =>
  /[´`‘]/.test(text) ? text.replace(STRAY_APOSTROPHE, '’') : text;
