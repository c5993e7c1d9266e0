import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

export interface PdfSpec {
  readonly paragraphs: readonly string[];
  readonly title?: string;
  readonly author?: string;
  readonly created?: Date;
  /** A line printed at the top of every page, as reports do. */
  readonly header?: string;
  /** Print "Page n" at the foot of every page. */
  readonly pageNumbers?: boolean;
  /** Break this word over two lines with a hyphen, the first time it is met. */
  readonly hyphenate?: string;
}

const SIZE = 11;
const LEADING = 14;
const MARGIN = 56;
const [WIDTH, HEIGHT] = [595, 842];

/** Keeps only what the standard Helvetica can encode (WinAnsi); the rest becomes "?". */
const encodable = (font: PDFFont, text: string): string =>
  [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return '?';
      }
    })
    .join('');

/** Lines of at most `width` points, broken between words. */
function wrap(
  font: PDFFont,
  text: string,
  width: number,
  hyphenate: { word?: string | undefined },
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (hyphenate.word && word === hyphenate.word && line !== '') {
      const cut = Math.ceil(word.length / 2);
      lines.push(`${line} ${word.slice(0, cut)}-`);
      line = word.slice(cut);
      hyphenate.word = undefined;
      continue;
    }
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && font.widthOfTextAtSize(next, SIZE) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A real PDF (text layer, A4 pages, Helvetica) laid out from paragraphs, for reader tests. */
export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (spec.title) doc.setTitle(spec.title);
  if (spec.author) doc.setAuthor(spec.author);
  if (spec.created) doc.setCreationDate(spec.created);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const hyphenate = { word: spec.hyphenate };
  let page = doc.addPage([WIDTH, HEIGHT]);
  let y = HEIGHT - MARGIN;
  const startPage = () => {
    if (spec.header)
      page.drawText(encodable(font, spec.header), { x: MARGIN, y: HEIGHT - 30, size: 9, font });
    if (spec.pageNumbers)
      page.drawText(`Page ${doc.getPageCount()}`, { x: WIDTH / 2 - 15, y: 24, size: 9, font });
  };
  startPage();
  for (const paragraph of spec.paragraphs) {
    for (const line of wrap(font, encodable(font, paragraph), WIDTH - 2 * MARGIN, hyphenate)) {
      if (y < MARGIN) {
        page = doc.addPage([WIDTH, HEIGHT]);
        y = HEIGHT - MARGIN;
        startPage();
      }
      page.drawText(line, { x: MARGIN, y, size: SIZE, font });
      y -= LEADING;
    }
    y -= LEADING; // a blank line between paragraphs
  }
  return await doc.save();
}

/** A PDF whose only page holds a drawing and no text, as a scan without OCR would. */
export async function makeTextlessPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([WIDTH, HEIGHT]).drawRectangle({ x: 100, y: 100, width: 200, height: 300 });
  return await doc.save();
}
