// Page objects for the review screens (bi-weekly review, funnel leak,
// benchmark, improvement actions) and the stored figures they must match.
import { expect } from '@playwright/test';

/** When a closed deal closed: the last time it entered its current stage. */
export function closedAt(d) {
  const entry = [...(d.stage_history ?? [])].reverse().find((c) => c.to === d.stage);
  return entry ? entry.at : d.created_at;
}

/** A rep's deals closed (won or lost) in `year`: the funnel's cohort. */
export function closedIn(data, year, owner) {
  return data.deals.filter((d) => d.owner_id === owner && ['won', 'lost'].includes(d.stage) && closedAt(d).startsWith(String(year)));
}

export class ReviewPage {
  constructor(page) {
    this.page = page;
    this.cards = page.getByTestId('review-card');
    this.flagged = page.locator('[data-testid=review-card][data-flagged=true]');
  }
  async open() {
    await this.page.getByTestId('nav-performance').click();
    await this.page.getByTestId('open-review').click();
    await expect(this.page.getByTestId('review-page')).toBeVisible();
    await expect(this.cards.first()).toBeVisible();
  }
  async setRuns(n) {
    await this.page.getByTestId('review-runs').fill(String(n));
    await this.page.getByTestId('review-runs').press('Enter');
  }
}

export class ActionForm {
  constructor(scope) {
    this.form = scope.getByTestId('action-form');
  }
  async fill({ diagnosis, action } = {}) {
    if (diagnosis !== undefined) await this.form.getByTestId('action-diagnosis').fill(diagnosis);
    if (action !== undefined) await this.form.getByTestId('action-text').fill(action);
  }
  async save() {
    await this.form.getByTestId('action-save').click();
  }
  errors() {
    return this.form.getByTestId('action-errors');
  }
}

export class FunnelPage {
  constructor(page) {
    this.page = page;
    this.rows = page.getByTestId('funnel-row');
  }
  async open() {
    await this.page.goto('/performance/funnel');
    await expect(this.page.getByTestId('funnel-page')).toBeVisible();
  }
  /** The first rep row with a highlighted leaking step. */
  leakingRep() {
    return this.page.locator('[data-testid=funnel-row]:not([data-person=""])').filter({ has: this.page.getByTestId('leak-cell') }).first();
  }
}
