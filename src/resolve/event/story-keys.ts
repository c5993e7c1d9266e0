import type { Annotations } from '../../core/index.js';

/**
 * What tells one story from another of the same kind: the proper nouns, the figures and the dates
 * a document states (two earthquakes differ in place, magnitude and day, not in "quake" or "kill").
 */
export function storyKeys(text: string, annotations: Annotations): string[] {
  const keys: string[] = [];
  for (const t of annotations.tokens) {
    if (t.pos === 'PROPN')
      keys.push(`name:${(t.lemma ?? text.slice(t.span.start, t.span.end)).toLowerCase()}`);
    else if (t.pos === 'NUM') keys.push(`figure:${text.slice(t.span.start, t.span.end).toLowerCase()}`);
  }
  for (const time of annotations.times) if (time.value) keys.push(`time:${time.value}`);
  return keys;
}
