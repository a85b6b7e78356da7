// Real Chromium for the browser suites: one browser per file, a fresh signed-in profile per test, and a check that no attacker text ran.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { ConsoleServer } from './console-server.ts';

const CHROMIUM = process.env.SHOUMEN_CHROMIUM ?? '/usr/bin/chromium';
/** The path that is missing, when there is no Chromium to drive; the suites skip then. */
export const chromiumMissing = existsSync(CHROMIUM) ? undefined : CHROMIUM;
// eslint-disable-next-line no-console -- a skipped browser suite must say what is missing, in every runner's output
if (chromiumMissing) console.warn(`test/browser skipped: no Chromium at ${chromiumMissing} (CI installs the Debian packages chromium and fonts-noto-cjk)`);

declare global {
  interface Window {
    __xss?: unknown;
  }
}

/**
 * Registers the hooks of a suite (inside its describe) and returns `open`. `serverOf` is read per test, after the
 * suite's own beforeAll has started the server. After each test: no injected script ran, no dialog, no page error.
 */
export function browserSessions(serverOf: () => ConsoleServer) {
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    if (!page || !context) return;
    expect(await page.evaluate(() => window.__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
    page = context = undefined;
  });

  /** A fresh profile (its own storage) at `path`, signed in with `key` (null: not signed in). */
  return async function open(path: string, key: string | null = serverOf().key): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    if (key) await context.addInitScript((k) => sessionStorage.setItem('shoumen.apiKey', k), key);
    // Fail at the step that is stuck, well before the test's own timeout.
    context.setDefaultTimeout(10_000);
    page = await context.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(path.startsWith('file:') ? path : `${serverOf().url}${path}`);
    return page;
  };
}
