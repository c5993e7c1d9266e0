export { annotate, checkPipeline, pipeline } from './pipeline.js';
export type { AnyStage, Layers, LayersOf, Stage, StageContext } from './stage.js';
