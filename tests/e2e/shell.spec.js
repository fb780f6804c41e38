import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';

test.use({ locale: 'en-US' });

test('deep links open the right tab and the back button returns', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  await app.open('/customers/orders');
  await expect(page.getByTestId('tab-orders')).toHaveAttribute('aria-current', 'page');
  await expect(app.rows('orders').first()).toBeVisible();
  await app.rows('orders').first().locator('a').click();
  await expect(page).toHaveURL(/\/record\/orders\//);
  await expect(page.getByTestId('record-page')).toContainText('account_id');
  await page.goBack();
  await expect(page).toHaveURL(/\/customers\/orders$/);
  await expect(page.getByTestId('tab-orders')).toHaveAttribute('aria-current', 'page');
});

test('an unknown address shows a not-found page', async ({ page }) => {
  const app = new App(page);
  await app.open('/no/such/page/here');
  await expect(page.getByTestId('not-found')).toBeVisible();
  await app.open('/record/deals/not-an-id');
  await expect(page.getByTestId('record-missing')).toBeVisible();
});

test('the simulated clock is always visible and can go back to real time', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await expect(page.getByTestId('sim-banner')).toHaveCount(0);
  await page.getByTestId('clock').locator('summary').click();
  await page.getByTestId('clock-date').fill('2027-03-01');
  await page.getByTestId('clock-date').dispatchEvent('change');
  await expect(page.getByTestId('sim-banner')).toContainText('Simulated clock: Mar 1');
  await page.getByTestId('clock-day').click();
  await expect(page.getByTestId('sim-banner')).toContainText('Mar 2');
  await page.getByTestId('clock-week').click();
  await expect(page.getByTestId('sim-banner')).toContainText('Mar 9');
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('sim-banner')).toContainText('Mar 9');
  await page.getByTestId('clock').locator('summary').click();
  await page.getByTestId('clock-real').click();
  await expect(page.getByTestId('sim-banner')).toHaveCount(0);
});

test('acting as a person shows their role', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const select = page.getByTestId('acting-as');
  const option = select.locator('option', { hasText: 'VP' }).first();
  const value = await option.getAttribute('value');
  await select.selectOption(value);
  await expect(page.getByTestId('acting-role')).toHaveText('VP');
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('acting-role')).toHaveText('VP');
});

test('"/" focuses the search box', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  await page.locator('body').click();
  await page.keyboard.press('/');
  await expect(page.getByTestId('filter-text')).toBeFocused();
});

test('long lists page through all records', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 1 });
  const stored = await app.storedCounts();
  expect(stored.contacts).toBeGreaterThan(50);
  await app.nav('customers').click();
  await page.getByTestId('tab-contacts').click();
  const table = app.table('contacts');
  await expect(table.getByTestId('showing')).toHaveText(`Showing 1–25 of ${stored.contacts.toLocaleString('en-US')}`);
  await expect(app.rows('contacts')).toHaveCount(25);
  await table.getByRole('button', { name: 'Next page' }).click();
  await expect(table.getByTestId('showing')).toHaveText(`Showing 26–50 of ${stored.contacts.toLocaleString('en-US')}`);
  await table.getByRole('button', { name: 'Previous page' }).click();
  await expect(table.getByTestId('showing')).toContainText('Showing 1–25');
});

test('loading demo data over existing data asks first', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const before = await app.storedCounts();
  await app.nav('settings').click();
  page.once('dialog', (d) => d.dismiss());
  await page.getByTestId('demo-size').selectOption('1');
  await page.getByTestId('demo-load').click();
  await page.waitForTimeout(500);
  expect(await app.storedCounts()).toEqual(before);
});
