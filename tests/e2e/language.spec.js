import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';

test.use({ locale: 'en-US' });

test('switching language changes the interface and is remembered', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await expect(app.nav('pipeline')).toHaveText('Pipeline');
  await page.getByTestId('lang-toggle').click();
  await expect(app.nav('pipeline')).toHaveText('商机');
  await expect(app.nav('leads')).toHaveText('线索');
  await expect(page.getByTestId('welcome').getByRole('heading', { level: 1 })).toHaveText('欢迎使用销售全流程');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await app.ready();
  await expect(app.nav('pipeline')).toHaveText('商机');
  await page.getByTestId('lang-toggle').click();
  await expect(app.nav('pipeline')).toHaveText('Pipeline');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('Chinese browser', () => {
  test.use({ locale: 'zh-CN' });
  test('defaults to Chinese and formats money the Chinese way', async ({ page }) => {
    const app = new App(page);
    await app.open('/');
    await expect(app.nav('customers')).toHaveText('客户');
    await app.loadDemo({ size: 0, lang: 'zh-CN' });
    await expect(page.getByTestId('column-0')).toContainText('潜在客户识别');
    await expect(page.getByTestId('column-4').getByTestId('col-sum')).toContainText('万');
    await app.nav('performance').click();
    await expect(page.getByTestId('stage-totals')).toContainText('潜在客户识别');
  });
});
