import { describe, expect, it } from 'vitest';
import type { Finding } from '../findings/finding.ts';
import { fuseScores } from '../scoring/fuse.ts';
import type { ReportInput } from './report-input.ts';
import { renderReport } from './render-report.ts';

const attack = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const findings: Finding[] = [
  {
    id: 'f_golden_1', kind: 'order_concentration', score: 0.92, severity: 'critical',
    summary: 'Shop m-1: 12 orders from 3 buyers within 60 minutes (ratio 4.0 ≥ 3)', summaryZh: '店铺 m-1：60 分钟内 12 笔订单仅来自 3 位买家（比值 4.0 ≥ 3）',
    entities: [{ type: 'merchant', id: 'm-1', role: 'merchant' }, { type: 'account', id: 'a-1', role: 'repeat_buyer' }, { type: 'account', id: 'a-2', role: 'repeat_buyer' }],
    window: { from: '2026-11-02T09:00:00+08:00', to: '2026-11-02T09:44:00+08:00' },
    reasons: [{ code: 'ORDERS_PER_BUYER_HOURLY', message: '12 orders ÷ 3 unique buyers = 4.0', messageZh: '订单数 12 ÷ 独立买家数 3 = 4.0', value: 4, threshold: 3 }],
    evidence: { eventIds: ['e1', 'e2', 'e3'], metrics: { peakOrders: 12, peakBuyers: 3 } },
    detector: 'order-concentration@1.0.0',
  },
  {
    id: 'f_golden_2', kind: 'contact_spam', score: 0.7, severity: 'medium',
    summary: `1 text(s) divert buyers ${attack}`, summaryZh: `引流 ${attack}`,
    entities: [{ type: 'merchant', id: `m-${attack}`, role: 'poster' }],
    window: { from: '2026-11-02T10:00:00+08:00', to: '2026-11-02T10:00:00+08:00' },
    reasons: [{ code: 'CONTACT_HANDLE', message: attack, messageZh: attack, value: attack }],
    evidence: { eventIds: [`e-${attack}`], metrics: { handles: attack } },
    detector: 'contact-spam@1.0.0',
  },
];

const input: ReportInput = {
  run: {
    generatedAt: '2026-11-28T12:00:00+08:00', source: 'events.jsonl', linesRead: 40, eventsAccepted: 38, rejected: 1, duplicates: 1,
    eventsByType: { 'order.placed': 30, 'listing.published': 8 }, tenants: 1,
    detectors: ['order-concentration@1.0.0', 'contact-spam@1.0.0'], fusionVersion: 'fusion-1', failures: [], elapsedMs: 1234,
  },
  findings,
  scores: fuseScores(findings),
};

describe('renderReport', () => {
  it('matches the golden report', async () => {
    await expect(renderReport(input)).toMatchFileSnapshot('./golden/report.html');
  });

  it('escapes attacker-written text everywhere it appears', () => {
    const page = renderReport(input);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
  });

  it('is self-contained: no external scripts, styles or images', () => {
    expect(renderReport(input)).not.toMatch(/<(script|link)\b|src="http|href="http/);
  });
});
