// Page object for the role dashboards (/performance/dashboard) and the
// chart frame every chart sits in (title, table toggle, CSV, drill-down).
import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';

/** Deals won (entered Won) whose won date starts with `prefix` ("2026", "2026-03"). */
export function wonDeals(data, prefix, owners) {
  return data.deals.filter((d) => {
    if (d.stage !== 'won') return false;
    if (owners && !owners.has(d.owner_id)) return false;
    const entry = [...(d.stage_history ?? [])].reverse().find((c) => c.to === 'won');
    return (entry ? entry.at : d.created_at).startsWith(prefix);
  });
}

/** RFC 4180 rows of a CSV text (quotes, doubled quotes, CRLF). */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

export class Dashboards {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** From the Performance area's link. */
  async open(app) {
    await app.nav('performance').click();
    await this.page.getByTestId('open-dashboards').click();
    await expect(this.page.getByTestId('dash-page')).toBeVisible();
  }

  async role() {
    return this.page.getByTestId('dash-page').getAttribute('data-role');
  }

  async setRole(role) {
    await this.page.getByTestId('dash-role').selectOption(role);
    await expect(this.page.getByTestId('dash-page')).toHaveAttribute('data-role', role);
  }

  async setSpan(value) {
    await this.page.getByTestId('dash-span').selectOption(value);
  }

  async year() {
    return Number(await this.page.getByTestId('dash-year').inputValue());
  }

  chart(testid) {
    return this.page.getByTestId(testid);
  }

  tile(kpi) {
    return this.page.locator(`[data-testid=dash-tile][data-kpi="${kpi}"]`);
  }

  /** Records count under a tile ("12 records" → 12). */
  async tileCount(kpi) {
    return Number((await this.tile(kpi).getByTestId('dash-tile-count').innerText()).replace(/[^\d]/g, ''));
  }

  async showTable(testid) {
    const chart = this.chart(testid);
    if ((await chart.getByTestId('chart-toggle').getAttribute('aria-pressed')) !== 'true') {
      await chart.getByTestId('chart-toggle').click();
    }
    await expect(chart.getByTestId('chart-table')).toBeVisible();
  }

  async showChart(testid) {
    const chart = this.chart(testid);
    if ((await chart.getByTestId('chart-toggle').getAttribute('aria-pressed')) === 'true') {
      await chart.getByTestId('chart-toggle').click();
    }
    await expect(chart.locator('svg.chart')).toBeVisible();
  }

  /** The table as `{ header: [...], rows: [{ name, values: [data-value...], texts, records }] }`. */
  async table(testid) {
    await this.showTable(testid);
    return this.chart(testid).getByTestId('chart-table').evaluate((t) => ({
      header: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => ({
        name: tr.querySelector('th').textContent.trim(),
        values: [...tr.querySelectorAll('td')].map((td) => td.dataset.value),
        texts: [...tr.querySelectorAll('td')].map((td) => td.textContent.trim()),
        records: [...tr.querySelectorAll('td')].map((td) => Number(td.dataset.records)),
      })),
    }));
  }

  /** Clicks the CSV button and returns the downloaded file's name, raw text and rows. */
  async downloadCsv(testid) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.chart(testid).getByTestId('chart-csv').click()]);
    const path = await download.path();
    const bytes = await readFile(path);
    const text = bytes.toString('utf8');
    return { name: download.suggestedFilename(), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
  }

  /** Clicks the mark of (series, category) and returns the listed record links. */
  async drill(testid, series, category) {
    await this.showChart(testid);
    const mark = this.chart(testid).locator(`[data-testid=chart-mark][data-series="${series}"][data-category="${category}"]`);
    await mark.click();
    const list = this.chart(testid).getByTestId('chart-records');
    await expect(list).toBeVisible();
    return list;
  }
}
