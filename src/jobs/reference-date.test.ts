import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { PublishedDate } from '../core/index.js';
import { referenceDates } from './reference-date.js';

const day = (value: string, inferred = false): PublishedDate => ({
  value,
  precision: 'day',
  source: inferred ? 'inferred' : 'sidecar',
  inferred,
});

it('anchors undated documents on the latest day of their own folder, never of another', () => {
  const docs = [
    { origin: 'dossier/a.txt', published: day('2022-12-07') },
    { origin: 'dossier/b.txt', published: day('2022-12-03', true) },
    { origin: 'dossier/c.txt' },
    { origin: 'other/d.txt', published: day('2023-05-01') },
    { origin: 'alone/e.txt' },
    { origin: 'feed.xml#item 2' },
    {
      origin: 'feed.xml#item 1',
      published: { value: '2022-10', precision: 'month', source: 'feed', inferred: false },
    },
  ] as const;
  const refs = referenceDates(docs);
  assert.deepEqual(
    docs.map((d) => refs.get(d)),
    ['2022-12-07', '2022-12-03', '2022-12-07', '2023-05-01', undefined, undefined, undefined],
  );
});
