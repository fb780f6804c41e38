// The KPI dashboard: figures over the demo data, their records, the period
// picker and acting-as visibility.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedData } from './pages/stored.js';

test.use({ locale: 'en-US' });

/** Deals won (entered Won) in `year`, as the revenue KPI counts them. */
function wonIn(data, year, owners) {
  return data.deals.filter((d) => {
    if (d.stage !== 'won') return false;
    if (owners && !owners.has(d.owner_id)) return false;
    const entry = [...(d.stage_history ?? [])].reverse().find((c) => c.to === 'won');
    const at = entry ? entry.at : d.created_at;
    return at.startsWith(String(year));
  });
}

const row = (page, key) => page.locator(`[data-testid=kpi-row][data-kpi="${key}"]`);

test('the KPI dashboard shows each figure with its records, by period and by who is acting', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  await app.nav('performance').click();
  await page.getByTestId('open-kpis').click();
  await expect(page.getByTestId('kpi-row')).toHaveCount(22);

  const data = await storedData(page);
  const year = Number(await page.getByTestId('kpi-year').inputValue());
  const won = wonIn(data, year);
  expect(won.length).toBeGreaterThan(0);
  const revenue = row(page, 'revenue');
  await expect(revenue.getByTestId('kpi-count')).toHaveText(String(won.length));
  const total = won.reduce((s, d) => s + d.amount.minor, 0);
  await expect(revenue.getByTestId('kpi-value')).toContainText(Math.floor(total / 100).toLocaleString('en-US'));
  await expect(revenue.locator('.kpi-name')).toHaveAttribute('title', /deals won in the period/);

  // Drill down: the records listed are the won deals.
  await revenue.getByTestId('kpi-drill').click();
  await expect(page.getByTestId('kpi-record')).toHaveCount(Math.min(won.length, 200));
  const listed = await page.getByTestId('kpi-record').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(won.slice(0, 200).map((d) => `/deals/${d.id}`).sort());

  // Another period, other figures.
  const yearCount = await revenue.getByTestId('kpi-count').innerText();
  await page.getByTestId('kpi-span').selectOption('q1');
  const q1 = won.filter((d) => {
    const entry = [...d.stage_history].reverse().find((c) => c.to === 'won');
    const m = Number((entry ? entry.at : d.created_at).slice(5, 7));
    return m <= 3;
  });
  await expect(revenue.getByTestId('kpi-count')).toHaveText(String(q1.length));
  expect(String(q1.length)).not.toBe(yearCount);

  // Acting as a rep narrows every figure to their own deals.
  await page.getByTestId('kpi-span').selectOption('y');
  const counts = new Map();
  for (const d of won) counts.set(d.owner_id, (counts.get(d.owner_id) ?? 0) + 1);
  const rep = data.people.find((p) => p.role === 'rep' && counts.get(p.id) > 0 && !data.people.some((x) => x.manager_id === p.id));
  await page.getByTestId('acting-as').selectOption(rep.id);
  await expect(page.getByTestId('kpi-scope')).toContainText(rep.name);
  await expect(revenue.getByTestId('kpi-count')).toHaveText(String(counts.get(rep.id)));
});

test('a custom range and a chosen level narrow the figures; a backwards range is named', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  await app.open('/performance/kpis');
  await expect(page.getByTestId('kpi-row')).toHaveCount(22);
  const data = await storedData(page);
  const year = Number(await page.getByTestId('kpi-year').inputValue());
  const revenue = row(page, 'revenue');

  // Q1 as a custom range gives Q1's count.
  await page.getByTestId('kpi-span').selectOption('q1');
  const q1 = await revenue.getByTestId('kpi-count').innerText();
  await page.getByTestId('kpi-span').selectOption('c');
  await expect(page.getByTestId('kpi-range-error')).toContainText('first and the last day');
  await page.getByTestId('kpi-from').fill(`${year}-03-31`);
  await page.getByTestId('kpi-to').fill(`${year}-01-01`);
  await expect(page.getByTestId('kpi-range-error')).toContainText('ends before it starts');
  await page.getByTestId('kpi-from').fill(`${year}-01-01`);
  await page.getByTestId('kpi-to').fill(`${year}-03-31`);
  await expect(page.getByTestId('kpi-range-error')).toHaveCount(0);
  await expect(revenue.getByTestId('kpi-count')).toHaveText(q1);

  // The level picker: one rep's own figures, with nobody acting.
  await page.getByTestId('kpi-span').selectOption('y');
  const won = wonIn(data, year);
  const counts = new Map();
  for (const d of won) counts.set(d.owner_id, (counts.get(d.owner_id) ?? 0) + 1);
  const rep = data.people.find((p) => p.role === 'rep' && counts.get(p.id) > 0);
  await page.getByTestId('kpi-level').selectOption(`p${rep.id}`);
  await expect(revenue.getByTestId('kpi-count')).toHaveText(String(counts.get(rep.id)));
  await page.getByTestId('kpi-level').selectOption('company');
  await expect(revenue.getByTestId('kpi-count')).toHaveText(String(won.length));
});
