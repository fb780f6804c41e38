// Role dashboards: each renders on demo data, a chart's table and drill-down
// match IndexedDB, the period changes the figures, CSV holds the table's
// numbers, and acting as a rep narrows everything to that rep.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedData } from './pages/stored.js';
import { Dashboards, wonDeals } from './pages/dashboards.js';

test.use({ locale: 'en-US' });

const CHARTS = {
  director: ['chart-revenue-by-region', 'chart-year-on-year', 'chart-aging-by-region', 'chart-funnel'],
  manager: ['chart-revenue-by-rep', 'chart-attainment-by-rep', 'chart-aging-by-rep', 'chart-quadrant', 'chart-funnel'],
  rep: ['chart-monthly', 'chart-cumulative', 'chart-funnel', 'chart-aging'],
};

const sum = (deals) => deals.reduce((s, d) => s + d.amount.minor, 0);
const month = (d) => {
  const entry = [...d.stage_history].reverse().find((c) => c.to === 'won');
  return Number((entry ? entry.at : d.created_at).slice(5, 7));
};
/** "¥1,234.50" → 123450 (minor units). */
const minorOf = (text) => Math.round(Number(text.replace(/[^\d.-]/g, '')) * 100);

async function setUp(page) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const dash = new Dashboards(page);
  await dash.open(app);
  return { app, dash, data: await storedData(page) };
}

test('each role dashboard renders its charts on demo data', async ({ page }) => {
  const { dash } = await setUp(page);
  // Nobody acting: the company, so the director's dashboard.
  expect(await dash.role()).toBe('director');
  for (const role of ['director', 'manager', 'rep']) {
    await dash.setRole(role);
    for (const id of CHARTS[role]) {
      await expect(dash.chart(id).locator('h2')).not.toBeEmpty();
      await expect(dash.chart(id).locator('svg.chart')).toBeVisible();
      // The demo sets revenue targets for the company and regions only, so
      // attainment by rep has rows but no bars (each written "—").
      if (id === 'chart-attainment-by-rep') continue;
      expect(await dash.chart(id).getByTestId('chart-mark').count(), `${role} ${id}`).toBeGreaterThan(0);
    }
    await expect(page.getByTestId('dash-tile')).toHaveCount(5);
  }
  await dash.setRole('manager');
  const reps = (await storedData(page)).people.filter((p) => p.role === 'rep');
  expect((await dash.table('chart-attainment-by-rep')).rows).toHaveLength(reps.length);
  await expect(page.getByTestId('dash-quadrant-row').first()).toBeVisible();
  // Hover and keyboard focus show the same tooltip.
  const mark = dash.chart('chart-funnel').getByTestId('chart-mark').first();
  await mark.focus();
  await expect(dash.chart('chart-funnel').getByTestId('chart-tip')).toHaveText(await mark.getAttribute('aria-label'));
});

test('the monthly table matches stored deals, and a drill-down lists them', async ({ page }) => {
  const { dash, data } = await setUp(page);
  const year = await dash.year();
  const won = wonDeals(data, String(year));
  expect(won.length).toBeGreaterThan(0);
  const table = await dash.table('chart-year-on-year');
  expect(table.header).toEqual(['Month', String(year), String(year - 1)]);
  expect(table.rows).toHaveLength(12);
  for (let m = 1; m <= 12; m++) {
    const deals = won.filter((d) => month(d) === m);
    expect(table.rows[m - 1].records[0], `month ${m}`).toBe(deals.length);
    expect(Math.round(Number(table.rows[m - 1].values[0]) * 100), `month ${m}`).toBe(sum(deals));
  }
  // The busiest month's point opens exactly its won deals.
  const busiest = table.rows.reduce((b, r, i) => (r.records[0] > table.rows[b].records[0] ? i : b), 0);
  const expected = won.filter((d) => month(d) === busiest + 1).map((d) => `/deals/${d.id}`);
  const list = await dash.drill('chart-year-on-year', 0, busiest);
  await expect(list.getByTestId('chart-record')).toHaveCount(Math.min(expected.length, 200));
  const hrefs = await list.getByTestId('chart-record').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs.sort()).toEqual(expected.slice(0, 200).sort());
  // The funnel's Won step counts the same deals as the revenue tile.
  const funnel = await dash.table('chart-funnel');
  expect(funnel.rows[4].values[0]).toBe(String(won.length));
  expect(await dash.tileCount('revenue')).toBe(won.length);
});

test('changing the period changes the figures', async ({ page }) => {
  const { dash, data } = await setUp(page);
  const year = await dash.year();
  const won = wonDeals(data, String(year));
  const yearText = await dash.tile('revenue').getByTestId('dash-tile-value').innerText();
  expect(minorOf(yearText)).toBe(sum(won));
  await dash.setSpan('q1');
  const q1 = won.filter((d) => month(d) <= 3);
  await expect(dash.tile('revenue').getByTestId('dash-tile-value')).not.toHaveText(yearText);
  expect(minorOf(await dash.tile('revenue').getByTestId('dash-tile-value').innerText())).toBe(sum(q1));
  const table = await dash.table('chart-year-on-year');
  expect(table.rows.map((r) => r.name)).toEqual(['Jan', 'Feb', 'Mar']);
  expect(table.rows.reduce((s, r) => s + r.records[0], 0)).toBe(q1.length);
});

test('CSV export downloads the numbers of the table', async ({ page }) => {
  const { dash } = await setUp(page);
  for (const id of ['chart-year-on-year', 'chart-aging-by-region']) {
    const table = await dash.table(id);
    const csv = await dash.downloadCsv(id);
    expect(csv.bom).toBe(true);
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.rows[0]).toEqual(table.header);
    expect(csv.rows.slice(1).map((r) => r[0])).toEqual(table.rows.map((r) => r.name));
    expect(csv.rows.slice(1).map((r) => r.slice(1))).toEqual(table.rows.map((r) => r.values));
    // And the shown amounts are those numbers.
    for (const r of table.rows) {
      r.texts.forEach((t, i) => t !== '—' && expect(minorOf(t)).toBe(Math.round(Number(r.values[i]) * 100)));
    }
  }
});

test('acting as a rep after a director narrows every figure to that rep', async ({ page }) => {
  const { dash, data } = await setUp(page);
  const year = await dash.year();
  const won = wonDeals(data, String(year));
  const director = data.people.find((p) => p.role === 'sales_director');
  await page.getByTestId('acting-as').selectOption(director.id);
  await expect(page.getByTestId('dash-page')).toHaveAttribute('data-role', 'director');
  await expect(page.getByTestId('dash-scope')).toContainText(director.name);
  expect(await dash.tileCount('revenue')).toBe(won.length);

  const counts = new Map();
  for (const d of won) counts.set(d.owner_id, (counts.get(d.owner_id) ?? 0) + 1);
  const rep = data.people.find((p) => p.role === 'rep' && counts.get(p.id) > 0 && !data.people.some((x) => x.manager_id === p.id));
  await page.getByTestId('acting-as').selectOption(rep.id);
  await expect(page.getByTestId('dash-page')).toHaveAttribute('data-role', 'rep');
  await expect(page.getByTestId('dash-scope')).toContainText(rep.name);
  const mine = wonDeals(data, String(year), new Set([rep.id]));
  await expect(dash.tile('revenue').getByTestId('dash-tile-count')).toContainText(String(mine.length));
  expect(minorOf(await dash.tile('revenue').getByTestId('dash-tile-value').innerText())).toBe(sum(mine));
  const table = await dash.table('chart-monthly');
  expect(table.rows.reduce((s, r) => s + r.records[0], 0)).toBe(mine.length);
  expect(mine.length).toBeLessThan(won.length);
});
