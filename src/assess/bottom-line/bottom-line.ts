import type { Annotations, Span } from '../../core/index.js';
import { overlaps } from '../../core/index.js';
import type { CorpusDocument } from '../../resolve/types.js';
import { findCues } from '../evidence/cue-matcher.js';
import type { OriginFinder } from '../evidence/origins.js';
import { trimSpan } from '../evidence/sentences.js';
import type { Question } from '../question/index.js';
import type { BottomLine } from '../types.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { type MarkerHit, markersIn } from './markers.js';

/** The question's own content words ("join", "war", "forces"), used as weak event cues. */
export function questionWords(question: Question): string[] {
  const words = question.question
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 2 && !lex().questionStopwords.has(w));
  return [...new Set(words)];
}

/** How strongly a sentence is about the main event: the heaviest cue, halved outside the marker's scope. */
function eventScore(text: string, sentence: Span, scope: Span, words: readonly string[]): number {
  const body = text.slice(sentence.start, sentence.end);
  const cues = findCues(
    body,
    lex().eventCues.map((c) => c.phrase),
    sentence.start,
  );
  const weights = cues.map((hit) => {
    const weight = lex().eventCues.find((c) => c.phrase === hit.cue)?.weight ?? 1;
    return overlaps(hit.span, scope) ? weight : weight / 2;
  });
  const fromQuestion =
    findCues(body, words).length > 0 ? new Set(findCues(body, words).map((h) => h.cue)).size : 0;
  return Math.max(0, ...weights) + (words.length > 0 ? fromQuestion / words.length : 0);
}

interface Candidate {
  readonly sentence: Span;
  readonly marker: MarkerHit;
  readonly score: number;
}

const isQuestion = (text: string, s: Span): boolean => text.slice(s.start, s.end).endsWith('?');

/**
 * Sentences with a marker that speak of the event; an answer to a question about the event ("the
 * answer is more likely no than yes") speaks of it too.
 */
function candidates(text: string, annotations: Annotations, words: readonly string[]): Candidate[] {
  const n = Math.max(1, annotations.sentences.length - 1);
  const spans = annotations.sentences.map((s) => trimSpan(text, s.span));
  return spans.flatMap((sentence, index) => {
    if (isQuestion(text, sentence)) return [];
    const asked = spans.slice(Math.max(0, index - 2), index).filter((q) => isQuestion(text, q));
    return markersIn(text, annotations, sentence).flatMap((marker): Candidate[] => {
      const event = Math.max(
        eventScore(text, sentence, marker.scope, words),
        ...asked.map((q) => eventScore(text, q, q, words)),
      );
      if (event < 1) return [];
      return [{ sentence, marker, score: 2 * marker.strength + event + 2 * (index / n) }];
    });
  });
}

/**
 * A document's conclusion on the question: among sentences with an estimative marker that speak of
 * the main event, the one stated most firmly, most on the event, and latest in the text.
 */
export function bottomLineOf(
  cd: CorpusDocument,
  question: Question,
  originOf: OriginFinder,
): BottomLine | undefined {
  const { text } = cd.doc;
  const best = candidates(text, cd.annotations, questionWords(question)).sort((a, b) => b.score - a.score)[0];
  if (!best) return undefined;
  const { sentence, marker } = best;
  const title = cd.doc.meta.title?.value;
  return {
    document: cd.doc.id,
    band: marker.band,
    probability: Math.round(marker.probability * 1000) / 1000,
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
    marker: { span: marker.span, text: marker.text },
    origin: originOf(cd, marker.scope, sentence),
    ...(title ? { title } : {}),
  };
}
