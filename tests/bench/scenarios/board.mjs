// The board with 2,000 deals: from the click on "Pipeline" to the cards
// painted (and the script time spent), against vanilla JS building every card;
// then a drop: pointer release to the deal stored and both totals updated.
import { alternate } from '../lib/stats.mjs';
import { metrics } from '../lib/browser.mjs';
import { appReady, pageValue } from './app.mjs';

const ARM_BOARD = () => {
  window.__board = null;
  let t0 = 0;
  document.addEventListener('click', (e) => e.target.closest('[data-testid=nav-pipeline]') && (t0 = performance.now()), {
    capture: true,
    once: true,
  });
  new MutationObserver((_, obs) => {
    if (t0 && document.querySelector('[data-testid=board] [data-testid=deal-card]')) {
      obs.disconnect();
      const t1 = performance.now();
      requestAnimationFrame(() => setTimeout(() => (window.__board = { script: t1 - t0, paint: performance.now() - t0 }), 0));
    }
  }).observe(document.body, { subtree: true, childList: true });
};

async function scriptSeconds(cdp) {
  return (await metrics(cdp)).ScriptDuration;
}

export async function boardScenario({ context, origin }, pairs, log) {
  const [a, b] = [await context.newPage(), await context.newPage()];
  const [ca, cb] = [await context.newCDPSession(a), await context.newCDPSession(b)];
  await ca.send('Performance.enable');
  await cb.send('Performance.enable');
  const script = { app: [], baseline: [] };
  const result = await alternate(
    pairs,
    async () => {
      await a.bringToFront();
      await a.goto(`${origin}/settings`);
      await appReady(a);
      await a.evaluate(ARM_BOARD);
      const s0 = await scriptSeconds(ca);
      await a.getByTestId('nav-pipeline').click();
      const r = await pageValue(a, () => window.__board);
      script.app.push((await scriptSeconds(ca)) - s0);
      return r.paint;
    },
    async () => {
      await b.bringToFront();
      await b.goto(`${origin}/bench/board.html`);
      await pageValue(b, () => window.__boardReady);
      const s0 = await scriptSeconds(cb);
      await b.locator('#go').click();
      const r = await pageValue(b, () => window.__board);
      script.baseline.push((await scriptSeconds(cb)) - s0);
      return r.paint;
    },
    log,
  );
  await Promise.all([a.close(), b.close()]);
  return { ...result, script };
}

/** Arms the drop timer: pointer release → both column sums changed. */
const ARM_DROP = ([from, to]) => {
  window.__dropMs = null;
  const sum = (i) => document.querySelector(`[data-testid=column-${i}] [data-testid=col-sum]`)?.textContent;
  const before = [sum(from), sum(to)];
  let t0 = 0;
  window.addEventListener('pointerup', () => (t0 = performance.now()), { capture: true, once: true });
  new MutationObserver((_, obs) => {
    if (t0 && sum(from) !== before[0] && sum(to) !== before[1]) {
      window.__dropMs = performance.now() - t0;
      obs.disconnect();
    }
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
};

async function drag(page, source, target) {
  await source.scrollIntoViewIfNeeded();
  const box = await source.boundingBox();
  const to = await target.boundingBox();
  await page.mouse.move(box.x + 30, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + 40, box.y + 30, { steps: 3 });
  await page.mouse.move(to.x + 40, to.y + 20, { steps: 10 });
  await page.mouse.up();
}

export async function dropScenario({ context, origin }, pairs, log) {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await a.goto(`${origin}/pipeline`);
  await appReady(a);
  const first = a.locator('[data-testid=column-2] [data-testid=deal-card]').first();
  const id = await first.getAttribute('data-deal');
  const card = a.locator(`[data-testid=deal-card][data-deal="${id}"]`);
  await b.goto(`${origin}/bench/drag.html`);
  await pageValue(b, () => window.__dragReady);
  let skipped = 0;
  const result = await alternate(
    pairs,
    async (i) => {
      await a.bringToFront();
      // Back to "needs confirmed", then forward again: both ways are plain moves.
      const [from, to] = i % 2 === 0 ? [2, 1] : [1, 2];
      await a.evaluate(ARM_DROP, [from, to]);
      await drag(a, card, a.getByTestId(`column-${to}`).locator('.col-scroll'));
      const ask = a.getByTestId('checklist-continue');
      if (await ask.isVisible().catch(() => false)) {
        skipped += 1;
        await ask.click();
      }
      return pageValue(a, () => window.__dropMs);
    },
    async (i) => {
      await b.bringToFront();
      await b.evaluate(() => (window.__dropMs = null));
      const [from, to] = i % 2 === 0 ? ['#col1', '#col2'] : ['#col2', '#col1'];
      await drag(b, b.locator(`${from} li`).first(), b.locator(to));
      return pageValue(b, () => window.__dropMs);
    },
    log,
  );
  await Promise.all([a.close(), b.close()]);
  return { ...result, askedChecklist: skipped };
}
