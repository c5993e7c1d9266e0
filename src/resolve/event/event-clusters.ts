import type { Span } from '../../core/index.js';
import type { CorpusDocument } from '../types.js';
import { UnionFind } from '../union-find.js';
import { eventWord, sameEventWord } from './event-word.js';
import { STORY_LINK, storyGroups } from './story-groups.js';
import { storyKeys } from './story-keys.js';

/** An event mention: the word that names the event (a verb, a noun such as "quake") in a document. */
export interface EventMention {
  readonly document: string;
  readonly head: Span;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** The event word of a mention: its head token's lemma, a noun's plural undone. */
function wordOf(corpus: CorpusDocument | undefined, head: Span): string {
  if (!corpus) return '';
  const token = corpus.annotations.tokens.find((t) => overlaps(t.span, head));
  const surface = corpus.doc.text.slice(head.start, head.end);
  return eventWord(token?.lemma ?? surface, token?.pos === 'NOUN' || token?.pos === 'PROPN');
}

/**
 * Cross-document event coreference: documents are first grouped into stories by the names, figures
 * and dates they share (two fires of one kind in two towns are two stories), then within a story
 * mentions corefer when their words name one kind of event (same lemma, WordNet synonym nouns, or a
 * noun and the verb it derives from). Returns one cluster label per mention, in input order;
 * mentions of unknown documents stay alone.
 */
export function clusterEvents(
  documents: readonly CorpusDocument[],
  mentions: readonly EventMention[],
  link = STORY_LINK,
): string[] {
  const stories = storyGroups(
    documents.map((d) => ({ id: d.doc.id, keys: storyKeys(d.doc.text, d.annotations) })),
    link,
  );
  const storyOf = new Map<string, number | undefined>(documents.map((d, i) => [d.doc.id, stories[i]]));
  const byId = new Map(documents.map((d) => [d.doc.id as string, d]));
  const words = mentions.map((m) => wordOf(byId.get(m.document), m.head));
  const uf = new UnionFind();
  // One representative per (story, word); distinct words of a story are then compared pairwise.
  const wordsOfStory = new Map<number, Map<string, string>>();
  mentions.forEach((m, i) => {
    const story = storyOf.get(m.document);
    uf.find(`m${i}`);
    if (story === undefined || !words[i]) return;
    const reps = wordsOfStory.get(story) ?? new Map<string, string>();
    wordsOfStory.set(story, reps);
    const rep = reps.get(words[i] ?? '');
    if (rep) uf.union(rep, `m${i}`);
    else reps.set(words[i] ?? '', `m${i}`);
  });
  for (const reps of wordsOfStory.values()) {
    const list = [...reps];
    list.forEach(([a, ra], k) => {
      for (const [b, rb] of list.slice(k + 1)) if (sameEventWord(a, b)) uf.union(ra, rb);
    });
  }
  return mentions.map((_, i) => uf.find(`m${i}`));
}
