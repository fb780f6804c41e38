// Page object for the migration wizard (/settings/migrate).
import { expect } from '@playwright/test';

export const migrationFixtures = ['teams.csv', 'accounts.csv', 'products.csv', 'deals.csv'].map(
  (n) => `tests/fixtures/migration/${n}`,
);

export class Migrate {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  el(id) {
    return this.page.getByTestId(`mig-${id}`);
  }

  /** From the settings page's link. */
  async openFromSettings() {
    await this.page.getByTestId('nav-settings').click();
    await this.page.getByTestId('migrate-link').click();
    await expect(this.page.getByTestId('migrate')).toBeVisible();
    await expect(this.el('step-title')).toBeVisible();
  }

  async choose(files) {
    await this.el('files').setInputFiles(files);
    await expect(this.page.getByTestId('mig-file')).toHaveCount(files.length);
  }

  /** Step 1: file name → the kind shown for it. */
  async kinds() {
    return this.page.getByTestId('mig-file').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.dataset.file, r.querySelector('select').selectedOptions[0].textContent.trim()])),
    );
  }

  async next() {
    await this.el('next').click();
  }

  /** Step 3: the unmatched values as [value, kind, rows, chosen option]. */
  async unmatched() {
    return this.page.getByTestId('mig-unmatched-row').evaluateAll((rows) =>
      rows.map((r) => [
        r.querySelector('th').childNodes[0].textContent.trim(),
        r.querySelectorAll('td')[0].textContent.trim(),
        r.querySelectorAll('td')[1].textContent.trim(),
        r.querySelector('select').selectedOptions[0].textContent.trim(),
      ]),
    );
  }

  resolution(value) {
    return this.page.locator(`[data-testid=mig-unmatched-row][data-value="${value}"] select`);
  }

  /** Step 3: stage value → chosen SalesFlow stage. */
  async stages() {
    return this.page.getByTestId('mig-stage-row').evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [r.dataset.value, r.querySelector('select').selectedOptions[0].textContent.trim()])),
    );
  }

  /** Step 4: per file [new, updated, unchanged, left out, with problems]. */
  async report() {
    await expect(this.el('report')).toBeVisible();
    return this.page.getByTestId('mig-report-file').evaluateAll((rows) =>
      Object.fromEntries(
        rows.map((r) => [r.dataset.file, [...r.querySelectorAll('td')].slice(1).map((c) => Number(c.textContent.replace(/,/g, '')))]),
      ),
    );
  }

  /** Through every step with what the wizard suggests and the unknown
   * owner taken for `owner`, up to the check's report. */
  async checkWith(files, owner) {
    await this.openFromSettings();
    await this.choose(files);
    await this.next();
    await expect(this.el('missing')).toHaveCount(0);
    await this.next();
    await expect(this.el('unmatched')).toBeVisible();
    await this.resolution('Zed Unknown').selectOption({ label: `Same as ${owner}` });
    await this.next();
    return this.report();
  }
}
