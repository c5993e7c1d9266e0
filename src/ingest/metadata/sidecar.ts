import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { type Diagnostic, type DocumentMeta, diagnostic } from '../../core/index.js';
import { dateValueOf } from './date-patterns.js';

/** What a sidecar may say about a file; null means "not known" (the file does not say). */
const Fields = z.object({
  title: z.string().nullish(),
  outlet: z.string().nullish(),
  author: z.string().nullish(),
  published: z.union([z.string(), z.number()]).nullish(),
  language: z.string().nullish(),
  url: z.string().nullish(),
});
const SourcesFile = z.object({ documents: z.array(Fields.extend({ file: z.string() })) });
type SidecarFields = z.infer<typeof Fields>;

export const SOURCES_FILE = 'sources.json';
export const META_SUFFIX = '.meta.json';

export const sidecarMeta = (f: SidecarFields): DocumentMeta => {
  const source = 'sidecar' as const;
  const date = dateValueOf(f.published ?? undefined);
  return {
    ...(f.title ? { title: { value: f.title, source } } : {}),
    ...(f.outlet ? { outlet: { value: f.outlet, source } } : {}),
    ...(f.author ? { author: { value: f.author, source } } : {}),
    ...(date ? { published: { ...date, source, inferred: false } } : {}),
    ...(f.language ? { language: { value: f.language, source } } : {}),
    ...(f.url ? { url: f.url } : {}),
  };
};

type Loaded<T> = { readonly value?: T; readonly diagnostics: readonly Diagnostic[] };

const loadJson = <T>(path: string, schema: z.ZodType<T>): Loaded<T> => {
  if (!existsSync(path)) return { diagnostics: [] };
  try {
    const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (parsed.success) return { value: parsed.data, diagnostics: [] };
    const issue = parsed.error.issues[0];
    const reason = `sidecar ignored: ${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`;
    return { diagnostics: [diagnostic(path, 'ingest/sidecar', reason, 'warning')] };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return {
      diagnostics: [diagnostic(path, 'ingest/sidecar', `sidecar ignored: not JSON (${why})`, 'warning')],
    };
  }
};

/**
 * Reads sidecars for files: `sources.json` of the file's folder (read once per folder, its
 * problems reported once) and `<file>.meta.json`, which wins over it.
 */
export class SidecarLoader {
  readonly #folders = new Map<string, Map<string, SidecarFields>>();

  load(path: string): { meta: DocumentMeta; diagnostics: Diagnostic[] } {
    const diagnostics: Diagnostic[] = [];
    const folder = dirname(path);
    let byFile = this.#folders.get(folder);
    if (byFile === undefined) {
      const sources = loadJson(join(folder, SOURCES_FILE), SourcesFile);
      diagnostics.push(...sources.diagnostics);
      byFile = new Map((sources.value?.documents ?? []).map((d) => [d.file, d]));
      this.#folders.set(folder, byFile);
    }
    const own = loadJson(`${path}${META_SUFFIX}`, Fields);
    diagnostics.push(...own.diagnostics);
    const fromFolder = sidecarMeta(byFile.get(basename(path)) ?? {});
    return { meta: { ...fromFolder, ...(own.value ? sidecarMeta(own.value) : {}) }, diagnostics };
  }
}
