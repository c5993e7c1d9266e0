// The briefing's steps one by one, for the brief-size bench that times each (edges reach the report
// only through jobs/; `brief-job.ts` runs them together).
export { buildBrief } from '../report/build-brief.js';
export { writeExports } from '../report/export/write-exports.js';
export { writeBrief } from '../report/write-brief.js';
