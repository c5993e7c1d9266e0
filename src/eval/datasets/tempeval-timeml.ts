import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../core/index.js';

export interface Timex {
  readonly span: Span;
  readonly type: string;
  readonly value: string;
}

export interface TimemlDocument {
  readonly file: string;
  /** The document creation time, ISO `YYYY-MM-DD`. */
  readonly dct?: string;
  /** The TEXT element without tags, entities decoded; gold spans point into it. */
  readonly text: string;
  readonly timexes: readonly Timex[];
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return entities[name] ?? whole;
  });

const attr = (tag: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** One TimeML file: the text of its TEXT element and the TIMEX3 inside it, with offsets. */
export function readTimeml(file: string, xml: string): TimemlDocument {
  const dctTag = /<DCT>[\s\S]*?(<TIMEX3[^>]*>)/.exec(xml)?.[1];
  const dct = dctTag ? attr(dctTag, 'value').slice(0, 10) : '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Timex[] = [];
  let open: { start: number; type: string; value: string } | undefined;
  for (const piece of body.match(/<[^>]+>|[^<]+/g) ?? []) {
    if (piece.startsWith('<TIMEX3'))
      open = { start: text.length, type: attr(piece, 'type'), value: attr(piece, 'value') };
    else if (piece.startsWith('</TIMEX3') && open) {
      timexes.push({ span: { start: open.start, end: text.length }, type: open.type, value: open.value });
      open = undefined;
    } else if (!piece.startsWith('<')) text += decode(piece);
  }
  return { file, ...(/^\d{4}-\d\d-\d\d$/.test(dct) ? { dct } : {}), text, timexes };
}

/** Every `.tml` file under a folder (one level of subfolders: TimeBank/, AQUAINT/). */
export function readTimemlFolder(dir: string): TimemlDocument[] {
  const out: TimemlDocument[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const name of readdirSync(join(dir, sub.name)).sort()) {
      if (name.endsWith('.tml')) out.push(readTimeml(name, readFileSync(join(dir, sub.name, name), 'utf8')));
    }
  }
  return out;
}
