import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryCorpus } from '../resolve/memory-corpus.js';
import { furnitureSentences, isCaption } from './furniture.js';

describe('a picture’s caption', () => {
  const captions = [
    'In this photo provided by the port authority, a tug tows the barge out of the harbour.',
    'This satellite image shows trucks lined up near the border crossing.',
    '- This frame taken from an undated video shows smoke over the mill.',
    'In this handout photo released by the ministry, engineers inspect the dam.',
    'FILE - In this photo taken on a Tuesday in spring, the mayor greets volunteers at the station.',
    'EDS NOTE: GRAPHIC CONTENT - In this photo taken from video, a burnt-out bus lies by the road.',
    'A combination photo shows the bridge before and after the storm.',
    'A satellite image shows grain silos at the port, in a picture taken on a clear day.',
  ];
  for (const text of captions) it(`is read in: ${text}`, () => assert.equal(isCaption(text), true));

  const reports = [
    'This week the ministry released new figures on the harvest.',
    'Photos of the flooded village spread quickly online.',
    'The image of the minister at the dam was widely shared.',
    'In this town, few people still have power.',
    'A video shows volunteers loading sandbags onto a truck outside the town hall.',
    'The photo shows that the roof had already collapsed before the fire.',
    'NATO - the alliance - said in this photo op that nothing had changed.',
  ];
  for (const text of reports) it(`is not read in: ${text}`, () => assert.equal(isCaption(text), false));
});

describe('the furniture of a document', () => {
  it('holds a caption that closes with the day the picture was taken, not the report around it', () => {
    const [cd] = memoryCorpus([
      'The mayor said the bridge would reopen in May. Workers repair the bridge over the river in Tarnow, Poland, Monday, March 7, 2022. Traffic will be diverted until then.',
    ]);
    assert.ok(cd);
    const furniture = furnitureSentences(cd);
    const held = cd.annotations.sentences
      .filter((s) => furniture.has(s.span.start))
      .map((s) => cd.doc.text.slice(s.span.start, s.span.end).trim());
    assert.deepEqual(held, [
      'Workers repair the bridge over the river in Tarnow, Poland, Monday, March 7, 2022.',
    ]);
  });
});
