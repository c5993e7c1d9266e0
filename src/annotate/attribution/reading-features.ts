import { memoized } from '../../core/index.js';
import { sharedWordNet } from '../../core/wordnet.js';
import { isPunct, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import type { Candidate, ParseContext } from './context.js';
import { cueParts } from './cue-features.js';
import { complementFeatures } from './learned-attitude.js';

const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', "'ll"]);

/** How many steps up WordNet's hypernyms of a verb's main sense are features ("express", "communicate"). */
const HYPERNYM_DEPTH = 4;
/** How many of a word's senses count when asking whether any is one of mind or talk. */
const SENSES = 3;
const MIND_OR_TALK = new Set([9, 10, 31, 32]);

/** The verb's main sense and its hypernyms, each named by its first word. */
const verbAncestors = memoized((lemma: string): string[] => {
  const net = sharedWordNet();
  const out: string[] = [];
  let offset = net?.senses(lemma, 'v')[0];
  for (let depth = 0; net && offset !== undefined && depth <= HYPERNYM_DEPTH; depth++) {
    const synset = net.synset(offset, 'v');
    if (!synset) break;
    out.push(synset.words[0] ?? '');
    offset = synset.pointers.find((p) => p.symbol === '@')?.offset;
  }
  return out;
}, 10_000);

/** Whether any of a word's first senses is one of cognition or communication (noun or verb). */
const mindOrTalk = memoized((key: string): boolean => {
  const net = sharedWordNet();
  const [lemma = '', pos = 'v'] = key.split('/');
  const senses = net?.senses(lemma, pos === 'n' ? 'n' : 'v').slice(0, SENSES) ?? [];
  return senses.some((o) => MIND_OR_TALK.has(net?.synset(o, pos === 'n' ? 'n' : 'v')?.lexFile ?? -1));
}, 10_000);

/** The lexicographer file of the main sense of the noun heading what follows the verb, if one does. */
function objectClass(toks: readonly Tok[], i: number, last: number): string {
  let j = i + 1;
  while (j < last && /^(DET|ADJ|NUM|ADV)$/.test(toks[j]?.pos ?? '')) j++;
  while (j + 1 < last && toks[j]?.pos === 'NOUN' && toks[j + 1]?.pos === 'NOUN') j++;
  const head = toks[j];
  if (head?.pos !== 'NOUN') return head?.pos ?? 'none';
  const net = sharedWordNet();
  const offset = net?.senses(head.lemma ?? head.lower, 'n')[0];
  return offset === undefined ? 'NOUN' : `n${net?.synset(offset, 'n')?.lexFile ?? ''}`;
}

const bin = (n: number, edges: readonly number[]): string => {
  const k = edges.findIndex((e) => n <= e);
  return k < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[k]}`;
};

/** What kind of phrase the speaker is, by its last word: a pronoun (itself), a name, a noun of a person or group, another noun. */
function speakerKind(words: readonly Tok[]): string {
  const head = words[words.length - 1];
  if (!head) return 'none';
  if (head.pos === 'PRON') return `PRON:${head.lower}`;
  if (head.pos === 'PROPN') return 'PROPN';
  if (head.pos === 'NOUN') return isAgentNoun(head.lemma ?? head.lower) ? 'AGENT' : 'NOUN';
  return head.pos;
}

const tokensIn = (ctx: ParseContext, start: number, end: number): Tok[] =>
  ctx.toks.slice(ctx.sentence.first, ctx.sentence.last).filter((t) => t.start >= start && t.end <= end);

/** Whether offset `at` lies inside a quoted passage of the text. */
function insideQuote(ctx: ParseContext, at: number): boolean {
  for (const q of ctx.quotes.byOpen.values()) if (q.start < at && at < q.end) return true;
  return false;
}

/**
 * The features of one reading of verb `i` as a cue (its speaker and content found by the rules),
 * read by the learned reading model: how sure the cue models are (`margin`, binned), the verb and
 * what it governs, what kind of phrase speaks and how far from the verb, how long the content is,
 * and the context: inside a quote, nested in another report's content, negated, under a modal.
 */
export function readingFeatures(
  ctx: ParseContext,
  reading: Candidate,
  margin: number,
  before: readonly Candidate[],
): string[] {
  const { toks, sentence } = ctx;
  const i = reading.cue.first;
  const t = toks[i];
  if (!t) return [];
  const parts = cueParts(toks, i, sentence, ctx.quotes);
  const lemma = t.lemma ?? t.lower;
  const cls = parts?.cls ?? 'none';
  const speaker = tokensIn(ctx, reading.speaker.span.start, reading.speaker.span.end);
  const kind = speakerKind(speaker);
  const speakerLast = toks.indexOf(speaker[speaker.length - 1] as Tok);
  const distance =
    speakerLast < 0 ? 'none' : speakerLast > i ? 'after' : bin(i - speakerLast, [1, 2, 3, 5, 9]);
  const contentToks = tokensIn(ctx, reading.content.start, reading.content.end);
  const content = contentToks.length;
  const opener = contentToks[0];
  const openerShape = !opener
    ? 'none'
    : /^(ADP|SCONJ|PRON|DET|PART)$/.test(opener.pos)
      ? opener.lower
      : opener.pos;
  const clause = contentToks.some((w) => w.pos === 'VERB' || w.pos === 'AUX');
  const nested = before.some((c) => c.content.start <= t.start && t.end <= c.content.end);
  const window = toks.slice(Math.max(sentence.first, i - 3), i);
  const m = String(Math.min(2, Math.max(-8, Math.floor(margin))));
  const shape = complementFeatures(toks, i, sentence, parts)[0]?.[1] ?? 'none';
  const speakerKindShort = kind.startsWith('PRON') ? 'PRON' : kind;
  return [
    `m=${m}`,
    `l=${lemma}`,
    `c=${cls}`,
    `k=${shape}`,
    `lk=${lemma}|${shape}`,
    `ck=${cls}|${shape}`,
    `r=${reading.rule}`,
    `sp=${kind}`,
    `csp=${cls}|${speakerKindShort}`,
    `msp=${m}|${speakerKindShort}`,
    `spn=${bin(speaker.length, [1, 2, 3, 5])}`,
    `d=${distance}`,
    `cn=${bin(content, [2, 4, 8, 15, 30])}`,
    `co=${openerShape}`,
    `cv=${clause}`,
    `ccv=${cls}|${clause}`,
    `lco=${lemma}|${openerShape}`,
    `q=${insideQuote(ctx, t.start)}`,
    `nest=${nested}`,
    `nb=${bin(before.length, [0, 1, 2])}`,
    `neg=${window.some((w) => NEGATIONS.has(w.lower))}`,
    `mod=${window.some((w) => MODALS.has(w.lower))}`,
    `sf=${parts?.suffix ?? '-'}`,
    `b=${parts?.prev ?? 'START'}`,
    `n=${parts?.next ?? 'END'}`,
    `comma=${isPunct(toks[i - 1])}`,
    ...verbAncestors(lemma).map((h) => `h=${h}`),
    `mt=${mindOrTalk(`${lemma}/v`)}`,
    `o=${objectClass(toks, i, sentence.last)}`,
    `lo=${lemma}|${objectClass(toks, i, sentence.last)}`,
  ];
}
