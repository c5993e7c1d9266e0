import { type CyrillicEncoding, guessCyrillic } from './cyrillic-encoding.js';
import { firstInvalidUtf8 } from './utf8-validate.js';

/** Bytes turned into text, or the reason they were not. */
export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly note?: string }
  | { readonly ok: false; readonly ruleId: string; readonly reason: string };

const MAGIC: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['GZIP archive', [0x1f, 0x8b]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
];
const SAMPLE = 8192;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

/** A name for the kind of binary content, or undefined when the bytes may be text. */
export const binaryKind = (bytes: Uint8Array): string | undefined => {
  for (const [name, magic] of MAGIC) if (startsWith(bytes, magic)) return name;
  const end = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'NUL bytes';
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) controls++;
  }
  return end > 0 && controls / end > 0.1 ? 'mostly control bytes' : undefined;
};

/**
 * Cyrillic in a single-byte encoding (Windows-1251, KOI8-R/U, ISO-8859-5) has its high bytes in
 * runs (whole words), almost all of them in the letter rows 0xB0-0xFF; Latin-1 text in a Western
 * language has isolated high bytes between ASCII letters.
 */
export const looksLikeSingleByteCyrillic = (bytes: Uint8Array): boolean => {
  let high = 0;
  let letters = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xb0 || b === 0xa8 || b === 0xa3) letters++;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns++;
  }
  return high >= 4 && letters / high >= 0.8 && inRuns / high >= 0.6;
};

const LABELS: Record<CyrillicEncoding, string> = {
  'windows-1251': 'Windows-1251',
  'koi8-r': 'KOI8-R',
  'koi8-u': 'KOI8-U',
  'iso-8859-5': 'ISO-8859-5',
};

const isBlank = (text: string): boolean => /^[\s\uFEFF\u200B]*$/.test(text);

const textOf = (text: string, encoding: string, note?: string): Decoded => {
  if (isBlank(text)) return { ok: false, ruleId: 'ingest/empty', reason: 'empty' };
  return note === undefined ? { ok: true, text, encoding } : { ok: true, text, encoding, note };
};

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The native decoder is fast; the offset of a bad byte is looked for only when it fails. */
const strictUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
};

const decoderFor = (label: string | undefined): InstanceType<typeof TextDecoder> | undefined => {
  if (label === undefined || /^(utf-?8|us-ascii|ascii)$/i.test(label)) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
};

/**
 * UTF-8 (BOM or not), UTF-16 with a BOM; when the bytes are not valid UTF-8, the charset a server
 * declared, or a legacy Cyrillic encoding when they look like one, told apart by letter statistics
 * (with a note that names it, and says when it is only a guess); else a refusal.
 */
export const decodeBytes = (bytes: Uint8Array, declaredCharset?: string): Decoded => {
  if (bytes.length === 0) return { ok: false, ruleId: 'ingest/empty', reason: 'empty' };
  if (startsWith(bytes, [0xff, 0xfe])) return textOf(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return textOf(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  const binary = binaryKind(bytes);
  if (binary !== undefined) return { ok: false, ruleId: 'ingest/binary', reason: `binary file (${binary})` };
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return textOf(utf8, 'utf-8');
  const invalidAt = firstInvalidUtf8(bytes);
  const declared = decoderFor(declaredCharset);
  if (declared !== undefined) {
    return textOf(
      declared.decode(bytes),
      declared.encoding,
      `not UTF-8; decoded as ${declared.encoding} as declared`,
    );
  }
  if (looksLikeSingleByteCyrillic(bytes)) {
    const guess = guessCyrillic(bytes);
    const doubt = guess.sure ? '' : `, a guess: ${LABELS[guess.runnerUp]} reads almost as well`;
    const note = `not valid UTF-8; decoded as ${LABELS[guess.encoding]} (Cyrillic)${doubt}`;
    return textOf(guess.text, guess.encoding, note);
  }
  return { ok: false, ruleId: 'ingest/encoding', reason: `invalid UTF-8 at byte ${invalidAt}` };
};
