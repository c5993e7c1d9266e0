import { feedReader } from './feed.reader.js';
import { htmlReader } from './html.reader.js';
import { jsonlReader } from './jsonl.reader.js';
import { markdownReader } from './markdown.reader.js';
import type { Reader, ReaderInput } from './reader.js';
import { textReader } from './text.reader.js';

/**
 * Readers in the order they are asked; the first that accepts an input reads it. Order matters:
 * feed and HTML sniff the content first (an `.xml` page or a `.txt` feed), and text comes last
 * because it takes anything.
 */
export const readers: readonly Reader[] = [feedReader, htmlReader, markdownReader, jsonlReader, textReader];

export const readerFor = (input: ReaderInput): Reader => readers.find((r) => r.accepts(input)) ?? textReader;
