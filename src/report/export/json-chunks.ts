import { closeSync, openSync, writeSync } from 'node:fs';

/** How deep the writer walks before it hands a value to JSON.stringify whole (documents, clusters). */
const WALK_DEPTH = 2;
/** Bytes gathered before one write. */
const FLUSH_AT = 1 << 20;

/**
 * The text of `JSON.stringify(value, null, 2)`, in pieces: the top levels are walked and each value
 * below them is stringified alone, so no single string has to hold a whole collection (V8 refuses
 * strings over about 512 MB: thousands of documents with their annotations pass that).
 */
export function* jsonChunks(value: unknown, depth = 0, indent = ''): Generator<string> {
  const inner = `${indent}  `;
  if (depth >= WALK_DEPTH || value === null || typeof value !== 'object' || hasToJson(value)) {
    yield reindent(JSON.stringify(value, null, 2) ?? 'null', indent);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return yield '[]';
    yield '[\n';
    for (let i = 0; i < value.length; i++) {
      yield inner;
      const item: unknown = value[i];
      yield* jsonChunks(item === undefined || typeof item === 'function' ? null : item, depth + 1, inner);
      yield i < value.length - 1 ? ',\n' : '\n';
    }
    return yield `${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  if (entries.length === 0) return yield '{}';
  yield '{\n';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i] as [string, unknown];
    yield `${inner}${JSON.stringify(key)}: `;
    yield* jsonChunks(v, depth + 1, inner);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function';

/** A stringified value placed at `indent`: its inner lines move right by as much. */
const reindent = (text: string, indent: string): string =>
  indent === '' ? text : text.replaceAll('\n', `\n${indent}`);

/**
 * The text of `JSON.stringify(value)` (no spaces), in pieces like `jsonChunks`; each value below
 * the top levels starts on a line of its own, so a large file still reads a record a line.
 */
export function* compactChunks(value: unknown, depth = 0): Generator<string> {
  if (depth >= WALK_DEPTH || value === null || typeof value !== 'object' || hasToJson(value)) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      yield i > 0 ? ',\n' : '\n';
      yield* compactChunks(item === undefined || typeof item === 'function' ? null : item, depth + 1);
    }
    return yield value.length > 0 ? '\n]' : ']';
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, v] = entries[i] as [string, unknown];
    yield `${i > 0 ? ',\n' : '\n'}${JSON.stringify(key)}:`;
    yield* compactChunks(v, depth + 1);
  }
  yield entries.length > 0 ? '\n}' : '}';
}

/**
 * Writes `value` as JSON (and a final newline) to `path` without building one string of it:
 * pretty by default, compact (a record a line, no indentation) with `compact`.
 */
export function writeJsonFile(path: string, value: unknown, options: { compact?: boolean } = {}): void {
  const chunks = options.compact ? compactChunks(value) : jsonChunks(value);
  writeChunks(
    path,
    (function* () {
      yield* chunks;
      yield '\n';
    })(),
  );
}

/** Writes a file from its pieces, about a megabyte a write, never holding more of it. */
export function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= FLUSH_AT) {
        writeSync(fd, buffer);
        buffer = '';
      }
    }
    if (buffer !== '') writeSync(fd, buffer);
  } finally {
    closeSync(fd);
  }
}
