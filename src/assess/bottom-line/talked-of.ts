import { memoized } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import type { SentenceTokens } from './sentence-tokens.js';
import type { Topic } from './topic.js';

/** WordNet's lexicographer files of verbs of thought and of talk ("consider", "focus"; "discuss", "negotiate"). */
const TALK_FILES = new Set([31, 32]);
/** How far before a noun the verb taking it may stand ("discuss the future of the deal"). */
const REACH = 6;
/** What may stand between a verb and the noun it takes: its object phrase, or a preposition and its object. */
const phrase = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);

/** Whether a verb's dominant sense is one of thinking or talking. */
const talks = memoized((word: string): boolean => {
  const net = wn();
  const lemma = net ? baseForms(word, net).find(([, pos]) => pos === 'v')?.[0] : undefined;
  const first = lemma === undefined ? undefined : net?.senses(lemma, 'v')[0];
  return first !== undefined && TALK_FILES.has(net?.synset(first, 'v')?.lexFile ?? -1);
}, 5_000);

const topicTalks = new WeakMap<Topic, boolean>();
/** Whether one of the question's own acts is thinking or talking ("order", "agree"): then such verbs may name it. */
function actsByTalk(topic: Topic): boolean {
  let known = topicTalks.get(topic);
  if (known === undefined) {
    known = (topic.acts ?? []).some(talks);
    topicTalks.set(topic, known);
  }
  return known;
}

/**
 * Whether the noun at `i` is what a verb of thought or talk takes ("discuss the grain deal", "focus
 * on a deal"): what is talked or thought about, not what happens, where the question's act is
 * neither. A noun that is the subject of a clause of its own ("said the deal could end") is not
 * taken by the verb before it; one a participle modifies ("a deal brokered by ...") still is.
 */
export function talkedOf(s: SentenceTokens, i: number, topic: Topic): boolean {
  if (!topic.acts || actsByTalk(topic)) return false;
  for (let k = i + 1; k < s.tokens.length; k++) {
    const pos = s.tokens[k]?.pos ?? '';
    // A participle right after a noun modifies it ("a deal brokered by ..."); another verb has it as its subject.
    const participle =
      pos === 'VERB' && s.tokens[k - 1]?.pos === 'NOUN' && /(?:ed|en|ing)$/.test(s.lower[k] ?? '');
    if (participle) break;
    if (pos === 'AUX' || pos === 'VERB') return false;
    if (!phrase.has(pos) && pos !== 'CCONJ') break;
  }
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const pos = s.tokens[k]?.pos ?? '';
    if (pos === 'VERB') return talks((s.tokens[k]?.lemma ?? s.lower[k] ?? '').toLowerCase());
    if (!phrase.has(pos)) return false;
  }
  return false;
}
