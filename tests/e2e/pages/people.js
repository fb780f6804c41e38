// Page object for Team → People: the people list and the person form.
import { expect } from '@playwright/test';

export class People {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  /** From anywhere: Team, then the People tab. */
  async openList() {
    await this.page.getByTestId('nav-team').click();
    await this.page.getByTestId('tab-people').click();
    await expect(this.page.getByTestId('people-page')).toBeVisible();
  }

  async newPerson() {
    await this.page.getByTestId('new-person').click();
    await expect(this.page.getByTestId('person-form')).toBeVisible();
  }

  field(name) {
    return this.page.getByTestId(`person-${name}`);
  }

  /** { name, title, email, phone, specialties } as typed; role and manager by their labels. */
  async fill({ role, manager, ...text }) {
    for (const [name, value] of Object.entries(text)) await this.field(name).fill(value);
    if (role !== undefined) await this.field('role').selectOption({ label: role });
    if (manager !== undefined) await this.field('manager').selectOption({ label: manager });
  }

  async save() {
    await this.field('save').click();
  }

  /** Adds a person from the list and waits to be back on the list; returns their id. */
  async add(values) {
    await this.newPerson();
    await this.fill(values);
    await this.save();
    await expect(this.page).toHaveURL(/\/team\/people$/);
    const row = this.row(values.name);
    await expect(row).toBeVisible();
    return row.getAttribute('data-person');
  }

  /** Opens the form of the person listed as `name`. */
  async edit(name) {
    await this.row(name).getByRole('link', { name }).click();
    await expect(this.page.getByTestId('person-form')).toBeVisible();
  }

  errors() {
    return this.page.getByTestId('person-errors');
  }

  row(name) {
    return this.page.getByTestId('person-row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  /** The labels the manager select offers, in order. */
  async managerOptions() {
    return this.field('manager').locator('option').allTextContents();
  }
}
