#!/usr/bin/env node
// Annotation parity: annotates a fixed set of real texts with one build and prints a digest per
// document and per layer, so that two builds can be compared byte for byte.
//
//   node scripts/parity.mjs --root ../sitrep-main > /tmp/parity-main.txt   # a checkout of the build to compare against
//   node scripts/parity.mjs --compare /tmp/parity-main.txt             # this build; exit 1 on a change
//
// Options: --root DIR (the checkout whose dist/ is run; default this one, run `npm run build` first),
// --articles N (articles of the ukraine-war-media-2022 corpus, default 300), --dump DIR (write each
// document's annotations as JSON, to diff the full records of a changed document).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    articles: { type: 'string', default: '300' },
    compare: { type: 'string' },
    dump: { type: 'string' },
  },
});
const here = resolve(fileURLToPath(import.meta.url), '..', '..');
const root = resolve(values.root ?? here);
const shared = process.env.SITREP_SHARED ?? join(here, '..', 'shared');
const dist = (path) => import(pathToFileURL(join(root, 'dist', path)).href);
const { annotate } = await dist('annotate/index.js');
const { collectArticles, normalizeText } = await dist('ingest/index.js');

/** The inputs, each named by a label that is the same in every checkout. */
const inputs = [
  { path: join(shared, 'corpus', 'belarus-2022-12'), label: 'shared:' },
  { path: join(here, 'examples', 'belarus'), label: '' },
  {
    path: join(shared, 'corpus', 'ukraine-war-media-2022', 'articles.jsonl.gz'),
    label: 'shared:',
    limit: Number(values.articles),
  },
];

const labelOf = (origin, input) =>
  input.label +
  relative(input.label ? shared : here, origin)
    .split('\\')
    .join('/');
const digest = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
const dayOf = (meta) => (meta.published?.precision === 'day' ? meta.published.value : undefined);

const lines = [];
for (const input of inputs) {
  const docs = [];
  for await (const outcome of collectArticles([input.path])) {
    if (!outcome.ok) {
      console.error(`parity: ${outcome.diagnostic.source}: ${outcome.diagnostic.reason}`);
      continue;
    }
    if (docs.length === (input.limit ?? Number.POSITIVE_INFINITY)) break;
    docs.push(outcome.article);
  }
  if (docs.length === 0) console.error(`parity: nothing read from ${input.path}`);
  // As ingest anchors them: a document's own day, else the latest day of the documents read with it.
  const latest = docs
    .map(({ meta }) => dayOf(meta) ?? '')
    .sort()
    .at(-1);
  for (const article of docs) {
    const referenceDate = dayOf(article.meta) ?? (latest || undefined);
    const annotations = annotate(normalizeText(article.text), referenceDate ? { referenceDate } : {});
    const label = labelOf(article.origin, input);
    const layers = Object.entries(annotations).map(([layer, items]) => `${layer}=${digest(items)}`);
    lines.push(`${label}\t${digest(annotations)}\t${layers.join(' ')}`);
    if (values.dump) {
      const file = join(values.dump, `${label.replace(/[^\w.-]+/g, '_')}.json`);
      mkdirSync(values.dump, { recursive: true });
      writeFileSync(file, `${JSON.stringify(annotations, null, 1)}\n`);
    }
  }
}

if (!values.compare) {
  process.stdout.write(`${lines.join('\n')}\n`);
} else {
  const before = new Map(
    readFileSync(values.compare, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.split('\t')[0], line]),
  );
  const changed = [];
  for (const line of lines) {
    const [label, , layers] = line.split('\t');
    const old = before.get(label);
    before.delete(label);
    if (old === line) continue;
    if (!old) {
      changed.push(`${label}: new`);
      continue;
    }
    const oldLayers = new Set(old.split('\t')[2]?.split(' '));
    const differ = layers
      .split(' ')
      .filter((l) => !oldLayers.has(l))
      .map((l) => l.split('=')[0]);
    changed.push(`${label}: ${differ.join(', ')}`);
  }
  for (const label of before.keys()) changed.push(`${label}: missing`);
  console.log(`parity: ${lines.length} documents, ${changed.length} changed`);
  for (const c of changed) console.log(`  ${c}`);
  process.exit(changed.length === 0 ? 0 : 1);
}
