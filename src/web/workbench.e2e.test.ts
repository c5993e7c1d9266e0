import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { projectRoot } from '../core/index.js';
import { readServedQuestions } from '../server/questions.js';
import { WEB_DIR } from '../server/routes/web.js';
import { type TestServer, testServer } from '../server/test-server.js';
import { artifactsDir, CHROMIUM, chromiumArgs, skipWithoutChromium } from '../test-support/browser.js';
import { belarusCorpus, skipWithoutShared } from '../test-support/shared.js';

const skip = skipWithoutChromium() || skipWithoutShared('corpus', 'belarus-2022-12');
const QUESTION = join(projectRoot, 'examples', 'belarus', 'question.yaml');
const HOSTILE_TITLE = 'Alert <script>alert("pwned")</script>';
const HOSTILE_BODY =
  'A drone <img src=x onerror=alert(1)> hit a depot; <b>bold</b> &amp; <script>alert(2)</script>.';

describe('workbench in headless Chromium', { skip }, () => {
  let s: TestServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];
  const shots = artifactsDir('workbench');
  const shot = (name: string) => page.screenshot({ path: join(shots, `${name}.png`) });
  const texts = (selector: string) => page.locator(selector).allInnerTexts();

  before(async () => {
    assert.ok(
      existsSync(join(WEB_DIR, 'index.html')),
      `build the workbench first (npm run build): ${WEB_DIR}`,
    );
    s = await testServer({ questions: readServedQuestions([QUESTION]) });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs });
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
  });
  after(async () => {
    await browser?.close();
    await s?.close();
  });

  it('asks for a token, then lists nothing and listens for live updates', async () => {
    await page.goto(`${s.url}/`);
    await page.getByLabel('API token').fill(s.token);
    await page.getByRole('button', { name: 'Log in' }).click();
    consoleErrors.length = 0; // the 401s of the page before the token was given are expected
    await page.getByTestId('live').filter({ hasText: 'live' }).first().waitFor();
    await page.getByText('No documents yet').waitFor();
    assert.equal(await page.evaluate('localStorage.getItem("sitrep.token")'), s.token);
  });

  it('ingests the corpus through the upload form and lists it', async () => {
    const corpus = readdirSync(belarusCorpus()).filter((f) => f.endsWith('.txt'));
    assert.ok(corpus.length >= 3, 'the corpus has articles');
    await page.getByLabel('article files').setInputFiles(corpus.map((f) => belarusCorpus(f)));
    await page.getByRole('button', { name: 'Ingest' }).click();
    await page
      .getByTestId('upload-status')
      .filter({ hasText: `${corpus.length} added` })
      .waitFor({ timeout: 60_000 });
    await page
      .locator('[data-testid=documents] tbody tr')
      .nth(corpus.length - 1)
      .waitFor();
    assert.equal(await page.locator('[data-testid=documents] tbody tr').count(), corpus.length);
    await shot('documents');
  });

  it('shows a document ingested elsewhere without a reload (server-sent events)', async () => {
    const before = await page.locator('[data-testid=documents] tbody tr').count();
    const form = new FormData();
    form.append('file', new Blob([`${HOSTILE_TITLE}\n\n${HOSTILE_BODY}\n`]), 'hostile.txt');
    const res = await fetch(`${s.url}/api/documents`, { method: 'POST', body: form, headers: s.auth });
    assert.equal(res.status, 201, await res.clone().text());
    await page.locator('[data-testid=documents] tbody tr').nth(before).waitFor({ timeout: 10_000 });
  });

  it('opens the reader with highlighted spans and a panel of what they resolved to', async () => {
    await page.locator('[data-testid=documents] tbody a').filter({ hasNotText: 'script' }).first().click();
    await page.locator('mark.hl').first().waitFor();
    const tones = await page.locator('mark.hl').evaluateAll((ms) => ms.map((m) => m.className));
    assert.ok(tones.length > 10, `highlights: ${tones.length}`);
    for (const tone of ['t-quantity', 't-time'])
      assert.ok(
        tones.some((t) => t.includes(tone)),
        `a ${tone} highlight`,
      );
    await page.locator('mark.t-quantity').first().click();
    await page.locator('.panel .selected dl').waitFor();
    assert.match((await texts('.panel .selected h3'))[0] ?? '', /^[a-z]+: /);
    await shot('reader');
  });

  it('shows script and onerror markup in an article as text, and never runs it', async () => {
    await page.goto(`${s.url}/#/documents`);
    await page.locator('[data-testid=documents] tbody a').filter({ hasText: 'script' }).click();
    await page.locator('.reader .text').waitFor();
    const body = (await page.locator('.reader .text').textContent()) ?? '';
    assert.ok(body.includes('<img src=x onerror=alert(1)>'), body);
    assert.ok(body.includes('<script>alert(2)</script>'));
    assert.equal(await page.locator('main img, main script, main b').count(), 0);
    await shot('reader-hostile');
  });

  it('lists claim clusters and the timeline, linked to sentences', async () => {
    await page.goto(`${s.url}/#/claims`);
    await page.getByTestId('cluster').first().waitFor();
    await shot('claims');
    await page.goto(`${s.url}/#/timeline`);
    await page.locator('[data-testid=timeline] li a').first().waitFor();
    await shot('timeline');
  });

  it('merges two entities and splits an alias out again, as analyst decisions', async () => {
    await page.goto(`${s.url}/#/entities`);
    const rows = page.locator('[data-testid=entities] tbody tr');
    await rows.first().waitFor();
    const count = async () => Number(((await page.locator('h2 .count').textContent()) ?? '').trim());
    const total = await count();
    const names = (await rows.evaluateAll((rs) => rs.map((r) => r.getAttribute('data-entity') ?? ''))).slice(
      0,
      2,
    );
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByTestId('merge').click();
    await page.getByTestId('decision-status').filter({ hasText: 'merged' }).waitFor();
    await page.locator('h2 .count', { hasText: new RegExp(`^${total - 1}$`) }).waitFor();
    const merged = page.locator(`[data-testid=entities] tbody tr[data-entity="${names[0]}"]`);
    const aliases = await merged.locator('.alias').allInnerTexts();
    assert.ok(
      aliases.some((a) => a.startsWith(names[1] ?? '?')),
      `${names[1]} among ${aliases.join(', ')}`,
    );
    await shot('entities');
    await merged.getByRole('button', { name: `split ${names[1]}`, exact: true }).click();
    await page.getByTestId('decision-status').filter({ hasText: 'split' }).waitFor();
    await page.locator('h2 .count', { hasText: new RegExp(`^${total}$`) }).waitFor();
  });

  it('draws actors and documents as a graph; a click selects an actor or opens a document', async () => {
    await page.goto(`${s.url}/#/entities`);
    const graph = page.getByTestId('entity-graph');
    await graph.locator('.g-node.entity').first().waitFor();
    const count = (selector: string) => graph.locator(selector).count();
    assert.ok((await count('.g-node.entity')) >= 10, 'actors');
    assert.ok((await count('.g-node.document')) >= 3, 'documents');
    assert.ok((await count('.g-edge.mention')) > (await count('.g-node.document')), 'mention edges');
    assert.ok((await count('.g-edge.citation')) > 0, 'citation edges');
    const labels = await count('.g-labels text');
    assert.ok(
      labels > 3 && labels < (await count('.g-node')),
      `only the larger nodes are labelled: ${labels}`,
    );
    const widthOfView = async () => Number(((await graph.getAttribute('viewBox')) ?? '').split(' ')[2]);
    const whole = await widthOfView();
    await page.getByRole('button', { name: 'zoom in', exact: true }).click();
    await page.getByRole('button', { name: 'zoom in', exact: true }).click();
    assert.ok((await widthOfView()) < whole * 0.7, 'two presses of zoom in magnify the view');
    const box = await graph.boundingBox();
    assert.ok(box, 'the graph is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const before = await widthOfView();
    await page.mouse.wheel(0, -200);
    for (let i = 0; i < 40 && (await widthOfView()) >= before; i++) await page.waitForTimeout(50);
    assert.ok((await widthOfView()) < before, 'the wheel zooms in further');
    await page.getByRole('button', { name: 'show the whole graph' }).click();
    assert.equal(await widthOfView(), whole, 'the whole graph again');
    const actor = graph.locator('.g-node.entity').first();
    const name = ((await actor.getAttribute('aria-label')) ?? '').replace(/^\S+ /, '');
    await actor.locator('circle').click();
    await page.getByTestId('entity-panel').locator('h3', { hasText: name }).waitFor();
    assert.ok((await page.getByTestId('entity-panel').locator('li a').count()) >= 1, 'its documents');
    await shot('entity-graph');
    await graph.locator('.g-node.document rect').first().click();
    await page.locator('.reader .text').waitFor();
    assert.match(page.url(), /#\/doc\/[0-9a-f]+$/);
  });

  it('rejects a claim, sees it leave its cluster, and undoes it', async () => {
    await page.goto(`${s.url}/#/claims`);
    await page.locator('[data-testid=cluster] .claim button.reject').first().waitFor();
    // A figure in a cluster of several reports: its cluster (same id, keyed by measure) keeps the others,
    // or dissolves when one report is left.
    const several = page
      .locator('[data-testid=cluster][data-cluster^="q-"]')
      .filter({ has: page.locator('.claim:nth-child(2)') });
    const cluster = page.locator(`[data-cluster="${await several.first().getAttribute('data-cluster')}"]`);
    const inCluster = await cluster.locator('.claim').count();
    const button = cluster.locator('.claim button.reject').first();
    const key = (await button.locator('xpath=..').getAttribute('data-claim')) ?? '';
    const cards = page.locator(`[data-claim="${key}"]`);
    const reports = async () => {
      const clusters = await page.getByTestId('cluster').all();
      return (await Promise.all(clusters.map((c) => c.locator('.claim').count()))).reduce((a, b) => a + b, 0);
    };
    assert.ok((await cards.count()) >= 1);
    const before = await reports();
    await button.click();
    await page.getByTestId('reject-status').filter({ hasText: 'rejected' }).waitFor();
    for (let i = 0; i < 100 && (await cards.count()) > 0; i++) await page.waitForTimeout(100);
    assert.equal(await cards.count(), 0, `${key} left every cluster and conflict`);
    assert.ok((await reports()) < before, 'fewer reports in the clusters');
    // A cluster left with one report is no longer a cluster: then there is nothing to scroll to.
    if ((await cluster.count()) > 0) {
      assert.ok((await cluster.locator('.claim').count()) < inCluster);
      await cluster.scrollIntoViewIfNeeded();
    }
    await shot('claims-rejected');
    await page.getByTestId('undo-reject').click();
    await page.getByTestId('reject-status').filter({ hasText: 'restored' }).waitFor();
    await cards.first().waitFor();
    for (let i = 0; i < 100 && (await reports()) !== before; i++) await page.waitForTimeout(100);
    assert.equal(await reports(), before);
  });

  it('sets an ACH cell, sees the hypothesis scores change, and undoes it', async () => {
    await page.goto(`${s.url}/#/question`);
    const cell = page.locator('[data-testid=ach] select').first();
    await cell.waitFor();
    await page.getByTestId('forecast').waitFor();
    const scores = () => texts('[data-testid=scores] li');
    const beforeScores = await scores();
    const original = await cell.inputValue();
    const grade = original === 'II' ? 'CC' : 'II';
    await cell.selectOption(grade);
    await page
      .getByTestId('cell-status')
      .filter({ hasText: `to ${grade}` })
      .waitFor();
    for (let i = 0; i < 100 && (await scores()).join('|') === beforeScores.join('|'); i++)
      await page.waitForTimeout(100);
    assert.notDeepEqual(await scores(), beforeScores);
    assert.equal(await page.locator('[data-testid=ach] select').first().inputValue(), grade);
    await shot('question');
    await page.goto(`${s.url}/#/decisions`);
    await page.locator('[data-testid=decisions] tbody tr').nth(1).waitFor();
    await shot('decisions');
    await page
      .locator('[data-testid=decisions] tbody tr')
      .first()
      .getByRole('button', { name: 'undo' })
      .click();
    await page.getByText('undid decision').waitFor();
    await page.goto(`${s.url}/#/question`);
    await page.locator(`[data-testid=ach] select >> nth=0`).waitFor();
    for (
      let i = 0;
      i < 50 && (await page.locator('[data-testid=ach] select').first().inputValue()) !== original;
      i++
    )
      await page.waitForTimeout(100);
    assert.equal(await page.locator('[data-testid=ach] select').first().inputValue(), original);
  });

  it('ran no script from an article and logged no console error', () => {
    assert.deepEqual(dialogs, []);
    assert.deepEqual(consoleErrors, []);
  });
});
