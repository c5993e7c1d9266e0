import { lookupDemonym } from '../annotate/mention/index.js';
import { type Attribution, contains, type Mention, type MentionKind } from '../core/index.js';
import { definiteSteps, normalSpeaker } from './definite-speaker.js';
import { resolveLexicon } from './lexicon.js';
import { isPersonPronoun } from './pronoun-antecedent.js';
import type { CorpusDocument } from './types.js';

/**
 * One way an attribution's speaker may be found, read from its document alone; which of them holds
 * depends on how the collection resolves entities, so the steps of a plan are tried in order
 * (`resolve-speaker.ts`). Plain data: a plan is stored with the document's reconcile facts.
 */
export type SpeakerStep =
  /** "Russian officials": the government of the country, when the collection names it. */
  | { readonly k: 'country'; readonly country?: string }
  /**
   * The resolved entity of a mention (its annotate-layer key), when it is of one of `kinds`. With
   * `said` it is the speaker's own mention: a place then speaks only as a country named alone, and a
   * personal pronoun (`pronoun`) only for a person.
   */
  | {
      readonly k: 'entity';
      readonly key: string;
      readonly kinds?: readonly MentionKind[];
      readonly pronoun?: true;
      readonly said?: string;
    }
  /** Whoever an earlier attribution of the document has as its speaker ("the General Staff"). */
  | { readonly k: 'via'; readonly attribution: number }
  /** A speaker no mention names but described as an identifiable source, by its words. */
  | { readonly k: 'named'; readonly name: string };

export type SpeakerPlan = readonly SpeakerStep[];

const ORGANISATION_OR_PERSON: readonly MentionKind[] = ['organisation', 'person'];

/** How attribution `index` of a document finds its speaker; empty when it names no origin at all. */
export function speakerPlan(cd: CorpusDocument, index: number): SpeakerPlan {
  const a = cd.annotations.attributions[index];
  if (!a || !reports(cd, a)) return [];
  if (a.speaker.vague) return [governmentStep(a)];
  const steps: SpeakerStep[] = [];
  if (a.speaker.entity) {
    steps.push({
      k: 'entity',
      key: a.speaker.entity,
      ...(isPersonPronoun(a.speaker.text.trim()) ? { pronoun: true as const } : {}),
      // "Russia, meanwhile, blamed ...": the name before an aside.
      said: normalSpeaker(a.speaker.text.split(',')[0] ?? ''),
    });
  }
  const text = normalSpeaker(a.speaker.text);
  steps.push(...definiteSteps(cd, index, text));
  // A speaker given by an appositive ("ISW, a think tank, says"): the organisation named just before.
  const inside = cd.annotations.mentions.find(
    (m) => (m.kind === 'organisation' || m.kind === 'person') && contains(a.speaker.span, m.span),
  );
  const before = inside ?? nearestBefore(cd, a);
  // The speaker's own mention again adds nothing: an organisation or a person passed the first step.
  const again =
    !!a.speaker.entity && before?.entity === a.speaker.entity && !isPersonPronoun(a.speaker.text.trim());
  if (before && !again) steps.push({ k: 'entity', key: before.entity, kinds: ORGANISATION_OR_PERSON });
  if (describesSource(a.speaker.text))
    steps.push({ k: 'named', name: a.speaker.text.replace(/\s+/g, ' ').trim() });
  return steps;
}

/** Each attribution's plan, in order: what a document's reconcile facts keep of its speakers. */
export const speakerPlans = (cd: CorpusDocument): SpeakerPlan[] =>
  cd.annotations.attributions.map((_, i) => speakerPlan(cd, i));

/**
 * "Russian officials", "the Ukrainian authorities": no one in particular, but the country's
 * government speaks, as when the country is named ("Russia said").
 */
function governmentStep(a: Attribution): SpeakerStep {
  const [demonym, noun, ...rest] = normalSpeaker(a.speaker.text).split(' ');
  if (!demonym || !noun || rest.length > 0 || !resolveLexicon().governmentNouns.has(noun))
    return { k: 'country' };
  const country = lookupDemonym(demonym);
  return country ? { k: 'country', country } : { k: 'country' };
}

/** "Lukashenka will hardly declare war": a modal or negation before the cue makes the speaker a subject, not a source. */
function reports(cd: CorpusDocument, a: Attribution): boolean {
  if (a.cue.span.start < a.speaker.span.end) return true;
  const gap = cd.doc.text.slice(a.speaker.span.end, a.cue.span.start).toLowerCase();
  return !(gap.match(/\p{L}+/gu) ?? []).some((w) => resolveLexicon().nonReportingWords.has(w));
}

/**
 * A speaker no mention names is an origin only when it describes an identifiable source: a proper
 * modifier and a source noun ("a Lithuanian defence official", "a spokesman for the Border Guard
 * Service"), never a pronoun, a place, a rumour or a poll.
 */
function describesSource(speaker: string): boolean {
  const words = speaker.replace(/\s+/g, ' ').trim().split(' ');
  const proper = words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || /^\p{Lu}\p{L}*'s$/u.test(words[0] ?? '');
  return proper && words.some((w) => resolveLexicon().sourceNouns.has(w.toLowerCase().replace(/'s$/, '')));
}

function nearestBefore(cd: CorpusDocument, a: Attribution): Mention | undefined {
  const speaker = a.speaker.text.trim();
  // "he said" after "... around Independence Day": a person's pronoun never stands for an organisation.
  if (/\s/.test(speaker) || /^\p{Lu}/u.test(speaker) || isPersonPronoun(speaker)) return undefined;
  let best: Mention | undefined;
  for (const m of cd.annotations.mentions) {
    if (
      m.kind !== 'organisation' ||
      m.span.end > a.speaker.span.start ||
      a.speaker.span.start - m.span.end > 60
    )
      continue;
    best = m;
  }
  return best;
}
