import type { DocumentMeta, RawArticle } from '../../core/index.js';
import { findByline, findDateline, findHeadline, findOutlet } from './byline.js';
import { guessLanguage } from './language.js';
import { inferNotBefore } from './not-before.js';

/**
 * Completes an article's metadata, each value from the most trusted place that has it: the
 * sidecar, then what the format states (front matter, HTML meta, JSON-LD, feed, JSONL), then the
 * text's own byline and dateline, and last what is guessed or inferred (language, not-before date).
 */
export const enrichMeta = (article: RawArticle, sidecar: DocumentMeta = {}): RawArticle => {
  const stated: DocumentMeta = { ...article.meta, ...sidecar };
  const text = article.text;
  const author = stated.author ?? maybe(findByline(text), (value) => ({ value, source: 'byline' as const }));
  const outlet = stated.outlet ?? maybe(findOutlet(text), (value) => ({ value, source: 'byline' as const }));
  const title = stated.title ?? maybe(findHeadline(text), (value) => ({ value, source: 'byline' as const }));
  const language =
    stated.language ?? maybe(guessLanguage(text), (value) => ({ value, source: 'inferred' as const }));
  const dated =
    stated.published ??
    maybe(findDateline(text), (d) => ({ ...d, source: 'dateline' as const, inferred: false }));
  const published =
    dated ??
    maybe(inferNotBefore(text, language?.value), (d) => ({
      ...d,
      source: 'inferred' as const,
      inferred: true,
    }));
  const meta: DocumentMeta = {
    ...stated,
    ...(author && { author }),
    ...(outlet && { outlet }),
    ...(title && { title }),
    ...(language && { language }),
    ...(published && { published }),
  };
  return { ...article, meta };
};

const maybe = <T, U>(value: T | undefined, f: (v: T) => U): U | undefined =>
  value === undefined ? undefined : f(value);
