import { firstStartingAt, type Span, type Token } from '../../core/index.js';

/** The index of the first verb among the tokens inside `at`, or undefined when it holds none. */
export function firstVerbIn(tokens: readonly Token[], at: Span): number | undefined {
  let v = firstStartingAt(tokens, at.start);
  while (v < tokens.length && (tokens[v]?.span.end ?? Infinity) <= at.end && tokens[v]?.pos !== 'VERB') v++;
  const verb = tokens[v];
  return verb && verb.span.end <= at.end ? v : undefined;
}
