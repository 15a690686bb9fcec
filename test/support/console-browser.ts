import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, Page } from 'playwright-core';
import { loadDemoDataIfEmpty } from '../../src/demo/demo-loader';
import { launchChromium } from './chromium';
import { startTestServer, TestServer } from './test-server';

/**
 * The console's browser tests' shared harness: Chromium (./chromium.ts), the console built from
 * its sources, a test server on the demo data, axe-core run in every checked page (no serious or critical violation), screenshots in
 * test-output/console/ (git-ignored), and every request that leaves the server recorded.
 */
const ROOT = path.join(__dirname, '..', '..');
const SHOTS = path.join(ROOT, 'test-output', 'console');
/** The ceiling of every wait: waits are conditions, this only bounds a broken page. */
export const LONG = 45_000;

/**
 * The console is built by `npm run build`; the tests build it too, so they run what the sources
 * say. Once per jest run, under a lock: the browser test files run in parallel workers, and a
 * second build would empty dist/console under the first one's pages.
 */
async function buildConsoleOnce(): Promise<void> {
  const run = process.env.MUSUBI_TEST_TEMPLATE_URL ?? `pid ${process.pid}`;
  const marker = path.join(ROOT, 'dist', '.console-built-for');
  const lock = path.join(ROOT, 'dist', '.console-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  while (!acquired(lock)) {
    if (Date.now() - started > 10 * 60_000) throw new Error(`the console build lock ${lock} was held for 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === run) return;
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(ROOT, 'console', 'vite.config.mts')],
      { cwd: ROOT, stdio: 'pipe' },
    );
    fs.writeFileSync(marker, run);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function acquired(lock: string): boolean {
  try {
    fs.mkdirSync(lock);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // A lock older than any build was left by a killed run.
    const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
    if (age > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
    return false;
  }
}

export class ConsoleBrowser {
  private readonly axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

  private constructor(
    readonly server: TestServer,
    readonly browser: Browser,
    readonly origin: string,
  ) {}

  static async start(): Promise<ConsoleBrowser> {
    await buildConsoleOnce();
    fs.mkdirSync(SHOTS, { recursive: true });
    const server = await startTestServer();
    await loadDemoDataIfEmpty(server.db.dataSource);
    const browser = await launchChromium();
    return new ConsoleBrowser(server, browser, new URL(server.url).origin);
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  /** A page in a new context, with the page errors and foreign requests it meets in `problems`. */
  async newPage(options: { acceptDownloads?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
    // bypassCSP: only so that axe-core can be injected; the app itself runs under the page's policy in production.
    const context = await this.browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'ja-JP', bypassCSP: true, ...options });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(this.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`foreign request: ${url}`);
    });
    page.setDefaultTimeout(LONG);
    return { page, problems };
  }

  /** Once the page has loaded: a full-page screenshot named `name`, and no serious or critical axe violation. */
  async check(page: Page, name: string): Promise<void> {
    await page
      .locator('.loading')
      .first()
      .waitFor({ state: 'detached', timeout: LONG })
      .catch(() => undefined);
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    await page.evaluate(this.axeSource);
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

  async signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(`${this.origin}/console/`);
    await page.getByLabel('メールアドレス').fill(email);
    await page.getByLabel('パスワード').fill(password);
    await page.getByRole('button', { name: 'ログイン' }).click();
    await page.getByRole('button', { name: 'ログアウト' }).waitFor();
  }
}
