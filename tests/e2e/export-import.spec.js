import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { App, Settings } from './pages/app.js';

test.use({ locale: 'en-US' });

test('export, clear all, import the file: the same records come back', async ({ page }, info) => {
  const app = new App(page);
  const settings = new Settings(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const before = await app.storedCounts();

  await settings.open();
  const file = info.outputPath('export.json');
  const name = await settings.exportWorkspace(file);
  expect(name).toMatch(/^salesflow-\d{4}-\d{2}-\d{2}-\d{6}\.json$/);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  expect(json.format).toBe('salesflow-workspace');
  expect(json.format_version).toBe(1);
  expect(json.data.deals).toHaveLength(before.deals);

  await settings.clearAll();
  await expect(page.getByTestId('toast').filter({ hasText: 'All data cleared' })).toBeVisible();
  expect(await app.storedTotal()).toBe(0);

  const panel = await settings.chooseImportFile(file, 'replace');
  await expect(panel.getByTestId('replace-preview')).toBeVisible();
  await panel.getByTestId('import-commit').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Import finished' })).toBeVisible();
  expect(await app.storedCounts()).toEqual(before);

  // Same records, same content: compare a deal name from the file with the list.
  await app.dealsList();
  await page.getByTestId('filter-text').fill(json.data.deals[0].name);
  await expect(page.getByTestId('deal-row').first().locator('a')).toHaveText(json.data.deals[0].name);
});

test('merge import previews added, updated and unchanged records', async ({ page }, info) => {
  const app = new App(page);
  const settings = new Settings(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  await settings.open();
  const file = info.outputPath('export.json');
  await settings.exportWorkspace(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  const total = Object.values(json.data).reduce((n, list) => n + list.length, 0);
  // One newer edit and one new record.
  json.data.deals[0].name = 'Renamed in the other copy';
  json.data.deals[0].updated_at = '2099-01-01T00:00:00Z';
  const extra = structuredClone(json.data.accounts[0]);
  extra.id = '01900000-0000-7000-8000-000000000001';
  extra.name = 'Brand new account';
  json.data.accounts.push(extra);
  const edited = info.outputPath('edited.json');
  writeFileSync(edited, JSON.stringify(json));

  const panel = await settings.chooseImportFile(edited, 'merge');
  const totals = panel.getByTestId('merge-totals').locator('td');
  await expect(totals.nth(0)).toHaveText('1');
  await expect(totals.nth(1)).toHaveText('1');
  await expect(totals.nth(2)).toHaveText(String(total - 1));
  await panel.getByTestId('import-commit').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Import finished' })).toBeVisible();
  const after = await app.storedCounts();
  expect(after.accounts).toBe(json.data.accounts.length);
  await app.dealsList();
  await page.getByTestId('filter-text').fill('Renamed in the other copy');
  await expect(page.getByTestId('deal-row')).toHaveCount(1);
});

test('clearing all data can be undone from the notification', async ({ page }) => {
  const app = new App(page);
  const settings = new Settings(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const before = await app.storedCounts();
  await settings.open();
  await settings.clearAll();
  const toast = page.getByTestId('toast').filter({ hasText: 'All data cleared' });
  await expect(toast).toBeVisible();
  expect(await app.storedTotal()).toBe(0);
  await toast.getByTestId('toast-action').click();
  await expect.poll(() => app.storedCounts()).toEqual(before);
  await expect(page.getByTestId('storage-records')).toHaveText(`${Object.values(before).reduce((a, b) => a + b, 0)} records stored`);
});
