import type { SpeakerRef } from '../../core/index.js';
import { isPunct, type Tok } from '../token-view.js';
import { isAgentNoun } from './agent-noun.js';
import { canHold } from './attitude.parser.js';
import type { ParseContext } from './context.js';
import { type CueModel, cueLogit, learnedModel } from './learned-cue.js';
import { headOf, type Phrase, phraseEndingAt } from './noun-phrase.js';
import { speakerFrom } from './speaker.js';

/** How many noun phrases before a verb are weighed as its holder, nearest first. */
const MAX_CHOICES = 6;

/** A noun phrase before a verb that could hold it, with the features the speaker model reads. */
export interface SpeakerChoice {
  readonly phrase: Phrase;
  readonly speaker: SpeakerRef;
  readonly features: string[];
}

/** `model/attribution-speaker-model.json`, written by `npm run train:attribution`. */
export const speakerModel: () => CueModel = learnedModel('attribution-speaker-model');

const bin = (n: number, edges: readonly number[]): string => {
  const k = edges.findIndex((e) => n <= e);
  return k < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[k]}`;
};

const shape = (t: Tok | undefined): string =>
  !t ? 'END' : isPunct(t) || /^(ADP|SCONJ|CCONJ|PRON|DET|PART|AUX)$/.test(t.pos) ? t.lower : t.pos;

function headKind(head: Tok | undefined): string {
  if (!head) return 'none';
  if (head.pos === 'PRON') return `PRON:${head.lower}`;
  if (head.pos === 'NOUN') return isAgentNoun(head.lemma ?? head.lower) ? 'AGENT' : 'NOUN';
  return head.pos;
}

/** Whether a quote holds the offset `at` but not `verbAt`: words quoted inside the clause speak for no one. */
function quotedApart(ctx: ParseContext, at: number, verbAt: number): boolean {
  for (const q of ctx.quotes.byOpen.values())
    if (q.start < at && at < q.end && !(q.start < verbAt && verbAt < q.end)) return true;
  return false;
}

/**
 * The noun phrases before verb `i` in its sentence that can hold an attitude, nearest first, each
 * with what lies between it and the verb (commas, "and", other verbs, "to"), what follows it, its
 * head's kind, its rank and whether it opens the sentence.
 */
export function speakerChoices(ctx: ParseContext, i: number): SpeakerChoice[] {
  const { toks, sentence, text, mentions } = ctx;
  const out: SpeakerChoice[] = [];
  const verb = toks[i];
  for (let j = i - 1; j >= sentence.first && out.length < MAX_CHOICES; j--) {
    const t = toks[j];
    if (!t || !/^(NOUN|PROPN|PRON)$/.test(t.pos) || toks[j + 1]?.pos === t.pos) continue;
    if (t.pos === 'PRON' && t.lower !== 'he' && t.lower !== 'she' && t.lower !== 'they' && t.lower !== 'we')
      continue;
    const phrase = phraseEndingAt(toks, j, sentence.first);
    // A phrase the next word goes on ("Russian" before "forces", "X" before "'s") is only part of one.
    const next = toks[phrase?.last ?? 0];
    if (!phrase || next?.pos === 'NOUN' || next?.pos === 'PROPN' || next?.pos === 'PART') continue;
    if (quotedApart(ctx, toks[phrase.first]?.start ?? 0, verb?.start ?? 0)) continue;
    const speaker = speakerFrom(text, toks, phrase, mentions);
    if (!speaker || !canHold(ctx, speaker)) continue;
    const between = toks.slice(phrase.last, i);
    const verbs = between.filter((w) => w.pos === 'VERB').length;
    const commas = between.filter((w) => w.text === ',').length;
    const rank = String(out.length);
    const kind = headKind(headOf(toks, phrase));
    out.push({
      phrase,
      speaker,
      features: [
        `r=${rank}`,
        `d=${bin(between.length, [0, 1, 2, 4, 8, 15])}`,
        `v=${bin(verbs, [0, 1, 2])}`,
        `cm=${bin(commas, [0, 1, 2])}`,
        `and=${between.some((w) => w.lower === 'and')}`,
        `to=${toks[i - 1]?.lower === 'to'}`,
        `rel=${between.some((w) => w.lower === 'who' || w.lower === 'which' || w.lower === 'that')}`,
        `a=${shape(toks[phrase.last])}`,
        `b=${shape(toks[phrase.first - 1])}`,
        `h=${kind}`,
        `s=${phrase.first === sentence.first}`,
        `ing=${verb?.lower.endsWith('ing') ?? false}`,
        `vb=${shape(toks[i - 1])}`,
        `rv=${rank}|${bin(verbs, [0, 1, 2])}`,
        `hv=${kind}|${bin(verbs, [0, 1])}`,
        `ai=${shape(toks[phrase.last])}|${verb?.lower.endsWith('ing') ?? false}`,
      ],
    });
  }
  return out;
}

/** The choice the speaker model weighs highest, if it clears the model's threshold. */
export function chosenSpeaker(ctx: ParseContext, i: number): SpeakerChoice | undefined {
  const model = speakerModel();
  let best: { c: SpeakerChoice; z: number } | undefined;
  for (const c of speakerChoices(ctx, i)) {
    const z = cueLogit(model, c.features);
    if (z > model.threshold && (!best || z > best.z)) best = { c, z };
  }
  return best?.c;
}
