// Page object for the pipeline board.
import { expect } from '@playwright/test';

export class Board {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
  }

  async open() {
    await this.page.getByTestId('nav-pipeline').click();
    await expect(this.page.getByTestId('board')).toBeVisible();
  }

  column(i) {
    return this.page.getByTestId(`column-${i}`);
  }

  cards(i) {
    return this.column(i).getByTestId('deal-card');
  }

  async count(i) {
    return Number((await this.column(i).getByTestId('col-count').innerText()).replace(/,/g, ''));
  }

  async sum(i) {
    return this.column(i).getByTestId('col-sum').getAttribute('title');
  }

  /** Id and name of the first card in column i. */
  async firstCard(i) {
    const card = this.cards(i).first();
    await expect(card).toBeVisible();
    return { id: await card.getAttribute('data-deal'), name: await card.locator('.deal-title').innerText() };
  }

  card(id) {
    return this.page.locator(`[data-testid=deal-card][data-deal="${id}"]`);
  }

  /** Answers the exit-checklist question if the move raised one. */
  async confirmChecklistIfAsked() {
    const go = this.page.getByTestId('checklist-continue');
    try {
      await go.waitFor({ state: 'visible', timeout: 1500 });
      await go.click();
    } catch {
      // No unmet checklist for this move.
    }
  }

  async dragWithMouse(id, toColumn) {
    await this.column(toColumn).locator('.col-scroll').scrollIntoViewIfNeeded();
    const box = await this.card(id).boundingBox();
    const target = await this.column(toColumn).locator('.col-scroll').boundingBox();
    await this.page.mouse.move(box.x + 30, box.y + 20);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + 40, box.y + 30, { steps: 3 });
    await this.page.mouse.move(target.x + 40, target.y + 10, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Touch drag: press and hold, then move — sent as touch pointer events. */
  async dragWithTouch(id, toColumn) {
    await this.column(toColumn).locator('.col-scroll').scrollIntoViewIfNeeded();
    const box = await this.card(id).boundingBox();
    const target = await this.column(toColumn).locator('.col-scroll').boundingBox();
    const start = { x: box.x + 30, y: box.y + 20 };
    const end = { x: target.x + 40, y: target.y + 10 };
    await this.page.evaluate(
      async ({ id, start, end }) => {
        const card = document.querySelector(`[data-testid=deal-card][data-deal="${id}"]`);
        const opts = (x, y) => ({ bubbles: true, cancelable: true, pointerType: 'touch', pointerId: 11, isPrimary: true, clientX: x, clientY: y });
        card.dispatchEvent(new PointerEvent('pointerdown', opts(start.x, start.y)));
        await new Promise((r) => setTimeout(r, 500)); // long press
        for (let i = 1; i <= 10; i++) {
          const x = start.x + ((end.x - start.x) * i) / 10;
          const y = start.y + ((end.y - start.y) * i) / 10;
          const under = document.elementFromPoint(x, y) || document.body;
          under.dispatchEvent(new PointerEvent('pointermove', opts(x, y)));
          await new Promise((r) => setTimeout(r, 16));
        }
        const under = document.elementFromPoint(end.x, end.y) || document.body;
        under.dispatchEvent(new PointerEvent('pointerup', opts(end.x, end.y)));
      },
      { id, start, end },
    );
  }
}
