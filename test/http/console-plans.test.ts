import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { expectNoErrors, startTestServer, TestServer } from '../support/test-server';

/**
 * The console's support-plan pages in a real headless Chromium, on the demo data (as
 * console.test.ts: Debian's chromium through playwright-core, axe-core on every page, no
 * request leaving the server, screenshots in test-output/console/): from a need to its ranked
 * plans with parts side by side, proposing one, then on the plan page moving parts through
 * their states, replacing and dropping parts, and reading the history.
 */
const CHROMIUM = process.env.MUSUBI_CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'console');
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LONG = 45_000;

if (!available && !inCi) console.warn(`console-plans.test.ts: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-ipafont-gothic).`);

(available || inCi ? describe : describe.skip)('console: support plans in headless Chromium', () => {
  jest.setTimeout(300_000);
  let t: TestServer;
  let browser: Browser;
  let origin: string;
  const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  beforeAll(async () => {
    if (!available) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}`);
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(ROOT, 'console', 'vite.config.mts')],
      { cwd: ROOT, stdio: 'pipe' },
    );
    fs.mkdirSync(SHOTS, { recursive: true });
    t = await startTestServer();
    await loadDemoDataIfEmpty(t.db.dataSource);
    origin = new URL(t.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, name: string): Promise<void> {
    await page
      .locator('.loading')
      .first()
      .waitFor({ state: 'detached', timeout: LONG })
      .catch(() => undefined);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const g = globalThis as any;
      const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v: any) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v: any) =>
            `${v.id}: ${v.nodes
              .map((n: any) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    });
    expect({ page: name, violations }).toEqual({ page: name, violations: [] });
  }

  it('builds a plan from a need, proposes it, moves, replaces and drops its parts, and shows the history', async () => {
    const need = expectNoErrors(await t.as('COORDINATOR').gql(`{ needByKey(key: "n.solder-voids") { id title } }`)).needByKey as { id: string; title: string };
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'ja-JP', bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) problems.push(`foreign request: ${r.url()}`);
    });
    page.setDefaultTimeout(LONG);
    await page.goto(`${origin}/console/`);
    await page.getByLabel('メールアドレス').fill('coordinator@demo.musubi.example');
    await page.getByLabel('パスワード').fill('demo-coordinator-2026');
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();

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
    await context.close();
  });
});
