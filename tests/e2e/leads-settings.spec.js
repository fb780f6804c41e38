// Lead settings (scoring, grades, SLA), reminders, browser notifications and
// the response SLA by rep.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { App } from './pages/app.js';
import { Leads } from './pages/leads.js';
import { People } from './pages/people.js';
import { storedAll } from './pages/docs.js';
import { LeadSettings, Clock, Reminders, storedSettings } from './pages/lead-settings.js';

test.use({ locale: 'en-US' });

/** Need fit, authority and budget/timeline all 100, no engagement: with the default weights 80, an A. */
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

/** Fit 100, authority 40 (engineer), budget and timeline 75, no engagement: 58.75 → 59, a C (72 hours). */
const COOL = {
  name: 'Gao Jie',
  company: 'Northern Freight',
  title: 'Engineer',
  email: 'gao.jie@freight.example',
  industry: 'Logistics',
  employees: '300',
  budget: '100,000',
  timeline: '5',
};

async function start(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  return { app, leads: new Leads(page), settings: new LeadSettings(page), clock: new Clock(page) };
}

/** Adds sales reps under Team and returns to the lead list. */
async function addReps(page, names) {
  const people = new People(page);
  await people.openList();
  for (const name of names) await people.add({ name, role: 'Sales rep', email: `${name.toLowerCase().replace(' ', '.')}@example.cn` });
}

async function addLead(leads, values) {
  await leads.openList();
  await leads.newLead();
  await leads.fill(values);
  return leads.saveAndOpen();
}

async function logContact(page) {
  await page.getByTestId('outreach-subject').fill('Intro call');
  await page.getByTestId('outreach-log').click();
  await expect(page.getByTestId('lead-sla-state')).toContainText(/Contacted/);
}

const rowOf = (page, id) => page.locator(`[data-testid=lead-row][data-lead="${id}"]`);

test('a changed weight and cut-off regrade a known lead in the list, and are stored', async ({ page }) => {
  const { leads, settings } = await start(page);
  const id = await addLead(leads, HOT);
  await leads.openList();
  await expect(rowOf(page, id).getByTestId('lead-grade')).toHaveText('A · 80');

  await settings.open();
  await expect(settings.input('weights-total')).toHaveText('Total: 100');
  await expect(settings.input('budget')).toHaveValue('100000.00');
  await expect(settings.input('budget-preview')).toHaveText('¥100,000.00');
  // Engagement, where the lead has nothing, now weighs 25: 75, below A's 80.
  await settings.weights([25, 25, 25, 25]);
  await settings.saveAndWait();
  expect((await storedSettings(page)).score_weights).toEqual([25, 25, 25, 25]);
  await page.getByTestId('ls-back').click();
  await expect(rowOf(page, id).getByTestId('lead-grade')).toHaveText('B · 75');

  await settings.open();
  await settings.cutoffs([75, 60, 40]);
  await settings.saveAndWait();
  const stored = await storedSettings(page);
  expect(stored.grade_cutoffs).toEqual([75, 60, 40]);
  expect(stored.score_weights).toEqual([25, 25, 25, 25]);
  await leads.openList();
  await expect(rowOf(page, id).getByTestId('lead-grade')).toHaveText('A · 75');

  // Settings → Lead settings leads to the same form, showing what is stored.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('lead-settings-open').click();
  await expect(settings.input('cutoff-0')).toHaveValue('75');
  await expect(settings.input('weight-3')).toHaveValue('25');
});

test('weights that do not add up to 100 are refused with a message, and nothing is stored', async ({ page }) => {
  const { leads, settings } = await start(page);
  const id = await addLead(leads, HOT);
  await settings.open();
  const before = await storedSettings(page);
  await settings.weights([30, 25, 25, 25]);
  await expect(settings.input('weights-total')).toHaveText('⚠ Total: 105');
  await expect(settings.errors()).toContainText('Factor weights add up to 105; they must add up to 100.');
  await expect(settings.input('weight-3')).toHaveAttribute('aria-invalid', 'true');
  // A second problem is named too, with its field.
  await settings.input('sla-1').fill('many');
  await expect(settings.errors()).toContainText('First contact hours, grade B: enter a whole number from 0 to 8784.');
  await settings.save();
  await expect(settings.errors()).toBeFocused();
  await expect(settings.errors()).toContainText('Not saved. Please correct:');
  expect(await storedSettings(page)).toEqual(before);
  await leads.openList();
  await expect(rowOf(page, id).getByTestId('lead-grade')).toHaveText('A · 80');
});

test('changing the SLA hours of grade A changes the countdown of a new A lead', async ({ page }) => {
  const { leads, settings, clock } = await start(page);
  await clock.simulate('2026-11-27');
  await settings.open();
  await settings.slaHours(0, 4);
  await settings.saveAndWait();
  expect((await storedSettings(page)).sla_hours).toEqual([4, 24, 72]);
  const id = await addLead(leads, HOT);
  await expect(page.getByTestId('lead-sla-state')).toContainText('Due in 4 h');
  await expect(page.getByTestId('lead-sla')).toContainText('Grade A leads get first contact within 4 hours.');
  await leads.openList();
  await expect(rowOf(page, id).getByTestId('lead-sla')).toHaveText('Due in 4 h');
  // Reset to defaults, saved: back to 2 hours.
  await settings.open();
  await page.getByTestId('ls-reset').click();
  await expect(settings.input('sla-0')).toHaveValue('2');
  await settings.saveAndWait();
  await leads.openList();
  await expect(rowOf(page, id).getByTestId('lead-sla')).toHaveText('Due in 2 h');
});

test('reminders appear as the simulated clock brings a lead due, and link to it', async ({ page }) => {
  const { leads, clock } = await start(page);
  await addReps(page, ['Wang Fang']);
  await page.getByTestId('acting-as').selectOption({ label: 'Wang Fang · Sales rep' });
  await clock.simulate('2026-11-27');
  const id = await addLead(leads, { ...COOL, owner: 'Wang Fang' });
  await expect(page.getByTestId('lead-grade')).toHaveText('C');
  const reminders = new Reminders(page);
  await expect(reminders.root()).toBeVisible();
  // Due in 72 hours: not yet within the next 24. (Two days on it is due in
  // 24 hours less the seconds past the minute, as the clock counts whole
  // minutes, so that check would depend on when the test runs.)
  await expect(reminders.count()).toHaveCount(0);
  await clock.addDays(1);
  await expect(reminders.count()).toHaveCount(0);
  // At 72 hours it is due that minute, not yet late; a day on it is.
  await clock.addDays(2);
  await expect(reminders.count()).toHaveText('1');
  await expect(reminders.root().locator('summary')).toHaveAttribute('aria-label', 'Reminders: 1 due');
  await clock.addDays(1);
  await expect(reminders.root().locator('summary')).toHaveAttribute('aria-label', 'Reminders: 1 due, 1 overdue');
  await reminders.openPanel();
  await expect(reminders.items()).toHaveCount(1);
  await expect(reminders.items().first()).toContainText('First contact');
  await expect(reminders.items().first()).toContainText('overdue since');
  await page.keyboard.press('Escape');
  await expect(reminders.root()).not.toHaveAttribute('open');
  await expect(reminders.root().locator('summary')).toBeFocused();
  await leads.openList();
  await reminders.openPanel();
  await reminders.items().first().getByTestId('reminder-link').click();
  await expect(page).toHaveURL(new RegExp(`/leads/${id}$`));
  await expect(page.getByTestId('lead-page')).toBeVisible();
  // Contacting the lead clears its reminder.
  await logContact(page);
  await expect(reminders.count()).toHaveCount(0);
});

/** Records notifications instead of showing them (the browser's permission is granted). */
async function recordNotifications(page, context) {
  await context.grantPermissions(['notifications']);
  await page.addInitScript(() => {
    const Real = window.Notification;
    window.__notes = [];
    window.__shown = [];
    class Recorded {
      constructor(title, options) {
        window.__notes.push({ title, body: options?.body, tag: options?.tag });
        window.__shown.push(this);
      }
      close() {
        this.closed = true;
      }
      static get permission() {
        return Real.permission;
      }
      static requestPermission() {
        return Real.requestPermission();
      }
    }
    window.Notification = Recorded;
  });
}

test('a browser notification is shown once when a lead becomes overdue, not again after reload', async ({ page, context }) => {
  await recordNotifications(page, context);
  const { app, leads, clock } = await start(page);
  await addReps(page, ['Wang Fang']);
  await page.getByTestId('acting-as').selectOption({ label: 'Wang Fang · Sales rep' });
  await clock.simulate('2026-11-27');
  const reminders = new Reminders(page);
  await reminders.openPanel();
  await expect(page.getByTestId('notify-status')).toHaveText('One notification when a lead of yours becomes overdue.');
  await page.getByTestId('notify-toggle').check();
  await expect(page.getByTestId('notify-toggle')).toBeChecked();
  await reminders.root().locator('summary').click();

  const id = await addLead(leads, { ...HOT, owner: 'Wang Fang' });
  await expect(reminders.count()).toHaveText('1');
  expect(await page.evaluate(() => window.__notes)).toEqual([]);
  await clock.addDays(1);
  await expect(reminders.root().locator('summary')).toHaveAttribute('aria-label', 'Reminders: 1 due, 1 overdue');
  await expect.poll(() => page.evaluate(() => window.__notes.length)).toBe(1);
  const [note] = await page.evaluate(() => window.__notes);
  expect(note.title).toBe('Overdue: Liu Yang');
  expect(note.body).toBe('First contact is overdue.');
  expect(note.tag).toContain(id);
  // Time moves on: still the one notification.
  await clock.addDays(1);
  await expect(page.getByTestId('sim-banner')).toContainText('Nov 29');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__notes.length)).toBe(1);

  await page.reload();
  await app.ready();
  await expect(reminders.root().locator('summary')).toHaveAttribute('aria-label', 'Reminders: 1 due, 1 overdue');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__notes)).toEqual([]);
  await reminders.openPanel();
  await expect(page.getByTestId('notify-toggle')).toBeChecked();
});

test('clicking a notification opens its lead', async ({ page, context }) => {
  await recordNotifications(page, context);
  const { leads, clock } = await start(page);
  await addReps(page, ['Wang Fang']);
  await page.getByTestId('acting-as').selectOption({ label: 'Wang Fang · Sales rep' });
  await clock.simulate('2026-11-27');
  const reminders = new Reminders(page);
  await reminders.openPanel();
  await page.getByTestId('notify-toggle').check();
  await reminders.root().locator('summary').click();
  const id = await addLead(leads, { ...HOT, owner: 'Wang Fang' });
  // Somewhere else in the app, as when the notification arrives.
  await page.getByRole('navigation').getByRole('link', { name: 'Pipeline' }).click();
  await expect(page).toHaveURL(/\/pipeline$/);
  await clock.addDays(1);
  await expect.poll(() => page.evaluate(() => window.__shown.length)).toBe(1);
  await page.evaluate(() => window.__shown[0].onclick());
  await expect(page).toHaveURL(new RegExp(`/leads/${id}$`));
  expect(await page.evaluate(() => window.__shown[0].closed)).toBe(true);
});

test('with notifications blocked the toggle stays off and says so', async ({ page }) => {
  await page.addInitScript(() => {
    window.Notification = class {
      static get permission() {
        return 'denied';
      }
      static requestPermission() {
        return Promise.resolve('denied');
      }
    };
  });
  await start(page);
  await addReps(page, ['Wang Fang']);
  await page.getByTestId('acting-as').selectOption({ label: 'Wang Fang · Sales rep' });
  const reminders = new Reminders(page);
  await reminders.openPanel();
  await expect(page.getByTestId('notify-status')).toContainText('Notifications are blocked for this site');
  await page.getByTestId('notify-toggle').click();
  await expect(page.getByTestId('notify-toggle')).not.toBeChecked();
});

test('the response SLA by rep matches a hand count', async ({ page }) => {
  const { leads, clock } = await start(page);
  await addReps(page, ['Wang Fang', 'Li Na']);
  await clock.simulate('2026-11-27');
  const lead = (n, owner) => ({ ...HOT, name: `Lead ${n}`, email: `lead${n}@example.cn`, owner });
  // Wang Fang: two contacted at once (met), one never (overdue a day later).
  for (const n of [1, 2]) {
    await addLead(leads, lead(n, 'Wang Fang'));
    await logContact(page);
  }
  await addLead(leads, lead(3, 'Wang Fang'));
  // Li Na: one contacted a day late, and a C lead still inside its 72 hours (not counted).
  const late = await addLead(leads, lead(4, 'Li Na'));
  await addLead(leads, { ...COOL, owner: 'Li Na' });
  await clock.addDays(1);
  await leads.openList();
  await leads.open('Lead 4');
  expect(page.url()).toContain(late);
  await logContact(page);
  await expect(page.getByTestId('lead-sla-state')).toContainText('late');

  await leads.openList();
  const table = page.getByTestId('sla-by-rep');
  await expect(table.getByRole('heading')).toHaveText('Response SLA by rep');
  await table.locator('summary').click();
  const rows = table.getByTestId('sla-rep-row');
  await expect(rows).toHaveCount(2);
  const cells = (row) => row.locator('th, td').allInnerTexts();
  // Li Na: 1 measured (late), 0 met; Wang Fang: 3 measured, 2 met = 66.7 %, 1 overdue.
  expect(await cells(rows.nth(0))).toEqual(['Li Na', '1', '0', '0.0%', '0']);
  expect(await cells(rows.nth(1))).toEqual(['Wang Fang', '3', '2', '66.7%', '⚠ 1']);
});

const shots = 'tests/e2e/screenshots';

for (const [locale, device, viewport] of [
  ['en-US', 'desktop', { width: 1280, height: 900 }],
  ['zh-CN', 'phone', { width: 390, height: 844 }],
]) {
  test.describe(`${locale} ${device}`, () => {
    test.use({ locale, viewport });
    test('screenshots of lead settings, reminders and SLA by rep, without serious axe violations', async ({ page }) => {
      const lang = locale === 'zh-CN' ? 'zh' : 'en';
      const app = new App(page);
      await app.open('/');
      await app.loadDemo({ size: 0, lang: locale === 'zh-CN' ? 'zh-CN' : 'en' });
      await expect(page.getByTestId('toast')).toHaveCount(0, { timeout: 10_000 });
      const axe = async () => {
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
        const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
        expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      };
      // Act as the owner of most open leads, a week on: first contacts and follow-ups fall due.
      const waiting = (await storedAll(page, 'leads')).filter((l) => l.owner_id && ['new', 'contacted', 'qualified'].includes(l.status));
      const counts = new Map();
      for (const l of waiting) counts.set(l.owner_id, (counts.get(l.owner_id) ?? 0) + 1);
      const owner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      await page.getByTestId('acting-as').selectOption(owner);
      await new Clock(page).addDays(7);

      await app.open('/leads/settings');
      await expect(page.getByTestId('ls-title-row').first()).toBeVisible();
      await page.screenshot({ path: `${shots}/lead-settings-${lang}-${device}.png`, fullPage: true });
      await axe();
      await page.getByTestId('ls-weight-3').fill('25');
      await expect(page.getByTestId('ls-errors')).toBeVisible();
      await page.getByTestId('ls-save').click();
      await page.screenshot({ path: `${shots}/lead-settings-refused-${lang}-${device}.png` });

      // A fresh page: the refusal stays on screen until dismissed.
      await app.open('/leads');
      await expect(page.getByTestId('lead-row').first()).toBeVisible();
      const reminders = new Reminders(page);
      await reminders.openPanel();
      await expect(reminders.items().first()).toBeVisible();
      await page.screenshot({ path: `${shots}/reminders-${lang}-${device}.png` });
      await axe();
      await reminders.root().locator('summary').click();
      const table = page.getByTestId('sla-by-rep');
      await table.locator('summary').click();
      await expect(table.getByTestId('sla-rep-row').first()).toBeVisible();
      await table.scrollIntoViewIfNeeded();
      await table.screenshot({ path: `${shots}/sla-by-rep-${lang}-${device}.png` });
      await axe();
    });
  });
}
