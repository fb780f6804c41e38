// The migration wizard on a small multi-file export (tests/fixtures/migration):
// kinds guessed, the unknown owner and the misspelled product surfaced and
// resolved, deals on the board in their stages with their owners, and a
// second import of the same files changing nothing.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { App } from './pages/app.js';
import { Board } from './pages/board.js';
import { Migrate, migrationFixtures } from './pages/migrate.js';
import { storedData, storedKind } from './pages/stored.js';

const shots = 'tests/e2e/.output';

async function startEmpty(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  return app;
}

const counts = async (page) => {
  const d = await storedData(page);
  return Object.fromEntries(['people', 'org_units', 'accounts', 'products', 'deals'].map((k) => [k, (d[k] ?? []).length]));
};

test.describe('in English on a desktop', () => {
  test.use({ locale: 'en-US', viewport: { width: 1280, height: 900 } });

  test('four files come in with their relations, land on the board, and a re-import changes nothing', async ({ page }) => {
    await startEmpty(page);
    const mig = new Migrate(page);
    await mig.openFromSettings();
    await mig.choose(migrationFixtures);
    expect(await mig.kinds()).toEqual({
      'teams.csv': 'People (team)',
      'accounts.csv': 'Accounts',
      'products.csv': 'Products',
      'deals.csv': 'Deals',
    });
    await mig.next();
    await expect(page.locator('[data-testid=mig-map-select][data-column="Sales Agent"]').first()).toHaveValue('name');
    await expect(mig.el('missing')).toHaveCount(0);
    await mig.next();
    // Managers named only as managers, the unknown owner, the blank
    // account, the misspelled product (its fuzzy match preselected), offices.
    expect(await mig.unmatched()).toEqual([
      ['Mia Chen', 'Person', '2', 'Create it'],
      ['Omar Diaz', 'Person', '1', 'Create it'],
      ['Zed Unknown', 'Person', '1', 'Create it'],
      ['(blank)', 'Account', '1', 'Create it'],
      ['GTXPro', 'Product', '1', 'Same as GTX Pro'],
      ['East', 'Office', '2', 'Create it'],
      ['West', 'Office', '1', 'Create it'],
    ]);
    await expect(page.locator('[data-testid=mig-unmatched-row][data-value="GTXPro"] [data-testid=mig-suggestion]')).toHaveText(
      'Did you mean GTX Pro?',
    );
    await mig.resolution('Zed Unknown').selectOption({ label: 'Same as Cao Yu' });
    expect(await mig.stages()).toEqual({
      Prospecting: 'Identify',
      Engaging: 'Needs confirmed',
      Won: 'Won',
      Lost: 'Lost',
      Proposal: 'Solution matched',
      Negotiation: 'Decision follow-up',
    });
    await page.screenshot({ path: `${shots}/migration-relations-en.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await mig.next();
    expect(await mig.report()).toEqual({
      'teams.csv': [3, 0, 0, 0, 0],
      'accounts.csv': [3, 0, 0, 0, 0],
      'products.csv': [3, 0, 0, 0, 0],
      'deals.csv': [8, 0, 0, 0, 0],
    });
    expect((await counts(page)).deals).toBe(0);
    // 17 rows + 2 managers, 2 offices and the "No account" account.
    await expect(mig.el('import')).toHaveText('Import 22 records');
    await page.screenshot({ path: `${shots}/migration-check-en.png`, fullPage: true });
    const axeCheck = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    expect(axeCheck.violations.map((v) => v.id)).toEqual([]);
    await mig.el('import').click();
    await expect(mig.el('done')).toBeVisible();
    await expect(mig.el('report-text')).toContainText('deals.csv (Deals)');
    const [download] = await Promise.all([page.waitForEvent('download'), mig.el('download').click()]);
    expect(download.suggestedFilename()).toBe('migration-report.txt');

    expect(await counts(page)).toEqual({ people: 5, org_units: 2, accounts: 4, products: 3, deals: 8 });
    const d = await storedData(page);
    const person = (id) => d.people.find((p) => p.id === id)?.name;
    const byExt = Object.fromEntries(d.deals.map((x) => [x.external_id, [x.stage, person(x.owner_id)]]));
    expect(byExt).toEqual({
      'D-001': ['identify', 'Ada Wong'],
      'D-002': ['needs_confirmed', 'Ben Lee'],
      'D-003': ['won', 'Cao Yu'],
      'D-004': ['lost', 'Ada Wong'],
      'D-005': ['won', 'Cao Yu'],
      'D-006': ['needs_confirmed', 'Ben Lee'],
      'D-007': ['solution_matched', 'Cao Yu'],
      'D-008': ['decision_follow_up', 'Ada Wong'],
    });
    const ada = d.people.find((p) => p.name === 'Ada Wong');
    expect(person(ada.manager_id)).toBe('Mia Chen');

    await mig.el('to-board').click();
    const board = new Board(page);
    await expect(page.getByTestId('board')).toBeVisible();
    const perColumn = [];
    for (let i = 0; i < 6; i += 1) perColumn.push(await board.count(i));
    expect(perColumn).toEqual([1, 2, 1, 1, 2, 1]);
    const card = page.getByTestId('deal-card').filter({ hasText: 'Betatech – GTX Basic' });
    await expect(card.locator('.deal-owner')).toHaveText('Cao Yu');
    await page.screenshot({ path: `${shots}/migration-board-en.png`, fullPage: true });

    // The same files again: nothing new, nothing updated.
    const before = await storedData(page);
    expect(await mig.checkWith(migrationFixtures, 'Cao Yu')).toEqual({
      'teams.csv': [0, 0, 3, 0, 0],
      'accounts.csv': [0, 0, 3, 0, 0],
      'products.csv': [0, 0, 3, 0, 0],
      'deals.csv': [0, 0, 8, 0, 0],
    });
    await expect(mig.el('nothing')).toBeVisible();
    await expect(mig.el('import')).toBeDisabled();
    expect(await storedData(page)).toEqual(before);
  });
});

test.describe('with an activities file holding a bad row', () => {
  test.use({ locale: 'en-US' });

  test('the row is shown with its column, and only the valid rows go in when asked', async ({ page }) => {
    await startEmpty(page);
    const mig = new Migrate(page);
    const files = [...migrationFixtures, 'tests/fixtures/migration/activities.csv'];
    const report = await mig.checkWith(files, 'Cao Yu');
    expect(report['activities.csv']).toEqual([3, 0, 0, 0, 1]);
    const row = page.locator('[data-testid=mig-error][data-row="5"]');
    await expect(row).toContainText('Opportunity ID');
    await expect(row).toContainText('D-999');
    await expect(mig.el('import')).toBeDisabled();
    await mig.el('skip-invalid').check();
    await mig.el('import').click();
    await expect(mig.el('done')).toBeVisible();
    await expect(mig.el('report-text')).toContainText('D-999');
    const activities = await storedKind(page, 'activities');
    expect(activities.map((a) => a.subject).sort()).toEqual(['Demo', 'Discovery call', 'Send proposal']);
    expect((await storedKind(page, 'deals')).length).toBe(8);
  });
});

test.describe('with orders, invoices and payments', () => {
  test.use({ locale: 'en-US' });

  test('order lines become orders, invoices and payments link up, an overpayment is refused, and a re-import changes nothing', async ({
    page,
  }) => {
    await startEmpty(page);
    const mig = new Migrate(page);
    const files = [...migrationFixtures, ...['orders.csv', 'invoices.csv', 'payments.csv'].map((n) => `tests/fixtures/migration/${n}`)];
    await mig.openFromSettings();
    await mig.choose(files);
    const kinds = await mig.kinds();
    expect([kinds['orders.csv'], kinds['invoices.csv'], kinds['payments.csv']]).toEqual([
      'Orders (one row per line)',
      'Invoices',
      'Payments',
    ]);
    await mig.next();
    await expect(mig.el('missing')).toHaveCount(0);
    await mig.next();
    await mig.resolution('Zed Unknown').selectOption({ label: 'Same as Cao Yu' });
    await mig.next();
    const report = await mig.report();
    // Five order lines: three orders, two lines added to the order above.
    // Payments: P-3 pays 7,000 of the 6,292 still owed, INV-9 is no
    // invoice, P-5 is in euros on a dollar invoice.
    expect([report['orders.csv'], report['invoices.csv'], report['payments.csv']]).toEqual([
      [3, 2, 0, 0, 0],
      [3, 0, 0, 0, 0],
      [2, 0, 0, 0, 3],
    ]);
    await expect(page.locator('[data-testid=mig-error][data-row="4"]')).toContainText('6,292.00 still owed');
    await expect(page.locator('[data-testid=mig-error][data-row="5"]')).toContainText('INV-9');
    await expect(mig.el('import')).toBeDisabled();
    await mig.el('skip-invalid').check();
    await mig.el('import').click();
    await expect(mig.el('done')).toBeVisible();
    const orders = await storedKind(page, 'orders');
    const lines = Object.fromEntries(orders.map((o) => [o.external_id, o.lines.length]));
    expect(lines).toEqual({ 'O-100': 2, 'O-101': 2, 'O-102': 1 });
    const invoices = await storedKind(page, 'invoices');
    const orderOf = Object.fromEntries(invoices.map((i) => [i.number, orders.find((o) => o.id === i.order_id)?.external_id ?? null]));
    expect(orderOf).toEqual({ 'INV-1': 'O-100', 'INV-2': 'O-101', 'INV-3': null });
    const payments = await storedKind(page, 'payments');
    expect(payments.map((p) => [p.external_id, invoices.find((i) => i.id === p.invoice_id)?.number]).sort()).toEqual([
      ['P-1', 'INV-1'],
      ['P-2', 'INV-2'],
    ]);

    const before = await storedData(page);
    const again = await mig.checkWith(files, 'Cao Yu');
    expect([again['orders.csv'], again['invoices.csv'], again['payments.csv']]).toEqual([
      [0, 0, 5, 0, 0],
      [0, 0, 3, 0, 0],
      [0, 0, 2, 0, 3],
    ]);
    expect(await storedData(page)).toEqual(before);
  });
});

for (const [locale, lang] of [
  ['zh-CN', 'zh'],
  ['en-US', 'en'],
]) {
  test.describe(`${lang} on a 390px phone`, () => {
    test.use({ locale, viewport: { width: 390, height: 844 } });

    test(`the relations and check steps fit a phone (${lang})`, async ({ page }) => {
      await startEmpty(page);
      const mig = new Migrate(page);
      await page.goto('/settings/migrate');
      await mig.choose(migrationFixtures);
      await page.screenshot({ path: `${shots}/migration-files-${lang}-phone.png`, fullPage: true });
      await mig.next();
      await mig.next();
      await expect(mig.el('unmatched')).toBeVisible();
      await page.screenshot({ path: `${shots}/migration-relations-${lang}-phone.png`, fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await mig.next();
      await expect(mig.el('report')).toBeVisible();
      await page.screenshot({ path: `${shots}/migration-check-${lang}-phone.png`, fullPage: true });
    });
  });
}
