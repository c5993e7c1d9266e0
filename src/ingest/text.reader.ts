import type { DocumentMeta } from '../core/index.js';
import { type Reader, success } from './reader.js';
import { stripTextBoilerplate } from './text-boilerplate.js';

const MAX_TITLE = 150;

/**
 * A plain-text file's title, when its first line stands alone above a blank line, is short and
 * does not end like a sentence of running text.
 */
export const firstLineTitle = (text: string): string | undefined => {
  const m = /^\s*([^\n]+?)[ \t]*\r?\n[ \t]*\r?\n/.exec(text);
  const line = m?.[1]?.trim();
  if (line === undefined || line.length > MAX_TITLE || /[.,;:]$/.test(line)) return undefined;
  return line;
};

export const textReader: Reader = {
  name: 'text',
  // The fallback: last in the list of readers, it takes whatever no other reader took.
  accepts: () => true,
  read: (input) => {
    const title = firstLineTitle(input.text);
    const meta: DocumentMeta = title === undefined ? {} : { title: { value: title, source: 'inferred' } };
    return [success({ origin: input.origin, format: 'text', text: stripTextBoilerplate(input.text), meta })];
  },
};
