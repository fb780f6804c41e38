import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';

test.use({ locale: 'en-US' });

test('after the first visit the app opens with its data while offline', async ({ page, context }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  // Wait until the service worker controls the page and has cached the app.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await app.ready();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('offline-banner')).toBeVisible();
  await expect(page.getByTestId('deal-card').first()).toBeVisible();
  await page.goto('/leads');
  await app.ready();
  await expect(page.getByTestId('lead-row').first()).toBeVisible();
});
