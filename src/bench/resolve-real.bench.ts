import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { annotate } from '../annotate/index.js';
import { type Annotations, documentIdOf, hasShared, sharedPath } from '../core/index.js';
import type { CorpusDocument } from '../resolve/index.js';
import { reconcileCpu } from './resolve.bench.js';

const WAR_MEDIA = ['corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'] as const;

interface Article {
  readonly text: string;
  readonly outlet: string;
  readonly published: string;
  readonly annotations: Annotations;
}

export interface RealResolveBench {
  readonly articles: number;
  readonly poolClaims: number;
  readonly claims: number;
  readonly once: number;
  readonly tenfold: number;
  readonly clusters: number;
  readonly conflicts: number;
}

/** The first `count` war-media articles, annotated once (their own date as the reference). */
function pool(count: number): Article[] {
  const lines = gunzipSync(readFileSync(sharedPath(...WAR_MEDIA)))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .slice(0, count);
  return lines.map((line) => {
    const a = JSON.parse(line) as { text: string; outlet: string; published: string };
    return { ...a, annotations: annotate(a.text, { referenceDate: a.published }) };
  });
}

/**
 * Documents holding at least `claims` claims: the pool's articles in turn, each round under new
 * document ids and outlet names (a story carried by ever more outlets), annotations shared.
 */
function corpusOf(articles: readonly Article[], claims: number): CorpusDocument[] {
  const out: CorpusDocument[] = [];
  let total = 0;
  for (let i = 0; total < claims; i++) {
    const a = articles[i % articles.length] as Article;
    const round = Math.floor(i / articles.length);
    out.push({
      doc: {
        id: documentIdOf(`${i}\u0000${a.text}`),
        origin: `bench/real/${i}`,
        format: 'text',
        text: a.text,
        meta: {
          outlet: { value: round === 0 ? a.outlet : `${a.outlet} ${round}`, source: 'jsonl' },
          published: { value: a.published, precision: 'day', source: 'jsonl', inferred: false },
        },
        ingestedAt: '',
      },
      annotations: a.annotations,
    });
    total += a.annotations.claims.length;
  }
  return out;
}

/**
 * Reconciles `claims` and 10x `claims` claims made of real sentences: `articles` war-media articles
 * annotated once and repeated under new ids and outlets. Undefined when the corpus is absent.
 */
export function benchResolveReal(claims: number, articles: number): RealResolveBench | undefined {
  if (!hasShared(...WAR_MEDIA)) return undefined;
  const annotated = pool(articles);
  reconcileCpu(corpusOf(annotated, Math.min(claims, 2000)));
  const small = reconcileCpu(corpusOf(annotated, claims));
  const large = reconcileCpu(corpusOf(annotated, claims * 10));
  return {
    articles,
    poolClaims: annotated.reduce((n, a) => n + a.annotations.claims.length, 0),
    claims,
    once: small.seconds,
    tenfold: large.seconds,
    clusters: large.clusters,
    conflicts: large.conflicts,
  };
}
