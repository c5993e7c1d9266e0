import type { Diagnostic, RawArticle } from '../core/index.js';

/** One input, already decoded to text: a file, a fetched URL, stdin. */
export interface ReaderInput {
  /** A path, a URL or `-`; readers name items inside it `origin#item 3` or `origin#line 3`. */
  readonly origin: string;
  readonly text: string;
  /** The HTTP content type (without parameters), when the input came from a URL. */
  readonly contentType?: string;
  /** Lower-case, without the dot; '' when there is none. */
  readonly extension: string;
}

export type ReadOutcome =
  | { readonly ok: true; readonly article: RawArticle; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly diagnostic: Diagnostic };

/** A format: whether it takes an input (by extension, content type or sniffing), and how to read it. */
export interface Reader {
  readonly name: string;
  accepts(input: ReaderInput): boolean;
  read(input: ReaderInput): ReadOutcome[];
}

export const success = (article: RawArticle, diagnostics: readonly Diagnostic[] = []): ReadOutcome => ({
  ok: true,
  article,
  diagnostics,
});

export const failure = (diagnostic: Diagnostic): ReadOutcome => ({ ok: false, diagnostic });

/** The start of a text, for sniffing its format without scanning all of it. */
export const head = (input: ReaderInput, length = 2048): string => input.text.slice(0, length);

const PROLOG =
  /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)*<([A-Za-z][\w:.-]*)/i;

/** The name of the first element of a markup document (after the XML declaration, comments and doctype). */
export const firstElement = (input: ReaderInput): string | undefined =>
  PROLOG.exec(head(input, 8192))?.[1]?.toLowerCase();
