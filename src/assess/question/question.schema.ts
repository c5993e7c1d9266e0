import { z } from 'zod';

/**
 * The watch question file (YAML): the question, its horizon, competing hypotheses and the
 * indicators that evidence is matched to. Shapes only; the cross-checks (unique ids, known
 * hypotheses, thresholds that fit their indicator) live in `question-checks.ts`.
 * Example: `examples/belarus/question.yaml`.
 */

/** Heuer's ACH grades: how an indicator, when observed, bears on a hypothesis. */
export const consistencyGrades = [
  'very consistent',
  'consistent',
  'neutral',
  'inconsistent',
  'very inconsistent',
] as const;
export type ConsistencyGrade = (typeof consistencyGrades)[number];

export const thresholdLevels = ['watch', 'warning'] as const;
export type ThresholdLevel = (typeof thresholdLevels)[number];

export const thresholdOps = ['>', '>=', '<', '<='] as const;
export type ThresholdOp = (typeof thresholdOps)[number];

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected an id of letters, digits, "-" or "_"' });

/** A measure key names what a quantity measures, in kebab case: `russian-troops`, `tanks`. */
const measureKey = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'expected a kebab-case measure key such as "russian-troops"' });

const text = z.string().trim().min(1, { error: 'expected a non-empty text' });
const textList = z.array(text);

export const hypothesisSchema = z.strictObject({
  id,
  label: text,
  description: text.optional(),
});

export const thresholdSchema = z.strictObject({
  level: z.enum(thresholdLevels),
  op: z.enum(thresholdOps),
  value: z.number(),
  unit: text.optional(),
  measureKey: measureKey.optional(),
});

export const indicatorSchema = z.strictObject({
  id,
  name: text,
  description: text.optional(),
  match: z.strictObject({
    measureKeys: z.array(measureKey).optional(),
    entities: textList.optional(),
    cues: textList.optional(),
  }),
  direction: z.record(z.string(), z.enum(consistencyGrades)),
  thresholds: z.array(thresholdSchema).optional(),
});

/** Who and where the question is about; evidence must name one of them (or follow one in its paragraph). */
export const scopeSchema = z.strictObject({
  actors: textList.optional(),
  places: textList.optional(),
});

export const questionSchema = z.strictObject({
  question: text,
  horizon: z.iso.date({ error: 'expected a date as YYYY-MM-DD' }),
  scope: scopeSchema.optional(),
  hypotheses: z.array(hypothesisSchema).min(2, { error: 'expected at least two hypotheses to weigh' }),
  indicators: z.array(indicatorSchema).min(1, { error: 'expected at least one indicator' }),
});

export type Hypothesis = z.infer<typeof hypothesisSchema>;
export type Threshold = z.infer<typeof thresholdSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Question = z.infer<typeof questionSchema>;
export type Scope = z.infer<typeof scopeSchema>;

/** The grade an indicator gives a hypothesis; a hypothesis the file leaves out is neutral. */
export const directionOf = (indicator: Indicator, hypothesisId: string): ConsistencyGrade =>
  indicator.direction[hypothesisId] ?? 'neutral';
