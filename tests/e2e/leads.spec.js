import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { Leads } from './pages/leads.js';
import { storedAll, storePut } from './pages/docs.js';

test.use({ locale: 'en-US' });

/** "Start empty", then the (empty) lead list. */
async function emptyLeads(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  const leads = new Leads(page);
  await leads.openList();
  await expect(page.getByTestId('leads-empty')).toBeVisible();
  return { app, leads };
}

/** A date `days` from today (UTC, as the app clock's date), as a date input wants it. */
function isoDay(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

test('quick add from the keyboard stores a lead and lists it; bad input stores nothing', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await leads.quickAdd({ name: 'Zhang Wei', company: 'Huaxin Integration', contact: '138 0000 1234' });
  await expect(page.getByTestId('toast').filter({ hasText: 'Lead Zhang Wei added' })).toBeVisible();
  await expect(leads.row('Zhang Wei')).toBeVisible();
  // Ready for the next one.
  await expect(leads.quick('name')).toBeFocused();
  await expect(leads.quick('name')).toHaveValue('');
  const id = await leads.row('Zhang Wei').getAttribute('data-lead');
  expect(await app.storedRecord('leads', id)).toMatchObject({
    name: 'Zhang Wei',
    company: 'Huaxin Integration',
    phone: '138 0000 1234',
    email: '',
    channel: 'web_form',
    status: 'new',
    owner_id: null,
  });

  // A trade-show lead needs the event: refused naming the field, nothing stored, typing kept.
  await leads.quickAdd({ name: 'Li Na', contact: 'li.na@example.cn', channel: 'Trade show / event', detail: '' });
  await expect(page.getByTestId('quick-add')).toContainText('Trade show or event: required for this channel');
  await expect(leads.quick('detail')).toHaveAttribute('aria-invalid', 'true');
  await expect(leads.quick('detail')).toBeFocused();
  await expect(leads.quick('name')).toHaveValue('Li Na');
  expect(await app.storedCounts()).toMatchObject({ leads: 1 });
  await leads.quick('detail').fill('Smart Manufacturing Summit');
  await leads.quick('detail').press('Enter');
  await expect(leads.row('Li Na')).toBeVisible();
  const li = (await storedAll(page, 'leads')).find((l) => l.name === 'Li Na');
  expect(li).toMatchObject({ email: 'li.na@example.cn', phone: '', channel: 'trade_show', channel_detail: 'Smart Manufacturing Summit' });

  // No name and a contact that is neither an address nor a number.
  await leads.quick('name').fill('');
  await leads.quick('contact').fill('call me');
  await leads.quick('contact').press('Enter');
  await expect(page.getByTestId('quick-add')).toContainText('Name: required');
  await expect(page.getByTestId('quick-add')).toContainText('Phone: use digits');
  await expect(leads.quick('name')).toBeFocused();
  expect(await app.storedCounts()).toMatchObject({ leads: 2 });
  expect(await leads.counts()).toEqual([2, 2]);

  // Purchased lists need consent: quick add hands over to the full form with what was typed.
  await leads.quick('name').fill('Chen Jie');
  await leads.quick('contact').fill('chen.jie@example.cn');
  await leads.quick('channel').selectOption({ label: 'Purchased list' });
  await expect(page.getByTestId('quick-purchased')).toBeVisible();
  await page.getByTestId('quick-full-form').click();
  await expect(page.getByTestId('lead-consent-section')).toBeVisible();
  await expect(leads.field('name')).toHaveValue('Chen Jie');
  await expect(leads.field('email')).toHaveValue('chen.jie@example.cn');
});

test('the full form asks for what each channel needs and stores nothing while invalid', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await leads.newLead();
  await leads.fill({ channel: 'Purchased list', name: 'Chen Jie', company: 'Qihang Software', email: 'chen.jie(at)example' });
  await expect(page.getByTestId('lead-consent-section')).toBeVisible();
  await leads.save();
  const errors = leads.errors();
  await expect(errors).toContainText('Email: enter an address like name@example.com');
  await expect(errors).toContainText('List vendor: required for purchased or rented lists');
  await expect(errors).toContainText('Acquired on: required');
  await expect(errors).toContainText('Lawful basis / consent: required');
  await expect(errors).toContainText('Consent expires on: required');
  await expect(leads.field('email')).toBeFocused();
  await expect(leads.field('vendor')).toHaveAttribute('aria-invalid', 'true');
  await expect(leads.field('company')).toHaveValue('Qihang Software');
  await expect(page).toHaveURL(/\/leads\/new$/);
  expect(await app.storedCounts()).toMatchObject({ leads: 0 });

  // Errors follow the typing once shown; an expiry already past is warned about.
  await leads.fill({ email: 'chen.jie@example.cn', vendor: 'BizData Ltd.', basis: 'Vendor-documented opt-in', acquired: isoDay(-30), expires: isoDay(-1) });
  await expect(errors).toHaveCount(0);
  await expect(page.getByTestId('lead-consent-expired')).toContainText('outreach to the lead will be blocked');
  await leads.fill({ expires: isoDay(-31) });
  await expect(errors).toContainText('Consent expires on: cannot be before the acquisition date');
  await leads.fill({ expires: isoDay(335), employees: '250', budget: '1,200,000', timeline: '6' });
  await expect(page.getByTestId('lead-consent-expired')).toHaveCount(0);
  const id = await leads.saveAndOpen();
  expect(await app.storedRecord('leads', id)).toMatchObject({
    name: 'Chen Jie',
    channel: 'purchased_list',
    channel_detail: 'BizData Ltd.',
    consent: { vendor: 'BizData Ltd.', acquired_on: isoDay(-30), basis: 'Vendor-documented opt-in', expires_on: isoDay(335) },
    employees: 250,
    budget: { minor: 120_000_000, currency: 'CNY' },
    timeline_months: 6,
    status: 'new',
  });
  await expect(page.getByTestId('lead-consent-state')).toContainText('Valid until');
  await expect(page.getByTestId('lead-fact-budget')).toContainText('within 6 months');

  // Edit: a partner referral needs the partner; leaving the list channel drops the consent record.
  await page.getByTestId('lead-edit').click();
  await expect(leads.field('vendor')).toHaveValue('BizData Ltd.');
  await leads.fill({ channel: 'Partner referral' });
  await leads.save();
  await expect(errors).toContainText('Referring partner: required for partner referrals');
  await leads.fill({ detail: 'Vista Consulting' });
  await leads.saveAndOpen();
  expect(await app.storedRecord('leads', id)).toMatchObject({ channel: 'partner_referral', channel_detail: 'Vista Consulting', consent: null, employees: 250 });
  expect(await app.storedCounts()).toMatchObject({ leads: 1 });
});

test('outreach is logged, then blocked with the reason once consent expires or is missing', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await leads.newLead();
  await leads.fill({
    channel: 'Purchased list',
    name: 'Wang Fang',
    phone: '021 5555 0000',
    vendor: 'TradeDirectory Co.',
    acquired: isoDay(-100),
    basis: 'Vendor-documented opt-in',
    expires: isoDay(3),
  });
  const id = await leads.saveAndOpen();
  const outreach = page.getByTestId('lead-outreach');
  await expect(page.getByTestId('outreach-blocked')).toHaveCount(0);
  await outreach.getByTestId('outreach-kind').selectOption({ label: 'Call' });
  await outreach.getByTestId('outreach-log').click();
  await expect(page.getByTestId('outreach-error')).toHaveText('Subject: required');
  await outreach.getByTestId('outreach-subject').fill('Intro call');
  await outreach.getByTestId('outreach-log').click();
  await expect(page.getByTestId('outreach-item')).toHaveCount(1);
  await expect(page.getByTestId('outreach-item')).toContainText('Intro call');
  await expect(page.getByTestId('lead-page-status')).toHaveText('Contacted');
  const contacted = await app.storedRecord('leads', id);
  expect(contacted.status).toBe('contacted');
  expect(contacted.first_contact_at).not.toBeNull();
  const activities = await storedAll(page, 'activities');
  expect(activities).toHaveLength(1);
  expect(activities[0]).toMatchObject({ kind: 'call', subject: 'Intro call', lead_id: id, done: true });

  // A week later by the simulated clock the consent has run out.
  await page.getByTestId('clock').locator('summary').click();
  await page.getByTestId('clock-week').click();
  await expect(page.getByTestId('sim-banner')).toBeVisible();
  await expect(page.getByTestId('outreach-blocked')).toContainText('Outreach is blocked: consent expired on');
  await expect(page.getByTestId('lead-consent-state')).toContainText('consent expired on');
  await expect(outreach.getByTestId('outreach-log')).toBeDisabled();
  await expect(outreach.getByTestId('outreach-subject')).toBeDisabled();
  expect(await storedAll(page, 'activities')).toHaveLength(1);

  // Back to real time it is valid again; a record without consent (as an import could bring) is blocked.
  await page.getByTestId('clock-real').click();
  await expect(page.getByTestId('outreach-blocked')).toHaveCount(0);
  await storePut(page, 'leads', { ...contacted, consent: null });
  await page.reload();
  await app.ready();
  await expect(page.getByTestId('outreach-blocked')).toContainText('no consent is recorded');
  await expect(outreach.getByTestId('outreach-log')).toBeDisabled();
});

test('disqualifying needs a reason; reopening clears it', async ({ page }) => {
  const { app, leads } = await emptyLeads(page);
  await leads.quickAdd({ name: 'Zhao Lei', contact: 'zhao@example.cn' });
  await leads.open('Zhao Lei');
  await page.getByTestId('lead-disqualify').click();
  const dialog = page.getByTestId('disqualify-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('disqualify-reason')).toBeFocused();
  await dialog.getByTestId('disqualify-confirm').click();
  await expect(dialog.getByTestId('disqualify-error')).toHaveText('Reason: required, so the team knows why');
  const id = await page.getByTestId('lead-page').getAttribute('data-lead');
  expect((await app.storedRecord('leads', id)).status).toBe('new');
  await dialog.getByTestId('disqualify-reason').fill('No budget this year');
  await dialog.getByTestId('disqualify-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('lead-disqualified')).toHaveText('Disqualified: No budget this year');
  await expect(page.getByTestId('outreach-blocked')).toContainText('This lead is closed');
  expect(await app.storedRecord('leads', id)).toMatchObject({ status: 'disqualified', disqualify_reason: 'No budget this year' });
  await page.getByTestId('lead-reopen').click();
  await expect(page.getByTestId('lead-page-status')).toHaveText('New');
  expect(await app.storedRecord('leads', id)).toMatchObject({ status: 'new', disqualify_reason: null });
});

test('filters, search and sorting agree with the stored leads, and survive a visit to a lead', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 1, lang: 'en' });
  const all = await storedAll(page, 'leads');
  const leads = new Leads(page);
  await leads.openList();
  expect(await leads.counts()).toEqual([all.length, all.length]);
  await expect(leads.grid()).toHaveAttribute('aria-rowcount', String(all.length + 1));
  // Virtualised: only the rows in view exist.
  expect(await leads.rows().count()).toBeLessThan(60);

  await leads.filter({ channel: 'Trade show / event' });
  const trade = all.filter((l) => l.channel === 'trade_show');
  expect(await leads.counts()).toEqual([trade.length, all.length]);
  await leads.filter({ status: 'Open (not converted or disqualified)' });
  const open = trade.filter((l) => !['converted', 'disqualified'].includes(l.status));
  expect(await leads.counts()).toEqual([open.length, all.length]);

  const target = open[0];
  const needle = target.company.toLowerCase();
  await leads.filter({ text: needle });
  const hits = open.filter((l) => [l.name, l.company, l.email, l.phone].some((f) => f.toLowerCase().includes(needle)));
  expect(await leads.counts()).toEqual([hits.length, all.length]);
  await expect(leads.row(target.name)).toBeVisible();

  await page.getByTestId('lead-filter-clear').click();
  expect(await leads.counts()).toEqual([all.length, all.length]);
  await leads.filter({ owner: 'Unassigned' });
  expect((await leads.counts())[0]).toBe(all.filter((l) => l.owner_id === null).length);
  await page.getByTestId('lead-filter-clear').click();

  const byName = all.map((l) => l.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  await leads.sortHeader('name').click();
  await expect(leads.sortHeader('name').locator('..')).toHaveAttribute('aria-sort', 'ascending');
  expect((await leads.shownNames()).slice(0, 8)).toEqual(byName.slice(0, 8));
  await leads.sortHeader('name').click();
  await expect(leads.sortHeader('name').locator('..')).toHaveAttribute('aria-sort', 'descending');
  expect((await leads.shownNames()).slice(0, 8)).toEqual([...byName].reverse().slice(0, 8));

  // The view is in the URL: open a lead, come back, same filter and order.
  await leads.filter({ channel: 'Partner referral' });
  const partners = all.filter((l) => l.channel === 'partner_referral');
  const first = [...partners.map((l) => l.name)].sort().reverse()[0];
  await expect(page).toHaveURL(/channel=5.*sort=name&dir=desc/);
  await leads.open(first);
  await page.goBack();
  await expect(page.getByTestId('lead-filter-channel')).toHaveValue('5');
  expect(await leads.counts()).toEqual([partners.length, all.length]);
  expect((await leads.shownNames())[0]).toBe(first);
});

test('the grid is keyboard navigable: arrows, Home/End, Space selects, Enter opens', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 1, lang: 'en' });
  const leads = new Leads(page);
  await leads.openList();
  const [total] = await leads.counts();
  // The grid is one tab stop: from the last header button, Tab lands on the first row.
  await leads.sortHeader('created').focus();
  await page.keyboard.press('Tab');
  const focused = () => page.locator('[data-testid=lead-row]:focus');
  await expect(focused()).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('ArrowDown');
  await expect(focused()).toHaveAttribute('aria-rowindex', '3');
  await page.keyboard.press('End');
  await expect(focused()).toHaveAttribute('aria-rowindex', String(total + 1));
  await page.keyboard.press('Home');
  await expect(focused()).toHaveAttribute('aria-rowindex', '2');
  await page.keyboard.press('PageDown');
  // Focus follows the scroll a frame later, so wait for it to land.
  await expect.poll(async () => Number(await focused().getAttribute('aria-rowindex').catch(() => 0))).toBeGreaterThan(4);
  await page.keyboard.press('Space');
  await expect(focused()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('bulk-count')).toHaveText('1 selected');
  const id = await focused().getAttribute('data-lead');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/leads/${id}$`));
});

test('bulk assign writes every selected lead in one go and can be undone', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 1, lang: 'en' });
  const before = await storedAll(page, 'leads');
  const people = await storedAll(page, 'people');
  const rep = people.filter((p) => p.role === 'rep' && p.active).sort((a, b) => (a.name < b.name ? -1 : 1))[0];
  const leads = new Leads(page);
  await leads.openList();
  await leads.filter({ channel: 'Web form' });
  const web = before.filter((l) => l.channel === 'web_form');
  expect(web.length).toBeGreaterThan(1);
  await page.getByTestId('lead-select-all').check();
  await expect(page.getByTestId('bulk-count')).toHaveText(`${web.length.toLocaleString('en-US')} selected`);
  await leads.bulkAssign(rep.name);
  const toast = page.getByTestId('toast').filter({ hasText: `assigned to ${rep.name}` });
  await expect(toast).toBeVisible();
  await expect(page.getByTestId('bulk-bar')).toHaveCount(0);
  let after = await storedAll(page, 'leads');
  const closed = (l) => ['converted', 'disqualified'].includes(l.status);
  const openWeb = new Set(web.filter((l) => !closed(l)).map((l) => l.id));
  const webIds = new Set(web.map((l) => l.id));
  // Open leads go to the rep, with the change in their history; closed ones keep their owner.
  for (const l of after.filter((x) => webIds.has(x.id))) {
    const was = before.find((b) => b.id === l.id);
    if (openWeb.has(l.id)) {
      expect(l.owner_id).toBe(rep.id);
      if (was.owner_id !== rep.id) expect(l.assignment_history.at(-1)).toMatchObject({ from: was.owner_id, to: rep.id, automatic: false });
    } else {
      expect(l.owner_id).toBe(was.owner_id);
    }
  }
  // Nothing else changed.
  const others = (rows) => rows.filter((l) => !webIds.has(l.id)).map((l) => [l.id, l.owner_id, l.updated_at]);
  expect(others(after)).toEqual(others(before));
  const changed = web.filter((l) => openWeb.has(l.id) && l.owner_id !== rep.id).length;
  await expect(toast).toContainText(`${changed} leads assigned to ${rep.name}`);
  await leads.filter({ owner: rep.name });
  expect((await leads.counts())[0]).toBe(after.filter((l) => webIds.has(l.id) && l.owner_id === rep.id).length);

  await toast.getByTestId('toast-action').click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Change undone' })).toBeVisible();
  after = await storedAll(page, 'leads');
  const owners = (rows) => Object.fromEntries(rows.map((l) => [l.id, l.owner_id]));
  expect(owners(after)).toEqual(owners(before));

  // Status on two hand-picked leads.
  await page.getByTestId('lead-filter-clear').click();
  const ids = [await leads.rows().nth(0).getAttribute('data-lead'), await leads.rows().nth(1).getAttribute('data-lead')];
  for (const id of ids) await page.locator(`[data-testid=lead-row][data-lead="${id}"] [data-testid=lead-select]`).check();
  await expect(page.getByTestId('bulk-count')).toHaveText('2 selected');
  await leads.bulk('status').selectOption({ label: 'Nurture' });
  await leads.bulk('apply-status').click();
  await expect(page.getByTestId('toast').filter({ hasText: /set to Nurture|converted leads were left/ }).first()).toBeVisible();
  const picked = (await storedAll(page, 'leads')).filter((l) => ids.includes(l.id));
  expect(picked).toHaveLength(2);
  expect(picked.every((l) => l.status === 'nurture' || l.status === 'converted')).toBe(true);
});

test.describe('phone', () => {
  test.use({ viewport: { width: 375, height: 812 } });
  test('rows become cards and sorting moves to a select', async ({ page }) => {
    const app = new App(page);
    await app.open('/');
    await app.loadDemo({ size: 0, lang: 'en' });
    const leads = new Leads(page);
    await leads.openList();
    const row = leads.rows().first();
    expect((await row.boundingBox()).height).toBeCloseTo(92, 0);
    await expect(leads.sortHeader('name')).toBeHidden();
    // Quick add and the filters start folded so the leads are in view.
    await expect(leads.quick('name')).toBeHidden();
    await page.getByTestId('lead-filters-toggle').click();
    await page.getByTestId('lead-sort').selectOption('name-asc');
    const all = await storedAll(page, 'leads');
    const byName = all.map((l) => l.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect((await leads.shownNames())[0]).toBe(byName[0]);
    // Nothing sticks out sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
