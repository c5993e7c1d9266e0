import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Band } from '../../core/index.js';
import { projectRoot } from '../../core/index.js';

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

interface LexiconFile {
  readonly eventCues: EventCue[];
  readonly markers: { pattern: string; band: Band; strength: number }[];
  readonly strength: { phrases: Record<string, number>; modal: number; default: number };
  readonly questionStopwords: string[];
}

function load(): BottomLineLexicon {
  const file = JSON.parse(
    readFileSync(join(projectRoot, 'model', 'assess-bottom-line.json'), 'utf8'),
  ) as LexiconFile;
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

/** Loaded once at module load from model/assess-bottom-line.json. */
export const bottomLineLexicon: BottomLineLexicon = load();
