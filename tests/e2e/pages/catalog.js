// Page objects for the product catalogue editor and the board's "New deal" form.
import { expect } from '@playwright/test';

export class Catalog {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** From anywhere in the pipeline area: the Products tab. */
  async openList() {
    await this.page.getByTestId('nav-pipeline').click();
    await this.page.getByTestId('tab-products').first().click();
    await expect(this.page.getByTestId('products-page')).toBeVisible();
  }

  async newProduct() {
    await this.page.getByTestId('new-product').click();
    await expect(this.page.getByTestId('product-form')).toBeVisible();
  }

  field(name) {
    return this.page.getByTestId(`product-${name}`);
  }

  /** Fills the named text fields: { name, sku, category, unit, price, tax }. */
  async fill(values) {
    for (const [name, value] of Object.entries(values)) await this.field(name).fill(value);
  }

  /** Adds one tier row per [min, price] pair. */
  async addTiers(tiers) {
    for (const [min, price] of tiers) {
      const i = await this.page.getByTestId('tier-row').count();
      await this.page.getByTestId('tier-add').click();
      await this.page.getByTestId(`tier-min-${i}`).fill(String(min));
      await this.page.getByTestId(`tier-price-${i}`).fill(String(price));
    }
  }

  async save() {
    await this.page.getByTestId('product-save').click();
  }

  errors() {
    return this.page.getByTestId('product-errors');
  }

  row(name) {
    return this.page.getByTestId('product-row').filter({ hasText: name });
  }
}

export class DealForm {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.dialog = page.getByTestId('new-deal-dialog');
  }

  async open() {
    await this.page.getByTestId('new-deal').click();
    await expect(this.dialog).toBeVisible();
  }

  /** { name, account, amount, ownerName, stage (index), close (YYYY-MM-DD) } */
  async fill({ name, account, amount, ownerName, stage, close }) {
    const d = this.dialog;
    if (name !== undefined) await d.getByTestId('deal-name').fill(name);
    if (account !== undefined) await d.getByTestId('deal-account').fill(account);
    if (amount !== undefined) await d.getByTestId('deal-amount').fill(amount);
    if (ownerName !== undefined) await d.getByTestId('deal-owner-name').fill(ownerName);
    if (stage !== undefined) await d.getByTestId('deal-stage').selectOption(String(stage));
    if (close !== undefined) await d.getByTestId('deal-close').fill(close);
  }

  async create() {
    await this.dialog.getByTestId('deal-create').click();
  }
}
