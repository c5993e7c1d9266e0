/** One gold entity mention of GUM: character span in the rebuilt text, GUM type, coreference id. */
export interface GumMention {
  readonly start: number;
  readonly end: number;
  /** person, organization, place, time, event, abstract, object, substance, animal, plant. */
  readonly type: string;
  /** Mentions with the same id corefer (within the document). */
  readonly id: string;
  /** Wikipedia title when the entity is wikified (carried by all its mentions, pronouns too). */
  readonly identity?: string;
  /** The mention's syntactic head (the word whose head lies outside the span) is a proper noun. */
  readonly named: boolean;
}

export interface GumDoc {
  readonly id: string;
  readonly text: string;
  readonly mentions: readonly GumMention[];
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  readonly head: number;
}

interface Open {
  readonly id: string;
  readonly type: string;
  readonly identity?: string;
  readonly first: number;
}

/** `(ID-etype-infstat-salience-centering-minspan-link[-identity]` opens; `ID)` closes. */
const bracket = /\((\d+)-([a-z]+)-[^-()]*-[^-()]*-[^-()]*-[^-()]*-[^-()]*(?:-([^()]*))?(\))?|(\d+)\)/g;

/**
 * Reads the CoNLL-U of GUM (CorefUD entity brackets in MISC). The text is rebuilt from the `# text`
 * lines: sentences of a paragraph joined by a space, paragraphs (`# newpar`) by a blank line. Each
 * word is found in its sentence from a cursor, so multiword tokens ("daughter's") and empty nodes
 * need no special offsets.
 */
export function readGum(conllu: string): GumDoc[] {
  const docs: GumDoc[] = [];
  let id = '';
  let text = '';
  let mentions: GumMention[] = [];
  let words: Word[] = [];
  let open: Open[] = [];
  let base = 0;
  let sentence = '';
  let cursor = 0;
  let sentenceWords: Word[] = [];
  let sentenceMentions: { open: Open; last: number }[] = [];
  const flush = (): void => {
    if (id) docs.push({ id, text, mentions });
  };
  const endSentence = (): void => {
    for (const { open: o, last } of sentenceMentions) mentions.push(toMention(o, last, sentenceWords));
    sentenceMentions = [];
  };
  for (const line of conllu.split('\n')) {
    if (line.startsWith('# newdoc id = ')) {
      flush();
      id = line.slice('# newdoc id = '.length).trim();
      text = '';
      mentions = [];
      open = [];
    } else if (line === '# newpar' || line.startsWith('# newpar ')) {
      if (text) text += '\n\n';
    } else if (line.startsWith('# text = ')) {
      sentence = line.slice('# text = '.length);
      if (text && !text.endsWith('\n')) text += ' ';
      base = text.length;
      text += sentence;
      cursor = 0;
      words = [];
      sentenceWords = words;
    } else if (line === '') {
      endSentence();
    } else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      const n = cols[0] ?? '';
      if (n.includes('-') || n.includes('.')) continue;
      const form = cols[1] ?? '';
      const found = sentence.indexOf(form, cursor);
      const at = found >= 0 && found - cursor < 8 ? found : cursor;
      const end = found >= 0 && found - cursor < 8 ? at + form.length : cursor;
      cursor = end;
      const index = words.length;
      words.push({ start: base + at, end: base + end, upos: cols[3] ?? '', head: Number(cols[6] ?? 0) - 1 });
      const entity = /(?:^|\|)Entity=([^|]*)/.exec(cols[9] ?? '')?.[1] ?? '';
      for (const m of entity.matchAll(bracket)) {
        if (m[1] && m[2]) {
          const o: Open = { id: m[1], type: m[2], first: index, ...(m[3] ? { identity: m[3] } : {}) };
          open.push(o);
          if (m[4]) closeOn(m[1], index);
        } else if (m[5]) closeOn(m[5], index);
      }
    }
  }
  endSentence();
  flush();
  return docs;

  function closeOn(entityId: string, last: number): void {
    for (let k = open.length - 1; k >= 0; k--) {
      const o = open[k];
      if (o?.id !== entityId) continue;
      open.splice(k, 1);
      sentenceMentions.push({ open: o, last });
      return;
    }
  }
}

function toMention(o: Open, last: number, words: readonly Word[]): GumMention {
  const start = words[o.first]?.start ?? 0;
  const end = words[last]?.end ?? start;
  let named = false;
  for (let k = o.first; k <= last; k++) {
    const w = words[k];
    if (w && (w.head < o.first || w.head > last) && w.upos === 'PROPN') named = true;
  }
  return { start, end, type: o.type, id: o.id, named, ...(o.identity ? { identity: o.identity } : {}) };
}
