import { Page } from 'playwright-core';
import { describeInChromium } from '../support/chromium';
import { ConsoleBrowser } from '../support/console-browser';
import { expectNoErrors, TestServer } from '../support/test-server';

/**
 * The console's support-plan pages in a real headless Chromium, on the demo data (the harness of
 * test/support/console-browser.ts): from a need to its ranked
 * plans with parts side by side, proposing one, then on the plan page moving parts through
 * their states, replacing and dropping parts, and reading the history.
 */
describeInChromium('console-plans.test.ts', 'console: support plans in headless Chromium', () => {
  jest.setTimeout(300_000);
  let harness: ConsoleBrowser;
  let t: TestServer;
  let origin: string;

  beforeAll(async () => {
    harness = await ConsoleBrowser.start();
    t = harness.server;
    origin = harness.origin;
  }, 180_000);
  afterAll(async () => {
    await harness?.close();
  });

  const check = (page: Page, name: string) => harness.check(page, name);

  it('builds a plan from a need, proposes it, moves, replaces and drops its parts, and shows the history', async () => {
    const need = expectNoErrors(await t.as('COORDINATOR').gql(`{ needByKey(key: "n.solder-voids") { id title } }`)).needByKey as { id: string; title: string };
    const { page, problems } = await harness.newPage();
    await harness.signIn(page, 'coordinator@demo.musubi.example', 'demo-coordinator-2026');

    // From the need page: 「支援プランを組む」 lists ranked plans, parts side by side with a reason each.
    await page.goto(`${origin}/console/needs/${encodeURIComponent(need.id)}`);
    await page.getByRole('heading', { name: need.title }).waitFor();
    await page.getByRole('link', { name: '支援プランを組む' }).click();
    await page.getByRole('heading', { name: '支援プランを組む' }).waitFor();
    const first = page.locator('.card.plan').first();
    await first.waitFor();
    expect(await page.locator('.card.plan').count()).toBeGreaterThan(1);
    const roles = await first.locator('.plan-part:not(.empty) h4').allTextContents();
    expect(roles.map((r) => r.slice(1))).toEqual(expect.arrayContaining(['研究', '試験・設備', '資金']));
    for (const why of await first.locator('.plan-part:not(.empty) .part-why').allTextContents()) expect(why.length).toBeGreaterThan(10);
    await expect(first.locator('.plan-why').textContent()).resolves.toContain('組み合わせる');
    await check(page, '10-plan-candidates');

    // Propose plan 1: the plan page shows the same parts, each an introduction in its first state.
    const research = (await first.locator('.role-research .part-name').textContent())!;
    await first.getByRole('button', { name: 'プラン 1 を提案' }).click();
    await first.getByLabel('提案のメモ').fill('はんだボイドの評価と資金をまとめて');
    await first.getByRole('button', { name: 'この支援プランを提案する' }).click();
    await page.getByRole('heading', { name: `支援プラン: ${need.title}` }).waitFor();
    const researchPart = page.locator('.plan-part.role-research');
    await expect(researchPart.locator('.part-name').textContent()).resolves.toBe(research);
    await researchPart.getByText('提案').first().waitFor();

    // Move the research part forward, and the funding part through its states to agreed: the plan becomes partly agreed.
    await page.getByRole('button', { name: '進める: 紹介済み (研究)' }).click();
    await researchPart.locator('.badge', { hasText: '紹介済み' }).waitFor();
    const funding = page.locator('.plan-part.role-funding');
    for (const next of ['紹介済み', '面談', '協議中']) {
      await page.getByRole('button', { name: `進める: ${next} (資金)` }).click();
      await funding.locator('.badge', { hasText: next }).waitFor();
    }
    await page.getByRole('button', { name: '成約を記録 (資金)' }).click();
    await funding.getByLabel('成果の種類').selectOption('GRANT_APPLICATION');
    await funding.getByRole('button', { name: '成約として記録する' }).click();
    await funding.locator('.badge', { hasText: '成約' }).waitFor();
    await page.locator('.meta .badge', { hasText: '一部成約' }).waitFor();
    // The agreed part is kept: no replace or drop is offered for it.
    await expect(funding.getByRole('button', { name: /差し替える|外す/ }).count()).resolves.toBe(0);

    // Replace the network part by another ranked consortium, then drop the testing part.
    const network = page.locator('.plan-part.role-network');
    const before = (await network.locator('.part-name').textContent())!;
    await page.getByRole('button', { name: '差し替える (ネットワーク)' }).click();
    const options = network.locator('select option:not([value=""])');
    await options.first().waitFor({ state: 'attached' });
    await network.getByLabel('候補').selectOption({ index: 1 });
    await network.getByLabel('理由').fill('会員企業に近い研究会へ');
    await network.getByRole('button', { name: '差し替える', exact: true }).click();
    await page.getByText('構成要素を差し替え').waitFor();
    await expect(network.locator('.part-name').textContent()).resolves.not.toBe(before);
    await page.getByRole('button', { name: '外す (試験・設備)' }).click();
    await page.getByText('構成要素を外した').waitFor();
    await page.locator('.plan-part.role-testing.empty').waitFor();
    await page.getByRole('heading', { name: '外した・差し替えた構成要素' }).waitFor();
    await check(page, '11-plan');

    // The same page in English.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: `Support plan: ${need.title}` }).waitFor();
    await page.locator('.meta .badge', { hasText: 'Partly agreed' }).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
