import { writeFileSync } from 'node:fs';
import { hasShared, modelPath } from '../../core/index.js';
import { type StanceTask, stanceTasks } from '../../resolve/stance/index.js';
import { stanceNeeds } from './sets.js';
import { trainStance } from './train.js';

/** `npm run train:stance [-- emergent|fnc1]`: writes model/stance-<task>.json. */
function main(argv: readonly string[]): number {
  const tasks = (argv.length > 0 ? argv : Object.keys(stanceTasks)) as StanceTask[];
  for (const task of tasks) {
    if (!(task in stanceTasks) || !hasShared(stanceNeeds[task])) {
      console.error(`train: ${task}: unknown task or ../shared/${stanceNeeds[task] ?? ''} missing`);
      return 1;
    }
    const model = trainStance(task);
    writeFileSync(modelPath(`stance-${task}`), `${JSON.stringify(model)}\n`);
    console.log(`train: ${task}: ${model.trained.examples} pairs -> ${modelPath(`stance-${task}`)}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
