import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { busiestAccount } from './pages/customers.js';

for (const [locale, lang, vp, dev] of [['en-US', 'en', { width: 1366, height: 900 }, 'desktop'], ['zh-CN', 'zh-CN', { width: 390, height: 844 }, 'phone']]) {
  test.describe(`${locale}`, () => {
    test.use({ locale, viewport: vp });
    test(`shots ${dev}`, async ({ page }) => {
      const app = new App(page);
      await app.open('/');
      await app.loadDemo({ size: 1, lang });
      const { id } = await busiestAccount(page);
      await app.open(`/accounts/${id}`);
      await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
      for (const t of ['account-invoices', 'account-value', 'cross-sell', 'account-timeline']) {
        await page.getByTestId(t).screenshot({ path: `/tmp/shots/${t}-${dev}.png` });
      }
      for (const [path, name] of [['/customers/tiers', 'tiers'], ['/customers/satisfaction', 'satisfaction'], ['/customers/cross-sell', 'cross'], ['/customers/complaints', 'complaints'], ['/customers', 'accounts']]) {
        await app.open(path);
        await page.waitForTimeout(500);
        await page.screenshot({ path: `/tmp/shots/${name}-${dev}.png` });
      }
    });
  });
}
