import type { Annotations, Span } from '../../core/index.js';

/** Who holds a view: the author, or the source it is attributed to; `central` when the article is built around that source. */
export interface Holder {
  readonly name: string;
  readonly central: boolean;
}

const keyOf = (speaker: { readonly text: string; readonly entity?: string }): string =>
  speaker.entity ?? speaker.text.toLowerCase();

/**
 * The source an article is built around: the named speaker it quotes most, when that is at least
 * twice and at least a quarter of its attributions.
 */
export function centralSource(annotations: Annotations): string | undefined {
  const named = annotations.attributions.filter((a) => !a.speaker.vague);
  const counts = new Map<string, number>();
  for (const a of named) counts.set(keyOf(a.speaker), (counts.get(keyOf(a.speaker)) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((x, y) => y[1] - x[1]);
  return top && top[1] >= 2 && top[1] >= named.length / 4 ? top[0] : undefined;
}

/**
 * The holder of a judgement in `span` of `sentence`: the speaker of the innermost attribution
 * whose content holds it, else the central source when the sentence names it ("for the analyst,
 * this is not improbable"), else the author.
 */
export function holderOf(annotations: Annotations, sentence: Span, span: Span, central?: string): Holder {
  const around = annotations.attributions
    .filter((a) => a.content.start <= span.start && a.content.end >= span.end)
    .sort((x, y) => x.content.end - x.content.start - (y.content.end - y.content.start))[0];
  if (around) return { name: around.speaker.text, central: keyOf(around.speaker) === central };
  const named = annotations.mentions.find(
    (m) => m.span.start >= sentence.start && m.span.end <= sentence.end && m.entity === central,
  );
  return named ? { name: named.name, central: true } : { name: 'author', central: false };
}
