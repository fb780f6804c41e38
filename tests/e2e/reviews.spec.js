// The review screens on demo data: the bi-weekly review flags reps and
// saves an improvement plan, the funnel leak matches the stored deals, the
// benchmark renders, and an improvement action can be marked done.
import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedAll } from './pages/docs.js';
import { ReviewPage, ActionForm, FunnelPage, closedIn, closedAt } from './pages/reviews.js';
import { Dashboards } from './pages/dashboards.js';

test.use({ locale: 'en-US' });

test('the bi-weekly review scores every rep and a flagged rep gets an improvement plan', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  const review = new ReviewPage(page);
  await review.open();
  const reps = (await storedAll(page, 'people')).filter((p) => p.role === 'rep' && p.active);
  await expect(review.cards).toHaveCount(reps.length);
  await expect(review.cards.first().getByTestId('review-line')).toHaveCount(12);
  // Met / not met is said in words, not only by colour.
  await expect(review.cards.first().locator('[data-kpi=training_hours] td').last()).toHaveText(/Met|Not met/);

  // Fewer fortnights in a row needed → at least as many flagged; one is enough here.
  const flaggedAt3 = await review.flagged.count();
  await review.setRuns(1);
  await expect.poll(() => review.flagged.count()).toBeGreaterThanOrEqual(Math.max(flaggedAt3, 1));
  await expect(page.getByTestId('review-summary')).toContainText('flagged');

  // Previous / next fortnight move the dates and come back.
  const shown = await page.getByTestId('fortnight').innerText();
  await page.getByTestId('fortnight-prev').click();
  await expect(page.getByTestId('fortnight')).not.toHaveText(shown);
  await page.getByTestId('fortnight-next').click();
  await expect(page.getByTestId('fortnight')).toHaveText(shown);

  const card = review.flagged.first();
  const person = await card.getAttribute('data-person');
  await expect(card.getByTestId('review-flag')).toContainText('Below revenue goal');
  await card.getByTestId('create-plan').click();
  const form = new ActionForm(card);
  // Validation: an empty action is refused with a message, nothing stored.
  const before = (await storedAll(page, 'improvement_actions')).length;
  await form.fill({ action: '' });
  await form.save();
  await expect(form.errors()).toContainText('Say what will be done.');
  expect((await storedAll(page, 'improvement_actions')).length).toBe(before);

  await form.fill({ action: 'Weekly pipeline review with the manager' });
  await form.save();
  await expect(page.getByTestId('toast').filter({ hasText: 'Improvement action saved' })).toBeVisible();
  const stored = await storedAll(page, 'improvement_actions');
  expect(stored.length).toBe(before + 1);
  const plan = stored.find((a) => a.person_id === person && a.source === 'review' && a.action === 'Weekly pipeline review with the manager');
  expect(plan).toBeTruthy();
  expect(plan.status).toBe('open');
  expect(plan.diagnosis).toMatch(/Revenue below goal \d+ fortnights in a row/);
  await expect(page.locator(`[data-testid=action-row][data-id="${plan.id}"]`)).toBeVisible();
});

test('the funnel leak of a rep matches the deals stored for that rep', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  // The medium demo: the small one closes too few deals for a leak.
  await app.loadDemo({ size: 1, lang: 'en' });
  const funnel = new FunnelPage(page);
  await funnel.open();
  const year = Number(await page.getByTestId('kpi-year').inputValue());
  const row = funnel.leakingRep();
  await expect(row).toBeVisible();
  await expect(row.getByTestId('leak-cell')).toContainText('Leak');
  await expect(row.getByTestId('leak-advice')).toContainText('Suggested');

  const person = await row.getAttribute('data-person');
  const data = { deals: await storedAll(page, 'deals') };
  const cohort = closedIn(data, year, person);
  const won = cohort.filter((d) => d.stage === 'won');
  const reached = (await row.getAttribute('data-reached')).split(',').map(Number);
  // Every closed deal reached the first stage; won ones reached Won.
  expect(reached[0]).toBe(cohort.length);
  expect(reached[4]).toBe(won.length);

  // The team funnel chart's table: every deal closed in the year reached
  // the first stage, the won ones the last.
  const all = data.deals.filter((d) => ['won', 'lost'].includes(d.stage) && closedAt(d).startsWith(String(year)));
  const table = await new Dashboards(page).table('team-funnel');
  expect(table.rows.map((r) => r.name)[0]).toBe('Identify');
  expect(Number(table.rows[0].values[0])).toBe(all.length);
  expect(Number(table.rows[4].values[0])).toBe(all.filter((d) => d.stage === 'won').length);

  // Drill-down: the first step's deals are that rep's closed deals.
  await row.getByTestId('funnel-drill').first().click();
  await expect(page.getByTestId('kpi-record')).toHaveCount(Math.min(cohort.length, 200));
  const listed = await page.getByTestId('kpi-record').locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(listed.sort()).toEqual(cohort.map((d) => `/deals/${d.id}`).sort().slice(0, 200));

  // Another period, other figures.
  await page.getByTestId('kpi-span').selectOption('q1');
  const q1 = cohort.filter((d) => Number(closedAtMonth(d)) <= 3);
  const q1Row = page.locator(`[data-testid=funnel-row][data-person="${person}"]`);
  // A rep without a closed deal in the quarter has no funnel row.
  if (q1.length === 0) await expect(q1Row).toHaveCount(0);
  else await expect(q1Row).toHaveAttribute('data-reached', new RegExp(`^${q1.length},`));

  // The leak recorded as an improvement action.
  await page.getByTestId('kpi-span').selectOption('y');
  const leaking = funnel.leakingRep();
  const who = await leaking.getAttribute('data-person');
  const leaksOf = async () => (await storedAll(page, 'improvement_actions')).filter((a) => a.source === 'funnel_leak' && a.person_id === who);
  const before = (await leaksOf()).length;
  await leaking.getByTestId('leak-record').click();
  const form = new ActionForm(page.getByTestId('leak-action'));
  await form.save();
  await expect(page.getByTestId('toast').filter({ hasText: 'Improvement action saved' })).toBeVisible();
  const after = await leaksOf();
  expect(after.length).toBe(before + 1);
  expect(after.every((a) => a.diagnosis.length > 0 && a.action.length > 0)).toBe(true);
});

function closedAtMonth(d) {
  const entry = [...(d.stage_history ?? [])].reverse().find((c) => c.to === d.stage);
  return (entry ? entry.at : d.created_at).slice(5, 7);
}

test('benchmark and quadrants render, and an improvement action is marked done', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ lang: 'en' });
  await page.goto('/performance/benchmark');
  await expect(page.getByTestId('benchmark-row')).toHaveCount(4);
  await expect(page.getByTestId('quadrant-row').first()).toBeVisible();
  await expect(page.getByTestId('benchmark-rep').first()).toBeVisible();
  await expect(page.getByTestId('benchmark-rep').filter({ hasText: '★' }).first()).toBeVisible();

  await page.getByTestId('perf-tab-actions').click();
  await expect(page.getByTestId('actions-page')).toBeVisible();
  const open = (await storedAll(page, 'improvement_actions')).filter((a) => a.status === 'open');
  expect(open.length).toBeGreaterThan(0);
  const row = page.locator(`[data-testid=action-row][data-id="${open[0].id}"]`);
  await row.getByTestId('action-mark-done').click();
  // An outcome is required.
  await page.getByTestId('action-done-save').click();
  await expect(page.getByTestId('done-errors')).toContainText('Describe the outcome.');
  await page.getByTestId('action-outcome-input').fill('Win rate up from 20 % to 35 %');
  await page.getByTestId('action-done-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Action marked done' })).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'done');
  await expect(row.getByTestId('action-outcome')).toHaveText('Win rate up from 20 % to 35 %');
  const stored = (await storedAll(page, 'improvement_actions')).find((a) => a.id === open[0].id);
  expect(stored.status).toBe('done');
  expect(stored.outcome).toBe('Win rate up from 20 % to 35 %');
  expect(stored.done_at).toBeTruthy();
});
