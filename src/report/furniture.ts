import { endsWithPictureDate, isCaption } from '../resolve/caption.js';
import { creditLine } from '../resolve/credit-line.js';
import type { ClaimCluster, CorpusDocument } from '../resolve/types.js';

/** Longest sentence (in characters) still read as a byline or a dateline when it has no verb. */
const SHORT = 120;

const bracketed = (s: string): boolean => /^[([].*[)\]]\.?$/su.test(s);

/** A note about the article itself: "This story was first published on …", "It was updated on … to include …". */
const editorialNote = (s: string): boolean =>
  /^(?:this (?:story|article|report|piece|version)|it) (?:was|has been|had been) (?:first |originally |later )?(?:published|updated|corrected|amended)\b/i.test(
    s,
  );

export { isCaption };

/**
 * The starts of a document's furniture sentences: the page around the report, not the report. The
 * headline (with a byline run into it), a credit line ("(Reporting by ...)", "X contributed to this
 * report."), a note about the article itself ("It was updated on ..."), a picture's caption ("In
 * this photo provided by ...", or one that closes with the day the picture was taken), and a short line with no verb ("By A. Writer, Berlin."). Names in
 * them are the newsroom's, not actors, and their dates date no event.
 */
export function furnitureSentences(cd: CorpusDocument): ReadonlySet<number> {
  let found = read.get(cd);
  if (!found) {
    found = readFurniture(cd);
    read.set(cd, found);
  }
  return found;
}

/** Each document's furniture, read once for all the parts of a brief that leave it out. */
const read = new WeakMap<CorpusDocument, ReadonlySet<number>>();

function readFurniture({ doc, annotations: a }: CorpusDocument): Set<number> {
  const out = new Set<number>();
  const title = doc.meta.title?.value.trim();
  let tokens: CorpusDocument['annotations']['tokens'] | undefined;
  let t = 0;
  for (const { span } of a.sentences) {
    const text = doc.text.slice(span.start, span.end).trim();
    if (
      bracketed(text) ||
      creditLine(text) ||
      editorialNote(text) ||
      isCaption(text) ||
      endsWithPictureDate(doc.text, span, a.times) ||
      (title && title.length >= 20 && text.includes(title))
    ) {
      out.add(span.start);
      continue;
    }
    if (text.length > SHORT) continue;
    tokens ??= a.tokens;
    while (t < tokens.length && (tokens[t]?.span.start ?? 0) < span.start) t++;
    let verb = false;
    for (let i = t; i < tokens.length && (tokens[i]?.span.start ?? 0) < span.end && !verb; i++)
      verb = tokens[i]?.pos === 'VERB' || tokens[i]?.pos === 'AUX';
    if (!verb) out.add(span.start);
  }
  return out;
}

/** The furniture sentences of each document of a collection, by document id. */
export function furnitureOf(corpus: readonly CorpusDocument[]): (document: string) => ReadonlySet<number> {
  const byId = new Map(corpus.map((c) => [c.doc.id as string, c]));
  return (document) => {
    const c = byId.get(document);
    return c ? furnitureSentences(c) : new Set();
  };
}

/**
 * A cluster of the page around the reports, not of a report: one whose claims are all furniture,
 * or one holding a caption, which agencies repeat under many articles (a sentence run into the
 * caption shares its words, so the caption makes the cluster).
 */
export const pageFurniture = (
  c: ClaimCluster,
  furniture: (document: string) => ReadonlySet<number>,
): boolean =>
  c.claims.some((r) => isCaption(r.text)) ||
  c.claims.every((r) => furniture(r.document).has(r.sentence.start));
