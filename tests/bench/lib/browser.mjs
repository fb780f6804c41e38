// Headless Debian Chromium with a persistent profile, so IndexedDB is on disk
// as it is for a real user.
import { chromium } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--enable-precise-memory-info'];

export async function launch(origin) {
  const profile = await mkdtemp(join(tmpdir(), 'salesflow-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1366, height: 900 },
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const version = context.browser()?.version() ?? (await versionOf(context));
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, origin, version, close };
}

async function versionOf(context) {
  const page = await context.newPage();
  const ua = await page.evaluate(() => navigator.userAgent);
  await page.close();
  return (ua.match(/Chrome\/([\d.]+)/) || [])[1] || 'unknown';
}

/** Deletes the named databases from a neutral page (no app holding them open). */
export async function deleteDatabases(page, origin, names) {
  await page.goto(`${origin}/bench/blank.html`);
  await page.evaluate(
    (names) =>
      Promise.all(
        names.map(
          (n) =>
            new Promise((done, fail) => {
              const r = indexedDB.deleteDatabase(n);
              r.onsuccess = () => done();
              r.onerror = () => fail(r.error);
              r.onblocked = () => fail(new Error(`${n} is still open`));
            }),
        ),
      ),
    names,
  );
}

/** CDP metrics of one page (seconds for durations, bytes for heap). */
export async function metrics(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
}
