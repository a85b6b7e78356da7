// The console in real Chromium against the real server: findings list, filters, finding page, evidence shown as text, language.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsoleIfStale } from '../../scripts/build-web-if-stale.mjs';
import { analysisOutputFolder } from '../../src/adapters/files/analysis-output.ts';
import { tempDir } from '../support/temp-dir.ts';
import { browserSessions, chromiumMissing } from './browser-session.ts';
import { consoleTestEvents, FLOOD_ORDERS, SPAM_ACCOUNTS, xss } from './console-data.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';

describe.skipIf(chromiumMissing !== undefined)('the console in Chromium', () => {
  let server: ConsoleServer;

  beforeAll(async () => {
    await buildConsoleIfStale({ quiet: true });
    server = await startConsoleServer();
    await server.postEvents(consoleTestEvents());
  });

  afterAll(async () => {
    await server?.close();
  });

  const open = browserSessions(() => server);

  const rows = (p: Page) => p.locator('table.findings tbody tr');
  const rowCount = (p: Page, n: number) => p.waitForFunction((count) => document.querySelectorAll('table.findings tbody tr').length === count, n);
  /** Every test but the first needs findings; run detection here if the first test did not (a filtered run). */
  const ensureAnalysed = async () => {
    if ((await server.api('/v1/analysis/runs/latest')).status === 404) expect((await server.api('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
  };
  const apiTotal = async (query = '') => ((await (await server.api(`/v1/findings?limit=1${query}`)).json()) as { total: number }).total;

  it('runs detection from the header, then lists the findings page by page', async () => {
    const p = await open('/');
    await p.getByText('尚未运行检测').waitFor();
    await p.getByText('没有符合条件的发现。').waitFor();
    await p.getByRole('button', { name: '立即运行检测' }).click();
    await p.getByText(/检测完成：\d+ 条发现/).waitFor();
    const total = await apiTotal();
    expect(total).toBeGreaterThan(SPAM_ACCOUNTS);
    await rowCount(p, 50);
    await p.getByText(`共 ${total} 条`).waitFor();
    await p.getByRole('button', { name: '加载更多' }).click();
    await rowCount(p, total);
    expect(await p.getByRole('button', { name: '加载更多' }).count()).toBe(0);
    const ids = await rows(p).locator('td.summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(new Set(ids).size).toBe(total);
  });

  it('filters by kind, keeps the filter in the URL and survives a reload', async () => {
    await ensureAnalysed();
    const p = await open('/');
    await rowCount(p, 50);
    await p.getByLabel('类型', { exact: true }).selectOption('order_concentration');
    await p.waitForURL(/\?kind=order_concentration$/);
    const concentrated = await apiTotal('&kind=order_concentration');
    expect(concentrated).toBe(2);
    await rowCount(p, concentrated);
    expect(await rows(p).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kind')))).toEqual(['order_concentration', 'order_concentration']);
    await rows(p).getByText('订单集中', { exact: true }).first().waitFor();
    await p.reload();
    await rowCount(p, concentrated);
    expect(await p.getByLabel('类型', { exact: true }).inputValue()).toBe('order_concentration');
    await p.getByRole('button', { name: '清除筛选' }).click();
    await p.waitForURL(`${server.url}/`);
    await rowCount(p, 50);
    const high = p.getByRole('button', { name: /^高 \d+$/ });
    const highCount = Number((await high.textContent())!.replace(/\D/g, ''));
    await high.click();
    await p.waitForURL(/\?severity=high$/);
    await rowCount(p, Math.min(50, highCount));
    expect(await high.getAttribute('aria-pressed')).toBe('true');
    expect(await p.getByLabel('严重程度', { exact: true }).inputValue()).toBe('high');
  });

  it('names a bad filter instead of sending it, and filters by entity', async () => {
    await ensureAnalysed();
    const p = await open('/');
    await rowCount(p, 50);
    await p.getByLabel('实体类型').selectOption('merchant');
    await p.getByRole('button', { name: '筛选', exact: true }).click();
    await p.getByRole('alert').getByText('实体类型和实体编号需同时填写').waitFor();
    expect(await p.getByLabel('实体编号').getAttribute('aria-invalid')).toBe('true');
    await p.getByLabel('实体编号').fill('shop-hot');
    await p.getByLabel('实体编号').press('Enter');
    await p.waitForURL(/entityType=merchant&entityId=shop-hot/);
    await rowCount(p, 1);
  });

  it('shows a finding with its reasons, entities and the evidence text exactly as the attacker wrote it', async () => {
    await ensureAnalysed();
    const p = await open('/?entityType=merchant&entityId=shop-xss');
    await rowCount(p, 1);
    await rows(p).locator('td.summary a').focus();
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/findings\//);
    await p.getByRole('heading', { name: '判定原因' }).waitFor();
    await p.getByRole('cell', { name: 'CONTACT_HANDLE' }).waitFor();
    await p.getByRole('link', { name: 'shop-xss' }).first().waitFor();
    const texts = p.locator('.plain-text');
    await texts.first().waitFor();
    expect(await texts.allTextContents()).toEqual(expect.arrayContaining([xss.listingTitle, xss.listing]));
    expect(await p.locator('main script, main img, main a[href^="javascript:"]').count()).toBe(0);
    expect(await p.locator('svg[aria-label="实体关系图"] a').count()).toBeGreaterThan(1);
  });

  it('keeps markup in an entity id inert in links, the graph and the entity page', async () => {
    await ensureAnalysed();
    const p = await open(`/?entityType=account&entityId=${encodeURIComponent(xss.accountId)}`);
    await rowCount(p, 1);
    await rows(p).locator('td.summary a').click();
    await p.locator('.plain-text', { hasText: 'xss_kefu888' }).waitFor();
    expect(await p.locator('.plain-text').first().textContent()).toBe(xss.review);
    await p.locator('.entity-list a', { hasText: xss.accountId }).click();
    await p.waitForURL(/\/entities\/account\//);
    await p.getByRole('heading', { name: xss.accountId }).waitFor();
    await p.getByRole('heading', { name: '风险分数' }).waitFor();
    await rowCount(p, 1);
    expect(await p.locator('main svg[onload], main img').count()).toBe(0);
  });

  it('pages through evidence larger than one page', async () => {
    await ensureAnalysed();
    const p = await open('/?entityType=merchant&entityId=shop-flood');
    await rowCount(p, 1);
    await rows(p).locator('td.summary a').click();
    await p.getByText(`第 1–50 条，共 ${FLOOD_ORDERS} 条`).waitFor();
    // The range is shown while the page of events is still loading: wait for the rows themselves.
    const eventRows = p.locator('table.evidence-events tbody tr');
    await eventRows.nth(49).waitFor();
    expect(await eventRows.count()).toBe(50);
    await p.getByRole('button', { name: '下一页' }).click();
    await p.getByText(`第 51–100 条，共 ${FLOOD_ORDERS} 条`).waitFor();
    await p.locator('table.evidence-events', { hasText: 'flood-order-99' }).waitFor();
    expect(await p.getByRole('button', { name: '下一页' }).isDisabled()).toBe(true);
  });

  it('asks for an API key, names a refused one, and shows who signed in with the roles they have', async () => {
    await ensureAnalysed();
    const p = await open('/', null);
    await p.getByRole('heading', { name: '使用 API 密钥登录' }).waitFor();
    await p.getByLabel('API 密钥').fill('sk_not_a_real_key');
    await p.getByRole('button', { name: '登录' }).click();
    await p.getByRole('alert').getByText('该密钥无效或已被吊销。').waitFor();
    await p.getByLabel('API 密钥').fill(await server.newKey(['read-only']));
    await p.getByRole('button', { name: '登录' }).click();
    await rowCount(p, 50);
    await p.getByText('浏览器测试 read-only').waitFor();
    expect(await p.getByRole('button', { name: '立即运行检测' }).count()).toBe(0);
    await p.getByRole('button', { name: '退出' }).click();
    await p.getByRole('heading', { name: '使用 API 密钥登录' }).waitFor();
    expect(await p.evaluate(() => sessionStorage.getItem('shoumen.apiKey'))).toBeNull();
  });

  it('shows an API error with its catalog code', async () => {
    await ensureAnalysed();
    const p = await open('/findings/no-such-finding');
    const alert = p.getByRole('alert');
    await alert.getByText('SM_NOT_FOUND').waitFor();
    await alert.getByText('No such finding.').waitFor();
    await alert.getByText('请求编号').waitFor();
  });

  it('switches between Chinese and English and remembers the choice', async () => {
    await ensureAnalysed();
    const p = await open('/?kind=order_concentration');
    await p.getByRole('heading', { name: '风险发现' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await rows(p).getByText('订单集中').first().waitFor();
    await p.getByRole('button', { name: '切换为英文' }).click();
    await p.getByRole('heading', { name: 'Findings' }).waitFor();
    await rows(p).getByText('Order concentration').first().waitFor();
    await p.getByLabel('Kind', { exact: true }).waitFor();
    expect(await rows(p).locator('td.summary').first().textContent()).toMatch(/^Shop \S+: \d+ orders from \d+ buyers/);
    await p.reload();
    await p.getByRole('heading', { name: 'Findings' }).waitFor();
    expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    await p.getByRole('button', { name: 'Switch to Chinese' }).click();
    await p.getByRole('heading', { name: '风险发现' }).waitFor();
  });

  it('report.html of the same store runs none of the attacker text either', async () => {
    await ensureAnalysed();
    const dir = tempDir('shoumen-browser-report-');
    await server.app.analyze({ from: 'store' }, { output: analysisOutputFolder(dir) });
    const p = await open(pathToFileURL(join(dir, 'report.html')).href, null);
    await p.locator('h1').first().waitFor();
    expect(await p.locator('body').textContent()).toContain(xss.accountId);
    expect(await p.locator('svg[onload], img[src="x"], script').count()).toBe(0);
  });
});
