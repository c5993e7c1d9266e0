import { annotate } from '../annotate/index.js';
import { documentIdOf } from '../core/index.js';
import type { CorpusDocument } from './types.js';

export interface MemoryText {
  readonly text: string;
  readonly outlet?: string;
  /** ISO day of publication; the text is then annotated as of that day. */
  readonly published?: string;
}

/**
 * Texts as ingested and annotated documents, without a store: for tests on hand-written sentences
 * and for callers that already hold text in memory.
 */
export function memoryCorpus(
  texts: readonly (string | MemoryText)[],
  referenceDate = '2022-12-01',
): CorpusDocument[] {
  return texts.map((entry, i) => {
    const { text, outlet, published } = typeof entry === 'string' ? { text: entry } : entry;
    const meta = {
      ...(outlet ? { outlet: { value: outlet, source: 'sidecar' as const } } : {}),
      ...(published
        ? {
            published: {
              value: published,
              precision: 'day' as const,
              source: 'sidecar' as const,
              inferred: false,
            },
          }
        : {}),
    };
    return {
      doc: {
        id: documentIdOf(`${i}\u0000${text}`),
        origin: `memory/${i}.txt`,
        format: 'text',
        text,
        meta,
        ingestedAt: `${referenceDate}T00:00:00Z`,
      },
      annotations: annotate(text, { referenceDate: published ?? referenceDate }),
    };
  });
}
