import { benchAnnotate } from './annotate.bench.js';
import { benchIngest } from './ingest.bench.js';
import { median } from './median.js';
import { benchResolve } from './resolve.bench.js';

/** `npm run bench`: throughput as ratios against baselines measured in the same run. */
async function main(argv: readonly string[]): Promise<void> {
  const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
  const small = argv.includes('--small');
  if (!only || only === 'ingest') {
    const r = await benchIngest(small ? 2000 : 20_000);
    console.log(
      `ingest     ${r.documents} generated documents (CPU time): ${r.ingestPerSecond.toFixed(0)} docs/s; ` +
        `raw SQLite insert of the same rows ${r.rawInsertPerSecond.toFixed(0)} rows/s; ` +
        `ratio ${r.ratio.toFixed(3)} (goal >= 0.25; by wall clock ${r.wallRatio.toFixed(3)})`,
    );
  }
  if (!only || only === 'annotate') {
    const a = benchAnnotate(small ? { documents: 40, rounds: 3 } : {});
    const ms = (s: number) => (s * 1000).toFixed(0);
    console.log(
      `annotate   ${a.documents} ${a.corpus} documents, ${a.words} words, main-thread CPU in ${a.rounds.length} ` +
        `interleaved rounds: ratio to wink-nlp readDoc alone ${a.ratio.toFixed(3)} ` +
        `(each block of 10 documents' median round; goal >= 0.333); rounds' ratios median ${a.roundMedian.toFixed(3)}, ` +
        `${a.low.toFixed(3)}-${a.high.toFixed(3)}; pipeline ` +
        `${(a.words / median(a.rounds.map((r) => r.pipeline))).toFixed(0)} words/s; output digest ${a.digest}\n` +
        `  rounds (wink/pipeline ms): ${a.rounds.map((r) => `${ms(r.wink)}/${ms(r.pipeline)}`).join(' ')}`,
    );
    for (const s of a.scaling) {
      console.log(
        `  stage ${s.stage.padEnd(13)} 1x ${(s.once * 1000).toFixed(1).padStart(8)} ms   10x ${(
          s.tenfold * 1000
        )
          .toFixed(1)
          .padStart(
            9,
          )} ms   growth ${s.once < 1e-3 ? '(too short to compare)' : `${(s.tenfold / s.once).toFixed(1)}x (linear = 10x)`}`,
      );
    }
  }
  if (!only || only === 'growth') {
    const { benchGrowth } = await import('./growth.bench.js');
    const { benchText } = await import('./annotate.bench.js');
    const gc = typeof (globalThis as { gc?: unknown }).gc === 'function';
    console.log(
      'growth     main-thread CPU time of each stage per document at 10 KB / 100 KB / 1 MB, median of 5 ' +
        `batches of 1 MB, ${gc ? 'after a full collection' : 'WITHOUT a full collection (run with --expose-gc)'} ` +
        "(goal: at most 12x per tenfold); then the growth by the whole process's CPU time",
    );
    const ms = (s: number) => `${(s * 1000).toFixed(0)} ms`.padStart(9);
    for (const g of benchGrowth(benchText(), small ? [10_000, 100_000] : undefined)) {
      const verdict = g.growth <= 12 ? 'ok' : 'OVER';
      console.log(
        `  ${g.input.padEnd(8)} ${g.stage.padEnd(13)} ${g.seconds.map(ms).join(' ')}   growth ${g.growth
          .toFixed(1)
          .padStart(4)}x ${verdict.padEnd(4)}   process ${g.processGrowth.toFixed(1)}x`,
      );
    }
  }
  if (!only || only === 'resolve') {
    const r = benchResolve(small ? 2000 : 20_000);
    console.log(
      `resolve    reconcile ${r.claims} generated claims ${r.once.toFixed(2)} s; ${r.claims * 10} claims ` +
        `${r.tenfold.toFixed(2)} s; growth ${(r.tenfold / r.once).toFixed(1)}x (linear = 10x, goal <= 15x); ` +
        `${r.clusters} clusters, ${r.conflicts} conflicts`,
    );
  }
  if (!only || only === 'resolve' || only === 'resolve-real') {
    const { benchResolveReal } = await import('./resolve-real.bench.js');
    const r = benchResolveReal(small ? 2000 : 20_000, small ? 60 : 300);
    console.log(
      r
        ? `resolve    real sentences: ${r.articles} war-media articles (${r.poolClaims} claims) annotated once, ` +
            `repeated under new ids and outlets: ${r.claims} claims ${r.once.toFixed(2)} s; ${r.claims * 10} claims ` +
            `${r.tenfold.toFixed(2)} s; growth ${(r.tenfold / r.once).toFixed(1)}x (linear = 10x, goal <= 15x); ` +
            `${r.clusters} clusters, ${r.conflicts} conflicts`
        : 'resolve    real sentences skipped: needs corpus/ukraine-war-media-2022 in ../shared',
    );
  }
  if (!only || only === 'api') await (await import('./api.bench.js')).runApiBench(small);
  if (only === 'brief-size') {
    // Minutes of work on the full news corpus: only when asked for (`--only brief-size [--db file]`).
    const { BRIEF_BOUNDS: b, benchBriefSize } = await import('./brief-size.bench.js');
    const db = argv.includes('--db') ? argv[argv.indexOf('--db') + 1] : undefined;
    const r = await benchBriefSize(db);
    const ok = (pass: boolean) => (pass ? 'ok' : 'OVER');
    const writes = r.writes.map((w) => `${w.seconds.toFixed(1)} s at ${w.documents}`).join(', ');
    const k = r.writeExponent;
    console.log(
      `brief-size ${r.documents} documents, ${(r.textChars / 1e6).toFixed(1)} M characters of text:\n` +
        `  brief.md    ${r.mdLines} lines (bound ${b.mdLines}) ${ok(r.mdLines <= b.mdLines)}\n` +
        `  brief.html  ${(r.htmlBytes / 1e6).toFixed(2)} MB (bound ${b.htmlBytes / 1e6} MB) ${ok(r.htmlBytes <= b.htmlBytes)}\n` +
        `  sitrep.json ${(r.jsonBytes / 1e6).toFixed(0)} MB = ${(r.jsonBytes / r.textChars).toFixed(2)}x the text (bound ${b.jsonPerTextChar}x) ${ok(r.jsonBytes <= r.textChars * b.jsonPerTextChar)}\n` +
        `  peak RSS    ${(r.peakRssBytes / 1e9).toFixed(2)} GB of the whole sitrep brief process (bound ${b.peakRssBytes / 1e9} GB) ${ok(r.peakRssBytes <= b.peakRssBytes)}\n` +
        (r.renderSeconds === undefined
          ? '  render      skipped: needs /usr/bin/chromium\n'
          : `  render      ${r.renderSeconds.toFixed(2)} s to load brief.html in headless Chromium (bound ${b.renderSeconds} s) ${ok(r.renderSeconds <= b.renderSeconds)}\n`) +
        `  write phase ${writes} documents (CPU): growth exponent ${k === undefined ? '?' : k.toFixed(2)} (linear = 1)`,
    );
  }
  if (!only || only === 'scale') await (await import('./scale.bench.js')).runScaleBench(small);
  if (only === 'collection') await runCollectionBench(argv);
  if (only === 'reconcile-scale') {
    // Minutes on the full news corpus, like brief-size (and on the same kept store): only when asked for.
    const { benchReconcileScale } = await import('./reconcile-scale.bench.js');
    const db = argv.includes('--db') ? argv[argv.indexOf('--db') + 1] : undefined;
    const r = await benchReconcileScale(db, { asStored: argv.includes('--as-stored') });
    console.log(
      `reconcile  ${r.existing} war-media articles from scratch: ${r.scratch.toFixed(1)} s CPU\n` +
        `  ${r.added} new articles into ${r.existing}: from scratch ${r.withNew.toFixed(1)} s CPU; ` +
        `incremental (stored facts) ${r.incremental.toFixed(1)} s CPU; ratio ${(r.incremental / r.withNew).toFixed(2)} ` +
        `(same reconciliation: ${r.same ? 'yes' : 'NO'})\n` +
        `  steps from scratch with the new articles in: ${r.steps.map((s) => `${s.step} ${s.seconds.toFixed(1)} s`).join(', ')}`,
    );
  }
}

/** `--only collection [--sizes 12500,25000] [--db file] [--seed N] [--ingest-only]`: hours at 100,000, so only when asked for. */
async function runCollectionBench(argv: readonly string[]): Promise<void> {
  const { COLLECTION_PEAK_RSS_BOUND, COLLECTION_SIZES, benchCollectionScale, exponentOf } = await import(
    './collection-scale.bench.js'
  );
  const value = (flag: string) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
  const sizes = value('--sizes')?.split(',').map(Number) ?? [...COLLECTION_SIZES];
  const db = value('--db');
  const seed = value('--seed');
  const gb = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
  console.log(
    `collection war-media corpus grown with perturbed copies to ${sizes.join(', ')} articles; each size ` +
      'ingested as what it adds, then briefed whole in a child process (wall and CPU seconds, peak RSS)',
  );
  const steps = await benchCollectionScale({
    sizes,
    ...(db ? { db } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
    ...(argv.includes('--ingest-only') ? { brief: false } : {}),
    onStep: (s) => {
      const i = s.ingest;
      const b = s.brief;
      const phases = Object.entries(s.phases ?? {})
        .map(([p, t]) => `${p} ${t.toFixed(0)} s ${b?.phaseRssMb[p] ?? '?'} MB`)
        .join(', ');
      console.log(
        `  ${String(s.size).padStart(7)} ` +
          (i
            ? `ingest +${s.added}: ${i.cpuSeconds.toFixed(0)} s CPU = ${((i.cpuSeconds / s.added) * 1000).toFixed(0)} ms an article (${i.wallSeconds.toFixed(0)} s wall, peak ${gb(i.peakRssBytes)}); `
            : 'ingest: held already; ') +
          (!b
            ? `brief skipped (${argv.includes('--ingest-only') ? '--ingest-only' : 'a smaller one failed'})`
            : b.ok
              ? `brief ${b.wallSeconds.toFixed(0)} s wall, ${b.cpuSeconds.toFixed(0)} s CPU (${phases}), peak RSS ${gb(b.peakRssBytes)}`
              : `brief FAILED ${b.failure}`),
      );
    },
  });
  const k = (figure: Parameters<typeof exponentOf>[1]) => exponentOf(steps, figure)?.toFixed(2) ?? '?';
  const last = steps.at(-1);
  const peak = last?.brief?.ok ? last.brief.peakRssBytes : undefined;
  const perArticle = steps.flatMap((s) =>
    s.ingest && s.added > 0 ? [`${((s.ingest.cpuSeconds / s.added) * 1000).toFixed(0)} ms to ${s.size}`] : [],
  );
  if (perArticle.length > 0)
    console.log(`  ingest CPU an article (flat = linear growth): ${perArticle.join(', ')}`);
  console.log(
    `  growth exponents (1 = linear): brief CPU ${k((s) => (s.brief?.ok ? s.brief.cpuSeconds : undefined))}, ` +
      `reconcile ${k((s) => s.phases?.reconcile)}, peak RSS ${k((s) => (s.brief?.ok ? s.brief.peakRssBytes : undefined))}; ` +
      `at ${last?.size ?? 0} articles peak RSS ${peak === undefined ? 'not measured' : gb(peak)} ` +
      `(bound ${gb(COLLECTION_PEAK_RSS_BOUND)} at 100,000) ${peak === undefined ? (last?.brief ? 'FAILED' : '') : (last?.size ?? 0) < 100_000 ? 'not reached' : peak <= COLLECTION_PEAK_RSS_BOUND ? 'ok' : 'OVER'}`,
  );
}

await main(process.argv.slice(2));
