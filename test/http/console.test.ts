import fs from 'node:fs';
import { Page } from 'playwright-core';
import { toGlobalId } from '../../src/common/global-id';
import { dispatchEvents } from '../../src/jobs/outbox-dispatcher';
import { describeInChromium } from '../support/chromium';
import { ConsoleBrowser } from '../support/console-browser';
import { expectNoErrors, TestServer } from '../support/test-server';

/**
 * The console (/console) in a real headless Chromium, on the demo data: the coordinator's path from the
 * inbox to an agreed introduction counted in the KPIs and its CSV, the researcher's path
 * (a seed with a validation error fixed, a proposal answered), and the administrator's page.
 * axe-core runs in every page: no serious or critical violation. Screenshots go to
 * test-output/console/ (git-ignored). Waits are conditions with generous ceilings.
 */
describeInChromium('console.test.ts', 'console in headless Chromium', () => {
  jest.setTimeout(420_000);
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

  const newPage = () => harness.newPage({ acceptDownloads: true });
  const check = (page: Page, name: string) => harness.check(page, name);
  const signIn = (page: Page, email: string, password: string) => harness.signIn(page, email, password);

  it('walks the coordinator from the inbox to an agreed introduction in the KPIs and the CSV', async () => {
    const { page, problems } = await newPage();
    await page.goto(`${origin}/console/`);
    await page.getByRole('heading', { name: 'ログイン' }).waitFor();
    await check(page, '01-sign-in');
    await signIn(page, 'coordinator@demo.musubi.example', 'demo-coordinator-2026');

    // Inbox: the four needs the coordinator holds (three open), and new needs to take.
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    await page.getByText('車載向け基板のはんだ接合部のボイド低減').first().waitFor();
    await check(page, '02-inbox');
    await page.getByRole('button', { name: '担当する: 水田用除草機の自動走行化' }).click();
    await page.locator('#held-heading ~ .step-group').getByText('水田用除草機の自動走行化').waitFor();

    // The session survives a reload.
    await page.reload();
    await page.getByRole('heading', { name: '受信箱' }).waitFor();
    await page.locator('#held-heading ~ .step-group').getByRole('link', { name: '水田用除草機の自動走行化' }).click();

    // Need page: candidates with explanations; escalation shows the next holder.
    await page.getByRole('heading', { name: '水田用除草機の自動走行化' }).waitFor();
    await page.locator('.candidate').first().waitFor();
    await page.getByText(/段階 2 の担当/).waitFor();
    expect(await page.locator('.candidate').count()).toBeGreaterThan(1);
    expect(await page.locator('.candidate').first().locator('.factors li').count()).toBeGreaterThan(2);
    const seedTitle = (await page.locator('.candidate .card-head a').first().textContent())!;
    await page.locator('.candidate').nth(0).getByRole('checkbox', { name: '比較する' }).check();
    await page.locator('.candidate').nth(1).getByRole('checkbox', { name: '比較する' }).check();
    await page.getByRole('table', { name: '候補の比較' }).waitFor();
    await check(page, '03-need');
    await page.getByRole('button', { name: `紹介を提案: ${seedTitle}` }).click();
    await page.locator('.candidate').first().getByLabel('提案のメモ').fill('自動走行の実績から');
    await page.locator('.candidate').first().getByRole('button', { name: '提案する' }).click();
    await page.locator('.candidate').first().getByText('提案済み').waitFor();

    // Pipeline: advance to agreed with an outcome.
    await page.getByRole('link', { name: 'マッチング' }).click();
    const card = page.locator('.card.match', { hasText: '水田用除草機の自動走行化' });
    for (const next of ['紹介済み', '面談', '協議中']) {
      await card.getByRole('button', { name: `進める: ${next}` }).click();
      await page.locator(`.board-column:has(h2:has-text("${next}")) .card.match`, { hasText: '水田用除草機の自動走行化' }).waitFor();
    }
    await card.getByRole('button', { name: '成約を記録' }).click();
    await card.getByLabel('成果の種類').selectOption('JOINT_RESEARCH');
    await card.getByLabel('金額 (円)').fill('1500000');
    await card.getByLabel('開始日').fill('2026-10-01');
    await card.getByRole('button', { name: '成約として記録する' }).click();
    await page.locator('.board-column:has(h2:has-text("成約")) .card.match', { hasText: '水田用除草機の自動走行化' }).waitFor();
    await check(page, '04-pipeline');

    // KPIs: the current fiscal year by default, the agreement counted, the chart drawn, the CSV downloaded.
    await page.getByRole('link', { name: '実績 (KPI)' }).click();
    await page.locator('.stat-agreed .stat-value').waitFor();
    expect(Number(await page.locator('.stat-agreed .stat-value').textContent())).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.chart svg rect').count()).toBeGreaterThan(0);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/令和\d+年度|令和元年度/);
    await page.getByText('共同研究').first().waitFor();
    await check(page, '05-kpis');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV をダウンロード' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^musubi-kpi-FY\d{4}\.csv$/);
    const csv = fs.readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain('年度,表,項目,件数,金額(円)');
    expect(text).toMatch(/成約 \(種類別\),共同研究,1,1500000/);

    // Search opens any record's page.
    await page.getByRole('link', { name: '検索' }).click();
    await page.getByLabel('キーワード').fill('有機EL');
    await page.getByRole('button', { name: '検索' }).last().click();
    await page.locator('.card a').first().waitFor();
    await check(page, '06-search');

    // An expired session says so and returns to sign-in.
    await page.evaluate(() => {
      const storage = (globalThis as any).localStorage;
      const s = JSON.parse(storage.getItem('musubi:console:session'));
      storage.setItem('musubi:console:session', JSON.stringify({ ...s, token: 'expired.token.value' }));
    });
    await page.goto(`${origin}/console/kpis`);
    await page.getByText('ログインの有効期限が切れました').waitFor();
    expect(problems).toEqual([]);
  });

  it('walks the researcher through a seed with a validation error fixed and a proposal answered', async () => {
    const ds = t.db.dataSource;
    const [coordinator] = await ds.query(`SELECT id, institution_id FROM coordinator WHERE key = 'c.okitama'`);
    const asCoordinator = t.as('COORDINATOR', { coordinatorId: coordinator.id, institutionId: coordinator.institution_id });
    const need = expectNoErrors(await asCoordinator.gql(`{ needByKey(key: "n.oled-lifetime") { id } }`)).needByKey;
    const seed = expectNoErrors(await asCoordinator.gql(`{ seedByKey(key: "s.oled-lifetime-accel") { id } }`)).seedByKey;
    expectNoErrors(
      await asCoordinator.gql(`mutation($i: ProposeMatchInput!) { proposeMatch(input: $i) { id } }`, {
        i: { needId: need.id, seedId: seed.id, note: '寿命評価の相談' },
      }),
    );

    const { page, problems } = await newPage();
    await signIn(page, 'researcher@demo.musubi.example', 'demo-researcher-2026');
    await page.getByRole('heading', { name: '自分の研究シーズ' }).waitFor();
    await page.locator('.card').first().waitFor();
    await check(page, '07-my-seeds');

    await page.getByRole('link', { name: 'シーズを登録する' }).click();
    await page.getByLabel('題名').fill('   ');
    await page.getByLabel('概要').fill('有機EL照明の封止膜の水蒸気透過率を簡便に測る方法。');
    await page.getByLabel('技術成熟度 (TRL 1〜9)').fill('12');
    await page.getByRole('button', { name: '保存する' }).click();
    // Both problems come back from the API at once (BAD_USER_INPUT with field paths) and show next to their fields.
    await page.locator('#seed-trl-error').waitFor();
    expect(await page.locator('#seed-trl-error').textContent()).toMatch(/1〜9/);
    expect(await page.locator('#seed-title-error').textContent()).toMatch(/空欄/);
    expect(await page.getByLabel('技術成熟度 (TRL 1〜9)').getAttribute('aria-invalid')).toBe('true');
    await check(page, '08-seed-form-errors');
    await page.getByLabel('技術成熟度 (TRL 1〜9)').fill('4');
    await page.getByLabel('題名').fill('封止膜の水蒸気透過率の簡易測定');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByRole('heading', { name: '封止膜の水蒸気透過率の簡易測定' }).waitFor();

    await page.getByRole('link', { name: '届いた提案' }).click();
    await page.getByText('寿命評価の相談').waitFor();
    await check(page, '09-proposals');
    await page.getByRole('button', { name: '受ける' }).first().click();
    await page.getByText('回答待ちの提案はありません。').waitFor();
    const [answered] = await ds.query(
      `SELECT status FROM introduction WHERE need_id = (SELECT id FROM need WHERE key = 'n.oled-lifetime') AND seed_id = (SELECT id FROM seed WHERE key = 's.oled-lifetime-accel')`,
    );
    expect(answered.status).toBe('INTRODUCED');

    await page.getByRole('link', { name: '合うニーズ' }).click();
    await page.locator('.candidate').first().waitFor();
    await check(page, '10-researcher-needs');
    expect(problems).toEqual([]);
  });

  it('shows the administrator accounts, keys (a new key once) and weight sets, in English on the switch', async () => {
    const { page, problems } = await newPage();
    await signIn(page, 'admin@demo.musubi.example', 'demo-admin-2026');
    await page.getByRole('heading', { name: '管理' }).waitFor();
    await page.getByLabel('名前').fill('テスト連携先');
    await page.getByLabel('機関', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('button', { name: '発行' }).click();
    await page.locator('code.secret').waitFor();
    expect(await page.locator('code.secret').textContent()).toMatch(/^mk_/);
    await check(page, '11-admin');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByText('You have signed out.').waitFor();
    expect(problems).toEqual([]);
  });

  it("shows the coordinator's notifications with an unread count in the header, marks them read and turns one kind of mail off", async () => {
    const ds = t.db.dataSource;
    // Two needs arrive in Okitama with nobody holding them; the outbox tells the area's coordinators.
    const [company] = await ds.query(`SELECT id FROM company WHERE region_code = 'JP-06-OKITAMA' ORDER BY key LIMIT 1`);
    for (const title of ['試作基板の外観検査を自動化したい', '米沢織の端材を再利用したい']) {
      expectNoErrors(
        await t.as('ADMIN').gql(`mutation($i: SubmitNeedInput!) { submitNeed(input: $i) { id } }`, {
          i: { companyId: toGlobalId('Company', company.id), title, description: `${title}。相談先を探しています。`, category: 'TECHNICAL' },
        }),
      );
    }
    while ((await dispatchEvents(ds, `${origin}/console`)) > 0);
    const unreadOf = async () =>
      Number(
        (
          await ds.query(
            `SELECT count(*) AS n FROM notification n JOIN account a ON a.id = n.account_id WHERE a.email = 'coordinator@demo.musubi.example' AND n.read_at IS NULL`,
          )
        )[0].n,
      );
    const unread = await unreadOf();
    expect(unread).toBeGreaterThanOrEqual(2);

    const { page, problems } = await newPage();
    await signIn(page, 'coordinator@demo.musubi.example', 'demo-coordinator-2026');
    await page.getByRole('link', { name: `お知らせ (未読 ${unread} 件)` }).click();
    await page.getByRole('heading', { name: 'お知らせ', level: 1 }).waitFor();
    const item = page.locator('.notification', { hasText: '米沢織の端材を再利用したい' });
    await item.getByRole('heading', { name: '担当者のいない新しいニーズ' }).waitFor();
    await check(page, '12-notifications');

    await item.getByRole('button', { name: '既読にする: 担当者のいない新しいニーズ' }).click();
    await page.getByRole('link', { name: `お知らせ (未読 ${unread - 1} 件)` }).waitFor();
    expect(await unreadOf()).toBe(unread - 1);

    await page.getByRole('checkbox', { name: '担当地域に届いた、担当者のいないニーズ' }).uncheck();
    await page.getByRole('button', { name: '設定を保存' }).click();
    await page.getByRole('status').getByText('保存しました').waitFor();
    const [settings] = await ds.query(
      `SELECT s.email_muted FROM notification_setting s JOIN account a ON a.id = s.account_id WHERE a.email = 'coordinator@demo.musubi.example'`,
    );
    expect(settings.email_muted).toEqual(['UNHELD_NEED']);

    await page.getByRole('button', { name: 'すべて既読にする' }).click();
    await page.getByRole('link', { name: 'お知らせ', exact: true }).waitFor();
    expect(await unreadOf()).toBe(0);
    await page.reload();
    await expect(page.getByRole('checkbox', { name: '担当地域に届いた、担当者のいないニーズ' }).isChecked()).resolves.toBe(false);
    expect(problems).toEqual([]);
  });
});
