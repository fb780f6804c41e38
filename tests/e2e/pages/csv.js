// Page object for the lead CSV import wizard (/leads/import) and the CSV
// export buttons on the lead list.
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';

export const fixture = (name) => `tests/fixtures/${name}`;

export class CsvImport {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  el(id) {
    return this.page.getByTestId(`csv-${id}`);
  }

  /** From the lead list's "Import CSV" button. */
  async open() {
    await this.page.getByTestId('lead-import-csv').click();
    await expect(this.el('import')).toBeVisible();
    await expect(this.el('step-title')).toBeVisible();
  }

  /** Step 1: choose a file (a path, or `{ name, mimeType, buffer }`). */
  async choose(file) {
    await this.el('file').setInputFiles(file);
  }

  preview() {
    return this.el('preview');
  }

  async next() {
    await this.el('next').click();
  }

  /** Step 2: the select of the column with this header. */
  mapSelect(header) {
    return this.page.locator(`[data-testid=csv-map-select][data-column="${header}"]`);
  }

  /** Step 2: the lead field each column is mapped to, by header ('' = not imported). */
  async mapping() {
    return this.page.locator('[data-testid=csv-map-select]').evaluateAll((els) =>
      Object.fromEntries(els.map((s) => [s.dataset.column, s.value === '' ? '' : s.selectedOptions[0].textContent.trim()])),
    );
  }

  async policy(which) {
    await this.el(`dupe-${which}`).check();
  }

  /** Step 3: the counts once the check has run. */
  async counts() {
    await expect(this.el('counts')).toBeVisible();
    const read = async (k) => Number((await this.el(`count-${k}`).innerText()).replace(/,/g, ''));
    return { new: await read('new'), merged: await read('merged'), skipped: await read('skipped'), invalid: await read('invalid') };
  }

  /** Step 3: every listed problem as [row, column, value, problem]. */
  async problems() {
    return this.page.getByTestId('csv-error').evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
    );
  }

  commitButton() {
    return this.el('import-commit');
  }

  async cancel() {
    await this.el('cancel').click();
    await expect(this.page.getByTestId('leads-page')).toBeVisible();
  }
}

/** Clicks `button`, waits for the download, returns its name and text. */
export async function downloadCsv(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}
