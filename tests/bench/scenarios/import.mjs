// Import N records: the app's import (read, check, preview, commit) against
// a raw JSON.parse + bulk put in one transaction.
import { deleteDatabases } from '../lib/browser.mjs';
import { alternate } from '../lib/stats.mjs';
import { appReady, pageValue, WATCH_LONG_TASKS } from './app.mjs';

/** In-page timestamps of the import steps; installed after the app loaded. */
const ARM = () => {
  window.__t = {};
  document.addEventListener('change', () => (window.__t.chosen = performance.now()), true);
  document.addEventListener(
    'click',
    (e) => e.target.closest('[data-testid=import-commit]') && (window.__t.commit = performance.now()),
    true,
  );
  new MutationObserver(() => {
    const t = window.__t;
    if (!t.preview && document.querySelector('[data-testid=import-commit]')) t.preview = performance.now();
    if (t.commit && !t.done && !document.querySelector('[data-testid=import-preview]') && document.querySelector('[data-testid=toast]'))
      t.done = performance.now();
  }).observe(document.body, { subtree: true, childList: true });
};

export async function appImport(page, origin, file) {
  await deleteDatabases(page, origin, ['salesflow']);
  await page.goto(`${origin}/settings`);
  await appReady(page);
  await page.evaluate(ARM);
  await page.evaluate(WATCH_LONG_TASKS);
  const panel = page.getByTestId('import-panel').first();
  await panel.getByTestId('import-replace').check();
  await panel.getByTestId('import-file').setInputFiles(file);
  await pageValue(page, () => window.__t.preview);
  await page.getByTestId('import-commit').click();
  const t = await pageValue(page, () => window.__t.done && window.__t);
  const long = await page.evaluate(() => window.__long);
  return { ms: t.preview - t.chosen + (t.done - t.commit), long };
}

async function baselineImport(page, origin, file) {
  await deleteDatabases(page, origin, ['bench-baseline']);
  await page.goto(`${origin}/bench/import.html`);
  await page.locator('#file').setInputFiles(file);
  return pageValue(page, () => window.__importMs);
}

export async function importScenario({ context, origin }, file, pairs, log) {
  const [a, b] = [await context.newPage(), await context.newPage()];
  let longest = 0;
  const result = await alternate(
    pairs,
    async () => {
      await a.bringToFront();
      const r = await appImport(a, origin, file);
      longest = Math.max(longest, r.long);
      return r.ms;
    },
    async () => {
      await b.bringToFront();
      return baselineImport(b, origin, file);
    },
    log,
  );
  await Promise.all([a.close(), b.close()]);
  return { ...result, longestTaskMs: longest };
}
