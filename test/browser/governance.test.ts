// Reports and cases in real Chromium against the real server: a reporter files with evidence, field errors in place, markup in names stays text, cases move.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsoleIfStale } from '../../scripts/build-web-if-stale.mjs';
import { formatTime } from '../../web/src/format/format.ts';
import { PNG } from '../governance/story-events.ts';
import { browserSessions, chromiumMissing } from './browser-session.ts';
import { consoleTestEvents } from './console-data.ts';
import { startConsoleServer, type ConsoleServer } from './console-server.ts';

/** A file name an attacker chose: if the console treats it as markup, `window.__xss` gets set. */
const MARKUP_NAME = '<img src=x onerror="window.__xss=9">截图.png';

describe.skipIf(chromiumMissing !== undefined)('reports and cases in Chromium', () => {
  let server: ConsoleServer;
  let reporterKey: string;

  beforeAll(async () => {
    await buildConsoleIfStale({ quiet: true });
    server = await startConsoleServer();
    await server.postEvents(consoleTestEvents());
    expect((await server.api('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
    reporterKey = await server.newKey(['reporter']);
  });

  afterAll(async () => {
    await server?.close();
  });

  const open = browserSessions(() => server);

  /** Fills the report form; `description` empty leaves it out, to see the API name the field. */
  async function fillReport(p: Page, description: string, files: { name: string; buffer: Buffer }[], shop = 'shop-quiet') {
    await p.getByLabel('举报对象类型').selectOption('merchant');
    await p.getByLabel('对象编号').fill(shop);
    await p.getByLabel('举报类别').selectOption('brushing');
    await p.getByLabel('情况说明').fill(description);
    await p.getByLabel('证据文件').setInputFiles(files.map((f) => ({ ...f, mimeType: 'image/png' })));
  }

  it('files a report with a screenshot as a reporter, then finds it in my reports with its status and deadline', async () => {
    const p = await open('/', reporterKey);
    // A reporter's home is its reports; the nav offers only what the key may call.
    await p.getByRole('heading', { name: '我的举报' }).waitFor();
    const nav = p.getByRole('navigation', { name: 'main' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['我的举报', '举报']);
    await nav.getByRole('link', { name: '举报', exact: true }).click();
    await p.getByRole('heading', { name: '提交举报' }).waitFor();
    await p.getByText('每个不超过 5 MB，最多 6 个', { exact: false }).waitFor();
    await fillReport(p, '店铺组织刷单，买家收到空包。', [{ name: '截图.png', buffer: PNG }]);
    await p.getByRole('list', { name: '已选文件' }).getByText('截图.png').waitFor();
    await p.getByRole('button', { name: '提交举报' }).click();
    const receipt = p.getByRole('region', { name: '举报已提交' });
    await receipt.waitFor();
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('举报已提交');
    const id = (await receipt.locator('dd').first().textContent())!;
    const filed = (await (await server.api(`/v1/reports/${encodeURIComponent(id)}`)).json()) as { status: string; dueAt: string };
    expect(filed.status).toBe('received');
    await receipt.getByText('已受理').waitFor();
    await receipt.getByText(formatTime(filed.dueAt)).waitFor();
    await nav.getByRole('link', { name: '我的举报' }).click();
    const row = p.locator('table.reports tbody tr', { hasText: id });
    await row.waitFor();
    expect(await row.getAttribute('data-status')).toBe('received');
    await row.getByText('已受理').waitFor();
    await row.getByText('刷单').waitFor();
    await row.getByText(formatTime(filed.dueAt)).waitFor();
    await row.getByRole('link', { name: id }).click();
    await p.getByRole('cell', { name: '截图.png', exact: true }).waitFor();
    const sha256 = createHash('sha256').update(PNG).digest('hex');
    await p.getByRole('cell', { name: sha256 }).waitFor();
    // The file comes with the key in a header and is saved under its hash, not shown in the page.
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: '下载 截图.png' }).click()]);
    expect(download.suggestedFilename()).toBe(`${sha256}.png`);
    expect((await readFile(await download.path())).equals(PNG)).toBe(true);
  });

  it('shows the API error for a missing description beside the field, and moves focus there', async () => {
    const p = await open('/report', reporterKey);
    await fillReport(p, '', []);
    await p.getByRole('button', { name: '提交举报' }).click();
    await p.getByRole('alert').getByText('请修改标出的字段后再提交。').waitFor();
    const description = p.getByLabel('情况说明');
    expect(await description.getAttribute('aria-invalid')).toBe('true');
    const problemId = (await description.getAttribute('aria-describedby'))!.split(' ')[0]!;
    expect(await p.locator(`[id="${problemId}"]`).textContent()).toBe('must describe what was seen');
    await p.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    expect(await p.getByLabel('对象编号').getAttribute('aria-invalid')).toBeNull();
    await p.getByRole('button', { name: '切换为英文' }).click();
    await p.getByRole('heading', { name: 'File a report' }).waitFor();
    expect(await p.getByLabel('What you saw').getAttribute('aria-invalid')).toBe('true');
    await p.getByText('each at most 5 MB, at most 6 files', { exact: false }).waitFor();
  });

  it('shows a file name carrying markup as text, before upload and on the report page', async () => {
    const p = await open('/report', reporterKey);
    // A shop with findings and a case: the report is linked on intake, which staff will see on its page.
    await fillReport(p, '截图见附件', [{ name: MARKUP_NAME, buffer: PNG }], 'shop-xss');
    expect(await p.locator('.chosen-files .file-name').textContent()).toBe(MARKUP_NAME);
    await p.getByRole('button', { name: '提交举报' }).click();
    await p.getByRole('region', { name: '举报已提交' }).getByRole('link', { name: '查看举报详情' }).click();
    const cell = p.locator('table.evidence-files td.file-name');
    await cell.waitFor();
    expect(await cell.textContent()).toBe(MARKUP_NAME);
    expect(await p.locator('main img').count()).toBe(0);
  });

  it('opens a case from the queue and moves it to investigating as an analyst, the chain recording the move', async () => {
    const p = await open('/cases');
    await p.getByLabel('状态', { exact: true }).selectOption('open');
    await p.waitForURL(/\/cases\?state=open$/);
    const first = p.locator('table.cases tbody tr').first();
    await first.waitFor();
    expect(await first.getAttribute('data-state')).toBe('open');
    await first.locator('a').focus();
    await p.keyboard.press('Enter');
    await p.waitForURL(/\/cases\/[^/?]+$/);
    await p.getByText(/哈希链校验通过/).waitFor();
    expect(await p.locator('.case-findings a[href^="/findings/"]').count()).toBeGreaterThan(0);
    expect(await p.getByRole('button', { name: '确认违规' }).count()).toBe(0);
    await p.getByLabel('理由（可选，写入案件历史）').fill('买家集中 <b>可疑</b>');
    await p.getByRole('button', { name: '开始调查' }).click();
    await p.getByRole('status').getByText('案件已变更为「调查中」').waitFor();
    await p.waitForFunction(() => document.activeElement?.textContent === '案件已变更为「调查中」');
    await p.locator('table.case-history tr[data-type="case.transitioned"]', { hasText: '待处理 → 调查中: 买家集中 <b>可疑</b>' }).waitFor();
    await p.getByRole('button', { name: '确认违规' }).waitFor();
    expect(await p.getByRole('button', { name: '开始调查' }).count()).toBe(0);
    const id = decodeURIComponent(p.url().split('/cases/')[1]!);
    expect(((await (await server.api(`/v1/cases/${encodeURIComponent(id)}`)).json()) as { state: string }).state).toBe('investigating');
  });

  it('gives a read-only key the case and its history without a single transition button', async () => {
    const page = (await (await server.api('/v1/cases?limit=1')).json()) as { items: { id: string }[] };
    const p = await open(`/cases/${encodeURIComponent(page.items[0]!.id)}`, await server.newKey(['read-only']));
    await p.getByText(/哈希链校验通过/).waitFor();
    expect(await p.locator('.transition-panel button').count()).toBe(0);
    expect(await p.getByRole('navigation', { name: 'main' }).getByRole('link').allTextContents()).toEqual(['风险发现', '案件队列', '我的举报']);
  });
});
