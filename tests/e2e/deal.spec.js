import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Board } from './pages/board.js';

test.use({ locale: 'en-US' });

async function openDeal(page, column) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const board = new Board(page);
  await board.open();
  const deal = await board.firstCard(column);
  await board.card(deal.id).locator('.deal-title').click();
  await expect(page).toHaveURL(new RegExp(`/deals/${deal.id}$`));
  await expect(page.getByTestId('deal-page').getByRole('heading', { level: 1 })).toHaveText(deal.name);
  return { app, deal };
}

test('the deal page shows details and the stage history', async ({ page }) => {
  const { app, deal } = await openDeal(page, 2);
  await expect(page.getByTestId('deal-stage')).toHaveText('Solution matched');
  const stored = await app.storedRecord('deals', deal.id);
  await expect(page.getByTestId('deal-history').locator('li')).toHaveCount(stored.stage_history.length);
  await expect(page.getByTestId('deal-history').locator('li').first()).toContainText('→ Solution matched');
});

test('logging an activity validates, stores it and shows it on the timeline', async ({ page }) => {
  const { app, deal } = await openDeal(page, 1);
  const before = (await app.storedCounts()).activities;
  await page.getByTestId('activity-add').click();
  await expect(page.getByTestId('activity-error')).toHaveText('Subject is required');
  expect((await app.storedCounts()).activities).toBe(before);
  await page.getByTestId('activity-kind').selectOption('0');
  await page.getByTestId('activity-subject').fill('Called the purchasing manager');
  await page.getByTestId('activity-add').click();
  await expect(page.getByTestId('timeline-item').first()).toContainText('Called the purchasing manager');
  expect((await app.storedCounts()).activities).toBe(before + 1);
  const stored = await app.storedRecord('deals', deal.id);
  expect(stored.last_activity_at).toBeTruthy();
  await expect(page.getByTestId('deal-stale')).toHaveCount(0);
});

test('negotiation notes and checklist ticks are saved', async ({ page }) => {
  const { app, deal } = await openDeal(page, 1);
  await page.getByTestId('neg-batna').fill('Renew with the current supplier');
  await page.getByTestId('neg-given').fill('Free training day\n\n10% off services');
  await page.getByTestId('neg-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Saved' }).first()).toBeVisible();
  let stored = await app.storedRecord('deals', deal.id);
  expect(stored.negotiation.batna).toBe('Renew with the current supplier');
  expect(stored.negotiation.concessions_given).toEqual(['Free training day', '10% off services']);

  const box = page.getByTestId('check-budget_confirmed');
  await box.check();
  await expect.poll(async () => (await app.storedRecord('deals', deal.id)).checklist).toContain('budget_confirmed');
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('check-budget_confirmed')).toBeChecked();
  await expect(page.getByTestId('neg-batna')).toHaveValue('Renew with the current supplier');
});
