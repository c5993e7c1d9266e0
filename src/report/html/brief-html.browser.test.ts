import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { artifactsDir, CHROMIUM, chromiumArgs, skipWithoutChromium } from '../../test-support/browser.js';
import { exampleDir, exampleQuestion, runBrief } from '../../test-support/run-brief.js';

const skip = skipWithoutChromium();

describe('brief.html in headless Chromium (examples/belarus with its question)', { skip }, () => {
  let browser: Browser;
  let html: string;
  let stdout: string;

  before(async () => {
    const run = runBrief('brief-example', [exampleDir, '--question', exampleQuestion]);
    html = join(run.out, 'brief.html');
    stdout = run.stdout;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
  });
  after(async () => browser?.close());

  it('prints where it wrote the briefing', () => {
    assert.ok(stdout.includes(html), stdout);
    assert.ok(existsSync(html));
  });

  it('loads with no console errors and no network request, and every footnote link reaches a visible note', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(html).href);
    const links = await page
      .locator('a[href^="#fn-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(links.length >= 20, `expected many footnote links, found ${links.length}`);
    const distinct = [...new Set(links)];
    const notes = await page.locator('ol.footnotes > li').count();
    assert.equal(distinct.length, notes, 'every note is cited and every citation has a note');
    for (const href of distinct) {
      await page.locator(`a[href="${href}"]`).first().click();
      const target = page.locator(href);
      assert.equal(await target.count(), 1, `${href} exists once`);
      assert.ok(await target.isVisible(), `${href} is visible after the click`);
      assert.ok(await target.evaluate((el) => el.matches(':target')), `${href} is the page's target`);
      const quote = (await target.locator('blockquote').textContent()) ?? '';
      assert.ok(quote.length > 10, `${href} quotes its sentence`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(requests, []);
    await page.screenshot({ path: join(artifactsDir('screenshots'), 'brief-desktop.png'), fullPage: true });
    await page.close();
  });

  it('reads on a phone: no horizontal scrolling of the page, charts scale down', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(pathToFileURL(html).href);
    const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth'));
    assert.ok(overflow <= 1, `page scrolls sideways by ${overflow}px`);
    const svgWidths = await page
      .locator('figure svg')
      .evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().width));
    assert.ok(svgWidths.length >= 3, 'timeline, figures and agreement charts');
    for (const w of svgWidths) assert.ok(w <= 390, `an SVG is ${w}px wide`);
    const shot = join(artifactsDir('screenshots'), 'brief-phone.png');
    await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 390, height: 2400 } });
    assert.ok(statSync(shot).size > 10_000);
    await page.close();
  });

  for (const [name, width, height] of [
    ['desktop', 1280, 800],
    ['phone', 390, 844],
  ] as const) {
    it(`answers the question on the first screen (${name}, ${width}×${height})`, async () => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(pathToFileURL(html).href);
      const answer = page.locator('#bottom-line .bl-answer');
      assert.equal(await answer.count(), 1, 'the bottom line opens with the answer');
      const box = await answer.boundingBox();
      assert.ok(
        box && box.y + Math.min(box.height, 120) <= height,
        `the answer starts on the first screen (y ${box?.y})`,
      );
      assert.match((await answer.textContent()) ?? '', /judge it .*pooled give \d+%/);
      const parts = await page.locator('#bottom-line .bl-part h3').allTextContents();
      assert.ok(parts.length >= 4, `the first screen's parts: ${parts.join(', ')}`);
      await page.screenshot({
        path: join(artifactsDir('screenshots'), `brief-first-screen-${name}.png`),
        clip: { x: 0, y: 0, width, height },
      });
      await page.close();
    });
  }

  it('prints: print CSS hides the navigation', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav.toc').isVisible(), false);
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 20_000);
    await page.close();
  });
});
