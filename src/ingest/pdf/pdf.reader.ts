import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type DocumentMeta, diagnostic, type Found } from '../../core/index.js';
import { failure, type ReadOutcome, success } from '../reader.js';
import { pdfDate } from './pdf-date.js';
import { type PdfRun, textOfPages } from './pdf-layout.js';

/** More pages than a news article or report has; a longer file is read up to here, with a warning. */
const MAX_PAGES = 500;

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** Whether the bytes are a PDF file: by its magic number, whatever the name says. */
export const isPdf = (bytes: Uint8Array): boolean => PDF_MAGIC.every((b, i) => bytes[i] === b);

const require = createRequire(import.meta.url);
/** pdfjs reads the metrics of the 14 standard fonts from here; without them it warns on every file. */
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

const foundText = (raw: unknown): Found<string> | undefined =>
  typeof raw === 'string' && raw.trim() !== '' ? { value: raw.trim(), source: 'pdf-info' } : undefined;

function metaOf(info: Record<string, unknown>): DocumentMeta {
  const title = foundText(info.Title);
  const author = foundText(info.Author);
  const published = pdfDate(info.CreationDate) ?? pdfDate(info.ModDate);
  return { ...(title && { title }), ...(author && { author }), ...(published && { published }) };
}

interface TextItem {
  readonly str?: string;
  readonly transform?: readonly number[];
  readonly height?: number;
  readonly hasEOL?: boolean;
}

const runOf = (item: TextItem): PdfRun => ({
  text: item.str ?? '',
  y: item.transform?.[5] ?? 0,
  height: item.height ?? 0,
  endOfLine: item.hasEOL === true,
});

/**
 * A PDF's text layer as one article, with its title, author and creation date from the document
 * information. pdfjs-dist is loaded on the first PDF only. A PDF without text (a scan) or one that
 * cannot be parsed gives one failure naming the reason.
 */
export async function readPdf(origin: string, bytes: Uint8Array): Promise<ReadOutcome[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdfjs takes ownership of (and detaches) the buffer it is given
    isEvalSupported: false,
    disableFontFace: true,
    standardFontDataUrl,
    verbosity: 0,
  });
  try {
    const pdf = await task.promise;
    const pages: PdfRun[][] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, MAX_PAGES); n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push((content.items as TextItem[]).map(runOf));
    }
    const text = textOfPages(pages);
    if (text.trim() === '')
      return [
        failure(diagnostic(origin, 'ingest/pdf-no-text', 'PDF has no text layer (a scan?); nothing to read')),
      ];
    const { info } = await pdf.getMetadata();
    const notes =
      pdf.numPages > MAX_PAGES
        ? [
            diagnostic(
              origin,
              'ingest/pdf-truncated',
              `read the first ${MAX_PAGES} of ${pdf.numPages} pages`,
              'warning',
            ),
          ]
        : [];
    const meta = metaOf((info ?? {}) as Record<string, unknown>);
    return [success({ origin, format: 'pdf', text, meta }, notes)];
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const ruleId = /password/i.test(reason) ? 'ingest/pdf-encrypted' : 'ingest/pdf-unreadable';
    return [failure(diagnostic(origin, ruleId, `cannot read the PDF (${reason})`))];
  } finally {
    await task.destroy();
  }
}
