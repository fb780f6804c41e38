// The targets page: an awkward annual plan adds up exactly on screen and in
// storage, actuals come from stored won deals, bad input writes nothing, and
// acting as a rep narrows the tree.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedData } from './pages/stored.js';
import { TargetsPage, targetOf } from './pages/targets.js';

test.use({ locale: 'en-US' });

/** Won deals in `year` (entered Won then), CNY, as revenue counts them. */
function wonIn(data, year, owner) {
  return data.deals.filter((d) => {
    if (d.stage !== 'won' || d.owner_id !== owner || d.amount.currency !== 'CNY') return false;
    const entry = [...(d.stage_history ?? [])].reverse().find((c) => c.to === 'won');
    return (entry ? entry.at : d.created_at).startsWith(String(year));
  });
}

test('an awkward annual target splits exactly, is stored as shown, and bad input is refused', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  await app.nav('performance').click();
  await page.getByTestId('open-targets').click();
  const targets = new TargetsPage(page);
  await expect(targets.rows().first()).toBeVisible();
  const year = await targets.year();
  const before = await targets.stored(year);

  // A bad total is refused with a message naming the field; nothing is written.
  for (const bad of ['', '-5', 'abc', '0']) {
    await targets.enterTotal(bad);
    await targets.save();
    await expect(targets.error).toContainText('Annual total');
  }
  expect(await targets.stored(year)).toEqual(before);

  // ¥1,000,000.01 = 100,000,001 fen, equal quarters, equal split.
  let t0 = Date.now();
  await targets.enterTotal('1,000,000.01');
  await expect(targets.error).toHaveCount(0);
  await expect(targets.check).toHaveAttribute('data-ok', 'true');
  const previewMs = Date.now() - t0;
  await expect(targets.check).toContainText('¥1,000,000.01');
  const preview = await targets.previewData();
  const reps = preview.filter((r) => r.kind === 'person');
  expect(reps.length).toBeGreaterThan(3);
  expect(reps.reduce((s, r) => s + r.year, 0)).toBe(100_000_001);
  // Equal split among siblings: each row's children (the rows one level
  // deeper until the next row at its level) add up to it and differ by at most one fen.
  for (const [i, parent] of preview.entries()) {
    const kids = [];
    for (const r of preview.slice(i + 1)) {
      if (r.depth <= parent.depth) break;
      if (r.depth === parent.depth + 1) kids.push(r.year);
    }
    if (!kids.length) continue;
    expect(kids.reduce((s, v) => s + v, 0)).toBe(parent.year);
    expect(Math.max(...kids) - Math.min(...kids)).toBeLessThanOrEqual(1);
  }

  t0 = Date.now();
  await targets.save();
  await targets.waitSaved();
  const saveMs = Date.now() - t0;
  const saved = await targets.stored(year);
  console.log(`plan: ${preview.length} rows, ${saved.length} targets written; preview ${previewMs} ms, save ${saveMs} ms (wall, incl. test overhead)`);
  // 17 records (year, 4 quarters, 12 months) per row of the preview.
  expect(saved.length).toBe(preview.length * 17);
  const root = preview[0].id;
  expect(targetOf(saved, root, 'year').value).toBe(100_000_001);
  const years = saved.filter((t) => t.period.type === 'year');
  const byId = new Map(saved.map((t) => [t.id, t]));
  // Every parent's children add up to it: child rows' years under a year,
  // and separately its own quarters; months under a quarter.
  for (const parent of saved) {
    for (const type of ['year', 'quarter', 'month']) {
      const kids = saved.filter((t) => t.parent_id === parent.id && t.period.type === type);
      if (kids.length) expect(kids.reduce((s, t) => s + t.value, 0)).toBe(parent.value);
    }
  }
  // Per level: the rows at each depth add up to the total when they cover everyone (reps: always).
  expect(years.filter((t) => t.person_id).reduce((s, t) => s + t.value, 0)).toBe(100_000_001);
  const months = saved.filter((t) => t.period.type === 'month' && t.person_id);
  expect(months.reduce((s, t) => s + t.value, 0)).toBe(100_000_001);
  expect(years.every((t) => t.parent_id == null || byId.get(t.parent_id).period.type === 'year')).toBe(true);

  // The tree shows the stored year targets.
  const tree = await targets.treeData();
  expect(tree.length).toBe(preview.length);
  for (const r of tree) expect(r.target).toBe(targetOf(saved, r.id, 'year').value);
  await expect(targets.row(root).getByTestId('t-target')).toHaveText('¥1,000,000.01');

  // A rep's actual and attainment on screen are their won deals in storage.
  const data = await storedData(page);
  const rep = tree.filter((r) => r.kind === 'person').find((r) => wonIn(data, year, r.id).length > 0);
  const won = wonIn(data, year, rep.id).reduce((s, d) => s + d.amount.minor, 0);
  expect(rep.actual).toBe(won);
  const row = targets.row(rep.id);
  await expect(row.getByTestId('t-actual')).toContainText(Math.floor(won / 100).toLocaleString('en-US'));
  await expect(row.getByTestId('t-attainment')).toHaveText(`${((won * 100) / rep.target).toFixed(1)} %`);

  // Its quarters and months open below it, targets adding up to the year.
  await row.getByTestId('target-expand').click();
  await expect(page.getByTestId('breakdown-row')).toHaveCount(16);

  // Undo puts the previous plan back.
  await page.getByTestId('toast').filter({ hasText: /Plan saved/ }).getByTestId('toast-action').click();
  await expect(page.getByTestId('toast').filter({ hasText: /Previous plan restored/ })).toBeVisible();
  const restored = await targets.stored(year);
  expect(restored.map((t) => [t.id, t.value]).sort()).toEqual(before.map((t) => [t.id, t.value]).sort());
});

test('manual weights split visits exactly, and acting as a rep narrows the tree', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  await app.open('/performance/targets');
  const targets = new TargetsPage(page);
  await expect(targets.rows().first()).toBeVisible();
  const year = await targets.year();
  await page.getByTestId('targets-metric').selectOption('2');
  await page.getByTestId('plan-org').selectOption('2');
  await targets.enterTotal('7');
  // Every weight zero: refused, naming the unit whose children weigh nothing.
  const weights = page.getByTestId('plan-weight');
  const n = await weights.count();
  for (let i = 0; i < n; i++) await weights.nth(i).fill('0');
  await targets.save();
  await expect(targets.error).toContainText('Weights under');
  await weights.first().fill('x');
  await expect(targets.error).toContainText('Weight of');
  for (let i = 0; i < n; i++) await weights.nth(i).fill(i % 2 ? '0.25' : '0.5');
  await expect(targets.check).toHaveAttribute('data-ok', 'true');
  await targets.save();
  await targets.waitSaved();
  const saved = await targets.stored(year, 'visits');
  const reps = saved.filter((t) => t.person_id && t.period.type === 'year');
  expect(reps.reduce((s, t) => s + t.value, 0)).toBe(7);
  expect(saved.filter((t) => t.person_id && t.period.type === 'month').reduce((s, t) => s + t.value, 0)).toBe(7);

  // Acting as a rep: their own line and the path above it, without the others.
  const all = await targets.treeData();
  const data = await storedData(page);
  const rep = data.people.find((p) => p.role === 'rep' && all.some((r) => r.id === p.id));
  await page.getByTestId('acting-as').selectOption(rep.id);
  await expect(page.getByTestId('targets-scope')).toContainText(rep.name);
  const mine = await targets.treeData();
  expect(mine.length).toBeLessThan(all.length);
  expect(mine.filter((r) => r.kind === 'person').map((r) => r.id)).toEqual([rep.id]);
  // Only the rep's own row has figures; the path above shows its target only.
  expect(mine.filter((r) => r.actual !== null).map((r) => r.id)).toEqual([rep.id]);
  await expect(page.getByTestId('plan-read-only')).toBeVisible();
});
