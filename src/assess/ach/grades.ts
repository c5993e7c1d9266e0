import type { ConsistencyGrade } from '../question/index.js';
import type { GradeCode } from '../types.js';

export const gradeCodes: readonly GradeCode[] = ['CC', 'C', 'N', 'I', 'II'];

const byName: Readonly<Record<ConsistencyGrade, GradeCode>> = {
  'very consistent': 'CC',
  consistent: 'C',
  neutral: 'N',
  inconsistent: 'I',
  'very inconsistent': 'II',
};

export const codeOf = (grade: ConsistencyGrade): GradeCode => byName[grade];

/** A grade as an analyst types it: `II`, `ii`, `very inconsistent`; undefined when it is none. */
export function parseGrade(input: unknown): GradeCode | undefined {
  if (typeof input !== 'string') return undefined;
  const s = input.trim();
  const code = gradeCodes.find((c) => c === s.toUpperCase());
  return code ?? byName[s.toLowerCase() as ConsistencyGrade];
}

/** Evidence that something is absent points the other way: consistent becomes inconsistent. */
const flipped: Readonly<Record<GradeCode, GradeCode>> = { CC: 'II', C: 'I', N: 'N', I: 'C', II: 'CC' };

export const flip = (g: GradeCode): GradeCode => flipped[g];

/** Heuer's inconsistency count: I = 1, II = 2, others 0. */
export const inconsistencyOf = (g: GradeCode): number => (g === 'II' ? 2 : g === 'I' ? 1 : 0);

/** A signed value for diagnosticity: CC = 2 ... II = -2. */
export const signedValueOf = (g: GradeCode): number => ({ CC: 2, C: 1, N: 0, I: -1, II: -2 })[g];
