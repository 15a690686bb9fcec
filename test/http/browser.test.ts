import { Browser } from 'playwright-core';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { describeInChromium, launchChromium } from '../support/chromium';
import { startTestServer, TestServer } from '../support/test-server';

/**
 * The playground in a real headless Chromium (test/support/chromium.ts): load /graphql on a
 * server with the demo data, wait for GraphiQL, run the welcome query, and read the result pane.
 */

/** Set to a file path to keep a screenshot of the playground after the query ran. */
const SCREENSHOT = process.env.MUSUBI_PLAYGROUND_SCREENSHOT;

const WELCOME = 'query Welcome { seeds(first: 5) { totalCount edges { node { id title trl status institution { nameJa } } } } }';

describeInChromium('browser.test.ts', 'playground in headless Chromium', () => {
  let t: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestServer();
    await loadDemoDataIfEmpty(t.db.dataSource);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('loads GraphiQL from the server alone, runs the welcome query and shows demo seeds', async () => {
    const expected = await t.gql<{ seeds: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(WELCOME);
    const firstTitle = expected.data!.seeds.edges[0].node.title;

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
    const origin = new URL(t.url).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(t.url);
    await page.locator('.graphiql-container').waitFor({ timeout: 20_000 });
    // The welcome tab holds the default query; the schema has been introspected when the docs button is enabled.
    await page.locator('.graphiql-query-editor .CodeMirror').getByText('query Welcome').first().waitFor();
    await page.locator('.graphiql-execute-button').click();

    const result = page.locator('.graphiql-response .result-window');
    await result.getByText(firstTitle).first().waitFor({ timeout: 15_000 });
    const text = (await result.textContent()) ?? '';
    expect(text).toContain(`"totalCount": ${expected.data!.seeds.totalCount}`);
    expect(text).toContain(firstTitle);
    expect(text).not.toContain('"errors"');

    // The examples pane lists the coordinators' operations in Japanese and English.
    await expect(page.getByText('操作例 / Examples').first().isVisible()).resolves.toBe(true);

    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(pageErrors).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
