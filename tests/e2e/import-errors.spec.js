import { test, expect } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { App, Settings } from './pages/app.js';

test.use({ locale: 'en-US' });

async function withDemo(page) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  return app;
}

test('a malformed file shows an error and changes nothing', async ({ page }, info) => {
  const app = await withDemo(page);
  const before = await app.storedCounts();
  const settings = new Settings(page);
  await settings.open();
  const bad = info.outputPath('broken.json');
  writeFileSync(bad, '{"format": "salesflow-workspace", "format_version": 1, "data": {"deals": [ {');
  const panel = await settings.chooseImportFile(bad, 'replace');
  const errors = panel.getByTestId('import-errors');
  await expect(errors).toContainText('This file cannot be imported. Nothing was changed.');
  await expect(errors.getByTestId('import-issue')).toContainText('Not valid JSON (line 1');
  await expect(panel.getByTestId('import-commit')).toHaveCount(0);
  expect(await app.storedCounts()).toEqual(before);
});

test('a file with a dangling reference names the path and changes nothing', async ({ page }, info) => {
  const app = await withDemo(page);
  const before = await app.storedCounts();
  const settings = new Settings(page);
  await settings.open();
  const file = info.outputPath('export.json');
  await settings.exportWorkspace(file);
  const json = JSON.parse(readFileSync(file, 'utf8'));
  json.data.deals[0].account_id = '01900000-0000-7000-8000-00000000dead';
  json.data.deals[0].name = 'Should never be stored';
  const bad = info.outputPath('dangling.json');
  writeFileSync(bad, JSON.stringify(json));

  const panel = await settings.chooseImportFile(bad, 'replace');
  const issue = panel.getByTestId('import-issue').first();
  await expect(issue).toContainText('data.deals[0].account_id');
  await expect(issue).toContainText('01900000-0000-7000-8000-00000000dead');
  expect(await app.storedCounts()).toEqual(before);
  await app.dealsList();
  await page.getByTestId('filter-text').fill('Should never be stored');
  await expect(page.getByTestId('deal-row')).toHaveCount(0);
  await expect(page.getByTestId('deals-shown')).toContainText('0 of');
});

test('a file from a newer app version is refused with the reason', async ({ page }, info) => {
  const app = await withDemo(page);
  const before = await app.storedCounts();
  const settings = new Settings(page);
  await settings.open();
  const bad = info.outputPath('newer.json');
  writeFileSync(bad, JSON.stringify({ format: 'salesflow-workspace', format_version: 99, data: {} }));
  const panel = await settings.chooseImportFile(bad, 'merge');
  await expect(panel.getByTestId('import-issue')).toContainText('format version 99');
  expect(await app.storedCounts()).toEqual(before);
});
