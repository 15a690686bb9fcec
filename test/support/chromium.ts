import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/**
 * Debian's `chromium` driven by playwright-core (nothing downloaded), for every browser test.
 * Without it a browser test is skipped with a message, except under CI=true: .ci/run installs
 * Chromium, so there its absence is an error.
 */
const CHROMIUM = process.env.MUSUBI_CHROMIUM ?? '/usr/bin/chromium';
const available = fs.existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';

// No sandbox (root), no GPU, and no background traffic (the network is closed; Chromium's own
// connections would be refused by the dozen).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `describe` where Chromium is installed (always in CI, where its absence fails); skipped with a warning elsewhere. */
export function describeInChromium(file: string, title: string, body: () => void): void {
  if (!available && !inCi) console.warn(`${file}: SKIPPED — no Chromium at ${CHROMIUM} (apt-get install -y chromium fonts-ipafont-gothic).`);
  (available || inCi ? describe : describe.skip)(title, body);
}

/** A headless Chromium; playwright gives it a fresh, empty profile (--user-data-dir) of its own. */
export function launchChromium(): Promise<Browser> {
  if (!available) throw new Error(`CI=true but Chromium is missing at ${CHROMIUM}: .ci/run should have installed the Debian package "chromium"`);
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
