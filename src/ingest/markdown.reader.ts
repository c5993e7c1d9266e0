import { parse as parseYaml } from 'yaml';
import { type DocumentMeta, diagnostic } from '../core/index.js';
import { firstHeading, markdownToText } from './markdown-text.js';
import { dateValueOf } from './metadata/date-patterns.js';
import { type Reader, success } from './reader.js';
import { stripTextBoilerplate } from './text-boilerplate.js';

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

type Fields = Record<string, unknown>;

const pick = (fields: Fields, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const v = fields[key];
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (Array.isArray(v) && v.every((x) => typeof x === 'string') && v.length > 0) return v.join(', ');
    if (v !== null && typeof v === 'object' && typeof (v as Fields).name === 'string')
      return (v as Fields).name as string;
  }
  return undefined;
};

/** Metadata from YAML front matter: title, author, outlet, published, url, language. */
export const frontMatterMeta = (fields: Fields): DocumentMeta => {
  const title = pick(fields, 'title', 'headline');
  const author = pick(fields, 'author', 'authors', 'byline');
  const outlet = pick(fields, 'outlet', 'publisher', 'source', 'site', 'site_name');
  const date = dateValueOf(fields.published ?? fields.date ?? fields.publishedAt ?? fields.pubDate);
  const url = pick(fields, 'url', 'link', 'canonical');
  const language = pick(fields, 'language', 'lang');
  const source = 'front-matter' as const;
  return {
    ...(title === undefined ? {} : { title: { value: title, source } }),
    ...(author === undefined ? {} : { author: { value: author, source } }),
    ...(outlet === undefined ? {} : { outlet: { value: outlet, source } }),
    ...(date === undefined ? {} : { published: { ...date, source, inferred: false } }),
    ...(language === undefined ? {} : { language: { value: language, source } }),
    ...(url === undefined ? {} : { url }),
  };
};

export const markdownReader: Reader = {
  name: 'markdown',
  accepts: (input) =>
    ['md', 'markdown', 'mdown', 'mkd'].includes(input.extension) || input.contentType === 'text/markdown',
  read: (input) => {
    const fm = FRONT_MATTER.exec(input.text);
    const body = fm === null ? input.text : input.text.slice(fm[0].length);
    const diagnostics = [];
    let meta: DocumentMeta = {};
    if (fm !== null) {
      try {
        const fields: unknown = parseYaml(fm[1] ?? '', { maxAliasCount: 50 });
        if (fields !== null && typeof fields === 'object' && !Array.isArray(fields))
          meta = frontMatterMeta(fields as Fields);
      } catch (e) {
        const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
        diagnostics.push(
          diagnostic(
            input.origin,
            'ingest/front-matter',
            `front matter is not YAML (${why}); ignored`,
            'warning',
          ),
        );
      }
    }
    const heading = firstHeading(body);
    if (meta.title === undefined && heading !== undefined)
      meta = { ...meta, title: { value: heading, source: 'inferred' } };
    const article = {
      origin: input.origin,
      format: 'markdown',
      text: stripTextBoilerplate(markdownToText(body)),
      meta,
    };
    return [success(article, diagnostics)];
  },
};
