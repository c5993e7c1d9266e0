import { resolveLexicon } from './lexicon.js';
import type { CorpusDocument, Origin, ResolvedEntity } from './types.js';

/** A speaker's words in lower case, without a leading determiner: "The General Staff" -> "general staff". */
export const normalSpeaker = (text: string): string => {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && resolveLexicon().speakerDeterminers.has(words[0] ?? '')) words.shift();
  return words.join(' ');
};

type Resolved = ReadonlyMap<string, ResolvedEntity>;
type SpeakerOrigin = (cd: CorpusDocument, d: number, index: number, resolved: Resolved) => Origin | undefined;

/**
 * A definite description stands for a source the document named before it: "the General Staff"
 * after "Ukraine's General Staff"; "the institute" or "the ministry" (vague definites) after the last
 * named organisation, or the organisation or speaker whose name holds the same head noun.
 */
export function definiteAntecedent(
  cd: CorpusDocument,
  d: number,
  index: number,
  text: string,
  resolved: Resolved,
  speakerOrigin: SpeakerOrigin,
): Origin | undefined {
  const attributions = cd.annotations.attributions;
  const speaker = attributions[index]?.speaker;
  if (!speaker) return undefined;
  if (/^the\s/i.test(speaker.text.trim())) {
    for (let i = index - 1; i >= 0; i--) {
      const previous = normalSpeaker(attributions[i]?.speaker.text ?? '');
      if (previous !== text && previous.endsWith(` ${text}`)) return speakerOrigin(cd, d, i, resolved);
    }
  }
  if (!resolveLexicon().vagueDefinites.has(`the ${text}`) && !resolveLexicon().vagueDefinites.has(text))
    return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const previous = attributions[i];
    const named = previous?.speaker.entity ? resolved.get(`${d}:${previous.speaker.entity}`) : undefined;
    if (named && named.kind === 'organisation')
      return { key: `entity:${named.id}`, name: named.name, kind: 'cited' };
  }
  const head = text.split(' ').at(-1) ?? text;
  const antecedent = cd.annotations.mentions.findLast(
    (m) =>
      m.kind === 'organisation' && m.span.end <= speaker.span.start && m.name.toLowerCase().includes(head),
  );
  const named = antecedent ? resolved.get(`${d}:${antecedent.entity}`) : undefined;
  if (named) return { key: `entity:${named.id}`, name: named.name, kind: 'cited' };
  for (let i = index - 1; i >= 0; i--) {
    const previous = attributions[i];
    if (
      previous &&
      previous.speaker.text !== speaker.text &&
      normalSpeaker(previous.speaker.text).split(' ').includes(head)
    )
      return speakerOrigin(cd, d, i, resolved);
  }
  return undefined;
}
