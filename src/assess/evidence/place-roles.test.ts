import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Indicator } from '../question/index.js';
import { fitsDestination, indicatorDestination, indicatorGoal, placeRoles } from './place-roles.js';

const inflow: Indicator = {
  id: 'inflow',
  name: 'Trucks arriving in Arland',
  match: { measureKeys: ['trucks'] },
  direction: {},
};

describe('place roles of figures', () => {
  // Invented places and sentences.
  it('reads where a figure goes and where it comes from', () => {
    assert.deepEqual(placeRoles(' were driven into Arland last week.'), { to: 'Arland' });
    assert.deepEqual(placeRoles(' from Borduria arrived on Monday.'), { from: 'Borduria' });
  });

  it('keeps figures going to the indicator destination, drops those going elsewhere or coming from it', () => {
    const to = indicatorDestination(inflow);
    assert.equal(to, 'Arland');
    assert.ok(fitsDestination(to, placeRoles(' reached the border.')));
    assert.ok(fitsDestination(to, placeRoles(' were sent to Arland.')));
    assert.ok(!fitsDestination(to, placeRoles(' were sent to Borduria.')));
    assert.ok(!fitsDestination(to, placeRoles(' came from Arland.')));
  });

  it('reads no destination in a source or a cause after "to"', () => {
    assert.deepEqual(placeRoles(' in storage, according to the Borduria institute.'), {});
    assert.deepEqual(placeRoles(' were lost due to Borduria shelling.'), {});
  });

  it('takes a capital for its country', () => {
    assert.ok(fitsDestination('Ukraine', placeRoles(' will go to Kyiv next week.')));
    assert.ok(!fitsDestination('Ukraine', placeRoles(' will go to Warsaw next week.')));
  });

  it('reads a goal in the description only where a verb of transfer governs it', () => {
    const pledges: Indicator = {
      id: 'pledges',
      name: 'Governments pledge trucks',
      description: 'A government agrees to deliver heavy trucks to Arland.',
      match: { measureKeys: ['trucks'] },
      direction: {},
    };
    assert.equal(indicatorGoal(pledges), 'Arland');
    assert.equal(indicatorDestination(pledges), 'Arland');
    const bridges: Indicator = {
      ...pledges,
      name: 'Bridges to Arland destroyed',
      description: 'A visit to Borduria.',
    };
    assert.equal(indicatorGoal(bridges), undefined);
    const push: Indicator = {
      ...pledges,
      name: 'Advances',
      description: 'Forces push into the Arland zone.',
    };
    assert.equal(indicatorGoal(push), undefined);
  });
});
