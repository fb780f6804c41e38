import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { App } from './pages/app.js';
import { storedAll } from './pages/docs.js';
import { busiestAccount } from './pages/customers.js';

const shots = 'tests/e2e/screenshots';

for (const locale of ['en-US', 'zh-CN']) {
  for (const [device, viewport] of [
    ['desktop', { width: 1366, height: 900 }],
    ['phone', { width: 375, height: 812 }],
  ]) {
    test.describe(`${locale} ${device}`, () => {
      test.use({ locale, viewport });
      test('screenshots of welcome, pipeline, customers and settings', async ({ page }) => {
        const app = new App(page);
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        await app.open('/');
        await page.screenshot({ path: `${shots}/welcome-${lang}-${device}.png`, fullPage: true });
        await app.loadDemo({ size: 0, lang: locale === 'zh-CN' ? 'zh-CN' : 'en' });
        await expect(page.getByTestId('toast')).toHaveCount(0, { timeout: 10_000 });
        await page.screenshot({ path: `${shots}/pipeline-${lang}-${device}.png`, fullPage: true });
        const card = page.getByTestId('deal-card').first();
        await card.locator('.deal-title').click();
        await expect(page.getByTestId('deal-page')).toBeVisible();
        await page.screenshot({ path: `${shots}/deal-${lang}-${device}.png`, fullPage: true });
        await app.nav('pipeline').click();
        await page.getByTestId('tab-forecast').click();
        await expect(page.getByTestId('forecast-team')).toBeVisible();
        await page.screenshot({ path: `${shots}/forecast-${lang}-${device}.png`, fullPage: true });
        await app.nav('customers').click();
        await expect(page.getByTestId('account-row').first()).toBeVisible();
        await page.screenshot({ path: `${shots}/customers-${lang}-${device}.png`, fullPage: true });
        const { id } = await busiestAccount(page);
        await app.open(`/accounts/${id}`);
        await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
        await page.screenshot({ path: `${shots}/account-${lang}-${device}.png`, fullPage: true });
        await app.open('/customers/complaints');
        await expect(page.getByTestId('complaint-row').first()).toBeVisible();
        await page.screenshot({ path: `${shots}/complaints-${lang}-${device}.png`, fullPage: true });
        await page.getByTestId('complaint-row').first().locator('a').first().click();
        await expect(page.getByTestId('complaint-page')).toBeVisible();
        await page.screenshot({ path: `${shots}/complaint-${lang}-${device}.png`, fullPage: true });
        await app.open('/customers/community');
        await expect(page.getByTestId('event-item').first()).toBeVisible();
        await page.screenshot({ path: `${shots}/community-${lang}-${device}.png`, fullPage: true });
        for (const [path, ready, name] of [
          ['/customers/tiers', 'tier-member', 'tiers'],
          ['/customers/satisfaction', 'journey-step', 'satisfaction'],
          ['/customers/cross-sell', 'rule-row', 'cross-sell'],
          ['/performance/kpis', 'kpi-row', 'kpis'],
          ['/performance/seasonal', 'seasonal-until', 'seasonal'],
          ['/performance/dashboard', 'chart-mark', 'dashboard'],
        ]) {
          await app.open(path);
          await expect(page.getByTestId(ready).first()).toBeVisible();
          await page.screenshot({ path: `${shots}/${name}-${lang}-${device}.png`, fullPage: true });
        }
        await app.nav('settings').click();
        await expect(page.getByTestId('storage-used')).toBeVisible();
        await page.screenshot({ path: `${shots}/settings-${lang}-${device}.png`, fullPage: true });
      });

      test('screenshots of the lead list, a lead and the lead form', async ({ page }) => {
        const app = new App(page);
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        await app.open('/');
        await app.loadDemo({ size: 0, lang: locale === 'zh-CN' ? 'zh-CN' : 'en' });
        await expect(page.getByTestId('toast')).toHaveCount(0, { timeout: 10_000 });
        await app.nav('leads').click();
        await expect(page.getByTestId('lead-row').first()).toBeVisible();
        await page.getByTestId('lead-select').nth(1).check();
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${shots}/leads-${lang}-${device}.png`, fullPage: true });
        const all = await storedAll(page, 'leads');
        const listed = all.find((l) => l.channel === 'purchased_list') ?? all[0];
        await app.open(`/leads/${listed.id}`);
        await expect(page.getByTestId('lead-page')).toBeVisible();
        await page.screenshot({ path: `${shots}/lead-${lang}-${device}.png`, fullPage: true });
        await app.open('/leads/new');
        await page.getByTestId('lead-channel-input').selectOption('7');
        await page.getByTestId('lead-save').click();
        await expect(page.getByTestId('lead-errors')).toBeVisible();
        await page.screenshot({ path: `${shots}/lead-form-${lang}-${device}.png`, fullPage: true });
      });

      test('screenshots of a quote and a contract under approval', async ({ page }) => {
        const app = new App(page);
        const lang = locale === 'zh-CN' ? 'zh' : 'en';
        await app.open('/');
        await app.loadDemo({ size: 0, lang: locale === 'zh-CN' ? 'zh-CN' : 'en' });
        const quote = (await storedAll(page, 'quotes')).find((q) => q.lines.length > 1) ?? (await storedAll(page, 'quotes'))[0];
        await app.open(`/quotes/${quote.id}`);
        await expect(page.getByTestId('quote-total')).toBeVisible();
        await page.screenshot({ path: `${shots}/quote-${lang}-${device}.png`, fullPage: true });
        const contracts = await storedAll(page, 'contracts');
        const contract = contracts.find((c) => c.status === 'pending_approval') ?? contracts[0];
        await app.open(`/contracts/${contract.id}`);
        await expect(page.getByTestId('contract-approval')).toBeVisible();
        await page.screenshot({ path: `${shots}/contract-${lang}-${device}.png`, fullPage: true });
      });
    });
  }
}

test.describe('accessibility', () => {
  test.use({ locale: 'en-US' });
  test('main pages have no serious axe violations', async ({ page }) => {
    // Many screens in one test: the default minute is not enough on a busy machine.
    test.setTimeout(120_000);
    const app = new App(page);
    await app.open('/');
    const check = async () => {
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check();
    await app.loadDemo({ size: 0 });
    await check();
    await page.getByTestId('deal-card').first().locator('.deal-title').click();
    await expect(page.getByTestId('deal-page')).toBeVisible();
    await check();
    await app.nav('pipeline').click();
    await page.getByTestId('tab-deals').click();
    await check();
    await app.nav('settings').click();
    await check();
    await app.nav('leads').click();
    await expect(page.getByTestId('lead-row').first()).toBeVisible();
    await page.getByTestId('lead-select').first().check();
    await check();
    const open = (await storedAll(page, 'leads')).filter((l) => !['converted', 'disqualified'].includes(l.status));
    const lead = open.find((l) => l.channel === 'purchased_list') ?? open[0];
    await app.open(`/leads/${lead.id}`);
    await expect(page.getByTestId('lead-outreach')).toBeVisible();
    await check();
    await page.getByTestId('lead-disqualify').click();
    await expect(page.getByTestId('disqualify-dialog')).toBeVisible();
    await check();
    await page.keyboard.press('Escape');
    await app.open('/leads/new');
    await page.getByTestId('lead-channel-input').selectOption('7');
    await page.getByTestId('lead-save').click();
    await expect(page.getByTestId('lead-errors')).toBeVisible();
    await check();
    const quote = (await storedAll(page, 'quotes'))[0];
    await app.open(`/quotes/${quote.id}`);
    await expect(page.getByTestId('quote-total')).toBeVisible();
    await check();
    const signed = (await storedAll(page, 'contracts')).find((c) => c.status === 'signed');
    await app.open(`/contracts/${signed.id}`);
    await expect(page.getByTestId('signature-block')).toBeVisible();
    await check();
    const { id } = await busiestAccount(page);
    await app.open(`/accounts/${id}`);
    await expect(page.getByTestId('timeline-entry').first()).toBeVisible();
    await page.getByTestId('invoice-pay').first().click();
    await check();
    await app.open('/customers/complaints');
    await page.getByTestId('complaint-row').first().locator('a').first().click();
    await expect(page.getByTestId('complaint-page')).toBeVisible();
    await check();
    await app.open('/customers/community');
    await check();
    for (const path of ['/customers/tiers', '/customers/satisfaction', '/customers/cross-sell', '/performance/kpis', '/performance/seasonal', '/performance/dashboard']) {
      await app.open(path);
      await check();
    }
    await app.open('/performance/targets');
    await page.getByTestId('target-expand').first().click();
    await page.getByTestId('plan-org').selectOption('2');
    await page.getByTestId('plan-total').fill('-1');
    await page.getByTestId('plan-save').click();
    await expect(page.getByTestId('plan-error')).toBeVisible();
    await check();
  });

  test('review screens have no serious axe violations', async ({ page }) => {
    const app = new App(page);
    await app.open('/');
    await app.loadDemo({ size: 0 });
    for (const [path, ready] of [
      ['/performance/review', 'review-card'],
      ['/performance/funnel', 'funnel-row'],
      ['/performance/benchmark', 'quadrant-row'],
      ['/performance/actions', 'action-row'],
    ]) {
      await app.open(path);
      await expect(page.getByTestId(ready).first()).toBeVisible();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      expect(serious.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
});
