// The seasonal forecast: history from the demo's orders, a CSV import of
// monthly sales whose backtest figures are checked against arithmetic done
// here, and bad or short files.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedSettings } from './pages/lead-settings.js';
import { storedData } from './pages/stored.js';
import { Seasonal, seasonalSeries, naiveMape } from './pages/seasonal.js';

test.use({ locale: 'en-US' });

const csv = (rows) => ['Month,Sales', ...rows.map((r) => `${r.month},${r.amount}`)].join('\n');

test('imported history is modelled: the seasonal-naive backtest matches the file and Holt-Winters beats it', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const s = new Seasonal(page);
  await s.open();
  const rows = seasonalSeries(36);
  await s.importCsv('history.csv', csv(rows));
  await expect(page.getByTestId('history-summary')).toContainText('36 rows → 36 months, 2022-01 to 2024-12');
  await page.getByTestId('history-commit').click();
  await expect(page.getByTestId('toast').last()).toContainText('Imported 36 months');

  const stored = await storedSettings(page);
  expect(stored.sales_history.months).toHaveLength(36);
  expect(stored.sales_history.months[0]).toEqual({ year: 2022, month: 1, amount_minor: rows[0].amount * 100 });
  expect(stored.sales_history.source).toBe('history.csv');

  await s.source('imported');
  await expect(page.getByTestId('seasonal-span')).toContainText('36 months of history, 2022-01 to 2024-12');
  const expected = naiveMape(rows.map((r) => r.amount));
  expect(await s.mape('naive')).toBeCloseTo(expected, 1);
  // The best model is one of the Holt-Winters ones, and its backtest error is below the baseline's.
  const best = page.getByTestId('seasonal-best');
  await expect(best).toHaveCount(1);
  const bestRow = page.locator('[data-testid=seasonal-model]', { has: best });
  const bestMape = Number.parseFloat(await bestRow.getByTestId('seasonal-mape').innerText());
  expect(bestMape).toBeLessThan(expected);
  await expect(page.getByTestId('seasonal-forecast-row')).toHaveCount(12);
  await expect(page.getByTestId('seasonal-forecast-row').first().locator('th')).toHaveText('2025-01');

  // The chart's table: 36 actual months then 12 forecast ones, the actuals as imported.
  const chart = page.getByTestId('seasonal-chart');
  await chart.getByTestId('chart-toggle').click();
  const chartRows = chart.getByTestId('chart-row');
  await expect(chartRows).toHaveCount(48);
  await expect(chartRows.nth(0).locator('th')).toHaveText('2022-01');
  await expect(chartRows.nth(0).getByTestId('chart-cell').first()).toHaveAttribute('data-value', `${rows[0].amount}.00`);
  await expect(chartRows.nth(36).locator('th')).toHaveText('2025-01');
  // The forecast column of the first month ahead is the forecast table's figure.
  const ahead = await page.getByTestId('seasonal-forecast-row').first().locator('td').first().innerText();
  await expect(chartRows.nth(36).getByTestId('chart-cell').nth(1)).toHaveText(ahead);
});

test('a file with a bad row is refused by row and column, and nothing is stored', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const s = new Seasonal(page);
  await s.open();
  const rows = seasonalSeries(30);
  rows[4].month = '2022-13';
  rows[9].amount = 'about 5k';
  await s.importCsv('bad.csv', csv(rows));
  const problems = page.getByTestId('history-problems').locator('li');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('6');
  await expect(problems.nth(0)).toContainText('Month');
  await expect(problems.nth(1)).toContainText('11');
  await expect(problems.nth(1)).toContainText('Sales');
  await expect(page.getByTestId('history-commit')).toHaveCount(0);
  expect((await storedSettings(page)).sales_history?.months ?? []).toHaveLength(0);

  // A file without an amount column names what is missing.
  await s.importCsv('no-amount.csv', 'Month,Region\n2024-01,North\n');
  await expect(page.getByTestId('history-error')).toContainText('No column for Amount');
});

test('less than 24 months says how many there are and how many are needed', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const s = new Seasonal(page);
  await s.open();
  await s.importCsv('short.csv', csv(seasonalSeries(18)));
  await page.getByTestId('history-commit').click();
  await s.source('imported');
  await expect(page.getByTestId('seasonal-too-short')).toContainText('at least 24 months');
  await expect(page.getByTestId('seasonal-too-short')).toContainText('has 18');
  // Removing it leaves nothing stored.
  await page.getByTestId('history-remove').click();
  await expect.poll(async () => (await storedSettings(page)).sales_history.months.length).toBe(0);
});

test('history from the demo orders spans the months the stored orders span', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const s = new Seasonal(page);
  await s.open();
  await expect(page.getByTestId('seasonal-until')).toContainText('Complete months up to');
  const until = (await page.getByTestId('seasonal-until').innerText()).match(/(\d{4})-(\d{2})/);
  const last = `${until[1]}-${until[2]}`;
  // Months from the first order to the last one up to the last complete month.
  const data = await storedData(page);
  const currency = (await storedSettings(page)).currency;
  const months = data.orders
    .filter((o) => o.currency === currency)
    .map((o) => o.ordered_on.slice(0, 7))
    .filter((m) => m <= last)
    .sort();
  const index = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7));
  const n = months.length ? index(months[months.length - 1]) - index(months[0]) + 1 : 0;
  if (n >= 24) {
    await expect(page.getByTestId('seasonal-span')).toContainText(`${n} months of history, ${months[0]}`);
    await expect(page.getByTestId('seasonal-model')).toHaveCount(3);
    await expect(page.getByTestId('seasonal-forecast-row')).toHaveCount(12);
  } else {
    await expect(page.getByTestId('seasonal-too-short')).toContainText(`has ${n}`);
  }
});
