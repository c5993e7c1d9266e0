import { writeFileSync } from 'node:fs';
import { hasShared, modelPath } from '../../core/index.js';
import { attitudeCue, reportCue, trainCueModel } from './train-cue.js';
import { trainReadingModel } from './train-reading.js';
import { trainSpeakerModel } from './train-speaker.js';

const NEEDS = 'benchmarks/polnear/train';

/**
 * `npm run train:attribution [-- --only cues|reading]`: writes model/attribution-cue-model.json and
 * model/attitude-cue-model.json, then model/attribution-reading-model.json (which reads what the cue
 * models leave, so it comes after them), from the PolNeAR train split.
 */
function main(): number {
  const at = process.argv.indexOf('--only');
  const only = at >= 0 ? process.argv[at + 1] : undefined;
  if (!hasShared(NEEDS)) {
    console.error(`train: attribution: ../shared/${NEEDS} is missing`);
    return 1;
  }
  for (const kind of only === 'reading' ? [] : [reportCue, attitudeCue]) {
    const model = trainCueModel(kind);
    const path = modelPath(kind.file);
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    console.log(
      `train: ${kind.name}: ${model.trained.examples} verbs (${model.trained.positives} cues), ` +
        `${Object.keys(model.weights).length} weights -> ${path}`,
    );
  }
  if (only !== 'cues') {
    // The reading model weighs the speaker model's choices, so it is trained after it.
    const speaker = trainSpeakerModel();
    writeFileSync(modelPath('attribution-speaker-model'), `${JSON.stringify(speaker)}\n`);
    const model = trainReadingModel();
    const path = modelPath('attribution-reading-model');
    writeFileSync(path, `${JSON.stringify(model)}\n`);
    console.log(
      `train: attribution readings: ${model.trained.examples} readings (${model.trained.positives} right), ` +
        `${Object.keys(model.weights).length} weights -> ${path}`,
    );
  }
  return 0;
}

process.exitCode = main();
