import { readFileSync } from 'node:fs';
import type { Span } from '../../core/index.js';
import { sharedPath } from '../../core/index.js';

/** One ECB+ document rebuilt from its tokens: sentences on their own lines, tokens spaced. */
export interface EcbDocument {
  readonly id: string;
  /** The gold topic (1-45); the ecb and ecbplus halves of a topic share it. */
  readonly topic: string;
  readonly text: string;
  /** `${sentence}:${token}` -> its span in `text`. */
  readonly tokens: ReadonlyMap<string, Span>;
}

export interface EcbMention {
  readonly doc: string;
  readonly span: Span;
  /** The last token: the head of most English noun phrases and the trigger of most events. */
  readonly head: Span;
  readonly chain: string;
  readonly type: string;
}

interface GoldRow {
  readonly doc_id: string;
  readonly sent_id: number;
  readonly tokens_number: readonly number[];
  readonly coref_chain: string;
  readonly mention_type: string;
}

export function readEcbDocuments(split: 'Dev' | 'Train'): EcbDocument[] {
  const lines = readFileSync(sharedPath('benchmarks', 'ecbplus', `ECB_${split}_corpus.txt`), 'utf8').split(
    '\n',
  );
  const byDoc = new Map<string, { sentences: Map<string, [string, string][]> }>();
  for (const line of lines) {
    const [doc, sent, tok, word] = line.split('\t');
    if (!doc || sent === undefined || tok === undefined || word === undefined) continue;
    const entry = byDoc.get(doc) ?? { sentences: new Map() };
    byDoc.set(doc, entry);
    const list = entry.sentences.get(sent) ?? [];
    entry.sentences.set(sent, list);
    list.push([tok, word]);
  }
  return [...byDoc].map(([id, { sentences }]) => {
    let text = '';
    const tokens = new Map<string, Span>();
    for (const [sent, words] of sentences) {
      if (text) text += '\n';
      words.forEach(([tok, word], i) => {
        if (i > 0) text += ' ';
        tokens.set(`${sent}:${tok}`, { start: text.length, end: text.length + word.length });
        text += word;
      });
    }
    return { id, topic: id.split('_')[0] ?? id, text, tokens };
  });
}

/** Gold mentions of one kind, with spans into the rebuilt texts; rows that do not align are dropped. */
export function readEcbMentions(
  split: 'Dev' | 'Train',
  kind: 'Event' | 'Entity',
  docs: readonly EcbDocument[],
): EcbMention[] {
  const file = sharedPath('benchmarks', 'ecbplus', `ECB_${split}_${kind}_gold_mentions.json`);
  const rows = JSON.parse(readFileSync(file, 'utf8')) as GoldRow[];
  const byId = new Map(docs.map((d) => [d.id, d]));
  return rows.flatMap((row) => {
    const doc = byId.get(row.doc_id);
    const spans = row.tokens_number.map((t) => doc?.tokens.get(`${row.sent_id}:${t}`));
    const first = spans[0];
    const last = spans[spans.length - 1];
    if (!doc || !first || !last || spans.some((s) => !s)) return [];
    return [
      {
        doc: doc.id,
        span: { start: first.start, end: last.end },
        head: last,
        chain: row.coref_chain,
        type: row.mention_type,
      },
    ];
  });
}
