import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { storedKind } from './pages/stored.js';

test.use({ locale: 'en-US' });

test('a support request is asked on the deal, stored, and tracked to done', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const [deal] = await storedKind(page, 'deals');
  await app.open(`/deals/${deal.id}`);
  const panel = page.getByTestId('deal-support');
  await panel.getByTestId('support-submit').click();
  await expect(page.getByTestId('toast').last()).toContainText('What do you need?');
  await panel.getByTestId('support-team').selectOption({ label: 'Technical' });
  await panel.getByTestId('support-subject').fill('On-site demo of the MES line integration');
  await panel.getByTestId('support-submit').click();
  const item = panel.getByTestId('support-request');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Technical');
  await expect(item.getByTestId('support-status')).toHaveText('Open');
  let stored = await app.storedRecord('deals', deal.id);
  expect(stored.support_requests.map((r) => [r.team, r.subject, r.status])).toEqual([
    ['technical', 'On-site demo of the MES line integration', 'open'],
  ]);
  await item.getByTestId('support-done').click();
  await expect(item.getByTestId('support-status')).toHaveText('Done');
  stored = await app.storedRecord('deals', deal.id);
  expect(stored.support_requests[0].status).toBe('done');
});
