// Page object of the seasonal forecast (/performance/seasonal).
import { expect } from '@playwright/test';

export class Seasonal {
  constructor(page) {
    this.page = page;
    this.root = page.getByTestId('seasonal-page');
  }

  async open() {
    await this.page.goto('/performance/seasonal');
    await expect(this.root).toBeVisible();
  }

  source(key) {
    return this.page.getByTestId('seasonal-source').selectOption(key);
  }

  model(name) {
    return this.page.locator(`[data-testid=seasonal-model][data-model=${name}]`);
  }

  /** The MAPE a model's row shows, as a number (NaN for "—"). */
  async mape(name) {
    const text = await this.model(name).getByTestId('seasonal-mape').innerText();
    return Number.parseFloat(text);
  }

  async importCsv(name, text) {
    await this.page.getByTestId('history-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  }
}

/**
 * A clearly seasonal monthly series in whole yuan: a trend of 1,500 a
 * month, a ±30,000 yearly wave, and a small fixed wobble.
 */
export function seasonalSeries(months, startYear = 2022) {
  const rows = [];
  for (let t = 0; t < months; t++) {
    const y = Math.round(200_000 + 1_500 * t + 30_000 * Math.sin((2 * Math.PI * t) / 12) + ((t * 7919) % 13) * 200);
    const year = startYear + Math.floor(t / 12);
    rows.push({ month: `${year}-${String((t % 12) + 1).padStart(2, '0')}`, amount: y });
  }
  return rows;
}

/** Seasonal-naive MAPE over the last 12 months: each forecast is the same month a year earlier. */
export function naiveMape(values) {
  const n = values.length;
  let sum = 0;
  for (let i = n - 12; i < n; i++) sum += Math.abs(values[i] - values[i - 12]) / Math.abs(values[i]);
  return (sum / 12) * 100;
}
