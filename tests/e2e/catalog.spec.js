import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Board } from './pages/board.js';
import { Catalog, DealForm } from './pages/catalog.js';

test.use({ locale: 'en-US' });

/** The welcome screen's "Start empty": nothing stored, the board shown. */
async function emptyWorkspace(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  expect(await app.storedTotal()).toBe(0);
  return app;
}

const SLABS = [
  [10, '95'],
  [50, '90'],
  [100, '80.5'],
];

test('a product with three slab tiers is listed and stored with its tiers', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const catalog = new Catalog(page);
  await catalog.openList();
  await expect(page.getByTestId('products-empty')).toBeVisible();
  await catalog.newProduct();
  await catalog.fill({ name: 'Cloud seat', sku: 'CS-100', category: 'Software', unit: 'seat', price: '100', tax: '13' });
  await catalog.addTiers(SLABS);
  // Slab: units 1–9 at list, 10–49 at 95, 50–60 at 90 → 900 + 3,800 + 990.
  await page.getByTestId('preview-qty').fill('60');
  await expect(page.getByTestId('price-preview')).toContainText('60 units cost ¥5,690.00');
  await catalog.save();

  await expect(page).toHaveURL(/\/pipeline\/products$/);
  const row = catalog.row('Cloud seat');
  await expect(row).toBeVisible();
  await expect(row.getByTestId('product-price')).toHaveText('¥100.00');
  await expect(row.getByTestId('product-tiers')).toHaveText('Slab · 3 tiers');

  const id = await row.getAttribute('data-product');
  const stored = await app.storedRecord('products', id);
  expect(stored).toMatchObject({
    name: 'Cloud seat',
    sku: 'CS-100',
    unit: 'seat',
    list_price: { minor: 10000, currency: 'CNY' },
    tax_rate_bp: 1300,
    tier_mode: 'slab',
    tiers: [
      { min_quantity: 10, unit_price_minor: 9500 },
      { min_quantity: 50, unit_price_minor: 9000 },
      { min_quantity: 100, unit_price_minor: 8050 },
    ],
    active: true,
  });
  expect((await app.storedCounts()).products).toBe(1);
});

test('duplicate tier minimums are refused with a message naming the tier, and nothing is stored', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const catalog = new Catalog(page);
  await catalog.openList();
  await catalog.newProduct();
  await catalog.fill({ name: 'Router', price: '500' });
  await catalog.addTiers([
    [10, '450'],
    [10, '400'],
  ]);
  await catalog.save();

  await expect(catalog.errors()).toContainText('Tier 2 · From quantity: another tier already starts at this quantity');
  await expect(page.getByTestId('tier-min-1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('tier-min-0')).toHaveAttribute('aria-invalid', 'false');
  await expect(page).toHaveURL(/\/pipeline\/products\/new$/);
  // What was typed is kept.
  await expect(page.getByTestId('tier-price-1')).toHaveValue('400');
  expect(await app.storedTotal()).toBe(0);

  // Fixing the tier clears the message as it is typed.
  await page.getByTestId('tier-min-1').fill('20');
  await expect(catalog.errors()).toHaveCount(0);
});

test('a product without a name is refused with a message, and nothing is stored', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const catalog = new Catalog(page);
  await catalog.openList();
  await catalog.newProduct();
  await catalog.fill({ sku: 'NO-NAME', price: '12.5' });
  await catalog.save();

  await expect(catalog.errors()).toContainText('Name: required');
  await expect(catalog.field('name')).toHaveAttribute('aria-invalid', 'true');
  // Focus goes to the first field to fix.
  await expect(catalog.field('name')).toBeFocused();
  await expect(catalog.field('sku')).toHaveValue('NO-NAME');
  await page.waitForTimeout(300);
  expect(await app.storedTotal()).toBe(0);
});

/** Creates "Fleet renewal" for a new account in column 2; returns its id. */
async function createDealWithNewAccount(page) {
  const board = new Board(page);
  const form = new DealForm(page);
  await form.open();
  // Nobody is in the team yet, so the owner is a new person.
  await expect(form.dialog.getByTestId('deal-owner-name')).toBeVisible();
  await form.fill({ name: 'Fleet renewal', account: 'Acme Ltd', amount: '120,000', ownerName: 'Wang Fang', stage: 2, close: '2027-03-31' });
  await expect(form.dialog.getByTestId('deal-account-hint')).toHaveText('A new account “Acme Ltd” will be created.');
  await form.create();
  await expect(form.dialog).toBeHidden();
  const card = board.cards(2).filter({ hasText: 'Fleet renewal' });
  await expect(card).toBeVisible();
  return { board, id: await card.getAttribute('data-deal') };
}

test('a deal for a new account appears in its column and is stored with the account', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const { board, id } = await createDealWithNewAccount(page);
  await expect(board.cards(0)).toHaveCount(0);
  expect(await board.count(2)).toBe(1);
  await expect(board.column(2).getByTestId('col-sum')).toHaveAttribute('title', '¥120,000.00');

  const deal = await app.storedRecord('deals', id);
  expect(deal).toMatchObject({
    name: 'Fleet renewal',
    stage: 'solution_matched',
    amount: { minor: 12000000, currency: 'CNY' },
    expected_close: '2027-03-31',
    forecast: 'pipeline',
  });
  expect(deal.stage_history).toHaveLength(1);
  expect(deal.stage_history[0]).toMatchObject({ from: null, to: 'solution_matched' });
  const account = await app.storedRecord('accounts', deal.account_id);
  expect(account.name).toBe('Acme Ltd');
  const owner = await app.storedRecord('people', deal.owner_id);
  expect(owner).toMatchObject({ name: 'Wang Fang', role: 'rep' });
  expect(await app.storedCounts()).toMatchObject({ deals: 1, accounts: 1, people: 1 });
});

test('a new deal is still on the board after a reload', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const { board, id } = await createDealWithNewAccount(page);
  await page.reload();
  await app.ready();
  await expect(board.card(id)).toBeVisible();
  await expect(board.card(id)).toHaveAttribute('data-col', '2');
  await expect(board.card(id)).toContainText('Acme Ltd');
});

test('the new deal form refuses a missing name and amount and stores nothing', async ({ page }) => {
  const app = await emptyWorkspace(page);
  const form = new DealForm(page);
  await form.open();
  await form.fill({ account: 'Acme Ltd', ownerName: 'Wang Fang' });
  await form.create();
  const errors = form.dialog.getByTestId('deal-errors');
  await expect(errors).toContainText('Deal name: required');
  await expect(errors).toContainText('Amount: required');
  await expect(form.dialog).toBeVisible();
  expect(await app.storedTotal()).toBe(0);
});

for (const width of [1280, 390]) {
  test(`product form screenshot at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await emptyWorkspace(page);
    const catalog = new Catalog(page);
    await catalog.openList();
    await catalog.newProduct();
    await catalog.fill({ name: 'Cloud seat', sku: 'CS-100', category: 'Software', unit: 'seat', price: '100', tax: '13' });
    await catalog.addTiers(SLABS);
    await page.getByTestId('preview-qty').fill('60');
    await expect(page.getByTestId('price-preview')).toContainText('¥5,690.00');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/e2e/screenshots/product-form-${width}.png`, fullPage: true });
  });
}
