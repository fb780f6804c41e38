// Driving the app for the benchmark: readiness and in-page timestamps, so
// Node round trips never land inside a measured interval.

/** Waits until the app has loaded stored data into the page. */
export async function appReady(page) {
  await page.locator('main').waitFor();
  await page.getByTestId('loading').waitFor({ state: 'detached', timeout: 600_000 }).catch(() => {});
  await page.waitForFunction(() => !document.querySelector('[data-testid=loading]'), null, { timeout: 600_000, polling: 100 });
}

/** Records the wasm exports once trunk's loader has started the app. */
export const CAPTURE_WASM = () => {
  addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
};

/** Longest main-thread task seen from now on. */
export const WATCH_LONG_TASKS = () => {
  window.__long = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long = Math.max(window.__long, e.duration);
  }).observe({ type: 'longtask', buffered: false });
};

/** Resolves to the in-page value of `expr` once it is set (polling, not timing). */
export async function pageValue(page, expr, timeout = 900_000) {
  const handle = await page.waitForFunction(expr, null, { timeout, polling: 50 });
  return handle.jsonValue();
}
