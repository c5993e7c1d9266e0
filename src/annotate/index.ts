export { annotate, annotateWithDiagnostics, checkPipeline, pipeline } from './pipeline.js';
export type {
  AnyStage,
  Layers,
  LayersOf,
  Stage,
  StageContext,
  StageDiagnostic,
  StageMessage,
} from './stage.js';
