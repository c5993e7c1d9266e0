import { memoized, type Span } from '../../core/index.js';
import { baseForms, wn } from '../meaning/word-forms.js';
import { gives, receives } from './giving.js';
import { bottomLineLexicon as lex } from './lexicon.js';
import { termAt } from './relevance.js';
import type { SentenceTokens } from './sentence-tokens.js';
import type { Topic } from './topic.js';

/** WordNet's lexicographer files of verbs of thought and of talk ("consider", "focus"; "discuss", "negotiate"). */
const TALK_FILES = new Set([31, 32]);
/** How far before a noun the verb taking it may stand ("discuss the future of the deal"). */
const REACH = 6;
/** What may stand between a verb and the noun it takes: its object phrase, or a preposition and its object. */
const phrase = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART']);

const quotes = new Set(['"', '“', '”', '‘', '’', "'"]);
const possessives = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);

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
  const k = verbTaking(s, i);
  return k !== undefined && talks(lemmaAt(s, k));
}

const lemmaAt = (s: SentenceTokens, k: number): string =>
  (s.tokens[k]?.lemma ?? s.lower[k] ?? '').toLowerCase();

/**
 * The verb that takes the noun at `i` as its object or after a preposition ("discuss the future of
 * the deal"), if any: not one the noun is the subject of a clause of its own to ("said the deal
 * could end"), though a participle after it may modify it ("a deal brokered by ...").
 */
function verbTaking(s: SentenceTokens, i: number): number | undefined {
  for (let k = i + 1; k < s.tokens.length; k++) {
    const pos = s.tokens[k]?.pos ?? '';
    // A participle right after a noun modifies it ("a deal brokered by ..."); another verb has it as its subject.
    const w = s.lower[k] ?? '';
    const inflected = /(?:ed|en|ing)$/.test(w) || (w !== lemmaAt(s, k) && !w.endsWith('s'));
    const participle = pos === 'VERB' && s.tokens[k - 1]?.pos === 'NOUN' && inflected;
    if (participle) break;
    if (pos === 'AUX' || pos === 'VERB') return undefined;
    if (!phrase.has(pos) && pos !== 'CCONJ') break;
  }
  for (let k = i - 1; k >= Math.max(0, i - REACH); k--) {
    const pos = s.tokens[k]?.pos ?? '';
    if (pos === 'VERB') return k;
    const w = s.lower[k] ?? '';
    if (!phrase.has(pos) && !possessives.has(w) && !quotes.has(w)) return undefined;
  }
  return undefined;
}

/** A light verb is a general one, of more senses than this ("take", "get", "make", "have"). */
const GENERAL = 15;

/**
 * Whether the noun at `i`, a noun of the outcome that names an act or state ("the deal", "candidate
 * status"), is taken by a verb that is none of the outcome's acts ("implement the deal", "lose the
 * status", "threaten the deal"): another act on it, where the question's own act is not one of
 * talk that may bring it about by words ("order a mobilisation", "agree a ceasefire"). The act
 * itself, a light verb, a verb of occurring, of giving or of receiving ("receive the status") names
 * the outcome. Only a verb inside what is judged counts.
 */
export function takenByAnotherAct(
  s: SentenceTokens,
  i: number,
  topic: Topic,
  scope: Span,
  markerEnd?: number,
): boolean {
  if (!topic.acts || actsByTalk(topic)) return false;
  const k = verbTaking(s, i);
  // A verb outside what is judged, or before the marker's end, is the judgement's own ("cannot rule out an offensive").
  const at = k === undefined ? undefined : s.tokens[k]?.span;
  const from = Math.max(scope.start, markerEnd ?? scope.start);
  if (k === undefined || !at || at.start < from || at.end > scope.end) return false;
  const lemma = lemmaAt(s, k);
  const net = wn();
  if (!net || (termAt(topic, s, k)?.kind ?? 'related') === 'event') return false;
  // The question's subject taken by the verb before the noun undergoes the outcome ("draw the country into the war").
  for (let j = k + 1; j < i; j++) if (termAt(topic, s, j)?.subject === true) return false;
  if (lex().occurrences.has(lemma) || gives(lemma) || receives(lemma)) return false;
  return (
    net.senses(lemma, 'v').length <= GENERAL && !(topic.acts ?? []).some((act) => glossesMeet(lemma, act))
  );
}

/**
 * Whether a verb's three main senses and an act's two share a word of five letters or more in what
 * their glosses first say (a Lesk overlap: "enter", become a participant, and "join", become part
 * of): the verb may name the act.
 */
function glossesMeet(verb: string, act: string): boolean {
  const own = glossWords(`${verb}\t3`);
  return glossWords(`${act}\t2`).some((w) => own.includes(w));
}

const glossWords = memoized((key: string): string[] => {
  const [verb = '', count = '0'] = key.split('\t');
  const net = wn();
  if (!net) return [];
  return net
    .senses(verb, 'v')
    .slice(0, Number(count))
    .flatMap(
      (o) =>
        (net.synset(o, 'v')?.gloss ?? '')
          .split(';')[0]
          ?.toLowerCase()
          .match(/[a-z]{5,}/g) ?? [],
    );
}, 5_000);
