import { writeFileSync } from 'node:fs';
import { hasShared, modelPath } from '../../core/index.js';
import { attitudeCue, reportCue, trainCueModel } from './train-cue.js';

const NEEDS = 'benchmarks/polnear/train';

/** `npm run train:attribution`: writes model/attribution-cue-model.json and model/attitude-cue-model.json from the PolNeAR train split. */
function main(): number {
  if (!hasShared(NEEDS)) {
    console.error(`train: attribution: ../shared/${NEEDS} is missing`);
    return 1;
  }
  for (const kind of [reportCue, attitudeCue]) {
    const model = trainCueModel(kind);
    const path = modelPath(kind.file);
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    console.log(
      `train: ${kind.name}: ${model.trained.examples} verbs (${model.trained.positives} cues), ` +
        `${Object.keys(model.weights).length} weights -> ${path}`,
    );
  }
  return 0;
}

process.exitCode = main();
