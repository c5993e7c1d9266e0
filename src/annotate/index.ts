export { annotate, checkPipeline, pipeline } from './pipeline.js';
export type { Layers, Stage, StageContext } from './stage.js';
