// Page objects for the Customers area: the account page and a complaint.
import { expect } from '@playwright/test';
import { storedData } from './stored.js';

export class AccountPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  async open(id) {
    await this.page.goto(`/accounts/${id}`);
    await expect(this.page.getByTestId('account-page')).toBeVisible({ timeout: 30_000 });
  }

  timelineCount() {
    return this.page.getByTestId('timeline-count');
  }

  invoice(number) {
    return this.page.locator(`[data-testid=invoice-row][data-invoice="${number}"]`);
  }

  async pay(number, amount) {
    await this.invoice(number).getByTestId('invoice-pay').click();
    const form = this.page.getByTestId('payment-form');
    await form.getByTestId('payment-amount').fill(amount);
    await form.getByTestId('payment-save').click();
  }

  async fileComplaint({ title, severity }) {
    const form = this.page.getByTestId('complaint-form');
    await form.getByTestId('complaint-title').fill(title);
    if (severity) await form.getByTestId('complaint-severity').selectOption({ label: severity });
    await form.getByTestId('complaint-save').click();
    await expect(this.page.getByTestId('complaint-page')).toBeVisible();
  }

  async addResponse({ kind, touchpoint, score }) {
    const form = this.page.getByTestId('survey-form');
    if (kind) await form.getByTestId('survey-kind').selectOption({ label: kind });
    if (touchpoint) await form.getByTestId('survey-touchpoint').selectOption({ label: touchpoint });
    await form.getByTestId('survey-score').fill(String(score));
    await form.getByTestId('survey-save').click();
    await expect(this.page.getByTestId('survey-score')).toHaveValue('');
  }

  async addOrder(lines) {
    await this.page.getByTestId('order-new').click();
    const form = this.page.getByTestId('order-form');
    for (let i = 0; i < lines.length; i++) {
      if (i > 0) await form.getByTestId('order-add-line').click();
      const line = form.getByTestId('order-line').nth(i);
      await line.getByTestId('order-product').selectOption({ label: lines[i].product });
      await line.getByTestId('order-quantity').fill(String(lines[i].quantity ?? 1));
    }
    await form.getByTestId('order-save').click();
    await expect(form).toHaveCount(0);
  }
}

export class ComplaintPage {
  constructor(page) {
    this.page = page;
  }
  status() {
    return this.page.getByTestId('complaint-status');
  }
  sla() {
    return this.page.getByTestId('complaint-sla');
  }
  async moveTo(step) {
    await this.page.getByTestId(`complaint-to-${step}`).click();
  }
}

/** The demo account with the most orders, and the workspace as stored. */
export async function busiestAccount(page) {
  const data = await storedData(page);
  const orders = new Map();
  for (const o of data.orders) orders.set(o.account_id, (orders.get(o.account_id) ?? 0) + 1);
  const [id] = [...orders.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  return { id, data };
}

/** Timeline entries the account page should show, counted from storage. */
export function expectedTimeline(data, id) {
  const deals = data.deals.filter((d) => d.account_id === id);
  const dealIds = new Set(deals.map((d) => d.id));
  const closed = deals.filter((d) => ['won', 'lost'].includes(d.stage) && (d.stage_history ?? []).some((c) => c.to === d.stage)).length;
  const of = (kind, pred) => (data[kind] ?? []).filter(pred).length;
  return (
    deals.length +
    closed +
    of('quotes', (q) => dealIds.has(q.deal_id)) +
    of('contracts', (c) => c.account_id === id) +
    of('orders', (o) => o.account_id === id) +
    of('invoices', (i) => i.account_id === id) +
    of('payments', (p) => p.account_id === id) +
    of('activities', (a) => a.account_id === id) +
    of('survey_responses', (r) => r.account_id === id) +
    of('complaints', (c) => c.account_id === id) +
    of('success_cases', (c) => c.account_id === id) +
    of('community_events', (e) => (e.attendees ?? []).some((a) => a.account_id === id))
  );
}
