import nlp from 'compromise';
import type { MentionKind } from '../../core/index.js';
import type { NerSpan, NerSystem } from './ner-system.js';

interface Match {
  readonly text: string;
  readonly offset?: { readonly start: number; readonly length: number };
}

type View = { json: (options: object) => unknown };

/**
 * compromise's own entities: `people()`, `places()`, `organizations()`. compromise does not group
 * mentions, so a person's key is the last word of the name (lowercase, possessive dropped): the
 * kindest grouping it could be given.
 */
export const compromiseNer: NerSystem = (text) => {
  const doc = nlp(text);
  const out: NerSpan[] = [];
  const add = (view: View, kind: MentionKind): void => {
    for (const m of view.json({ offset: true }) as Match[]) {
      if (!m.offset) continue;
      const words = m.text
        .replace(/['’]s?\b/g, '')
        .trim()
        .split(/\s+/);
      const key = (kind === 'person' ? (words[words.length - 1] ?? '') : words.join(' ')).toLowerCase();
      out.push({
        start: m.offset.start,
        end: m.offset.start + m.offset.length,
        kind,
        entity: `${kind}:${key}`,
      });
    }
  };
  add(doc.people(), 'person');
  add(doc.places(), 'place');
  add(doc.organizations(), 'organisation');
  return out;
};
