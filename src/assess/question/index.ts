export {
  type ParseQuestionResult,
  parseQuestion,
  type QuestionFileError,
} from './load-question.js';
export {
  type ConsistencyGrade,
  consistencyGrades,
  directionOf,
  type Hypothesis,
  type Indicator,
  type Question,
  questionSchema,
  type Threshold,
  type ThresholdLevel,
  type ThresholdOp,
  thresholdLevels,
  thresholdOps,
} from './question.schema.js';
export { checkQuestion, type QuestionProblem } from './question-checks.js';
