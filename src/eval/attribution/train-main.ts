import { writeFileSync } from 'node:fs';
import { hasShared, modelPath } from '../../core/index.js';
import { trainCueModel } from './train-cue.js';

const NEEDS = 'benchmarks/polnear/train';

/** `npm run train:attribution`: writes model/attribution-cue-model.json from the PolNeAR train split. */
function main(): number {
  if (!hasShared(NEEDS)) {
    console.error(`train: attribution: ../shared/${NEEDS} is missing`);
    return 1;
  }
  const model = trainCueModel();
  const path = modelPath('attribution-cue-model');
  writeFileSync(path, `${JSON.stringify(model)}\n`);
  console.log(
    `train: attribution: ${model.trained.examples} verbs (${model.trained.positives} cues), ` +
      `${Object.keys(model.weights).length} weights -> ${path}`,
  );
  return 0;
}

process.exitCode = main();
