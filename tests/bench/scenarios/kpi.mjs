// KPI recompute with N records stored: on the KPI dashboard, the time from
// choosing another period to the last change of the figures table. No
// baseline: the goal is absolute (a dashboard that follows the picker).
import { median, quantile } from '../lib/stats.mjs';
import { appReady } from './app.mjs';

/** In-page: switch the period to `value` and time until the table stops changing. */
const RECOMPUTE = async (value) => {
  const select = document.querySelector('[data-testid=kpi-span]');
  const table = document.querySelector('[data-testid=kpi-table]');
  let last = 0;
  const obs = new MutationObserver(() => {
    last = performance.now();
  });
  obs.observe(table, { subtree: true, childList: true, characterData: true });
  const t0 = performance.now();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  // Leptos applies the change within a few frames; a quiet second means done.
  await new Promise((r) => setTimeout(r, 1000));
  obs.disconnect();
  return last ? last - t0 : null;
};

const SPANS = ['q1', 'q2', 'q3', 'q4', 'y', 'm6'];

/** Median, p25 and p75 of `runs` period switches. */
export async function kpiScenario({ context, origin }, runs, log) {
  const page = await context.newPage();
  await page.goto(`${origin}/performance/kpis`);
  await appReady(page);
  await page.locator('[data-testid=kpi-row]').first().waitFor({ timeout: 600_000 });
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const ms = await page.evaluate(RECOMPUTE, SPANS[i % SPANS.length]);
    if (ms !== null) samples.push(ms);
    log(i, ms ?? NaN, NaN);
  }
  await page.close();
  return { app: median(samples), p25: quantile(samples, 0.25), p75: quantile(samples, 0.75), runs: samples.length };
}
