import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Indicator } from '../question/index.js';
import { fitsDestination, indicatorDestination, placeRoles } from './place-roles.js';

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
});
