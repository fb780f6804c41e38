// Page object for the lead workspace: list (quick add, filters, grid, bulk
// actions), the lead form and the lead page.
import { expect } from '@playwright/test';

export class Leads {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  async openList() {
    await this.page.getByTestId('nav-leads').click();
    await expect(this.page.getByTestId('leads-page')).toBeVisible();
  }

  grid() {
    return this.page.getByTestId('lead-grid');
  }

  /** Rendered rows (the grid renders only those in view). */
  rows() {
    return this.page.getByTestId('lead-row');
  }

  row(name) {
    return this.rows().filter({ has: this.page.getByTestId('lead-name').getByText(name, { exact: true }) });
  }

  /** Names of the rendered rows, in list order. */
  async shownNames() {
    const rows = await this.rows().evaluateAll((els) =>
      els.map((el) => [Number(el.dataset.pos), el.querySelector('[data-testid=lead-name]').textContent]),
    );
    return rows.sort((a, b) => a[0] - b[0]).map((r) => r[1]);
  }

  /** "12 of 40 leads" / "40 leads" → [12, 40]. */
  async counts() {
    const text = (await this.page.getByTestId('lead-count').innerText()).replace(/,/g, '');
    const n = text.match(/\d+/g).map(Number);
    return n.length === 1 ? [n[0], n[0]] : n;
  }

  quick(name) {
    return this.page.getByTestId(`quick-${name}`);
  }

  /** Quick add from the keyboard: N, then type and Tab through, Enter saves. */
  async quickAdd({ name, company = '', contact = '', channel, detail }) {
    await this.page.locator('body').click({ position: { x: 2, y: 2 } });
    await this.page.keyboard.press('n');
    await expect(this.quick('name')).toBeFocused();
    await this.page.keyboard.type(name);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(company);
    await this.page.keyboard.press('Tab');
    await this.page.keyboard.type(contact);
    if (channel !== undefined) await this.quick('channel').selectOption({ label: channel });
    if (detail !== undefined) await this.quick('detail').fill(detail);
    await this.quick(detail !== undefined ? 'detail' : 'contact').press('Enter');
  }

  async filter({ text, status, channel, owner } = {}) {
    if (text !== undefined) await this.page.getByTestId('lead-filter-text').fill(text);
    if (status !== undefined) await this.page.getByTestId('lead-filter-status').selectOption({ label: status });
    if (channel !== undefined) await this.page.getByTestId('lead-filter-channel').selectOption({ label: channel });
    if (owner !== undefined) await this.page.getByTestId('lead-filter-owner').selectOption({ label: owner });
  }

  sortHeader(key) {
    return this.page.getByTestId(`lead-sort-${key}`);
  }

  async newLead() {
    await this.page.getByTestId('new-lead').click();
    await expect(this.page.getByTestId('lead-form')).toBeVisible();
  }

  field(name) {
    return this.page.getByTestId(`lead-${name}-input`);
  }

  /** Text fields by name (name, title, company, email, phone, vendor, acquired, …); channel and owner by label. */
  async fill({ channel, owner, ...text }) {
    if (channel !== undefined) await this.field('channel').selectOption({ label: channel });
    if (owner !== undefined) await this.field('owner').selectOption({ label: owner });
    for (const [name, value] of Object.entries(text)) await this.field(name).fill(value);
  }

  async save() {
    await this.page.getByTestId('lead-save').click();
  }

  errors() {
    return this.page.getByTestId('lead-errors');
  }

  /** Saves the form and waits for the lead page; returns the new lead's id. */
  async saveAndOpen() {
    await this.save();
    await expect(this.page.getByTestId('lead-page')).toBeVisible();
    return this.page.getByTestId('lead-page').getAttribute('data-lead');
  }

  async open(name) {
    await this.row(name).getByTestId('lead-name').click();
    await expect(this.page.getByTestId('lead-page')).toBeVisible();
  }

  async select(name) {
    await this.row(name).getByTestId('lead-select').check();
  }

  bulk(name) {
    return this.page.getByTestId(`bulk-${name}`);
  }

  async bulkAssign(ownerLabel) {
    await this.bulk('owner').selectOption({ label: ownerLabel });
    await this.bulk('assign').click();
  }
}
