/**
 * An accent, a backtick or an opening single quote written between two letters stands for an
 * apostrophe ("Ukraine´s", "Russia`s", "Kyiv‘s"): some pages type it so, and read as written it
 * splits a possessive in two and cuts the name off the noun it owns. Replaced one character for
 * one, so every offset stays the same.
 */
const STRAY_APOSTROPHE = /(?<=\p{L})[´`‘](?=\p{L})/gu;

const readable = (text: string): string => (/[´`‘]/.test(text) ? text.replace(STRAY_APOSTROPHE, '’') : text);

/** The last text asked about and its answer: every stage of a document asks about the same text. */
let last: { readonly text: string; readonly readable: string } | undefined;

/** `text` with stray apostrophes read as ’ (same length, same offsets). */
export const readableText = (text: string): string => {
  if (last?.text !== text) last = { text, readable: readable(text) };
  return last.readable;
};
