import { z } from 'zod';
import { type Band, bands, loadModel, once } from '../../core/index.js';

export interface ExtraMarker {
  readonly pattern: RegExp;
  readonly band: Band;
  readonly strength: number;
  /** It judges the embedded question it governs ("whether X will ... remains to be seen"). */
  readonly governsQuestion?: boolean;
  /** It reports what it governs absent ("no signs that X"). */
  readonly absence?: boolean;
}

export interface BottomLineLexicon {
  readonly markers: readonly ExtraMarker[];
  /** The probability of an estimative phrase, when listed (lowercase phrase). */
  readonly pointOf: (phrase: string) => number | undefined;
  readonly strengthOf: (phrase: string, band: Band) => number;
  readonly denial: {
    readonly probability: number;
    readonly strength: number;
    readonly negators: ReadonlySet<string>;
    readonly modals: ReadonlySet<string>;
    readonly intentions: ReadonlySet<string>;
    /** Words that with an infinitive after them state what is to come ("going" in "not going to"). */
    readonly futures: ReadonlySet<string>;
  };
  readonly hearsay: {
    readonly words: ReadonlySet<string>;
    readonly probability: number;
    readonly weight: number;
    readonly strength: number;
  };
  readonly degree: {
    readonly intensifiers: ReadonlySet<string>;
    readonly intensify: number;
    readonly diminishers: ReadonlySet<string>;
    readonly diminish: number;
  };
  readonly limiters: { readonly phrases: readonly string[]; readonly factor: number };
  readonly anaphors: {
    readonly determiners: ReadonlySet<string>;
    readonly nouns: ReadonlySet<string>;
    readonly pronouns: ReadonlySet<string>;
    readonly copulas: ReadonlySet<string>;
  };
  readonly answers: ReadonlySet<string>;
  readonly conditions: ReadonlySet<string>;
  /** Auxiliaries that open a condition when put before their subject ("should it apply"). */
  readonly invertedConditions: ReadonlySet<string>;
  /** Modals of what ought to be: a belief over them ("does not think X should join") is an opinion, not an estimate. */
  readonly deontics: ReadonlySet<string>;
  /** Focusing adverbs that restrict the act right after them to a condition ("will only use it in self-defence"). */
  readonly restrictors: ReadonlySet<string>;
  /** Verbs that give their object a state ("made it impossible"): an estimate as that state's word reports a result. */
  readonly causatives: ReadonlySet<string>;
  /** Prepositions that put a state later than a time ("holds the city past November"). */
  readonly beyond: ReadonlySet<string>;
  /** Prepositions that name a topic of talk or thought ("talk about a mission"). */
  readonly topics: ReadonlySet<string>;
  readonly topicStops: ReadonlySet<string>;
  readonly relatives: ReadonlySet<string>;
  readonly subordinators: ReadonlySet<string>;
  /** Verbs that say an event happens ("is likely to happen"). */
  readonly occurrences: ReadonlySet<string>;
  /** Words that open an embedded question ("reports about whether ... will ..."): what follows is asked, not judged. */
  readonly interrogatives: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  readonly commonShare: number;
  readonly commonMinSentences: number;
  readonly eventNounFiles: ReadonlySet<number>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly questionStopwords: ReadonlySet<string>;
  /** Demonyms by the place they belong to ("Belarus" -> Belarusian, Belarusians, ...). */
  readonly demonymsOf: ReadonlyMap<string, readonly string[]>;
  /** The place a demonym belongs to ("Ukrainian" -> Ukraine). */
  readonly placeOf: ReadonlyMap<string, string>;
  /** The WordNet sense that roots the verbs of giving, and how deep below it they may lie. */
  readonly giving: { readonly lemma: string; readonly sense: number; readonly depth: number };
}

const lexiconFile = z.object({
  markers: z.array(
    z.object({
      pattern: z.string(),
      band: z.enum(bands),
      strength: z.number(),
      governsQuestion: z.boolean().optional(),
      absence: z.boolean().optional(),
    }),
  ),
  points: z.record(z.string(), z.number().gt(0).lt(1)),
  strength: z.object({ phrases: z.record(z.string(), z.number()), modal: z.number(), default: z.number() }),
  denial: z.object({
    probability: z.number().gt(0).lt(1),
    strength: z.number(),
    negators: z.array(z.string()),
    modals: z.array(z.string()),
    intentions: z.array(z.string()),
    futures: z.array(z.string()),
  }),
  hearsay: z.object({
    words: z.array(z.string()),
    probability: z.number().gt(0).lt(1),
    weight: z.number().min(0).max(1),
    strength: z.number(),
  }),
  degree: z.object({
    intensifiers: z.array(z.string()),
    intensify: z.number().positive(),
    diminishers: z.array(z.string()),
    diminish: z.number().positive(),
  }),
  limiters: z.object({ phrases: z.array(z.string()), factor: z.number().positive() }),
  anaphors: z.object({
    determiners: z.array(z.string()),
    nouns: z.array(z.string()),
    pronouns: z.array(z.string()),
    copulas: z.array(z.string()),
  }),
  answers: z.array(z.string()),
  conditions: z.array(z.string()),
  invertedConditions: z.array(z.string()),
  deontics: z.array(z.string()),
  restrictors: z.array(z.string()),
  causatives: z.array(z.string()),
  beyond: z.array(z.string()),
  topics: z.array(z.string()),
  topicStops: z.array(z.string()),
  relatives: z.array(z.string()),
  subordinators: z.array(z.string()),
  occurrences: z.array(z.string()),
  interrogatives: z.array(z.string()),
  prepositions: z.array(z.string()),
  commonShare: z.number().gt(0).lt(1),
  commonMinSentences: z.number().int().nonnegative(),
  eventNounFiles: z.array(z.number().int()),
  clauseOpeners: z.array(z.string()),
  questionStopwords: z.array(z.string()),
  giving: z.object({
    lemma: z.string(),
    sense: z.number().int().positive(),
    depth: z.number().int().positive(),
  }),
});

const demonymsFile = z.object({ demonyms: z.record(z.string(), z.string()) });

function demonymsByPlace(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [demonym, place] of placeByDemonym()) out.set(place, [...(out.get(place) ?? []), demonym]);
  return out;
}

function placeByDemonym(): Map<string, string> {
  const { demonyms } = loadModel('gazetteer-demonyms', demonymsFile);
  return new Map(Object.entries(demonyms).flatMap(([demonym, place]) => (place ? [[demonym, place]] : [])));
}

function build(): BottomLineLexicon {
  const file = loadModel('assess-bottom-line', lexiconFile);
  const { phrases, modal } = file.strength;
  return {
    markers: file.markers.map((m) => ({
      pattern: new RegExp(m.pattern, 'giu'),
      band: m.band,
      strength: m.strength,
      ...(m.governsQuestion ? { governsQuestion: true } : {}),
      ...(m.absence ? { absence: true } : {}),
    })),
    pointOf: (phrase) => {
      // "are expected to" is listed as "expected to": drop leading words until a listed phrase is left.
      const words = phrase.toLowerCase().replace(/’/g, "'").split(/\s+/);
      for (let i = 0; i < words.length; i++) {
        const p = file.points[words.slice(i).join(' ')];
        if (p !== undefined) return p;
      }
      return undefined;
    },
    strengthOf: (phrase, band) =>
      phrases[phrase.toLowerCase()] ?? (band === 'roughly even' ? modal : file.strength.default),
    denial: {
      ...file.denial,
      negators: new Set(file.denial.negators),
      modals: new Set(file.denial.modals),
      intentions: new Set(file.denial.intentions),
      futures: new Set(file.denial.futures),
    },
    hearsay: { ...file.hearsay, words: new Set(file.hearsay.words) },
    degree: {
      ...file.degree,
      intensifiers: new Set(file.degree.intensifiers),
      diminishers: new Set(file.degree.diminishers),
    },
    limiters: file.limiters,
    anaphors: {
      determiners: new Set(file.anaphors.determiners),
      nouns: new Set(file.anaphors.nouns),
      pronouns: new Set(file.anaphors.pronouns),
      copulas: new Set(file.anaphors.copulas),
    },
    answers: new Set(file.answers),
    conditions: new Set(file.conditions),
    invertedConditions: new Set(file.invertedConditions),
    deontics: new Set(file.deontics),
    restrictors: new Set(file.restrictors),
    causatives: new Set(file.causatives),
    beyond: new Set(file.beyond),
    topics: new Set(file.topics),
    topicStops: new Set(file.topicStops),
    relatives: new Set(file.relatives),
    subordinators: new Set(file.subordinators),
    occurrences: new Set(file.occurrences),
    interrogatives: new Set(file.interrogatives),
    prepositions: new Set(file.prepositions),
    commonShare: file.commonShare,
    commonMinSentences: file.commonMinSentences,
    eventNounFiles: new Set(file.eventNounFiles),
    clauseOpeners: new Set(file.clauseOpeners),
    questionStopwords: new Set(file.questionStopwords),
    demonymsOf: demonymsByPlace(),
    placeOf: placeByDemonym(),
    giving: file.giving,
  };
}

/** Built on first use from model/assess-bottom-line.json (checked against its schema). */
export const bottomLineLexicon: () => BottomLineLexicon = once(build);
