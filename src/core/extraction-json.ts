import type { Annotations, Attribution, Span } from './index.js';

const flat = <T extends { span: Span }>({ span, ...rest }: T) => ({
  start: span.start,
  end: span.end,
  ...rest,
});

const attributionJson =
  (text: string) =>
  ({ span, cue, speaker, content, ...rest }: Attribution) => ({
    start: span.start,
    end: span.end,
    ...rest,
    cue: flat(cue),
    speaker: flat(speaker),
    content: { start: content.start, end: content.end, text: text.slice(content.start, content.end) },
  });

/**
 * The public JSON of one document's annotations (`sitrep extract`): spans flattened to
 * `start`/`end`; mentions, quantities, times, attributions, attitudes, certainty and claims.
 */
export function extractionJson(text: string, a: Annotations) {
  return {
    mentions: a.mentions.map(flat),
    quantities: a.quantities.map(flat),
    times: a.times.map(flat),
    attributions: a.attributions.map(attributionJson(text)),
    attitudes: a.attitudes.map(attributionJson(text)),
    certainty: a.certainty.map(({ scope, ...rest }) => ({
      ...flat(rest),
      scope: { start: scope.start, end: scope.end },
    })),
    claims: a.claims.map(flat),
    sentences: a.sentences.length,
  };
}
