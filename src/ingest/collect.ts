import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Readable } from 'node:stream';
import { type Diagnostic, diagnostic } from '../core/index.js';
import { decodeBytes } from './decode.js';
import { fetchUrl } from './fetch-url.js';
import { gunzipCapped, isGzip, UNPACKED_FACTOR } from './gunzip.js';
import { enrichMeta } from './metadata/enrich.js';
import { SidecarLoader } from './metadata/sidecar.js';
import { isPdf, readPdf } from './pdf/pdf.reader.js';
import type { ReaderInput, ReadOutcome } from './reader.js';
import { failure } from './reader.js';
import { readerFor } from './readers.js';
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, formatCap, formatCount, overCapReason } from './size.js';
import { walkFiles } from './walk.js';

export interface CollectOptions {
  /** Read for the input `-`. */
  readonly stdin?: Readable;
  /** Total time allowed for one URL, redirects and body included; default 15 s. */
  readonly timeoutMs?: number;
  /** Largest file, response or stdin accepted, in bytes; default 20 MB. */
  readonly maxBytes?: number;
  /** Longest text of one article (a file, a record, an item), in characters; default 2 M. */
  readonly maxChars?: number;
  /** Redirects followed for one URL; default 5. */
  readonly maxRedirects?: number;
  /** Whether a URL (and each redirect) may be fetched from this address; every address by default. */
  readonly allowAddress?: (address: string) => boolean;
}

interface Loaded {
  readonly origin: string;
  readonly bytes: Uint8Array;
  readonly extension: string;
  readonly contentType?: string;
  readonly charset?: string;
  /** Set for files, whose sidecars are looked up. */
  readonly path?: string;
  /** The name its format is told by, when not the origin: an upload's file name, a URL's path. */
  readonly name?: string;
}

const fail = (source: string, ruleId: string, reason: string): ReadOutcome =>
  failure(diagnostic(source, ruleId, reason));
const extensionOf = (path: string): string => extname(path).slice(1).toLowerCase();
const isUrl = (input: string): boolean => /^https?:\/\//i.test(input);

const readStdin = async (stream: Readable, maxBytes: number): Promise<Uint8Array | undefined> => {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    total += buf.byteLength;
    if (total > maxBytes) return undefined;
    chunks.push(buf);
  }
  return Buffer.concat(chunks, total);
};

/** A file's bytes, refused from its size alone when it is over the cap. */
const readCappedFile = async (path: string, maxBytes: number): Promise<Uint8Array | string> => {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return overCapReason('file', size, maxBytes);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
};

/** `articles.jsonl.gz` -> `jsonl`: the format inside a compressed file is named before its `.gz`. */
const innerExtension = (loaded: Loaded): string =>
  loaded.extension === 'gz'
    ? extensionOf((loaded.name ?? loaded.origin).replace(/\.gz$/i, ''))
    : loaded.extension;

/**
 * Unpacks gzip (once: gzip inside gzip is refused), reads a PDF from its bytes, and decodes anything
 * else to text for the reader its extension, type or content calls for.
 */
const readBytes = async (loaded: Loaded, maxBytes: number, unpacked = false): Promise<ReadOutcome[]> => {
  if (isGzip(loaded.bytes)) {
    if (unpacked) return [fail(loaded.origin, 'ingest/bad-gzip', 'gzip inside gzip is not read')];
    const got = await gunzipCapped(loaded.bytes, maxBytes * UNPACKED_FACTOR);
    if (!got.ok) return [fail(loaded.origin, got.ruleId, got.reason)];
    const { contentType: _packed, ...rest } = loaded;
    return await readBytes({ ...rest, bytes: got.bytes, extension: innerExtension(loaded) }, maxBytes, true);
  }
  if (isPdf(loaded.bytes)) return await readPdf(loaded.origin, loaded.bytes);
  const decoded = decodeBytes(loaded.bytes, loaded.charset);
  if (!decoded.ok) return [fail(loaded.origin, decoded.ruleId, decoded.reason)];
  const notes: Diagnostic[] =
    decoded.note === undefined ? [] : [diagnostic(loaded.origin, 'ingest/encoding', decoded.note, 'info')];
  const input: ReaderInput = {
    origin: loaded.origin,
    text: decoded.text,
    extension: loaded.extension,
    ...(loaded.contentType === undefined ? {} : { contentType: loaded.contentType }),
  };
  return readSafely(input).map((o) =>
    o.ok && notes.length > 0 ? { ...o, diagnostics: [...notes, ...o.diagnostics] } : o,
  );
};

/** A reader that throws on odd content (a parser's own limits, a stack overflow) fails that input only. */
const readSafely = (input: ReaderInput): ReadOutcome[] => {
  try {
    return readerFor(input).read(input);
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return [
      fail(input.origin, 'ingest/unreadable', `cannot be read (${message.split('\n')[0]?.slice(0, 120)})`),
    ];
  }
};

/** Each article's text within the character cap, whatever the size of the file it came in. */
const capText = (outcome: ReadOutcome, maxChars: number): ReadOutcome =>
  outcome.ok && outcome.article.text.length > maxChars
    ? fail(
        outcome.article.origin,
        'ingest/too-long',
        `text is ${formatCount(outcome.article.text.length)} characters, over the ${formatCount(maxChars)} cap`,
      )
    : outcome;

/** Reads one loaded input and fills in its metadata from its sidecar, its URL and its text. */
const readLoaded = async (
  loaded: Loaded,
  sidecars: SidecarLoader,
  maxBytes = DEFAULT_MAX_BYTES,
  maxChars = DEFAULT_MAX_CHARS,
): Promise<ReadOutcome[]> => {
  const outcomes = (await readBytes(loaded, maxBytes)).map((o) => capText(o, maxChars));
  const sidecar = loaded.path === undefined ? undefined : sidecars.load(loaded.path);
  const sidecarNotes = sidecar?.diagnostics ?? [];
  return outcomes.map((o) => {
    if (!o.ok) return o;
    let article = enrichMeta(o.article, sidecar?.meta);
    if (isUrl(loaded.origin) && article.meta.url === undefined)
      article = { ...article, meta: { ...article.meta, url: loaded.origin } };
    return { ok: true, article, diagnostics: [...sidecarNotes, ...o.diagnostics] };
  });
};

/**
 * Every article in the inputs, as outcomes: paths (files, or folders read recursively), `-` for
 * stdin, and http(s) URLs. A bad input yields one failure naming it and the reason; nothing throws
 * for one input, and the others still come through.
 */
export async function* collectArticles(
  inputs: readonly string[],
  options: CollectOptions = {},
): AsyncGenerator<ReadOutcome> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const limits = {
    timeoutMs: options.timeoutMs ?? 15_000,
    maxBytes,
    maxRedirects: options.maxRedirects ?? 5,
    ...(options.allowAddress ? { allowAddress: options.allowAddress } : {}),
  };
  const sidecars = new SidecarLoader();
  for (const input of inputs) {
    if (input === '-') {
      if (options.stdin === undefined) {
        yield fail('-', 'ingest/no-stdin', 'no standard input given');
        continue;
      }
      const bytes = await readStdin(options.stdin, maxBytes).catch(() => undefined);
      if (bytes === undefined)
        yield fail(
          '-',
          'ingest/too-large',
          `standard input is over the ${formatCap(maxBytes)} cap or unreadable`,
        );
      else yield* await readLoaded({ origin: '-', bytes, extension: '' }, sidecars, maxBytes, maxChars);
    } else if (isUrl(input)) {
      const got = await fetchUrl(input, limits);
      if (!got.ok) yield fail(input, got.ruleId, got.reason);
      else
        yield* await readLoaded(
          {
            origin: input,
            ...got,
            extension: extensionOf(new URL(got.url).pathname),
            name: new URL(got.url).pathname,
          },
          sidecars,
          maxBytes,
          maxChars,
        );
    } else {
      yield* collectPath(input, maxBytes, maxChars, sidecars);
    }
  }
}

/** Contents already in memory (uploads), each named by its origin and read by its name's extension. */
export async function* collectBytes(
  items: readonly { readonly origin: string; readonly name: string; readonly bytes: Uint8Array }[],
): AsyncGenerator<ReadOutcome> {
  const sidecars = new SidecarLoader();
  for (const item of items)
    yield* await readLoaded(
      { origin: item.origin, bytes: item.bytes, extension: extensionOf(item.name), name: item.name },
      sidecars,
    );
}

async function* collectPath(
  path: string,
  maxBytes: number,
  maxChars: number,
  sidecars: SidecarLoader,
): AsyncGenerator<ReadOutcome> {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => e.code ?? 'unreadable');
  if (typeof info === 'string') {
    yield fail(
      path,
      'ingest/not-found',
      info === 'ENOENT' ? 'no such file or folder' : `cannot read (${info})`,
    );
    return;
  }
  const entries = info.isDirectory() ? walkFiles(path) : [{ file: path }];
  for await (const entry of entries) {
    if (!('file' in entry)) {
      yield fail(entry.folder, 'ingest/unreadable-folder', `cannot list the folder (${entry.error})`);
      continue;
    }
    const file = entry.file;
    const bytes = await readCappedFile(file, maxBytes).catch((e: NodeJS.ErrnoException) => e);
    if (typeof bytes === 'string') yield fail(file, 'ingest/too-large', bytes);
    else if (bytes instanceof Error)
      yield fail(file, 'ingest/unreadable', `cannot read (${bytes.code ?? bytes.message})`);
    else
      yield* await readLoaded(
        { origin: file, bytes, extension: extensionOf(file), path: file },
        sidecars,
        maxBytes,
        maxChars,
      );
  }
}
