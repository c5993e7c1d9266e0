import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storyGroups } from './story-groups.js';

const doc = (id: string, keys: string): { id: string; keys: string[] } => ({ id, keys: keys.split(' ') });

describe('documents grouped into stories', () => {
  it('joins documents that share rare names and figures, and keeps the other story apart', () => {
    const groups = storyGroups([
      doc('a', 'name:velmora figure:6.1 time:2031-03-04 name:quake'),
      doc('b', 'name:velmora figure:12 name:quake'),
      doc('c', 'name:ostrava figure:7.3 time:2031-05-11 name:quake'),
      doc('d', 'name:ostrava figure:40 time:2031-05-11'),
    ]);
    assert.equal(groups[0], groups[1]);
    assert.equal(groups[2], groups[3]);
    assert.notEqual(groups[0], groups[2]);
  });
  it('leaves a document that shares nothing on its own', () => {
    const groups = storyGroups([doc('a', 'name:velmora'), doc('b', 'name:velmora'), doc('c', 'figure:9')]);
    assert.equal(groups[0], groups[1]);
    assert.notEqual(groups[2], groups[0]);
  });
  it('keeps everything apart when the bar is above any similarity', () => {
    const groups = storyGroups([doc('a', 'name:x name:y'), doc('b', 'name:x name:z')], 1.01);
    assert.notEqual(groups[0], groups[1]);
  });
});
