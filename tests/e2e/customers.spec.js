import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Board } from './pages/board.js';
import { AccountPage, ComplaintPage, busiestAccount, expectedTimeline } from './pages/customers.js';
import { storedData, storedKind } from './pages/stored.js';

test.use({ locale: 'en-US' });

async function withDemo(page) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  return app;
}

/** Freezes the app clock at its current time (simulated), so hours are exact. */
async function freezeClock(page) {
  await page.getByTestId('clock').locator('summary').click();
  const date = page.getByTestId('clock-date');
  await date.dispatchEvent('change');
  await expect(page.getByTestId('clock-real')).toBeVisible();
}

test('the account page shows its whole history as one timeline', async ({ page }) => {
  await withDemo(page);
  const { id, data } = await busiestAccount(page);
  const account = new AccountPage(page);
  await account.open(id);
  const name = data.accounts.find((a) => a.id === id).name;
  await expect(page.getByTestId('account-name')).toHaveText(name);
  const expected = expectedTimeline(data, id);
  expect(expected).toBeGreaterThan(10);
  await expect(account.timelineCount()).toHaveText(String(expected));
  const kinds = await page.getByTestId('timeline-entry').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.kind))]);
  expect(kinds).toContain('orders');
  expect(kinds).toContain('invoices');
  // Older entries come on demand until all are shown.
  while (await page.getByTestId('timeline-more').isVisible()) await page.getByTestId('timeline-more').click();
  await expect(page.getByTestId('timeline-entry')).toHaveCount(expected);
  const contacts = data.contacts.filter((c) => c.account_id === id).length;
  await expect(page.getByTestId('contact-item')).toHaveCount(contacts);
});

test('recording a payment lowers the invoice balance and is stored', async ({ page }) => {
  await withDemo(page);
  const data = await storedData(page);
  const paid = new Set(data.payments.map((p) => p.invoice_id));
  const invoice = data.invoices.find((i) => !paid.has(i.id) && i.amount.minor > 20_000);
  const account = new AccountPage(page);
  await account.open(invoice.account_id);
  const row = account.invoice(invoice.number);
  const before = await row.getByTestId('invoice-balance').innerText();

  // More than is owed is refused, and nothing is written.
  const tooMuch = ((invoice.amount.minor + 100) / 100).toFixed(2);
  await account.pay(invoice.number, tooMuch);
  await expect(page.getByTestId('payment-errors')).toContainText('more than the invoice still owes');
  expect((await storedKind(page, 'payments')).filter((p) => p.invoice_id === invoice.id)).toHaveLength(0);

  await page.getByTestId('payment-amount').fill('100');
  await page.getByTestId('payment-save').click();
  await expect(page.getByTestId('payment-form')).toHaveCount(0);
  await expect(row.getByTestId('invoice-paid')).toContainText('100.00');
  await expect(row.getByTestId('invoice-balance')).not.toHaveText(before);
  const owed = invoice.amount.minor - 10_000;
  const whole = Math.floor(owed / 100).toLocaleString('en-US');
  await expect(row.getByTestId('invoice-balance')).toContainText(`${whole}.${String(owed % 100).padStart(2, '0')}`);
  const stored = (await storedKind(page, 'payments')).filter((p) => p.invoice_id === invoice.id);
  expect(stored.map((p) => p.amount.minor)).toEqual([10_000]);
});

test('a complaint breaches its 48-hour deadline by the clock and closes only with a root cause', async ({ page }) => {
  await withDemo(page);
  const { id } = await busiestAccount(page);
  const account = new AccountPage(page);
  await account.open(id);
  await freezeClock(page);
  await account.fileComplaint({ title: 'Invoice sent to the wrong address', severity: 'Normal' });
  const complaint = new ComplaintPage(page);
  await expect(complaint.status()).toHaveText('Open');
  await expect(complaint.sla()).toHaveText('Due in 48 h');

  await page.getByTestId('clock-day').click();
  await page.getByTestId('clock-day').click();
  await expect(complaint.sla()).toHaveText('Due in 0 h');
  await page.getByTestId('clock-hour').click();
  await expect(complaint.sla()).toHaveText('Overdue by 1 h');

  await page.goto('/customers/complaints');
  const row = page.getByTestId('complaint-row').filter({ hasText: 'Invoice sent to the wrong address' });
  await expect(row).toHaveClass(/row-overdue/);
  await expect(row.getByTestId('complaint-row-sla')).toHaveText('Overdue by 1 h');
  await row.getByRole('link', { name: 'Invoice sent to the wrong address' }).click();

  for (const [step, label] of [
    ['acknowledged', 'Acknowledged'],
    ['in_progress', 'In progress'],
    ['resolved', 'Resolved'],
    ['verified', 'Verified'],
  ]) {
    await complaint.moveTo(step);
    await expect(complaint.status()).toHaveText(label);
  }
  await expect(complaint.sla()).toHaveText('Answered late');
  await complaint.moveTo('closed');
  await expect(page.getByTestId('complaint-step-errors')).toContainText('Enter the root cause before closing.');
  await expect(complaint.status()).toHaveText('Verified');
  await page.getByTestId('complaint-root-cause').fill('Address field copied from the old contract');
  await page.getByTestId('complaint-corrective-action').fill('Billing address checked at order entry');
  await complaint.moveTo('closed');
  await expect(complaint.status()).toHaveText('Closed');
  await expect(page.getByTestId('complaint-step')).toHaveCount(6);
  const stored = (await storedKind(page, 'complaints')).find((c) => c.title === 'Invoice sent to the wrong address');
  expect(stored.status).toBe('closed');
  expect(stored.history.map((h) => h.status)).toEqual(['open', 'acknowledged', 'in_progress', 'resolved', 'verified', 'closed']);
  expect(stored.root_cause).toBe('Address field copied from the old contract');
});

test('winning a deal on the board books its order and invoice', async ({ page }) => {
  await withDemo(page);
  const data = await storedData(page);
  const deal = data.deals.find((d) => d.stage === 'decision_follow_up' && d.product_ids.length > 0);
  const board = new Board(page);
  await board.open();
  await board.card(deal.id).scrollIntoViewIfNeeded();
  await board.card(deal.id).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.confirmChecklistIfAsked();
  await expect(board.card(deal.id)).toHaveAttribute('data-col', '4');
  await expect.poll(async () => (await storedKind(page, 'orders')).filter((o) => o.deal_id === deal.id).length).toBe(1);
  const order = (await storedKind(page, 'orders')).find((o) => o.deal_id === deal.id);
  const total = order.lines.reduce((s, l) => s + l.unit_price_minor * l.quantity, 0);
  expect(total).toBe(deal.amount.minor);
  const invoice = (await storedKind(page, 'invoices')).find((i) => i.order_id === order.id);
  expect(invoice.amount.minor).toBe(deal.amount.minor);

  const account = new AccountPage(page);
  await account.open(deal.account_id);
  await expect(account.invoice(invoice.number)).toBeVisible();
});

test('survey answers entered on an account show in its NPS and the satisfaction page', async ({ page }) => {
  await withDemo(page);
  const data = await storedData(page);
  const answered = new Set(data.survey_responses.map((r) => r.account_id));
  const target = data.accounts.find((a) => !answered.has(a.id));
  const account = new AccountPage(page);
  await account.open(target.id);
  await expect(page.getByTestId('account-nps')).toHaveText('No answers yet');
  // Two promoters, a passive and a detractor: (2 − 1) / 4 = +25.0.
  for (const score of [10, 9, 7, 3]) await account.addResponse({ kind: 'NPS', touchpoint: 'After-sales', score });
  await expect(page.getByTestId('account-nps')).toHaveText('25.0');
  // A score out of range is refused and nothing is stored.
  await page.getByTestId('survey-score').fill('11');
  await page.getByTestId('survey-save').click();
  await expect(page.getByTestId('survey-errors')).toHaveText('An NPS score is a whole number from 0 to 10.');
  const mine = (await storedKind(page, 'survey_responses')).filter((r) => r.account_id === target.id);
  expect(mine.map((r) => r.score).sort((a, b) => a - b)).toEqual([3, 7, 9, 10]);

  // The company-wide figure, from everything stored.
  const all = (await storedKind(page, 'survey_responses')).filter((r) => r.kind === 'nps');
  const promoters = all.filter((r) => r.score >= 9).length;
  const detractors = all.filter((r) => r.score <= 6).length;
  const tenths = Math.round((1000 * (promoters - detractors)) / all.length);
  await page.goto('/customers/satisfaction');
  await expect(page.getByTestId('nps-responses')).toHaveText(all.length.toLocaleString('en-US'));
  await expect(page.getByTestId('nps-value')).toHaveText((tenths / 10).toFixed(1));
  await expect(page.getByTestId('journey-step')).toHaveCount(4);
  await expect(page.locator('[data-testid=journey-step][data-weakest=true]')).toHaveCount(1);
});

test('a cross-sell recommendation appears once orders show the products bought together', async ({ page }) => {
  await withDemo(page);
  const data = await storedData(page);
  const products = data.products.filter((p) => p.active);
  const count = new Map(products.map((p) => [p.id, 0]));
  const together = new Set();
  for (const o of data.orders) {
    const ids = [...new Set(o.lines.map((l) => l.product_id))];
    ids.forEach((id) => count.has(id) && count.set(id, count.get(id) + 1));
    for (const a of ids) for (const b of ids) together.add(`${a}|${b}`);
  }
  // The rarest product X and a product Y never bought with it: k orders of
  // both make X → Y pass the default thresholds (support 1 %, confidence
  // 20 %, lift 1.10).
  const n = data.orders.length;
  const [x] = [...count.entries()].sort((a, b) => a[1] - b[1])[0];
  const y = products.map((p) => p.id).find((id) => id !== x && !together.has(`${x}|${id}`));
  const passes = (k) => {
    const total = n + k + 1;
    const conf = k / (count.get(x) + k + 1);
    return k / total >= 0.01 && conf >= 0.2 && conf / ((count.get(y) + k) / total) >= 1.1;
  };
  let k = 1;
  while (!passes(k)) k++;
  expect(k).toBeLessThan(8);
  const name = (id) => products.find((p) => p.id === id).name;

  const ordered = new Set(data.orders.map((o) => o.account_id));
  const fresh = data.accounts.filter((a) => !ordered.has(a.id));
  const [buyer, ...others] = fresh;
  const account = new AccountPage(page);
  await account.open(buyer.id);
  await expect(page.getByTestId('no-recommendations')).toBeVisible();
  await account.addOrder([{ product: name(x) }]);
  await expect(page.locator(`[data-testid=recommendation][data-product="${y}"]`)).toHaveCount(0);

  for (const other of others.slice(0, k)) {
    await account.open(other.id);
    await account.addOrder([{ product: name(x) }, { product: name(y) }]);
  }
  await account.open(buyer.id);
  const rec = page.locator(`[data-testid=recommendation][data-product="${y}"]`);
  await expect(rec.getByTestId('recommended-product')).toHaveText(name(y));
  await expect(rec).toContainText(`Customers who bought ${name(x)} also bought`);
  await page.goto('/customers/cross-sell');
  await expect(page.getByTestId('rule-row').filter({ hasText: name(x) }).filter({ hasText: name(y) }).first()).toBeVisible();
});

test('survey answers import from CSV, naming bad rows, and a second import adds nothing', async ({ page }) => {
  await withDemo(page);
  const data = await storedData(page);
  const [a, b] = data.accounts;
  const today = new Date().toISOString().slice(0, 10);
  const csv = [
    'Account,Kind,Touchpoint,Score,Date,Comment',
    `"${a.name}",NPS,After-sales,10,${today},Great`,
    `"${b.name}",CSAT,Delivery acceptance,2,${today},Late`,
    `No Such Company Ltd,NPS,After-sales,9,${today},`,
  ].join('\n');
  const file = { name: 'surveys.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) };
  const before = (await storedKind(page, 'survey_responses')).length;
  await page.goto('/customers/satisfaction');
  await page.getByTestId('survey-file').setInputFiles(file);
  await expect(page.getByTestId('survey-import-summary')).toHaveText('2 new answers, 0 already stored, 1 rows with problems.');
  await expect(page.getByTestId('survey-import-problems')).toContainText('Row 4');
  await page.getByTestId('survey-import-commit').click();
  await expect.poll(async () => (await storedKind(page, 'survey_responses')).length).toBe(before + 2);
  const stored = (await storedKind(page, 'survey_responses')).filter((r) => r.responded_on === today && [a.id, b.id].includes(r.account_id));
  expect(stored.map((r) => [r.kind, r.touchpoint, r.score]).sort()).toEqual([['csat', 'delivery', 2], ['nps', 'after_sales', 10]]);

  await page.getByTestId('survey-file').setInputFiles({ ...file, name: 'again.csv' });
  await expect(page.getByTestId('survey-import-summary')).toHaveText('0 new answers, 2 already stored, 1 rows with problems.');
  await expect(page.getByTestId('survey-import-commit')).toHaveCount(0);
});
