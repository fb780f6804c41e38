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
