// Cold start with N records stored: page load to the board showing data,
// against a plain page that opens the same database and reads every record.
// Also the memory the app holds per record once loaded.
import { alternate, median } from '../lib/stats.mjs';
import { metrics } from '../lib/browser.mjs';
import { appReady, CAPTURE_WASM, pageValue } from './app.mjs';

const WATCH_BOARD = () => {
  new MutationObserver((_, obs) => {
    if (!document.querySelector('[data-testid=loading]') && document.querySelector('[data-testid=deal-card]')) {
      window.__coldMs = performance.now();
      obs.disconnect();
    }
  }).observe(document, { subtree: true, childList: true });
};

export async function coldScenario({ context, origin }, pairs, log) {
  const a = await context.newPage();
  await a.addInitScript(WATCH_BOARD);
  const b = await context.newPage();
  const result = await alternate(
    pairs,
    async () => {
      await a.bringToFront();
      await a.goto(`${origin}/pipeline`);
      return pageValue(a, () => window.__coldMs);
    },
    async () => {
      await b.bringToFront();
      await b.goto(`${origin}/bench/cold.html`);
      return pageValue(b, () => window.__coldMs);
    },
    log,
  );
  await Promise.all([a.close(), b.close()]);
  return result;
}

/** JS heap + wasm linear memory after loading what is stored (median of `runs`). */
export async function appMemory({ context, origin }, runs = 5) {
  const page = await context.newPage();
  await page.addInitScript(CAPTURE_WASM);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const samples = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${origin}/pipeline`);
    await appReady(page);
    await pageValue(page, () => window.__wasm && true);
    await cdp.send('HeapProfiler.collectGarbage');
    const m = await metrics(cdp);
    const wasm = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
    samples.push({ js: m.JSHeapUsedSize, wasm, total: m.JSHeapUsedSize + wasm });
  }
  await page.close();
  const pick = (k) => median(samples.map((s) => s[k]));
  return { js: pick('js'), wasm: pick('wasm'), total: pick('total') };
}
