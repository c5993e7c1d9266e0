import type { UploadItem } from './read-uploads.js';

/** A file's name made safe to show as an origin: its base name, no control characters. */
export const uploadName = (name: string): string =>
  (name.split(/[\\/]/).pop() ?? '').replace(/\p{Cc}/gu, '').slice(-120) || 'upload';

/** Uploaded files as the readers take them, each with the origin `upload:<file name>`. */
export const uploadItems = (
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): UploadItem[] =>
  files.map((f) => ({ origin: `upload:${uploadName(f.name)}`, name: uploadName(f.name), bytes: f.bytes }));
