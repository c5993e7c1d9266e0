import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { svgSparkline } from './svg-sparkline.js';

describe('indicator sparkline', () => {
  const points = [
    { date: '2022-10', value: 9000, text: 'about 9,000 soldiers' },
    { date: '2022-10-21', value: 15000, text: 'up to 15,000 <troops>' },
    { date: '2022-11-03', value: 9000, text: 'about 9,000 people' },
  ];
  it('draws one dot per dated figure, joined by a line, oldest on the left', () => {
    const svg = svgSparkline(points, 'Russian troops').html;
    assert.equal(svg.match(/<circle/g)?.length, 3);
    assert.match(svg, /<polyline/);
    const xs = [...svg.matchAll(/cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      xs,
      [...xs].sort((a, b) => a - b),
    );
    const ys = [...svg.matchAll(/cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.ok((ys[1] ?? 0) < (ys[0] ?? 0), 'the higher figure sits higher');
  });
  it('escapes the figures as written and has no script', () => {
    const svg = svgSparkline(points, 'Russian troops').html;
    assert.ok(svg.includes('&lt;troops&gt;') && !svg.includes('<troops>'));
    assert.ok(!/<script|on\w+=/i.test(svg));
  });
  it('draws a single figure as a dot without a line, and nothing for no figures', () => {
    const one = svgSparkline(points.slice(0, 1), 'x').html;
    assert.equal(one.match(/<circle/g)?.length, 1);
    assert.ok(!one.includes('<polyline'));
    assert.equal(svgSparkline([], 'x').html, '');
  });
});
