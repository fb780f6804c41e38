// Lead CSV import wizard and CSV export, checked against what IndexedDB holds.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Leads } from './pages/leads.js';
import { CsvImport, downloadCsv, fixture } from './pages/csv.js';
import { storedKind } from './pages/stored.js';

test.use({ locale: 'en-US' });

const shots = 'tests/e2e/.output';

/** "Start empty", then the (empty) lead list. */
async function emptyLeads(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  const leads = new Leads(page);
  await leads.openList();
  await expect(page.getByTestId('leads-empty')).toBeVisible();
  return { app, leads, csv: new CsvImport(page) };
}

/** Through the wizard with the suggested mapping, up to the check step. */
async function checkFile(csv, file, policy) {
  await csv.open();
  await csv.choose(fixture(file));
  await expect(csv.preview()).toBeVisible();
  await csv.next();
  if (policy) await csv.policy(policy);
  await csv.next();
  return csv.counts();
}

const storedNames = async (page) => (await storedKind(page, 'leads')).map((l) => l.name).sort();

test('an English UTF-8 file maps itself, one column is re-mapped by hand, and the leads are stored', async ({ page }) => {
  const { leads, csv } = await emptyLeads(page);
  await csv.open();
  await csv.choose(fixture('leads-en.csv'));
  await expect(csv.el('file-info')).toHaveText('leads-en.csv: 3 rows');
  await expect(csv.el('encoding').locator('option:checked')).toHaveText('UTF-8');
  await expect(csv.preview()).toContainText('Olivia Chen');
  await csv.next();
  expect(await csv.mapping()).toEqual({
    'Full Name': 'Name',
    Company: 'Company',
    'E-mail': 'Email',
    Mobile: 'Phone',
    Job: '',
    City: 'City',
    'Lead Source': 'Channel',
    Notes: 'Notes',
  });
  await csv.mapSelect('Job').selectOption({ label: 'Job title' });
  await csv.next();
  expect(await csv.counts()).toEqual({ new: 3, merged: 0, skipped: 0, invalid: 0 });
  expect(await storedKind(page, 'leads')).toHaveLength(0);
  await expect(csv.commitButton()).toHaveText('Import 3 leads');
  await csv.commitButton().click();

  await expect(page.getByTestId('leads-page')).toBeVisible();
  await expect(page.getByTestId('toast').filter({ hasText: 'Imported 3 new leads' })).toBeVisible();
  for (const name of ['Olivia Chen', 'Marcus Webb', 'Priya Nair']) await expect(leads.row(name)).toBeVisible();
  const stored = await storedKind(page, 'leads');
  expect(stored.find((l) => l.name === 'Olivia Chen')).toMatchObject({
    company: 'Harbor Robotics',
    email: 'olivia.chen@harbor-robotics.com',
    phone: '+1 415 555 0101',
    title: 'Head of Procurement',
    city: 'San Francisco',
    channel: 'web_form',
    notes: 'Asked for a demo',
  });
  expect(stored.find((l) => l.name === 'Marcus Webb')).toMatchObject({ title: 'Operations Director', channel: 'email', notes: 'Prefers calls, not email' });
  expect(stored.find((l) => l.name === 'Priya Nair')).toMatchObject({ title: 'CFO', channel: 'seo' });
});

test('Undo after an import removes the imported leads', async ({ page }) => {
  const { csv } = await emptyLeads(page);
  await checkFile(csv, 'leads-en.csv');
  await csv.commitButton().click();
  const toast = page.getByTestId('toast').filter({ hasText: 'Imported 3 new leads' });
  await toast.getByTestId('toast-action').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Import undone' })).toBeVisible();
  await expect(page.getByTestId('leads-empty')).toBeVisible();
  expect(await storedKind(page, 'leads')).toHaveLength(0);
});

test('a GBK file with Chinese headers shows its names in the preview and after import', async ({ page }) => {
  const { leads, csv } = await emptyLeads(page);
  await csv.open();
  await csv.choose(fixture('leads-zh-gbk.csv'));
  await expect(csv.el('encoding').locator('option:checked')).toHaveText('GBK / GB18030');
  await expect(csv.preview().locator('thead')).toContainText('姓名');
  await expect(csv.preview()).toContainText('王芳');
  await expect(csv.preview()).toContainText('华东精密制造有限公司');
  await csv.next();
  expect(await csv.mapping()).toMatchObject({ 姓名: 'Name', 公司名称: 'Company', 手机: 'Phone', 邮箱: 'Email', 来源: 'Channel' });
  await csv.next();
  expect(await csv.counts()).toEqual({ new: 5, merged: 0, skipped: 0, invalid: 0 });
  await csv.commitButton().click();

  for (const name of ['王芳', '张伟', '李娜', '赵磊', '陈静']) await expect(leads.row(name)).toBeVisible();
  expect(await storedNames(page)).toEqual(['张伟', '李娜', '王芳', '赵磊', '陈静'].sort());
  const wang = (await storedKind(page, 'leads')).find((l) => l.name === '王芳');
  expect(wang).toMatchObject({ company: '华东精密制造有限公司', title: '采购经理', city: '苏州', channel: 'trade_show' });
});

test('choosing the wrong encoding names the problem; choosing GBK again reads the file', async ({ page }) => {
  const { csv } = await emptyLeads(page);
  await csv.open();
  await csv.choose(fixture('leads-zh-gbk.csv'));
  await expect(csv.preview()).toContainText('王芳');
  await csv.el('encoding').selectOption({ label: 'UTF-8' });
  await expect(csv.el('read-error')).toContainText('The file is not text in UTF-8');
  await expect(csv.el('next')).toBeDisabled();
  await csv.el('encoding').selectOption({ label: 'GBK / GB18030' });
  await expect(csv.preview()).toContainText('王芳');
  await expect(csv.el('next')).toBeEnabled();
});

test('an empty file and an Excel workbook are refused with the reason', async ({ page }) => {
  const { csv } = await emptyLeads(page);
  await csv.open();
  await csv.choose({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
  await expect(csv.el('read-error')).toContainText('The file is empty: there is no header row.');
  await csv.choose({ name: 'header-only.csv', mimeType: 'text/csv', buffer: Buffer.from('Name,Email\r\n,\r\n') });
  await expect(csv.el('read-error')).toContainText('The file has a header row but no leads below it.');
  await csv.choose({ name: 'leads.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\x03\x04 not a csv', 'binary') });
  await expect(csv.el('read-error')).toContainText('Excel workbook');
  await expect(csv.el('next')).toBeDisabled();
});

test('bad rows are listed by row and column, nothing is stored, and Cancel stores nothing', async ({ page }) => {
  const { csv } = await emptyLeads(page);
  expect(await checkFile(csv, 'leads-bad-rows.csv')).toEqual({ new: 2, merged: 0, skipped: 0, invalid: 3 });
  await expect(csv.el('problems')).toContainText('3 rows have problems');
  expect(await csv.problems()).toEqual([
    ['3', 'Name', '', 'required, but empty'],
    ['4', 'Email', 'carl.diaz@example', 'not an email address'],
    ['4', 'Source', 'Carrier pigeon', 'not one of the known values'],
    ['4', 'Budget', 'lots', 'not an amount'],
    ['4', 'Created', '31.02.2024', 'no such date (check the day and month order)'],
    ['4', 'Employees', 'many', 'not a whole number'],
    ['5', 'column 9', 'unexpected', '9 cells, but the header has 8'],
  ]);
  // Invalid rows need the explicit choice; until then the button writes nothing.
  await expect(csv.commitButton()).toBeDisabled();
  expect(await storedKind(page, 'leads')).toHaveLength(0);
  await csv.cancel();
  await expect(page.getByTestId('leads-empty')).toBeVisible();
  expect(await storedKind(page, 'leads')).toHaveLength(0);
});

test('"import only the valid rows" stores exactly the valid ones', async ({ page }) => {
  const { leads, csv } = await emptyLeads(page);
  await checkFile(csv, 'leads-bad-rows.csv');
  await csv.el('skip-invalid').check();
  await expect(csv.commitButton()).toHaveText('Import 2 leads');
  await csv.commitButton().click();
  await expect(leads.row('Erik Frey')).toBeVisible();
  expect(await storedNames(page)).toEqual(['Anna Berg', 'Erik Frey']);
  const anna = (await storedKind(page, 'leads')).find((l) => l.name === 'Anna Berg');
  expect(anna).toMatchObject({ channel: 'trade_show', budget: { minor: 1_200_000, currency: 'CNY' }, employees: 120 });
});

/** An existing lead whose email the dupe fixture repeats. */
async function withAnna(page) {
  const ctx = await emptyLeads(page);
  await ctx.leads.quickAdd({ name: 'Anna Berg', company: 'Nordic Tools', contact: 'anna.berg@nordictools.se' });
  await expect(ctx.leads.row('Anna Berg')).toBeVisible();
  const [anna] = await storedKind(page, 'leads');
  return { ...ctx, anna };
}

test('duplicate policy "skip" leaves the existing lead as it was', async ({ page }) => {
  const { csv, anna } = await withAnna(page);
  expect(await checkFile(csv, 'leads-dupe.csv')).toEqual({ new: 1, merged: 0, skipped: 1, invalid: 0 });
  await expect(csv.commitButton()).toHaveText('Import 1 lead');
  await csv.commitButton().click();
  await expect(page.getByTestId('leads-page')).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(['Anna Berg', 'Bo Lind']);
  const now = (await storedKind(page, 'leads')).find((l) => l.id === anna.id);
  expect(now).toMatchObject({ company: 'Nordic Tools', city: '' });
});

test('duplicate policy "merge" fills the existing lead from the file', async ({ page }) => {
  const { csv, anna } = await withAnna(page);
  expect(await checkFile(csv, 'leads-dupe.csv', 'merge')).toEqual({ new: 1, merged: 1, skipped: 0, invalid: 0 });
  await expect(csv.commitButton()).toHaveText('Import 2 leads');
  await csv.commitButton().click();
  await expect(page.getByTestId('leads-page')).toBeVisible();
  await expect.poll(() => storedNames(page)).toEqual(['Anna Berg', 'Bo Lind']);
  const now = (await storedKind(page, 'leads')).find((l) => l.id === anna.id);
  expect(now).toMatchObject({ company: 'Nordic Tools AB', city: 'Stockholm', email: 'anna.berg@nordictools.se' });
});

test('export downloads the listed leads as CSV with formula cells escaped', async ({ page }) => {
  const { leads } = await emptyLeads(page);
  await leads.quickAdd({ name: 'Formula Test', company: '=1+2', contact: 'formula@example.com' });
  await expect(leads.row('Formula Test')).toBeVisible();
  await leads.quickAdd({ name: 'Plain Person', company: 'Acme', contact: '13800000000' });
  await expect(leads.row('Plain Person')).toBeVisible();
  const { name, text } = await downloadCsv(page, page.getByTestId('lead-export-csv'));
  expect(name).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'SalesFlow ID,Name,Company,Job title,Email,Phone,Industry,Employees,Region,City,Channel,Channel detail,' +
      'List vendor,Acquisition date,Lawful basis,Consent expiry,Budget,Timeline (months),Status,Owner,Created,' +
      'First contact,Disqualify reason,Notes',
  );
  expect(lines).toHaveLength(3);
  // Newest first, as the list shows them.
  expect(lines[1]).toContain(',Plain Person,Acme,,,13800000000,');
  expect(lines[2]).toContain(",Formula Test,'=1+2,,formula@example.com,");
  await expect(page.getByTestId('toast').filter({ hasText: `Exported 2 leads to ${name}` })).toBeVisible();
});

test('"Export selected" downloads only the selected leads, in list order', async ({ page }) => {
  const { leads } = await emptyLeads(page);
  for (const n of ['Ann One', 'Ben Two', 'Cat Three']) {
    await leads.quickAdd({ name: n, company: 'Same Co', contact: `${n.split(' ')[0].toLowerCase()}@example.com` });
    await expect(leads.row(n)).toBeVisible();
  }
  await leads.select('Ann One');
  await leads.select('Cat Three');
  const { text } = await downloadCsv(page, leads.bulk('export'));
  const names = text.split('\r\n').slice(1).filter(Boolean).map((l) => l.split(',')[1]);
  expect(names).toEqual(['Cat Three', 'Ann One']);
});

for (const [lang, locale, width, device] of [
  ['en', 'en-US', 1280, 'desktop'],
  ['zh', 'zh-CN', 390, 'phone'],
]) {
  test.describe(`${lang} ${device}`, () => {
    test.use({ locale, viewport: { width, height: 900 } });
    test(`wizard screenshots (${lang}, ${width}px)`, async ({ page }) => {
      const { csv } = await emptyLeads(page);
      const shot = (step) => page.screenshot({ path: `${shots}/csv-${step}-${lang}-${device}.png`, fullPage: true });
      await csv.open();
      await csv.choose(fixture(lang === 'zh' ? 'leads-zh-gbk.csv' : 'leads-en.csv'));
      await expect(csv.preview()).toBeVisible();
      await shot('file');
      await csv.next();
      await expect(csv.el('map')).toBeVisible();
      await shot('columns');
      await csv.el('map').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${shots}/csv-columns-view-${lang}-${device}.png` });
      await csv.el('back').click();
      await csv.choose(fixture('leads-bad-rows.csv'));
      await expect(csv.preview()).toContainText('Anna Berg');
      await csv.next();
      await csv.next();
      await expect(csv.el('problems')).toBeVisible();
      await shot('check');
      // Nothing is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}
