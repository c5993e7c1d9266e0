import { isPunct } from '../token-view.js';
import { tidy } from './content.js';
import { type AttributionParser, cueTaken, type ParseContext } from './context.js';
import { speaksFor } from './cue-guards.js';
import { reportingLemmas } from './cue-lexicon.js';
import { verbFile } from './learned-attitude.js';
import { headOf, phraseStartingAt } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';
import { onlyTime } from './speaker-reach.js';

/** How far the opening clause may run before the comma that ends it. */
const CLAUSE_REACH = 30;
/** Words that open no object or clause: "Speaking to reporters", "Speaking overnight". */
const NO_OBJECT = new Set(['ADP', 'PART', 'ADV', 'PUNCT']);

/**
 * "Citing a report, the ministry said ...", "After denying the claim, she left": a report verb in
 * -ing that opens the sentence (alone or after a preposition or subordinator) is the subject's of
 * the main clause after the comma that closes it; what it reports is the opening clause after it.
 * Not a phrase of place, manner or time ("Speaking to reporters, X said", "Speaking Thursday, X").
 */
export const openingParticipleParser: AttributionParser = (ctx, before) => {
  const { toks, sentence, text, mentions, quotes } = ctx;
  const opener = toks[sentence.first];
  const i = opener?.pos === 'ADP' || opener?.pos === 'SCONJ' ? sentence.first + 1 : sentence.first;
  const t = toks[i];
  if (t?.pos !== 'VERB' || !t.lower.endsWith('ing') || cueTaken(before, i)) return [];
  if (!reportingLemmas().has(participleLemma(t.lemma ?? t.lower))) return [];
  const comma = closingComma(ctx, i);
  const about = toks[i + 1];
  if (comma === undefined || comma <= i + 1 || !about || NO_OBJECT.has(about.pos)) return [];
  if (onlyTime(toks, i + 1, i + 2)) return [];
  // "Calling X a “victim,” Y said": the clause ends after the quote its comma stands in.
  const quoteEnd = quotes.byClose.get(toks[comma + 1]?.start ?? -1)?.end;
  const phrase = phraseStartingAt(toks, quoteEnd === undefined ? comma + 1 : comma + 2, sentence.last);
  const speaker = phrase ? speakerFrom(text, toks, phrase, mentions) : null;
  if (!phrase || !speaker) return [];
  const words = toks.slice(phrase.first, phrase.last);
  if (!speaksFor(speaker, headOf(toks, phrase), words) || !mainVerbAt(ctx, phrase.last)) return [];
  const content = tidy(
    text,
    about.start,
    quoteEnd ?? toks[comma - 1]?.end ?? about.end,
    quoteEnd !== undefined,
  );
  return content
    ? [{ cue: { first: i, last: i + 1 }, speaker, content, rule: 'verb-cue:opening-participle' }]
    : [];
};

/**
 * The verb of a form in -ing the tagger left as it is (it may not lemmatise a capitalised word:
 * "Citing"): the first stem WordNet knows as a verb ("cite", "plan", "deny").
 */
function participleLemma(word: string): string {
  if (!word.endsWith('ing') || verbFile(word) !== undefined) return word;
  const stem = word.slice(0, -3);
  const stems = [stem, `${stem}e`, stem.length > 3 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : ''];
  return stems.find((s) => s && verbFile(s) !== undefined) ?? word;
}

/** The first comma after token `i` that is not inside a quote (or stands just inside its close). */
function closingComma(ctx: ParseContext, i: number): number | undefined {
  const { toks, sentence, quotes } = ctx;
  let open = 0;
  for (let k = i + 1; k < sentence.last && k - i <= CLAUSE_REACH; k++) {
    const t = toks[k];
    if (!t) return undefined;
    if (quotes.byOpen.has(t.start)) open++;
    if (quotes.byClose.has(t.start)) open = Math.max(0, open - 1);
    const closes = quotes.byClose.has(toks[k + 1]?.start ?? -1);
    if (t.text === ',' && (open === 0 || (open === 1 && closes))) return k;
    if (isPunct(t) && /^[;:.!?]$/.test(t.text)) return undefined;
  }
  return undefined;
}

/** Whether the main clause's verb follows at token `k`, past adverbs. */
function mainVerbAt(ctx: ParseContext, k: number): boolean {
  let j = k;
  while (ctx.toks[j]?.pos === 'ADV') j++;
  const t = ctx.toks[j];
  return t?.pos === 'VERB' || t?.pos === 'AUX';
}
