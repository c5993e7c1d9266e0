import { createHash } from 'node:crypto';
import { rng } from './generate.js';

/** One article as the war-media corpus's JSONL holds it. */
export interface CorpusArticle {
  readonly id: string;
  readonly title: string;
  readonly outlet: string;
  readonly published: string;
  readonly url: string;
  readonly text: string;
}

/** Outlets the copies are credited to: invented, so no copy passes for its source's outlet. */
const OUTLETS = 48;
/** How far in the corpus's date order a copy looks for the article it mixes in. */
const NEIGHBOURHOOD = 40;
/** The share of a copy's sentences taken from the other article. */
const MIXED_IN = 0.5;
/** How many days a copy's date moves from its source's, either way. */
const DATE_SHIFT_DAYS = 3;

/** Fewer sentences than this, and a text is mixed by runs of words instead. */
const FEW_SENTENCES = 6;
const WORDS_A_PIECE = 12;

/**
 * What a copy mixes: sentences cut where a stop and a space come before a capital or a quote (a
 * generator's cut, not the annotator's), or runs of words when a text has few such sentences.
 */
export const piecesOf = (text: string): string[] => {
  const sentences = text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/).filter((s) => s.trim() !== '');
  if (sentences.length >= FEW_SENTENCES) return sentences;
  const words = text.split(/\s+/).filter((w) => w !== '');
  return Array.from({ length: Math.ceil(words.length / WORDS_A_PIECE) }, (_, i) =>
    words.slice(i * WORDS_A_PIECE, (i + 1) * WORDS_A_PIECE).join(' '),
  );
};

const shiftedDate = (published: string, days: number): string => {
  const date = new Date(published.length === 10 ? `${published}T00:00:00Z` : published);
  if (Number.isNaN(date.getTime())) return published;
  const year = date.getUTCFullYear();
  const moved = new Date(date.getTime() + days * 86_400_000);
  // Stay in the corpus's year, so the collection covers the same period at every size.
  const kept = moved.getUTCFullYear() === year ? moved : date;
  const iso = kept.toISOString();
  return published.length === 10 ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
};

/**
 * Copy number `index` of the corpus: the sentences of one article (`index` cycles through them all)
 * with about half of them replaced by sentences of an article near it in date, the pairs of
 * neighbouring sentences swapped at random, a date moved by up to three days, an invented outlet,
 * URL and id. A copy shares about a third of its 5-word shingles with either source, well under the
 * near-duplicate threshold, so ingest keeps it as a document of its own; the same seed and index
 * give the same copy.
 */
export function perturbedCopy(articles: readonly CorpusArticle[], index: number, seed = 1): CorpusArticle {
  const next = rng(Math.imul(seed, 0x9e3779b1) ^ (index + 1));
  const at = index % articles.length;
  const base = articles[at] as CorpusArticle;
  const offset = 1 + Math.floor(next() * NEIGHBOURHOOD);
  const near =
    (((at + (next() < 0.5 ? -offset : offset)) % articles.length) + articles.length) % articles.length;
  const other = articles[near === at ? (at + 1) % articles.length : near];
  const own = piecesOf(base.text);
  const theirs = piecesOf((other ?? base).text);
  const sentences = [...own];
  const order = own.map((_, i) => i);
  const replaced = theirs.length === 0 ? 0 : Math.max(1, Math.round(own.length * MIXED_IN));
  for (let k = 0; k < replaced; k++) {
    // A partial shuffle: `order[k]` is the k-th of the positions chosen, without repeats.
    const pick = k + Math.floor(next() * (order.length - k));
    [order[k], order[pick]] = [order[pick] as number, order[k] as number];
    const i = order[k] as number;
    sentences[i] = theirs[i % theirs.length] as string;
  }
  for (let i = 0; i + 1 < sentences.length; i += 2) {
    if (next() < 0.5) [sentences[i], sentences[i + 1]] = [sentences[i + 1] as string, sentences[i] as string];
  }
  const outlet = `Syndicate ${1 + Math.floor(next() * OUTLETS)}`;
  const url = `https://syndicate-${outlet.slice(10)}.example/copy-${seed}-${index}`;
  return {
    id: createHash('sha1').update(url).digest('hex').slice(0, 12),
    title: base.title,
    outlet,
    published: shiftedDate(base.published, Math.round((next() * 2 - 1) * DATE_SHIFT_DAYS)),
    url,
    text: sentences.join(' '),
  };
}

/**
 * A collection of `size` articles grown from a corpus: the corpus itself first (cut short when
 * `size` is smaller), then perturbed copies, so that each size is the one before it plus more.
 */
export function* perturbedCollection(
  articles: readonly CorpusArticle[],
  size: number,
  seed = 1,
  from = 0,
): Generator<CorpusArticle> {
  for (let i = from; i < size; i++) {
    yield i < articles.length
      ? (articles[i] as CorpusArticle)
      : perturbedCopy(articles, i - articles.length, seed);
  }
}
