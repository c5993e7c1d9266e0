import type { DocumentMeta, MetaSource } from '../core/index.js';
import type { DomDocument } from './dom.js';
import { dateValueOf } from './metadata/date-patterns.js';

type Json = Record<string, unknown>;
const ARTICLE_TYPES = /(News|Reportage|Analysis|Opinion|Blog|Scholarly)?(Article|Posting)$/;

const metaContent = (doc: DomDocument, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"],meta[name="${key}"],meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
};

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (v !== null && typeof v === 'object') return nameOf((v as Json).name);
  return undefined;
};

const isArticle = (node: Json): boolean =>
  [node['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));

/** The first Article-like object of the page's JSON-LD blocks (arrays and @graph searched). */
const jsonLdArticle = (doc: DomDocument): Json | undefined => {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node !== null && typeof node === 'object') {
        if (isArticle(node as Json)) return node as Json;
        if ('@graph' in node) queue.push((node as Json)['@graph']);
      }
    }
  }
  return undefined;
};

const found = <T>(value: T | undefined, source: MetaSource) =>
  value === undefined ? undefined : { value, source };
const notUrl = (s: string | undefined): string | undefined =>
  s !== undefined && /^https?:\/\//.test(s) ? undefined : s;

/**
 * Metadata a page states about itself: JSON-LD (NewsArticle and kin) first, then meta tags
 * (Open Graph, article:*, author), then `<html lang>`.
 */
export const htmlMeta = (doc: DomDocument): DocumentMeta => {
  const ld = jsonLdArticle(doc) ?? {};
  const title =
    found(nameOf(ld.headline), 'json-ld') ??
    found(metaContent(doc, 'og:title', 'twitter:title'), 'html-meta');
  const author =
    found(nameOf(ld.author), 'json-ld') ??
    found(notUrl(metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator')), 'html-meta');
  const outlet =
    found(nameOf(ld.publisher), 'json-ld') ??
    found(metaContent(doc, 'og:site_name', 'application-name'), 'html-meta');
  const ldDate = dateValueOf(ld.datePublished);
  const metaDate = dateValueOf(
    metaContent(doc, 'article:published_time', 'datePublished', 'date', 'dc.date', 'pubdate'),
  );
  const published = ldDate
    ? { ...ldDate, source: 'json-ld' as const, inferred: false }
    : metaDate && { ...metaDate, source: 'html-meta' as const, inferred: false };
  const lang = doc.documentElement.getAttribute('lang')?.trim() || metaContent(doc, 'og:locale', 'language');
  const url = (typeof ld.url === 'string' ? ld.url : undefined) ?? metaContent(doc, 'og:url');
  return {
    ...(title && { title }),
    ...(author && { author }),
    ...(outlet && { outlet }),
    ...(published && { published }),
    ...(lang ? { language: { value: lang, source: 'html-meta' as const } } : {}),
    ...(url ? { url } : {}),
  };
};
