import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../core/index.js';

export type Gender = 'male' | 'female';
/** What a pronoun or description may stand for: a person of one gender, or a group. */
export type AntecedentKind = Gender | 'group' | 'organisation';

interface GenderCues {
  readonly titles: string[];
  readonly nouns: string[];
  readonly names: string[];
}

interface AntecedentFile {
  readonly pronouns: Record<string, AntecedentKind>;
  readonly female: GenderCues;
  readonly male: GenderCues;
  readonly personHeads: string[];
  readonly groupHeads: string[];
}

export interface AntecedentLexicon {
  readonly pronouns: ReadonlyMap<string, AntecedentKind>;
  /** Title, person noun or given name (lowercase) -> the gender it marks. */
  readonly gendered: ReadonlyMap<string, Gender>;
  readonly personHeads: ReadonlySet<string>;
  readonly groupHeads: ReadonlySet<string>;
}

function load(): AntecedentLexicon {
  const file = JSON.parse(
    readFileSync(join(projectRoot, 'model', 'attribution-antecedents.json'), 'utf8'),
  ) as AntecedentFile;
  const gendered = new Map<string, Gender>();
  for (const gender of ['female', 'male'] as const) {
    const cues = file[gender];
    for (const w of [...cues.titles, ...cues.nouns, ...cues.names]) gendered.set(w.toLowerCase(), gender);
  }
  return {
    pronouns: new Map(Object.entries(file.pronouns)),
    gendered,
    personHeads: new Set(file.personHeads),
    groupHeads: new Set(file.groupHeads),
  };
}

/** Loaded once at module load. */
export const antecedentLexicon: AntecedentLexicon = load();
