// Page object for the targets page (/performance/targets): the tree of
// targets and actuals and the "set annual target" form.
import { expect } from '@playwright/test';
import { storedKind } from './stored.js';

export class TargetsPage {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.tree = page.getByTestId('targets-tree');
    this.form = page.getByTestId('plan-form');
    this.total = page.getByTestId('plan-total');
    this.check = page.getByTestId('plan-check');
    this.error = page.getByTestId('plan-error');
  }

  rows() {
    return this.tree.getByTestId('target-row');
  }

  row(id) {
    return this.tree.locator(`[data-testid=target-row][data-node="${id}"]`);
  }

  previewRows() {
    return this.page.getByTestId('preview-row');
  }

  async year() {
    return Number(await this.page.getByTestId('targets-year').inputValue());
  }

  /** Rows of the tree as { id, kind, depth, target, actual } (raw minor units). */
  async treeData() {
    return this.rows().evaluateAll((rs) =>
      rs.map((r) => ({
        id: r.dataset.node,
        kind: r.dataset.kind,
        depth: Number(r.dataset.depth),
        target: Number(r.dataset.target),
        actual: r.dataset.actual === '' ? null : Number(r.dataset.actual),
      })),
    );
  }

  /** Preview rows as { id, kind, depth, year }. */
  async previewData() {
    return this.previewRows().evaluateAll((rs) =>
      rs.map((r) => ({ id: r.dataset.node, kind: r.dataset.kind, depth: Number(r.dataset.depth), year: Number(r.dataset.year) })),
    );
  }

  async enterTotal(text) {
    await this.total.fill(text);
  }

  async save() {
    await this.page.getByTestId('plan-save').click();
  }

  /** Stored targets of one year and metric, straight from IndexedDB. */
  async stored(year, metric = 'revenue') {
    return (await storedKind(this.page, 'targets')).filter((t) => t.year === year && t.metric === metric);
  }

  async waitSaved() {
    await expect(this.page.getByTestId('toast').filter({ hasText: /Plan saved/ })).toBeVisible();
  }
}

/** The record of `node`'s own target for `period` ({type, index}). */
export function targetOf(records, node, type, index) {
  return records.find(
    (t) => t.period.type === type && (index === undefined || t.period.index === index) && (t.person_id === node || (t.person_id == null && t.org_unit_id === node)),
  );
}
