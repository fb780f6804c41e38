import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { App } from './pages/app.js';
import { People } from './pages/people.js';
import { storedKind } from './pages/stored.js';

test.use({ locale: 'en-US' });

/** The welcome screen's "Start empty": nothing stored, then Team → People. */
async function emptyTeam(page) {
  const app = new App(page);
  await app.open('/');
  await page.getByTestId('start-empty').click();
  await expect(page).toHaveURL(/\/pipeline$/);
  expect(await app.storedTotal()).toBe(0);
  const people = new People(page);
  await people.openList();
  await expect(page.getByTestId('people-empty')).toBeVisible();
  await expect(page.getByTestId('tab-people')).toHaveAttribute('aria-current', 'page');
  return { app, people };
}

const NOBODY = 'Nobody (top of the organisation)';

test('a sales director and a finance person reporting to them are listed, stored and can be acted as', async ({ page }) => {
  const { app, people } = await emptyTeam(page);
  const director = await people.add({ name: 'Zhou Min', role: 'Sales director', title: 'Head of sales', email: 'zhou.min@example.cn' });
  const finance = await people.add({
    name: 'Wang Fang',
    role: 'Finance',
    manager: 'Zhou Min',
    phone: '138 0000 0000',
    specialties: 'Manufacturing, Retail',
  });

  await expect(people.row('Zhou Min').getByTestId('person-role')).toHaveText('Sales director');
  await expect(people.row('Wang Fang').getByTestId('person-role')).toHaveText('Finance');
  await expect(people.row('Wang Fang').getByTestId('person-manager')).toHaveText('Zhou Min');
  await expect(people.row('Wang Fang').getByTestId('person-status')).toHaveText('Available');

  expect(await app.storedRecord('people', director)).toMatchObject({
    name: 'Zhou Min',
    role: 'sales_director',
    title: 'Head of sales',
    email: 'zhou.min@example.cn',
    manager_id: null,
    available: true,
    active: true,
  });
  expect(await app.storedRecord('people', finance)).toMatchObject({
    name: 'Wang Fang',
    role: 'finance',
    manager_id: director,
    phone: '138 0000 0000',
    specialties: ['Manufacturing', 'Retail'],
  });
  expect(await app.storedCounts()).toMatchObject({ people: 2 });

  // Both are offered as "acting as" straight away, without a reload.
  const acting = page.getByTestId('acting-as');
  await acting.selectOption(finance);
  await expect(page.getByTestId('acting-role')).toHaveText('Finance');
  await acting.selectOption(director);
  await expect(page.getByTestId('acting-role')).toHaveText('Sales director');
  await expect(acting.locator('option', { hasText: 'Zhou Min · Sales director' })).toHaveCount(1);
  await expect(acting.locator('option', { hasText: 'Wang Fang · Finance' })).toHaveCount(1);
});

test('a missing name or a bad email is refused naming the field, and nothing is stored', async ({ page }) => {
  const { app, people } = await emptyTeam(page);
  await people.newPerson();
  await people.fill({ email: 'zhou.min(at)example', title: 'Controller' });
  await people.save();

  await expect(people.errors()).toContainText('Name: required');
  await expect(people.errors()).toContainText('Email: enter an address like name@example.com, or leave it empty');
  await expect(people.field('name')).toHaveAttribute('aria-invalid', 'true');
  await expect(people.field('email')).toHaveAttribute('aria-invalid', 'true');
  await expect(people.field('name')).toBeFocused();
  await expect(people.field('title')).toHaveValue('Controller');
  await expect(page).toHaveURL(/\/team\/people\/new$/);

  // Fixing the name leaves only the email refused.
  await people.fill({ name: 'Wang Fang' });
  await expect(people.errors()).not.toContainText('Name');
  await people.save();
  await expect(people.errors()).toContainText('Email:');
  await expect(people.field('email')).toBeFocused();
  await page.waitForTimeout(300);
  expect(await app.storedTotal()).toBe(0);

  // An empty email is fine.
  await people.fill({ email: '' });
  await expect(people.errors()).toHaveCount(0);
  await people.save();
  await expect(page).toHaveURL(/\/team\/people$/);
  expect(await app.storedCounts()).toMatchObject({ people: 1 });
});

test('nobody can be made to report to someone in their own subtree', async ({ page }) => {
  const { app, people } = await emptyTeam(page);
  const vp = await people.add({ name: 'Chen Jie', role: 'VP' });
  await people.add({ name: 'Zhou Min', role: 'Sales director', manager: 'Chen Jie' });
  await people.add({ name: 'Li Lei', role: 'Region manager', manager: 'Zhou Min' });
  await people.add({ name: 'Outsider', role: 'Legal' });

  // The VP's direct and indirect reports are not offered, nor the VP.
  await people.edit('Chen Jie');
  expect(await people.managerOptions()).toEqual([NOBODY, 'Outsider']);
  await page.getByRole('link', { name: 'Back to people' }).click();

  // Zhou Min may still move up to the outsider, but not under Li Lei.
  await people.edit('Zhou Min');
  expect(await people.managerOptions()).toEqual([NOBODY, 'Chen Jie', 'Outsider']);
  await people.fill({ manager: 'Outsider' });
  await people.save();
  await expect(page).toHaveURL(/\/team\/people$/);
  await expect(people.row('Zhou Min').getByTestId('person-manager')).toHaveText('Outsider');

  // Now the VP's subtree is empty, so everyone else is offered.
  await people.edit('Chen Jie');
  expect(await people.managerOptions()).toEqual([NOBODY, 'Li Lei', 'Outsider', 'Zhou Min']);
  expect((await app.storedRecord('people', vp)).manager_id).toBeNull();
});

test('with demo data the list and an existing person\'s form pass axe, and the form shows the stored choices', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const check = async () => {
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
    const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  const people = new People(page);
  await people.openList();
  await expect(page.getByTestId('person-row').first()).toBeVisible();
  await check();

  // Someone with both a manager and a territory, opened by deep link.
  const stored = await storedKind(page, 'people');
  const someone = stored.find((p) => p.manager_id && p.org_unit_id);
  await app.open(`/team/people/${someone.id}`);
  await expect(people.field('name')).toHaveValue(someone.name);
  await expect(people.field('manager')).toHaveValue(someone.manager_id);
  await expect(people.field('org-unit')).toHaveValue(someone.org_unit_id);
  await people.fill({ name: '', email: 'nope' });
  await people.save();
  await expect(people.errors()).toBeVisible();
  await check();
  // Leaving without saving changes nothing.
  await page.getByRole('link', { name: 'Back to people' }).click();
  expect((await app.storedRecord('people', someone.id)).name).toBe(someone.name);
});

for (const width of [1280, 390]) {
  test(`person form screenshot at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const { people } = await emptyTeam(page);
    await people.add({ name: 'Zhou Min', role: 'Sales director' });
    await people.newPerson();
    await people.fill({ title: 'Controller', email: 'bad-address', role: 'Finance', manager: 'Zhou Min', specialties: 'Manufacturing' });
    await people.save();
    await expect(people.errors()).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `tests/e2e/screenshots/person-form-${width}.png`, fullPage: true });
  });
}
