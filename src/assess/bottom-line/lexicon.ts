import { z } from 'zod';
import { type Band, bands, loadModel, once } from '../../core/index.js';

export interface EventCue {
  readonly phrase: string;
  readonly weight: number;
}

export interface ExtraMarker {
  readonly pattern: RegExp;
  readonly band: Band;
  readonly strength: number;
}

export interface BottomLineLexicon {
  readonly eventCues: readonly EventCue[];
  readonly markers: readonly ExtraMarker[];
  readonly strengthOf: (phrase: string, band: Band) => number;
  readonly questionStopwords: ReadonlySet<string>;
}

const lexiconFile = z.object({
  eventCues: z.array(z.object({ phrase: z.string(), weight: z.number() })),
  markers: z.array(z.object({ pattern: z.string(), band: z.enum(bands), strength: z.number() })),
  strength: z.object({ phrases: z.record(z.string(), z.number()), modal: z.number(), default: z.number() }),
  questionStopwords: z.array(z.string()),
});

function build(): BottomLineLexicon {
  const file = loadModel('assess-bottom-line', lexiconFile);
  const { phrases, modal } = file.strength;
  return {
    eventCues: file.eventCues,
    markers: file.markers.map((m) => ({
      pattern: new RegExp(m.pattern, 'giu'),
      band: m.band,
      strength: m.strength,
    })),
    strengthOf: (phrase, band) =>
      phrases[phrase.toLowerCase()] ?? (band === 'roughly even' ? modal : file.strength.default),
    questionStopwords: new Set(file.questionStopwords),
  };
}

/** Built on first use from model/assess-bottom-line.json. */
export const bottomLineLexicon: () => BottomLineLexicon = once(build);
