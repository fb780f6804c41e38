// Page object for the lead settings screen (/leads/settings), the header's
// reminders and the simulated clock they follow.
import { expect } from '@playwright/test';

export class LeadSettings {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** From the lead list's link. */
  async open() {
    await this.page.getByTestId('nav-leads').click();
    await this.page.getByTestId('lead-settings-link').click();
    await expect(this.page.getByTestId('lead-settings')).toBeVisible();
  }

  input(id) {
    return this.page.getByTestId(`ls-${id}`);
  }

  /** Factor weights in order: need fit, authority, budget/timeline, engagement. */
  async weights(values) {
    for (const [i, v] of values.entries()) await this.input(`weight-${i}`).fill(String(v));
  }

  /** Cut-offs for A, B, C. */
  async cutoffs(values) {
    for (const [i, v] of values.entries()) await this.input(`cutoff-${i}`).fill(String(v));
  }

  /** First-contact hours of grade `g` (0 = A). */
  async slaHours(g, hours) {
    await this.input(`sla-${g}`).fill(String(hours));
  }

  errors() {
    return this.page.getByTestId('ls-errors');
  }

  async save() {
    await this.input('save').click();
  }

  async saveAndWait() {
    await this.save();
    await expect(this.page.getByTestId('toast').filter({ hasText: 'Saved' }).last()).toBeVisible();
  }
}

/** The settings as stored in IndexedDB (meta → "settings"), or undefined. */
export const storedSettings = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('salesflow');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const r = db.transaction('meta').objectStore('meta').get('settings');
          r.onsuccess = () => {
            db.close();
            resolve(r.result === undefined ? undefined : JSON.parse(r.result));
          };
          r.onerror = () => reject(r.error);
        };
      }),
  );

export class Clock {
  constructor(page) {
    this.page = page;
  }

  async toggle() {
    await this.page.getByTestId('clock').locator('summary').click();
  }

  /** Simulates the clock at `date` (yyyy-mm-dd), keeping the time of day. */
  async simulate(date) {
    await this.toggle();
    await this.page.getByTestId('clock-date').fill(date);
    await this.page.getByTestId('clock-date').dispatchEvent('change');
    await expect(this.page.getByTestId('sim-banner')).toBeVisible();
    await this.toggle();
  }

  async addDays(n) {
    await this.toggle();
    for (let i = 0; i < n; i++) await this.page.getByTestId('clock-day').click();
    await this.toggle();
  }
}

export class Reminders {
  constructor(page) {
    this.page = page;
  }

  root() {
    return this.page.getByTestId('reminders');
  }

  count() {
    return this.page.getByTestId('reminders-count');
  }

  async openPanel() {
    if ((await this.root().getAttribute('open')) === null) await this.root().locator('summary').click();
  }

  items() {
    return this.root().getByTestId('reminder-item');
  }
}
