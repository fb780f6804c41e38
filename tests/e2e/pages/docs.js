// Page objects for quotes, contracts (approval, credit check, signature).
import { expect } from '@playwright/test';
import { storedKind } from './stored.js';

/** Reads every stored record of one kind. */
export const storedAll = storedKind;

/** Overwrites one stored record, as an outside edit (e.g. a doctored import) would. */
export async function storePut(page, store, record) {
  return page.evaluate(
    ([store, record]) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('salesflow');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(store, 'readwrite');
          tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    [store, record],
  );
}

/** Yuan string as the app shows it ("¥1,234.50") → minor units. */
export function minorOf(text) {
  const m = text.replace(/[^\d.-]/g, '');
  return Math.round(Number(m) * 100);
}

export class QuotePage {
  constructor(page) {
    this.page = page;
  }

  /** From a deal page: makes a new draft quote and opens it. */
  async createFromDeal() {
    await this.page.getByTestId('new-quote').click();
    await expect(this.page.getByTestId('quote-page')).toBeVisible();
    await expect(this.page.getByTestId('quote-status')).toHaveText('Draft');
  }

  lines() {
    return this.page.getByTestId('quote-line');
  }

  async addLine(productName, qty) {
    const before = await this.lines().count();
    const select = this.page.getByTestId('add-line-product');
    const value = await select.locator('option', { hasText: productName }).first().getAttribute('value');
    await select.selectOption(value);
    await this.page.getByTestId('add-line-qty').fill(String(qty));
    await this.page.getByTestId('add-line-submit').click();
    await expect(this.lines()).toHaveCount(before + 1);
  }

  async total() {
    return minorOf(await this.page.getByTestId('quote-total').innerText());
  }

  async setQuoteDiscountPercent(pct) {
    await this.page.getByTestId('quote-discount-kind').selectOption('percent');
    const input = this.page.getByTestId('quote-discount');
    await expect(input).toBeEnabled();
    await input.fill(String(pct));
    await input.press('Enter');
    await input.blur();
  }

  async accept() {
    await this.page.getByTestId('quote-accept').click();
    await expect(this.page.getByTestId('quote-status')).toHaveText('Accepted');
  }

  async createContract() {
    await this.page.getByTestId('create-contract').click();
    await expect(this.page.getByTestId('contract-page')).toBeVisible();
  }
}

export class ContractPage {
  constructor(page) {
    this.page = page;
  }

  status() {
    return this.page.getByTestId('contract-status');
  }

  async setAmount(yuan) {
    const input = this.page.getByTestId('contract-amount-input');
    await input.fill(String(yuan));
    await input.press('Enter');
    await input.blur();
  }

  async tickLegal() {
    for (const id of ['legal-ip', 'legal-confidentiality', 'legal-anti-bribery']) {
      const box = this.page.getByTestId(id);
      await box.check();
      await expect(box).toBeChecked();
    }
  }

  /** Picks "Acting as" the first person holding `role` (e.g. 'finance'). */
  async actAs(role) {
    const people = await storedAll(this.page, 'people');
    const who = people.find((p) => p.role === role);
    await this.page.getByTestId('acting-as').selectOption(who.id);
    return who;
  }

  async approveAs(role) {
    const who = await this.actAs(role);
    await this.page.getByTestId('approve').click();
    await expect(this.page.getByTestId(`step-${role.replace('_', '')}`).first().getByTestId('step-decision')).toHaveText('Approved');
    return who;
  }
}
