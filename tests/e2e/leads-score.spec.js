import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Leads } from './pages/leads.js';
import { storedAll } from './pages/docs.js';

test.use({ locale: 'en-US' });

async function emptyLeads(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  const leads = new Leads(page);
  await leads.openList();
  return { app, leads };
}

/** Need fit, authority and budget/timeline all 100, no engagement: 80, an A. */
const HOT = {
  name: 'Liu Yang',
  company: 'Orient Machinery',
  title: 'General Manager',
  email: 'liu.yang@orient.example',
  industry: 'Manufacturing',
  employees: '300',
  budget: '250,000',
  timeline: '2',
};

async function simulateClock(page, date) {
  await page.getByTestId('clock').locator('summary').click();
  await page.getByTestId('clock-date').fill(date);
  await page.getByTestId('clock-date').dispatchEvent('change');
  await expect(page.getByTestId('sim-banner')).toBeVisible();
  await page.getByTestId('clock').locator('summary').click();
}

test('a new A lead shows a 2-hour countdown; a day later it is in the overdue queue', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await simulateClock(page, '2026-11-27');
  await leads.newLead();
  await leads.fill(HOT);
  const id = await leads.saveAndOpen();
  await expect(page.getByTestId('lead-grade')).toHaveText('A');
  await expect(page.getByTestId('lead-sla-state')).toContainText('Due in 2 h');
  await expect(page.getByTestId('lead-sla')).toContainText('Grade A leads get first contact within 2 hours.');

  await leads.openList();
  const row = page.locator(`[data-testid=lead-row][data-lead="${id}"]`);
  await expect(row.getByTestId('lead-grade')).toHaveText('A · 80');
  await expect(row.getByTestId('lead-sla')).toHaveText('Due in 2 h');
  await expect(page.getByTestId('queue-overdue')).toHaveText('Overdue (0)');

  // A day later by the simulated clock.
  await page.getByTestId('clock').locator('summary').click();
  await page.getByTestId('clock-day').click();
  await page.getByTestId('clock').locator('summary').click();
  await expect(page.getByTestId('queue-overdue')).toHaveText('Overdue (1)');
  await page.getByTestId('queue-overdue').click();
  await expect(page.getByTestId('queue-overdue')).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/sla=1/);
  expect(await leads.counts()).toEqual([1, 1]);
  await expect(row.getByTestId('lead-sla')).toHaveText(/⚠ Overdue by 2\d h/);
  await leads.open(HOT.name);
  await expect(page.getByTestId('lead-sla-state')).toContainText('Overdue by');

  // Logging the first contact settles it, late.
  await page.getByTestId('outreach-subject').fill('Intro call');
  await page.getByTestId('outreach-log').click();
  await expect(page.getByTestId('lead-sla-state')).toContainText(/Contacted 2\d h.* late/);
  await expect(page.getByTestId('lead-follow-up')).toContainText('Next follow-up');
  expect((await app.storedRecord('leads', id)).first_contact_at).not.toBeNull();
});

test('the score explains itself, what-if changes nothing, and an edited factor changes the score', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await leads.newLead();
  await leads.fill(HOT);
  const id = await leads.saveAndOpen();
  const score = page.getByTestId('lead-score');
  await expect(score.getByRole('heading')).toHaveText('Why is this lead an A?');
  await expect(page.getByTestId('lead-score-total')).toHaveText('Score 80 of 100, grade A');
  const factors = score.getByTestId('score-factor');
  await expect(factors).toHaveCount(4);
  await expect(factors.nth(0)).toContainText('Need fit');
  await expect(factors.nth(0)).toContainText('100/100 × weight 30 → 30.0 points');
  await expect(factors.nth(0)).toContainText('Industry is in the ideal customer profile');
  await expect(factors.nth(1)).toContainText('Job title matches “general manager”');
  await expect(factors.nth(3)).toContainText('No interactions recorded');

  await page.getByTestId('what-if').locator('summary').click();
  await page.getByTestId('what-if-title').fill('Engineer');
  await expect(page.getByTestId('what-if-result')).toHaveText('80 (A) → 65 (B)');
  await page.getByTestId('what-if-reset').click();
  await expect(page.getByTestId('what-if-result')).toHaveText('80 (A) → 80 (A)');
  expect((await app.storedRecord('leads', id)).title).toBe('General Manager');

  // Dropping the budget costs 15 points of fit and 50 of budget and timeline: 63, a B.
  await page.getByTestId('lead-edit').click();
  await leads.fill({ budget: '' });
  await leads.saveAndOpen();
  await expect(page.getByTestId('lead-score-total')).toHaveText('Score 63 of 100, grade B');
  await expect(score.getByRole('heading')).toHaveText('Why is this lead a B?');
  await expect(score).toContainText('17 points short of A');
  await expect(factors.nth(2)).toContainText('Budget not recorded');
});

test('converting a lead creates account, contact and deal at once; the deal is on the board', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0, lang: 'en' });
  const before = await app.storedCounts();
  const lead = (await storedAll(page, 'leads')).find((l) => l.owner_id && ['new', 'contacted', 'qualified'].includes(l.status) && l.company);
  await app.open(`/leads/${lead.id}`);
  await page.getByTestId('lead-convert-open').click();
  const dialog = page.getByTestId('convert-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('convert-account')).toHaveValue(lead.company);
  const dealName = `${lead.company} – ${lead.name}`;
  await expect(dialog.getByTestId('convert-deal')).toHaveValue(dealName);
  await dialog.getByTestId('convert-deal').fill('');
  await dialog.getByTestId('convert-confirm').click();
  await expect(dialog.getByTestId('convert-errors')).toHaveText('Deal name: required');
  expect(await app.storedCounts()).toEqual(before);
  await dialog.getByTestId('convert-deal').fill(dealName);
  await dialog.getByTestId('convert-amount').fill('80,000');
  await dialog.getByTestId('convert-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: `Converted: deal ${dealName} created` })).toBeVisible();
  await expect(page.getByTestId('lead-page-status')).toHaveText('Converted');

  const stored = await app.storedRecord('leads', lead.id);
  expect(stored.status).toBe('converted');
  const deal = await app.storedRecord('deals', stored.converted_deal_id);
  expect(deal).toMatchObject({ name: dealName, lead_id: lead.id, stage: 'identify', amount: { minor: 8_000_000 }, owner_id: lead.owner_id });
  const after = await app.storedCounts();
  expect(after.deals).toBe(before.deals + 1);
  expect(after.contacts).toBe(before.contacts + 1);
  const contact = await app.storedRecord('contacts', deal.contact_id);
  expect(contact).toMatchObject({ name: lead.name, account_id: deal.account_id });

  await page.getByTestId('lead-deal-link').click();
  await expect(page.getByTestId('deal-page')).toBeVisible();
  await app.nav('pipeline').click();
  await expect(page.getByTestId('column-0').locator(`[data-testid=deal-card][data-deal="${deal.id}"]`)).toBeVisible();
});

test('a lead typed twice is flagged on quick add and on the form', async ({ page }) => {
  const { leads } = await emptyLeads(page);
  await leads.quickAdd({ name: 'Zhang Wei', company: 'Huaxin Integration Co., Ltd.', contact: 'zhang.wei@huaxin.example' });
  await expect(leads.row('Zhang Wei')).toBeVisible();
  await leads.quick('contact').fill('Zhang.Wei@HUAXIN.example ');
  const warning = page.getByTestId('quick-add').getByTestId('dupe-warning');
  await expect(warning).toContainText('Possible duplicate');
  await expect(warning).toContainText('Zhang Wei · Huaxin Integration Co., Ltd. (same email)');
  await leads.quick('contact').fill('+86 138 0000 1234');
  await leads.quick('company').fill('huaxin integration');
  await expect(warning).toContainText('(same company)');
  // Only a warning: the lead can still be added.
  await leads.quick('name').fill('Zhang Wei (purchasing)');
  await leads.quick('name').press('Enter');
  await expect(leads.row('Zhang Wei (purchasing)')).toBeVisible();
  await leads.newLead();
  await leads.fill({ name: 'Wei Zhang', phone: '138-0000-1234' });
  await expect(page.getByTestId('lead-form').getByTestId('dupe-warning')).toContainText('(same phone)');
});

test('a new lead goes round-robin to a rep covering its city, with the history kept', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0, lang: 'en' });
  const people = await storedAll(page, 'people');
  const units = await storedAll(page, 'org_units');
  const rep = people.find((p) => p.role === 'rep' && p.available && p.active && p.org_unit_id);
  const city = units.find((u) => u.id === rep.org_unit_id).name;
  const cityReps = people.filter((p) => p.role === 'rep' && p.active && p.org_unit_id === rep.org_unit_id).map((p) => p.id);
  const leads = new Leads(page);
  await leads.openList();
  await leads.newLead();
  await leads.fill({ name: 'Sun Li', email: 'sun.li@example.cn', city });
  const id = await leads.saveAndOpen();
  await expect(page.getByTestId('toast').filter({ hasText: 'added and assigned to' })).toBeVisible();
  const stored = await app.storedRecord('leads', id);
  expect(cityReps).toContain(stored.owner_id);
  expect(stored.assignment_history).toHaveLength(1);
  expect(stored.assignment_history[0]).toMatchObject({ from: null, to: stored.owner_id, automatic: true });
  await expect(page.getByTestId('lead-history-item')).toContainText('by the assignment rules');

  // Reassigning by hand adds to the history.
  const other = people.find((p) => p.role === 'rep' && p.active && p.id !== stored.owner_id);
  await page.getByTestId('lead-owner-select').selectOption(other.id);
  await page.getByTestId('lead-assign').click();
  await expect(page.getByTestId('lead-history-item')).toHaveCount(2);
  await expect(page.getByTestId('lead-history-item').first()).toContainText(`→ ${other.name}`);
  expect((await app.storedRecord('leads', id)).assignment_history.at(-1)).toMatchObject({ to: other.id, automatic: false });
});
