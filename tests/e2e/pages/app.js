// Page object for the SalesFlow shell: navigation, data set-up and storage checks.
import { expect } from '@playwright/test';
import { storedData, storedKind } from './stored.js';

export class App {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** Opens a route and waits until stored data has been loaded. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
  }

  async ready() {
    await expect(this.page.locator('main')).toBeVisible();
    await expect(this.page.getByTestId('loading')).toHaveCount(0, { timeout: 30_000 });
  }

  nav(area) {
    return this.page.getByTestId(`nav-${area}`);
  }

  async loadDemo({ size = 0, lang } = {}) {
    const welcome = this.page.getByTestId('welcome');
    await expect(welcome).toBeVisible();
    await welcome.getByTestId('demo-size').selectOption(String(size));
    if (lang) await welcome.getByTestId('demo-lang').selectOption(lang);
    await welcome.getByTestId('demo-load').click();
    await expect(this.page).toHaveURL(/\/pipeline$/, { timeout: 60_000 });
    await expect(this.page.getByTestId('toast').first()).toBeVisible();
  }

  table(kind) {
    return this.page.getByTestId(`table-${kind}`);
  }

  rows(kind) {
    return this.table(kind).getByTestId('record-row');
  }

  /** "Showing 1–25 of 123" → 123 */
  async listedTotal(kind) {
    const text = await this.table(kind).getByTestId('showing').innerText();
    const numbers = text.replace(/,/g, '').match(/\d+/g);
    return Number(numbers[numbers.length - 1]);
  }

  /** Deal count in a board column header. */
  async stageCount(stageIndex) {
    const cell = this.page.getByTestId(`column-${stageIndex}`).getByTestId('col-count');
    return Number((await cell.innerText()).replace(/,/g, ''));
  }

  /** Opens the deals list (the board's list view). */
  async dealsList() {
    await this.nav('pipeline').click();
    await this.page.getByTestId('tab-deals').click();
    await expect(this.page.getByTestId('deal-list')).toBeVisible();
  }

  /** One stored record, read straight from IndexedDB. */
  async storedRecord(store, id) {
    return (await storedKind(this.page, store)).find((r) => r.id === id);
  }

  /** Record counts straight from IndexedDB, independent of what the UI shows. */
  async storedCounts() {
    const data = await storedData(this.page);
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.length]));
  }

  async storedTotal() {
    const counts = await this.storedCounts();
    return Object.values(counts).reduce((a, b) => a + b, 0);
  }
}

export class Settings {
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.page.getByTestId('settings')).toBeVisible();
  }

  /** Clicks export and returns the saved download's path and suggested name. */
  async exportWorkspace(saveTo) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('export').click(),
    ]);
    await download.saveAs(saveTo);
    return download.suggestedFilename();
  }

  async chooseImportFile(path, mode = 'replace') {
    const panel = this.page.getByTestId('import-panel').first();
    await panel.getByTestId(`import-${mode}`).check();
    await panel.getByTestId('import-file').setInputFiles(path);
    return panel;
  }

  async clearAll() {
    await this.page.getByTestId('clear-open').click();
    await expect(this.page.getByTestId('clear-dialog')).toBeVisible();
    await this.page.getByTestId('clear-confirm').click();
  }
}
