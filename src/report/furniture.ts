import { creditLine } from '../resolve/credit-line.js';
import type { CorpusDocument } from '../resolve/types.js';

/** Longest sentence (in characters) still read as a byline or a dateline when it has no verb. */
const SHORT = 120;

const bracketed = (s: string): boolean => /^[([].*[)\]]\.?$/su.test(s);

/** A note about the article itself: "This story was first published on …", "It was updated on … to include …". */
const editorialNote = (s: string): boolean =>
  /^(?:this (?:story|article|report|piece|version)|it) (?:was|has been|had been) (?:first |originally |later )?(?:published|updated|corrected|amended)\b/i.test(
    s,
  );

/**
 * The starts of a document's furniture sentences: the page around the report, not the report. The
 * headline (with a byline run into it), a credit line ("(Reporting by ...)", "X contributed to this
 * report."), a note about the article itself ("It was updated on ..."), and a short line with no
 * verb ("By A. Writer, Berlin."). Names in them are the newsroom's, not actors, and their dates date no event.
 */
export function furnitureSentences({ doc, annotations: a }: CorpusDocument): Set<number> {
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
