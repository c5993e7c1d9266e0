import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { artifactsDir, CHROMIUM, chromiumArgs, skipWithoutChromium } from '../../test-support/browser.js';
import { runBrief } from '../../test-support/run-brief.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';

/** Two hostile articles: markup in the title line, in figures' sentences and in dated sentences. */
function hostileCorpus(): string {
  const dir = artifactsDir('hostile-input');
  writeFileSync(
    join(dir, 'a.txt'),
    `Troops gather ${SCRIPT} near the border\n\n` +
      `MINSK, 14 October 2022 - Officials said that about 5,000 soldiers ${IMG} arrived in Belarus on 12 October 2022.\n\n` +
      `Another 2,000 soldiers ${SCRIPT} were expected to arrive on 20 October 2022, a spokesman said.\n`,
  );
  writeFileSync(
    join(dir, 'b.txt'),
    `A second report ${IMG}\n\n` +
      `VILNIUS, 16 October 2022 - About 9,000 soldiers ${SCRIPT} had arrived in Belarus by 15 October 2022, according to the ministry.\n`,
  );
  return dir;
}

describe('article text is untrusted', { skip: skipWithoutChromium() }, () => {
  it('shows <script> and onerror markup from articles as text: no element, no dialog', async () => {
    const { out } = runBrief('brief-hostile', [hostileCorpus()]);
    const file = join(out, 'brief.html');
    const source = readFileSync(file, 'utf8');
    assert.ok(!source.includes(SCRIPT) && !source.includes('<img'), 'raw markup never reaches the HTML');
    assert.ok(!readFileSync(join(out, 'brief.md'), 'utf8').includes('<script'), 'nor the Markdown');

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      await page.goto(pathToFileURL(file).href);
      await page.waitForTimeout(300);
      assert.deepEqual(dialogs, []);
      assert.equal(await page.locator('script').count(), 0);
      assert.equal(await page.locator('img').count(), 0);
      const text = (await page.locator('body').textContent()) ?? '';
      assert.ok(text.includes(SCRIPT), 'the script tag is shown as text');
      assert.ok(text.includes(IMG), 'the img tag is shown as text');
      await page.screenshot({ path: join(artifactsDir('screenshots'), 'brief-hostile.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
