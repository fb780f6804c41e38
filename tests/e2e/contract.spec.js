import { test, expect } from '@playwright/test';
import { App } from './pages/app.js';
import { QuotePage, ContractPage, storedAll, storePut } from './pages/docs.js';

test.use({ locale: 'en-US' });

/** Demo data, then a contract drafted from an accepted quote on `pickDeal`'s deal. */
async function draftContract(page, pickDeal) {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  const [deals, accounts] = [await storedAll(page, 'deals'), await storedAll(page, 'accounts')];
  const deal = pickDeal(deals, accounts);
  await app.open(`/deals/${deal.id}`);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Implementation Services', 4);
  await quote.accept();
  await quote.createContract();
  return { app, deal, contract: new ContractPage(page), id: page.url().split('/').pop() };
}

const notBlacklisted = (deals, accounts) =>
  deals.find((d) => !accounts.find((a) => a.id === d.account_id).credit.blacklisted);

/** Ticks the deposit clause when the credit check asks for it. */
async function coverCreditRisk(page) {
  if (await page.getByTestId('credit-block').isVisible()) await page.getByTestId('deposit-clause').check();
  await expect(page.getByTestId('credit-block')).toHaveCount(0);
}

test('a ¥600,000 contract needs finance, legal and the VP, each approving as themselves', async ({ page }) => {
  const { app, contract, id } = await draftContract(page, notBlacklisted);
  await expect(contract.status()).toHaveText('Draft');
  await contract.setAmount(600000);
  await expect(page.getByTestId('contract-amount')).toHaveText('¥600,000.00');
  await contract.tickLegal();
  await coverCreditRisk(page);
  await expect(page.getByTestId('route-rule')).toContainText('Finance, Legal, VP');
  await page.getByTestId('submit-approval').click();
  await expect(contract.status()).toHaveText('Pending approval');
  await expect(page.getByTestId('awaiting')).toContainText('Finance, Legal, VP');
  const deciders = [];
  for (const role of ['finance', 'legal', 'vp']) {
    deciders.push((await contract.approveAs(role)).id);
  }
  await expect(contract.status()).toHaveText('Approved');
  const steps = (await storedAll(page, 'approval_steps')).filter((s) => s.contract_id === id);
  expect(steps.map((s) => s.role).sort()).toEqual(['finance', 'legal', 'vp']);
  expect(steps.every((s) => s.decision === 'approved' && s.decided_at)).toBe(true);
  expect(steps.map((s) => s.approver_id).sort()).toEqual(deciders.sort());
  expect((await app.storedRecord('contracts', id)).status).toBe('approved');
});

test('below ¥500,000 the sales director alone approves', async ({ page }) => {
  const { contract } = await draftContract(page, notBlacklisted);
  await contract.setAmount('499999.99');
  await contract.tickLegal();
  await coverCreditRisk(page);
  await page.getByTestId('submit-approval').click();
  await expect(page.getByTestId('awaiting')).toHaveText(/Waiting for: Sales director\./);
  await contract.approveAs('sales_director');
  await expect(contract.status()).toHaveText('Approved');
});

test('a blacklisted customer’s contract is blocked until a deposit clause is added', async ({ page }) => {
  const { app, contract, id } = await draftContract(page, (deals, accounts) =>
    deals.find((d) => accounts.find((a) => a.id === d.account_id).credit.blacklisted),
  );
  await contract.tickLegal();
  await expect(page.getByTestId('risk-level')).toHaveText('High');
  await expect(page.getByTestId('risk-reasons')).toContainText('blacklist');
  await expect(page.getByTestId('credit-block')).toContainText('deposit or prepayment');
  await expect(page.getByTestId('submit-approval')).toBeDisabled();
  expect((await app.storedRecord('contracts', id)).status).toBe('draft');
  await page.getByTestId('deposit-clause').check();
  await expect(page.getByTestId('credit-block')).toHaveCount(0);
  await expect(page.getByTestId('credit-covered')).toBeVisible();
  await page.getByTestId('submit-approval').click();
  await expect(contract.status()).toHaveText('Pending approval');
  expect((await app.storedRecord('contracts', id)).deposit_clause).toBe(true);
});

test('a rejection with a reason sends the contract back; resubmitting opens a new round', async ({ page }) => {
  const { contract, id } = await draftContract(page, notBlacklisted);
  await contract.setAmount(600000);
  await contract.tickLegal();
  await coverCreditRisk(page);
  await page.getByTestId('submit-approval').click();
  await contract.actAs('legal');
  await page.getByTestId('reject').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Say why' })).toBeVisible();
  await page.getByTestId('reject-reason').fill('Cap the liability at the contract value');
  await page.getByTestId('reject').click();
  await expect(contract.status()).toHaveText('Rejected');
  await expect(page.getByTestId('sent-back')).toBeVisible();
  await expect(page.getByTestId('approval-current')).toContainText('Cap the liability');
  const body = page.getByTestId('contract-body');
  await body.fill('Liability capped at the contract value.');
  await body.blur();
  await page.getByTestId('submit-approval').click();
  await expect(contract.status()).toHaveText('Pending approval');
  await expect(page.getByTestId('approval-earlier')).toContainText('Rejected');
  const steps = (await storedAll(page, 'approval_steps')).filter((s) => s.contract_id === id);
  expect(steps.length).toBe(6);
  const latest = steps.reduce((m, s) => (s.created_at > m ? s.created_at : m), '');
  const round2 = steps.filter((s) => s.created_at === latest);
  expect(round2.map((s) => s.decision)).toEqual(['pending', 'pending', 'pending']);
  await expect(page.getByTestId('approval-earlier')).toContainText('Not reached');
});

test('signing shows the SHA-256 of the content, archives it, and a later change is detected', async ({ page }) => {
  const { app, deal, contract, id } = await draftContract(page, notBlacklisted);
  await contract.tickLegal();
  await coverCreditRisk(page);
  await page.getByTestId('submit-approval').click();
  await contract.approveAs('sales_director');
  await page.getByTestId('signer-name').fill('Li Lei');
  await page.getByTestId('signature-pad').scrollIntoViewIfNeeded();
  const pad = await page.getByTestId('signature-pad').boundingBox();
  await page.mouse.move(pad.x + 20, pad.y + 40);
  await page.mouse.down();
  await page.mouse.move(pad.x + 120, pad.y + 80, { steps: 8 });
  await page.mouse.move(pad.x + 200, pad.y + 30, { steps: 8 });
  await page.mouse.up();
  await page.getByTestId('sign-submit').click();
  await expect(contract.status()).toHaveText('Signed');
  const hash = page.getByTestId('signature-hash');
  await expect(hash).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('signature-state')).toHaveText('Signed · verified');
  await expect(page.getByTestId('signature-img')).toBeVisible();
  const stored = await app.storedRecord('contracts', id);
  expect(stored.signature.content_sha256).toBe(await hash.innerText());
  expect(stored.signature.signer_name).toBe('Li Lei');
  expect(stored.signature.drawing).toMatch(/^data:image\/png;base64,/);

  await app.open(`/record/accounts/${deal.account_id}`);
  const archived = page.getByTestId('archived-contract').filter({ has: page.locator(`a[href="/contracts/${id}"]`) });
  await expect(archived).toContainText('Signed · verified');

  // Someone edits the stored text behind the app's back (e.g. a doctored file).
  await storePut(page, 'contracts', { ...stored, body: stored.body + ' Payment in 365 days.' });
  await app.open(`/contracts/${id}`);
  await expect(page.getByTestId('tampered')).toBeVisible();
  await expect(page.getByTestId('signature-state')).toHaveText('Changed after signing');
});

test('the approval threshold and roles are editable in Settings and change the route', async ({ page }) => {
  const app = new App(page);
  await app.open('/');
  await app.loadDemo({ size: 0 });
  await app.nav('settings').click();
  const panel = page.getByTestId('approval-settings');
  await panel.getByTestId('approval-threshold').fill('700000');
  await panel.getByTestId('below-finance').check();
  await panel.getByTestId('approval-settings-save').click();
  await expect(page.getByTestId('toast').last()).toContainText('Saved');
  const settings = await page.evaluate(
    () =>
      new Promise((resolve) => {
        indexedDB.open('salesflow').onsuccess = (e) => {
          const r = e.target.result.transaction('meta').objectStore('meta').get('settings');
          r.onsuccess = () => resolve(JSON.parse(r.result));
        };
      }),
  );
  expect(settings.approval_threshold_minor).toBe(70_000_000);
  expect(settings.approvers_below).toEqual(['sales_director', 'finance']);
  const [deals, accounts] = [await storedAll(page, 'deals'), await storedAll(page, 'accounts')];
  const deal = notBlacklisted(deals, accounts);
  await app.open(`/deals/${deal.id}`);
  const quote = new QuotePage(page);
  await quote.createFromDeal();
  await quote.addLine('Implementation Services', 4);
  await quote.accept();
  await quote.createContract();
  const contract = new ContractPage(page);
  await contract.setAmount(600000);
  await expect(page.getByTestId('route-rule')).toContainText('¥700,000.00');
  await expect(page.getByTestId('route-rule')).toContainText('Sales director, Finance');
});
