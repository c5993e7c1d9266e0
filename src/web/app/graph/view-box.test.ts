import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fullView, panBy, viewBoxAttribute, zoomAt } from './view-box.js';

const full = fullView(900, 460);

describe('zooming and panning the graph view', () => {
  it('zooms in around the pointer, which stays at the same place on screen', () => {
    const z = zoomAt(full, full, 2, 300, 100);
    assert.equal(z.width, 450);
    assert.equal(z.height, 230);
    // The pointer was a third of the way across and stays a third of the way across.
    assert.equal((300 - z.x) / z.width, 300 / 900);
    assert.equal((100 - z.y) / z.height, 100 / 460);
  });

  it('never zooms out past the whole drawing nor in past 8x', () => {
    assert.deepEqual(zoomAt(full, full, 0.5, 450, 230), full);
    let z = full;
    for (let i = 0; i < 20; i++) z = zoomAt(z, full, 2, 450, 230);
    assert.equal(z.width, 900 / 8);
  });

  it('ignores a factor that is not a positive finite number', () => {
    for (const f of [0, -1, Number.NaN, Number.POSITIVE_INFINITY])
      assert.deepEqual(zoomAt(full, full, f, 1, 1), full);
  });

  it('pans within the drawing and stops at its edges', () => {
    const z = zoomAt(full, full, 4, 450, 230);
    const moved = panBy(z, full, 50, -20);
    assert.equal(moved.x, z.x + 50);
    assert.equal(moved.y, z.y - 20);
    const far = panBy(z, full, 10_000, 10_000);
    assert.equal(far.x + far.width, 900);
    assert.equal(far.y + far.height, 460);
    assert.deepEqual(panBy(full, full, 30, 30), full, 'the whole drawing cannot move');
  });

  it('writes a viewBox attribute with short numbers', () => {
    assert.equal(viewBoxAttribute({ x: 1 / 3, y: 0, width: 450, height: 230 }), '0.33 0 450 230');
  });
});
