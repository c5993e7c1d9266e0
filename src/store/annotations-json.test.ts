import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { annotate } from '../annotate/index.js';
import { type Annotations, projectRoot } from '../core/index.js';
import { annotationsJson, parseAnnotations } from './annotations-json.js';

const examples = join(projectRoot, 'examples', 'belarus');

it('stores the annotations of real articles in about half the JSON and reads them back unchanged', () => {
  let plain = 0;
  let packed = 0;
  for (const name of readdirSync(examples).filter((n) => /\.(md|txt)$/.test(n))) {
    const annotations = annotate(readFileSync(join(examples, name), 'utf8'), { referenceDate: '2022-12-08' });
    const json = annotationsJson(annotations);
    assert.deepEqual(parseAnnotations(json), JSON.parse(JSON.stringify(annotations)), name);
    plain += JSON.stringify(annotations).length;
    packed += json.length;
  }
  assert.ok(packed < plain * 0.6, `packed ${packed} characters against ${plain} plain`);
});

it('reads annotations stored before tokens were packed, and keeps odd tokens as they are', () => {
  const annotations = annotate('Troops moved. Nobody knew.', {});
  const old = JSON.stringify(annotations);
  assert.deepEqual(parseAnnotations(old), JSON.parse(old));
  const odd: Annotations = {
    ...annotations,
    tokens: [
      { span: { start: 3, end: 9 }, pos: 'NOUN' },
      { span: { start: 5, end: 7 }, pos: 'X', lemma: '' },
      { span: { start: 8, end: 8 }, pos: 'PUNCT', lemma: 'a b' },
    ],
  };
  assert.deepEqual(parseAnnotations(annotationsJson(odd)), odd);
  // A part of speech with a space cannot be packed: those annotations are kept as plain JSON.
  const spaced = { ...odd, tokens: [{ span: { start: 0, end: 2 }, pos: 'TWO WORDS' }] };
  assert.equal(annotationsJson(spaced), JSON.stringify(spaced));
  assert.deepEqual(parseAnnotations(annotationsJson({ ...annotations, tokens: [] })).tokens, []);
});
