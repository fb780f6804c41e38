import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Leads } from './pages/leads.js';

test.use({ locale: 'en-US' });

test('first start offers demo data, empty start and import', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  const welcome = page.getByTestId('welcome');
  await expect(welcome.getByRole('heading', { level: 1 })).toHaveText('Welcome to SalesFlow');
  await expect(welcome.getByTestId('demo-load')).toBeVisible();
  await expect(welcome.getByTestId('start-empty')).toBeVisible();
  await expect(welcome.getByTestId('welcome-import')).toBeVisible();
  expect(await app.storedTotal()).toBe(0);
});

test('demo data is stored, listed and survives a reload', async ({ page }) => {
  const violations = [];
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text());
  });
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0, lang: 'en' });

  const stored = await app.storedCounts();
  expect(stored.deals).toBeGreaterThan(0);
  expect(stored.leads).toBeGreaterThan(0);
  // The board header counts every stored deal.
  let shown = 0;
  for (let i = 0; i < 6; i++) shown += await app.stageCount(i);
  expect(shown).toBe(stored.deals);

  const leads = new Leads(page);
  await leads.openList();
  await expect(leads.rows().first()).toBeVisible();
  expect(await leads.counts()).toEqual([stored.leads, stored.leads]);
  const firstLead = await leads.rows().first().getByTestId('lead-name').innerText();

  await page.reload();
  await app.ready();
  await expect(leads.rows().first().getByTestId('lead-name')).toHaveText(firstLead);
  expect(await app.storedCounts()).toEqual(stored);
  // The Content-Security-Policy lets the app run without a single violation.
  expect(violations).toEqual([]);
});

test('starting empty shows an empty state that offers the first action', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  await expect(page.getByTestId('area-empty')).toBeVisible();
  await expect(page.getByTestId('column-0')).toContainText('No deals here');
});
