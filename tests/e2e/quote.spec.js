import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { QuotePage, ContractPage, storedAll } from './pages/docs.js';
import { Catalog, DealForm } from './pages/catalog.js';
import { People } from './pages/people.js';

test.use({ locale: 'en-US' });

/** Loads the small demo and opens some deal's page. */
async function openSomeDeal(page) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const deals = await storedAll(page, 'deals');
  const deal = deals.find((d) => d.stage === 'solution_matched') ?? deals[0];
  await app.open(`/deals/${deal.id}`);
  await expect(page.getByTestId('deal-page')).toBeVisible();
  return { app, deal };
}

const roundHalfAway = (n, d) => Math.sign(n) * Math.round(Math.abs(n) / d);

/** Independent oracle for the tier rules, from the stored product. */
function gross(product, qty) {
  const tiers = [...product.tiers].sort((a, b) => a.min_quantity - b.min_quantity);
  const list = product.list_price.minor;
  if (product.tier_mode === 'range') {
    const reached = tiers.filter((t) => t.min_quantity <= qty).pop();
    return qty * (reached ? reached.unit_price_minor : list);
  }
  let total = 0;
  for (let unit = 1; unit <= qty; unit++) {
    const tier = tiers.filter((t) => t.min_quantity <= unit).pop();
    total += tier ? tier.unit_price_minor : list;
  }
  return total;
}

test('a quote with slab and range tiered lines adds up, tax per line', async ({ page }) => {
  await openSomeDeal(page);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Analytics Platform', 120);
  await quote.addLine('Industrial IoT Gateway', 25);
  const products = await storedAll(page, 'products');
  const slab = products.find((p) => p.name === 'Analytics Platform');
  const range = products.find((p) => p.name === 'Industrial IoT Gateway');
  expect(slab.tier_mode).toBe('slab');
  expect(range.tier_mode).toBe('range');
  // 49 × ¥1,800 + 71 × ¥1,500 = ¥194,700 and 25 × ¥6,200 = ¥155,000.
  expect(gross(slab, 120)).toBe(19_470_000);
  expect(gross(range, 25)).toBe(15_500_000);
  const expected = [
    [slab, 120],
    [range, 25],
  ].reduce((sum, [p, q]) => {
    const net = gross(p, q);
    return sum + net + roundHalfAway(net * p.tax_rate_bp, 10_000);
  }, 0);
  await expect.poll(() => quote.total()).toBe(expected);
  await expect(quote.lines().nth(0).getByTestId('line-source')).toContainText('slab');
  await expect(quote.lines().nth(1).getByTestId('line-source')).toContainText('range');
  const stored = (await storedAll(page, 'quotes')).find((q) => page.url().endsWith(q.id));
  expect(stored.lines.map((l) => l.quantity)).toEqual([120, 25]);
});

test('a discount above the threshold must be approved before sending', async ({ page }) => {
  await openSomeDeal(page);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Analytics Platform', 10);
  await quote.setQuoteDiscountPercent(20);
  await expect(page.getByTestId('discount-state')).toContainText('above 15 %');
  await page.getByTestId('quote-send').click();
  await expect(page.getByTestId('toast').last()).toContainText('needs approval');
  await expect(page.getByTestId('quote-status')).toHaveText('Draft');
  await page.getByTestId('request-approval').click();
  await expect(page.getByTestId('discount-state')).toContainText('Waiting');
  await new ContractPage(page).actAs('sales_director');
  await page.getByTestId('approve').click();
  await expect(page.getByTestId('discount-state')).toContainText('approved');
  await page.getByTestId('quote-send').click();
  await expect(page.getByTestId('quote-status')).toHaveText('Sent');
  const id = page.url().split('/').pop();
  const steps = (await storedAll(page, 'approval_steps')).filter((s) => s.quote_id === id);
  expect(steps.map((s) => [s.role, s.decision])).toEqual([['sales_director', 'approved']]);
});

test('a new version supersedes the sent one and the accepted version is marked', async ({ page }) => {
  const { app, deal } = await openSomeDeal(page);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  const v1 = page.url().split('/').pop();
  await quote.addLine('Implementation Services', 10);
  await page.getByTestId('quote-send').click();
  await expect(page.getByTestId('quote-status')).toHaveText('Sent');
  await page.getByTestId('quote-new-version').click();
  await expect(page).not.toHaveURL(new RegExp(v1));
  await expect(page.getByTestId('quote-status')).toHaveText('Draft');
  await expect(quote.lines()).toHaveCount(1);
  await quote.accept();
  expect((await app.storedRecord('quotes', v1)).status).toBe('superseded');
  await app.open(`/deals/${deal.id}`);
  const accepted = page.getByTestId('deal-quotes').getByTestId('quote-item').filter({ hasText: 'Accepted' });
  await expect(accepted).toHaveCount(1);
});

test('the printable quote shows the lines and total in the current language', async ({ page }) => {
  await openSomeDeal(page);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Training Pack', 2);
  const total = await page.getByTestId('quote-total').innerText();
  await page.emulateMedia({ media: 'print' });
  const printable = page.getByTestId('printable-quote');
  await expect(printable).toBeVisible();
  await expect(page.getByTestId('quote-lines')).toBeHidden();
  await expect(printable).toContainText('Quotation');
  await expect(printable).toContainText(total);
  await page.emulateMedia({ media: 'screen' });
  await page.getByTestId('lang-toggle').click();
  await page.emulateMedia({ media: 'print' });
  await expect(printable).toContainText('报价单');
  await expect(printable).toContainText('总计');
  await page.screenshot({ path: 'tests/e2e/screenshots/quote-print-zh.png', fullPage: true });
});

test('on an empty workspace: product, deal, quote and contract from scratch', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  const catalog = new Catalog(page);
  await catalog.openList();
  await catalog.newProduct();
  await catalog.fill({ name: 'Cloud seat', unit: 'seat', price: '100', tax: '13' });
  await catalog.addTiers([
    [10, '95'],
    [50, '90'],
  ]);
  await catalog.save();
  await expect(catalog.row('Cloud seat')).toBeVisible();
  await app.nav('pipeline').click();
  const form = new DealForm(page);
  await form.open();
  await form.fill({ name: 'Seats for Acme', account: 'Acme Ltd', amount: '6000', ownerName: 'Wang Fang' });
  await form.create();
  await page.getByTestId('deal-card').first().locator('.deal-title').click();
  await expect(page.getByTestId('deal-page')).toBeVisible();
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Cloud seat', 60);
  // Slab: 9 × ¥100 + 40 × ¥95 + 11 × ¥90 = ¥5,690, plus 13 % tax ¥739.70.
  await expect.poll(() => quote.total()).toBe(642_970);
  await quote.accept();
  await quote.createContract();
  await expect(page.getByTestId('contract-amount')).toHaveText('¥6,429.70');
  const contract = new ContractPage(page);
  await contract.tickLegal();
  await page.getByTestId('submit-approval').click();
  await expect(contract.status()).toHaveText('Pending approval');
  await expect(page.getByTestId('awaiting')).toContainText('Sales director');
  await expect(page.getByTestId('nobody-has-role')).toContainText('Team → People');
  // Add the approver, then approve and sign as them.
  const contractUrl = page.url();
  const people = new People(page);
  await people.openList();
  await people.add({ name: 'Zhao Min', role: 'Sales director' });
  await page.goto(contractUrl);
  await expect(page.getByTestId('contract-page')).toBeVisible();
  await contract.approveAs('sales_director');
  await expect(contract.status()).toHaveText('Approved');
  await page.getByTestId('signer-name').fill('Acme buyer');
  await page.getByTestId('sign-submit').click();
  await expect(page.getByTestId('signature-hash')).toHaveText(/^[0-9a-f]{64}$/);
});
