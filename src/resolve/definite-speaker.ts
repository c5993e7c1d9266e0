import { resolveLexicon } from './lexicon.js';
import type { SpeakerStep } from './speaker-plan.js';
import type { CorpusDocument } from './types.js';

/** A speaker's words in lower case, without a leading determiner: "The General Staff" -> "general staff". */
export const normalSpeaker = (text: string): string => {
  const words = text.toLowerCase().replace(/\s+/g, ' ').trim().split(' ');
  while (words.length > 1 && resolveLexicon().speakerDeterminers.has(words[0] ?? '')) words.shift();
  return words.join(' ');
};

/**
 * A definite description stands for a source the document named before it: "the General Staff"
 * after "Ukraine's General Staff"; "the institute" or "the ministry" (vague definites) after the last
 * named organisation, or the organisation or speaker whose name holds the same head noun. The steps
 * that find it, tried in order; the first that names an origin wins.
 */
export function definiteSteps(cd: CorpusDocument, index: number, text: string): SpeakerStep[] {
  const attributions = cd.annotations.attributions;
  const speaker = attributions[index]?.speaker;
  if (!speaker) return [];
  if (/^the\s/i.test(speaker.text.trim())) {
    for (let i = index - 1; i >= 0; i--) {
      const previous = normalSpeaker(attributions[i]?.speaker.text ?? '');
      if (previous !== text && previous.endsWith(` ${text}`)) return [{ k: 'via', attribution: i }];
    }
  }
  if (!resolveLexicon().vagueDefinites.has(`the ${text}`) && !resolveLexicon().vagueDefinites.has(text))
    return [];
  const steps: SpeakerStep[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const entity = attributions[i]?.speaker.entity;
    if (entity) steps.push({ k: 'entity', key: entity, kinds: ORGANISATION });
  }
  const head = text.split(' ').at(-1) ?? text;
  const antecedent = cd.annotations.mentions.findLast(
    (m) =>
      m.kind === 'organisation' && m.span.end <= speaker.span.start && m.name.toLowerCase().includes(head),
  );
  if (antecedent) steps.push({ k: 'entity', key: antecedent.entity });
  for (let i = index - 1; i >= 0; i--) {
    const previous = attributions[i];
    if (
      previous &&
      previous.speaker.text !== speaker.text &&
      normalSpeaker(previous.speaker.text).split(' ').includes(head)
    ) {
      steps.push({ k: 'via', attribution: i });
      break;
    }
  }
  return steps;
}

const ORGANISATION = ['organisation'] as const;
