import { test, expect } from '@playwright/test';
import { App, Settings } from './pages/app.js';
import { Board } from './pages/board.js';

test.use({ locale: 'en-US' });

const STAGES = ['identify', 'needs_confirmed', 'solution_matched', 'decision_follow_up', 'won', 'lost'];

async function boardWithDemo(page) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const board = new Board(page);
  await board.open();
  return { app, board };
}

/** Checks a move from column `from` to `to`: counts, storage and reload. */
async function expectMoved({ app, board, page }, deal, from, to, before) {
  await expect(board.card(deal.id)).toHaveAttribute('data-col', String(to));
  expect(await board.count(from)).toBe(before[from] - 1);
  expect(await board.count(to)).toBe(before[to] + 1);
  const stored = await app.storedRecord('deals', deal.id);
  expect(stored.stage).toBe(STAGES[to]);
  expect(stored.stage_history.at(-1)).toMatchObject({ from: STAGES[from], to: STAGES[to] });
  // Totals updated by the move equal the ones computed afresh from storage.
  const live = await figures(board);
  await page.reload();
  await app.ready();
  await expect(board.card(deal.id)).toHaveAttribute('data-col', String(to));
  expect(await board.count(to)).toBe(before[to] + 1);
  expect(await figures(board)).toEqual(live);
}

async function counts(board) {
  const out = [];
  for (let i = 0; i < 6; i++) out.push(await board.count(i));
  return out;
}

/** Count, exact sum and exact weighted sum of every column. */
async function figures(board) {
  const out = [];
  for (let i = 0; i < 6; i++) {
    const weighted = await board.column(i).getByTestId('col-weighted').getAttribute('title');
    out.push([await board.count(i), await board.sum(i), weighted]);
  }
  return out;
}

test('drag a card to the next stage with the mouse', async ({ page }) => {
  const { app, board } = await boardWithDemo(page);
  const before = await counts(board);
  const sumBefore = await board.sum(1);
  const deal = await board.firstCard(0);
  await board.dragWithMouse(deal.id, 1);
  await board.confirmChecklistIfAsked();
  await expect(page.getByTestId('board-announce')).toHaveText(`Moved ${deal.name} to Needs confirmed`);
  expect(await board.sum(1)).not.toBe(sumBefore);
  await expectMoved({ app, board, page }, deal, 0, 1, before);
});

test.describe('touch', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });
  test('drag a card with a long press', async ({ page }) => {
    const { app, board } = await boardWithDemo(page);
    const before = await counts(board);
    const deal = await board.firstCard(1);
    await board.dragWithTouch(deal.id, 0);
    await expectMoved({ app, board, page }, deal, 1, 0, before);
  });
});

test('move a card with the keyboard and hear where it went', async ({ page }) => {
  const { app, board } = await boardWithDemo(page);
  const before = await counts(board);
  const deal = await board.firstCard(2);
  await board.card(deal.id).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.confirmChecklistIfAsked();
  await expect(page.getByTestId('board-announce')).toHaveText(`Moved ${deal.name} to Decision follow-up`);
  await expect(board.card(deal.id)).toBeFocused();
  await expectMoved({ app, board, page }, deal, 2, 3, before);
});

test('a move can be undone', async ({ page }) => {
  const { app, board } = await boardWithDemo(page);
  const before = await figures(board);
  const deal = await board.firstCard(0);
  await board.card(deal.id).focus();
  await page.keyboard.press('Shift+ArrowRight');
  await board.confirmChecklistIfAsked();
  await expect(board.card(deal.id)).toHaveAttribute('data-col', '1');
  await expect.poll(() => figures(board)).not.toEqual(before);
  await page.getByTestId('toast').filter({ hasText: `Moved ${deal.name}` }).getByTestId('toast-action').click();
  await expect(board.card(deal.id)).toHaveAttribute('data-col', '0');
  await expect.poll(() => figures(board)).toEqual(before);
  await expect.poll(async () => (await app.storedRecord('deals', deal.id)).stage).toBe('identify');
});

test('lost needs a reason', async ({ page }) => {
  const { app, board } = await boardWithDemo(page);
  const deal = await board.firstCard(3);
  await board.card(deal.id).focus();
  await page.keyboard.press('6');
  const dialog = page.getByTestId('move-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByTestId('lost-confirm').click();
  await expect(dialog.getByTestId('lost-error')).toHaveText('A lost reason is required to mark the deal lost.');
  expect((await app.storedRecord('deals', deal.id)).stage).toBe('decision_follow_up');
  await dialog.getByTestId('lost-reason').fill('Chose a competitor');
  await dialog.getByTestId('lost-confirm').click();
  await expect(board.card(deal.id)).toHaveAttribute('data-col', '5');
  const stored = await app.storedRecord('deals', deal.id);
  expect(stored.stage).toBe('lost');
  expect(stored.lost_reason).toBe('Chose a competitor');
});

test('a column over its WIP limit is flagged', async ({ page }) => {
  const { board } = await boardWithDemo(page);
  const won = await board.count(4);
  expect(won).toBeGreaterThan(1);
  const settings = new Settings(page);
  await settings.open();
  await page.getByTestId('stage-4-1').fill(String(won - 1));
  await page.getByTestId('pipeline-save').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Saved' })).toBeVisible();
  await board.open();
  const wip = board.column(4).getByTestId('col-wip');
  await expect(wip).toHaveText(`${won}/${won - 1}over WIP limit`);
  await expect(wip).toHaveClass(/wip-bad/);
  await expect(board.column(3).getByTestId('col-wip')).toHaveCount(0);
});

test('stale deals are flagged by the simulated clock', async ({ page }) => {
  const { board } = await boardWithDemo(page);
  const stale = page.getByTestId('stale-badge');
  const before = await stale.count();
  await page.getByTestId('clock').locator('summary').click();
  for (let i = 0; i < 5; i++) await page.getByTestId('clock-week').click();
  await expect.poll(() => stale.count()).toBeGreaterThan(before);
  await expect(stale.first()).toContainText('Stale');
});

test('filters narrow the columns and their totals', async ({ page }) => {
  const { board } = await boardWithDemo(page);
  const deal = await board.firstCard(0);
  await page.getByTestId('filter-text').fill(deal.name);
  await expect(board.cards(0)).toHaveCount(1);
  expect(await board.count(0)).toBe(1);
  await expect(page.getByTestId('deals-shown')).toContainText('1 of');
  await page.getByTestId('filter-min').fill('abc');
  await expect(page.getByRole('alert').filter({ hasText: 'Enter an amount in yuan' })).toBeVisible();
  await page.getByTestId('filter-clear').click();
  expect(await board.count(0)).toBeGreaterThanOrEqual(1);
});

test('the list view sorts and moves deals like the board', async ({ page }) => {
  const { app, board } = await boardWithDemo(page);
  await app.dealsList();
  const amounts = async () =>
    (await page.getByTestId('deal-row').locator('td.num').filter({ hasText: '¥' }).evaluateAll((tds) => tds.map((td) => td.getAttribute('title'))))
      .map((t) => Number(t.replace(/[¥,]/g, '')));
  const desc = await amounts();
  expect(desc).toEqual([...desc].sort((a, b) => b - a));
  await page.getByTestId('sort-amount').click();
  const asc = await amounts();
  expect(asc).toEqual([...desc].sort((a, b) => a - b));

  const row = page.getByTestId('deal-row').first();
  const id = await row.getAttribute('data-deal');
  const from = (await app.storedRecord('deals', id)).stage;
  const to = from === 'won' ? '3' : '4';
  await row.getByTestId('row-stage').selectOption(to);
  await board.confirmChecklistIfAsked();
  await expect.poll(async () => (await app.storedRecord('deals', id)).stage).toBe(STAGES[Number(to)]);
});

test('the forecast counts every open deal once and follows the owner filter', async ({ page }) => {
  const { board } = await boardWithDemo(page);
  let open = 0;
  for (let i = 0; i < 4; i++) open += await board.count(i);
  await page.getByTestId('tab-forecast').click();
  const months = page.getByTestId('forecast-months').locator('tbody tr');
  await expect(months.first()).toBeVisible();
  const counts = await months.evaluateAll((rows) => rows.map((r) => Number(r.querySelector('td').textContent)));
  expect(counts.reduce((a, b) => a + b, 0)).toBe(open);
  await expect(page.getByTestId('forecast-team')).toBeVisible();
  const owners = await page.getByTestId('forecast-owner').count();
  expect(owners).toBeGreaterThan(1);
  const name = await page.getByTestId('forecast-owner').first().locator('th').innerText();
  await page.getByTestId('filter-owner').selectOption({ label: name });
  await expect(page.getByTestId('forecast-owner')).toHaveCount(1);
  await expect(page.getByTestId('forecast-owner').locator('th')).toHaveText(name);
});
