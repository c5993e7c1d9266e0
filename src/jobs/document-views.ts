import type { DocumentSummary } from '../store/index.js';

/** One stored document as the CLI (`ls --json`, `show --json`) and the API list and show it. */
export const documentJson = (d: DocumentSummary) => ({
  id: d.id,
  title: d.meta.title?.value ?? null,
  outlet: d.meta.outlet?.value ?? null,
  author: d.meta.author?.value ?? null,
  published: d.meta.published ?? null,
  language: d.meta.language?.value ?? null,
  origin: d.origin,
  format: d.format,
  length: d.length,
  ingestedAt: d.ingestedAt,
  nearDuplicateOf: d.nearDuplicateOf ?? null,
  meta: d.meta,
});
