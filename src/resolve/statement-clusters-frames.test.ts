import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveEntities } from './entities.js';
import { memoryCorpus } from './memory-corpus.js';
import { statementClusters } from './statement-clusters.js';

/** Do two invented reports from two outlets fall into one statement cluster? */
function clustered(first: string, second: string): boolean {
  const corpus = memoryCorpus([
    { text: first, outlet: 'Daily One' },
    { text: second, outlet: 'Weekly Two' },
  ]);
  const { clusters } = statementClusters(corpus, resolveEntities(corpus).byLocal);
  return clusters.some((c) => new Set(c.claims.map((r) => r.document)).size === 2);
}

describe('one act told twice is one proposition only put the same way (invented sentences)', () => {
  it('joins one deed told in two wordings', () => {
    assert.ok(
      clustered(
        'Moldova issued a stamp showing the sunken ferry near Constanta.',
        'On Friday Moldova issued a new stamp showing the sunken ferry near Constanta.',
      ),
    );
  });

  it('keeps a prospect apart from a deed ("will issue" / "issued")', () => {
    assert.equal(
      clustered(
        'Moldova issued a stamp showing the sunken ferry near Constanta.',
        'Moldova will issue a stamp showing the sunken ferry near Constanta.',
      ),
      false,
    );
  });

  it('keeps apart one act on two things that only a generic noun shares ("a stamp of X" / "stamps of Y")', () => {
    assert.equal(
      clustered(
        'After the vote, Moldova quickly issued a new stamp highlighting the farmers and their harvest festival.',
        'Moldova will soon issue stamps featuring the damaged bridge at the border crossing, its postal chief said.',
      ),
      false,
    );
  });

  it('keeps apart one actor doing one common act where the rest is not shared, hedged or not', () => {
    assert.equal(
      clustered(
        'Moldova has likely withdrawn its envoys from the area, but talks continue around the two border towns.',
        'Moldovan diplomats are withdrawing from areas in the Gagauz region, local officials said Tuesday.',
      ),
      false,
    );
    assert.equal(
      clustered(
        'Moldovan forces have made limited gains there, according to the general staff.',
        'Moldova likely will make gains nevertheless and may wear down the rebels enough to hold the valley.',
      ),
      false,
    );
  });

  it('matches one observer seeing two things by what it sees ("has observed X" / "has been observing Y")', () => {
    assert.equal(
      clustered(
        'Canada has observed Moldovan forces achieve some success in attacking rebel supply lines near the river, an official said.',
        'Canada has also been observing Moldovan forces benefiting from the use of donated rocket launchers, which have allowed them to strike depots.',
      ),
      false,
    );
  });

  it('does not count a person named with a title as shared words ("press secretary X")', () => {
    assert.equal(
      clustered(
        'The remark drew a sharp reply from Kremlin press secretary Marina Volkova on Tuesday.',
        'Kremlin press secretary Marina Volkova speaks with reporters in the briefing room in Moscow.',
      ),
      false,
    );
  });

  it('does not count whom and where a report was made as shared words ("told state broadcaster X on Monday")', () => {
    assert.equal(
      clustered(
        'A senior lawmaker told state broadcaster Radio Nordwelle on Wednesday that the harbour fees could double next spring.',
        'The customs chief told state broadcaster Radio Nordwelle on Wednesday that border queues had grown since the strike.',
      ),
      false,
    );
  });
});
