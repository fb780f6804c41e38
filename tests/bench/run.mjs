// SalesFlow benchmark: the app against plain-JavaScript baselines measured in
// the same browser session, at 1k / 10k / 100k records. Prints a table and
// writes docs/benchmarks.md. Usage (after tests/bench/run.sh built and
// generated everything): node tests/bench/run.mjs [--pairs N] [--sizes 1000,10000]
import { execSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { resolve } from 'node:path';
import { launch, deleteDatabases } from './lib/browser.mjs';
import { bundleSizes } from './lib/bundle.mjs';
import { f, kb, ms, ratio, table } from './lib/report.mjs';
import { serve } from './lib/server.mjs';
import { appImport, importScenario } from './scenarios/import.mjs';
import { appMemory, coldScenario } from './scenarios/cold.mjs';
import { boardScenario, dropScenario } from './scenarios/board.mjs';
import { kpiScenario } from './scenarios/kpi.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PAIRS = Number(arg('pairs', process.env.BENCH_PAIRS || 21));
const SIZES = arg('sizes', '1000,10000,100000').split(',').map(Number);
const DATA = resolve(process.env.BENCH_DATA_DIR || 'target/bench-data');
const OUT = resolve(arg('out', 'docs/benchmarks.md'));

const progress = (label) => (i, a, b) => process.stdout.write(`\r  ${label}: pair ${i + 1}/${PAIRS}  app ${f(a, 1)} ms  baseline ${f(b, 1)} ms   `);
const done = () => process.stdout.write('\n');

async function main() {
  const manifest = JSON.parse(await readFile(`${DATA}/manifest.json`, 'utf8'));
  const { server, origin } = await serve([
    ['/bench-data/', DATA],
    ['/bench/', 'tests/bench/static'],
    ['/', 'dist'],
  ]);
  const browser = await launch(origin);
  const rows = [];
  const notes = [];
  try {
    // Memory of the empty app, the reference for "per record".
    const scratch = await browser.context.newPage();
    await deleteDatabases(scratch, origin, ['salesflow']);
    await scratch.close();
    const empty = await appMemory(browser);

    for (const n of SIZES) {
      const file = `${DATA}/records-${n}.json`;
      const records = manifest[`records-${n}`].records;
      console.log(`import ${f(records)} records`);
      const imp = await importScenario(browser, file, PAIRS, progress('import'));
      done();
      rows.push({
        scenario: 'Import', n: f(records), app: ms(imp.app), baseline: ms(imp.baseline), ratio: ratio(imp),
        goal: n >= 100_000 ? '≤ 1.5×, no task > 100 ms' : '—',
        met: n >= 100_000 ? (imp.ratio <= 1.5 && imp.longestTaskMs <= 100 ? 'yes' : 'no') : '',
      });
      notes.push(`Import of ${f(records)}: longest main-thread task ${ms(imp.longestTaskMs)}.`);

      // Leave exactly this data set stored for the cold starts.
      const page = await browser.context.newPage();
      await appImport(page, origin, file);
      await page.close();
      console.log(`cold start with ${f(records)} stored`);
      const cold = await coldScenario(browser, PAIRS, progress('cold start'));
      done();
      rows.push({
        scenario: 'Cold start', n: f(records), app: ms(cold.app), baseline: ms(cold.baseline), ratio: ratio(cold),
        goal: n >= 100_000 ? '≤ 1.5×' : '—', met: n >= 100_000 ? (cold.ratio <= 1.5 ? 'yes' : 'no') : '',
      });
      const mem = await appMemory(browser);
      const per = (mem.total - empty.total) / records;
      rows.push({
        scenario: 'Memory per record', n: f(records), app: `${f(per)} B`, baseline: '—', ratio: '—',
        goal: '≤ 220 B', met: per <= 220 ? 'yes' : 'no',
      });
      notes.push(`Memory with ${f(records)} loaded: JS heap ${kb(mem.js)}, wasm ${kb(mem.wasm)} (empty app: JS ${kb(empty.js)}, wasm ${kb(empty.wasm)}).`);
      console.log(`KPI recompute with ${f(records)} stored`);
      const kpi = await kpiScenario(browser, PAIRS, progress('KPI recompute'));
      done();
      rows.push({
        scenario: 'KPI recompute (period change)', n: f(records), app: ms(kpi.app), baseline: '—', ratio: '—',
        goal: n >= 100_000 ? '≤ 50 ms' : '—', met: n >= 100_000 ? (kpi.app <= 50 ? 'yes' : 'no') : '',
      });
      notes.push(`KPI recompute with ${f(records)}: interquartile range ${ms(kpi.p25)} – ${ms(kpi.p75)} over ${kpi.runs} period changes.`);
    }

    const boardFile = `${DATA}/board-2000.json`;
    const page = await browser.context.newPage();
    await appImport(page, origin, boardFile);
    await page.close();
    console.log('board with 2,000 deals');
    const board = await boardScenario(browser, PAIRS, progress('board'));
    done();
    const med = (v) => [...v].sort((x, y) => x - y)[Math.floor(v.length / 2)] * 1000;
    rows.push({
      scenario: 'Board render (to paint)', n: '2,000 deals', app: ms(board.app), baseline: ms(board.baseline),
      ratio: ratio(board), goal: '≤ 1.15×', met: board.ratio <= 1.15 ? 'yes' : 'no',
    });
    notes.push(`Board script time (CDP ScriptDuration, median): app ${ms(med(board.script.app))}, baseline ${ms(med(board.script.baseline))}.`);
    console.log('drag and drop');
    const drop = await dropScenario(browser, PAIRS, progress('drop'));
    done();
    rows.push({
      scenario: 'Drop to stored + totals', n: '2,000 deals', app: ms(drop.app), baseline: ms(drop.baseline),
      ratio: ratio(drop), goal: '≤ 1.2×', met: drop.ratio <= 1.2 ? 'yes' : 'no',
    });
    if (drop.askedChecklist) notes.push(`Drop: ${drop.askedChecklist} moves asked to confirm an exit checklist.`);

    const b = await bundleSizes('dist');
    rows.push({
      scenario: 'Bundle (wasm+JS+CSS)', n: '—', app: `${kb(b.total[0])} raw, ${kb(b.total[1])} gzip, ${kb(b.total[2])} br`,
      baseline: '—', ratio: '—', goal: '≤ 250 KB br', met: b.total[2] <= 250 * 1024 ? 'yes' : 'no',
    });
    notes.push(`Bundle parts (raw / gzip / brotli): wasm ${b.wasm.map(kb).join(' / ')}; JS ${b.js.map(kb).join(' / ')}; CSS ${b.css.map(kb).join(' / ')}.`);
  } finally {
    await browser.close();
    server.close();
  }

  const text = table(rows);
  console.log(`\n${text}\n`);
  for (const n of notes) console.log(`- ${n}`);
  const commit = execSync('git rev-parse --short HEAD').toString().trim();
  const dirty = execSync('git status --porcelain').toString().trim() ? ' (with uncommitted changes)' : '';
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const md = `# Benchmarks

Latest run of \`./tests/bench/run.sh\`. Every ratio is app ÷ plain-JavaScript
baseline, measured alternately (A B B A …) in the same browser session; the
median ratio over ${PAIRS} pairs is shown with its interquartile range, and the
absolute medians for reference. Timestamps are taken inside the page, so the
test driver's round trips are not counted.

- Date: ${new Date().toISOString()}
- Commit: ${commit}${dirty}
- Machine: ${os.cpus().length} × ${cpu}, ${f(os.totalmem() / 2 ** 30, 1)} GiB RAM, ${os.type()} ${os.release()}
- Browser: Chromium ${browser.version} (headless, persistent profile: IndexedDB on disk)

${text}

${notes.map((n) => `- ${n}`).join('\n')}

## What is measured

- **Import**: choosing the export file to the preview, plus pressing "Import"
  to the data stored and shown (replace mode, empty database). Baseline: read
  the file, \`JSON.parse\`, put every record in one transaction.
- **Cold start**: navigation start to the board showing cards, with the data
  set stored. Baseline: open the same database and \`getAll\` every store.
- **Memory per record**: (JS heap + wasm memory after loading N records −
  the same for the empty app) ÷ N, after a forced GC.
- **Board render**: click on "Pipeline" (data already loaded) to the frame
  after the cards are in the DOM. Baseline: build a card for each of the
  2,000 deals (name, account, amount, owner, days, next activity) and the
  column headers, then the same frame wait.
- **Drop**: pointer release to both column sums changed; the app updates
  them only after the transaction committed. Baseline: one \`put\`, then move
  the card and rewrite both totals.
- **Bundle**: every wasm, JS and CSS file the page loads, compressed here
  with gzip -9 and brotli 11.
`;
  await writeFile(OUT, md);
  console.log(`\nwritten to ${OUT}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
