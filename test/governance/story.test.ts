// The whole governance story over HTTP: brushing → finding → case → confirm → actions → credit → appeal → re-decision → bundle → verify.
import { zipSync, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundleZip } from '../../src/app/governance/verify-bundle.ts';
import { nextEntry, type ChainEntry } from '../../src/core/cases/hash-chain.ts';
import { listFiles, sha256Sums, type Manifest } from '../../src/core/evidence/manifest.ts';
import { openTestServer, type TestClient, type TestServer } from '../support/test-app.ts';
import { PNG, SHOP, storyEvents } from './story-events.ts';

type Json = Record<string, unknown>;
const json = async (response: Response, status: number) => {
  const body = (await response.json()) as Json;
  expect([response.status, body]).toEqual([status, expect.anything()]);
  return body;
};

let t: TestServer;
let analyst: TestClient, governance: TestClient, robot: TestClient, reporter: TestClient, otherReporter: TestClient, otherTenant: TestClient;
let reportId: string;
let caseId: string;
let bundle: Uint8Array;

beforeAll(async () => {
  t = await openTestServer();
  analyst = await t.client({ roles: ['analyst'], name: '分析师 Zhang' });
  governance = await t.client({ roles: ['governance'], name: '治理 Wang' });
  robot = await t.client({ roles: ['governance'], kind: 'service', name: 'penalty-bot' });
  reporter = await t.client({ roles: ['reporter'], name: 'consumer app' });
  otherReporter = await t.client({ roles: ['reporter'], name: 'second consumer app' });
  otherTenant = await t.client({ tenant: 'another-market' });
});

describe('governance story', () => {
  it('takes a consumer report with evidence files, refusing a disguised file', async () => {
    const form = (files: [string, Uint8Array, string][]) => {
      const data = new FormData();
      data.set('report', JSON.stringify({ target: { type: 'merchant', id: SHOP }, category: 'brushing', description: '店铺刷单 <img src=x onerror=alert(1)>', reporterRef: 'consumer-42' }));
      for (const [name, bytes, type] of files) data.append('files', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
      return data;
    };
    const bad = await reporter.request('/v1/reports', { method: 'POST', body: form([['shot.png', new TextEncoder().encode('<html><script>alert(1)</script>'), 'image/png']]) });
    expect((await json(bad, 415)).error).toMatchObject({ code: 'SM_UNSUPPORTED_FILE', details: [{ field: 'files[0]' }] });
    const filed = await json(await reporter.request('/v1/reports', { method: 'POST', body: form([['截图.png', PNG, 'image/png'], ['物流.csv', new TextEncoder().encode('单号,状态\nSF100,签收\n'), 'text/csv']]) }), 201);
    expect(filed).toMatchObject({ status: 'received', category: 'brushing', overdue: false });
    expect(filed).not.toHaveProperty('caseIds');
    reportId = filed['id'] as string;
    const again = await json(await otherReporter.postJson('/v1/reports', { target: { type: 'merchant', id: SHOP }, category: 'brushing', description: 'same shop' }), 201);
    expect(((await t.app.governance.reports.get(undefined, again['id'] as string))!).groupId).toBe(reportId);
    expect((await otherReporter.request(`/v1/reports/${reportId}`)).status).toBe(404);
    const ids = async (query: string) => ((await json(await analyst.request(`/v1/reports?${query}`), 200))['items'] as { id: string }[]).map((r) => r.id);
    expect([(await ids('overdue=false')).sort(), await ids('overdue=true')]).toEqual([[reportId, again['id'] as string].sort(), []]);
    const file = await reporter.request(`/v1/reports/${reportId}/files/${(filed['files'] as { sha256: string }[])[0]!.sha256}`);
    expect([file.status, file.headers.get('content-disposition'), file.headers.get('x-content-type-options')]).toEqual([200, expect.stringMatching(/^attachment/), 'nosniff']);
    expect(Buffer.from(await file.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('opens one case for the shop after analysis, linked to the report', async () => {
    expect((await analyst.postJson('/v1/events', storyEvents())).status).toBe(200);
    expect((await otherTenant.postJson('/v1/events', [{ ...storyEvents()[0]!, id: 'foreign-1' }])).status).toBe(200);
    expect((await analyst.request('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
    const cases = (await json(await analyst.request('/v1/cases?state=open'), 200))['items'] as { id: string; subjects: string[]; reportIds: string[]; findings: { kind: string }[] }[];
    const mine = cases.filter((c) => c.subjects.includes(`merchant:${SHOP}`));
    expect(mine).toHaveLength(1);
    caseId = mine[0]!.id;
    expect(mine[0]!.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['contact_spam', 'order_concentration']));
    expect(mine[0]!.reportIds).toContain(reportId);
    expect((await analyst.request('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
    expect(((await json(await analyst.request('/v1/cases'), 200))['items'] as { subjects: string[] }[]).filter((c) => c.subjects.includes(`merchant:${SHOP}`))).toHaveLength(1);
    expect((await otherTenant.request(`/v1/cases/${caseId}`)).status).toBe(404);
  });

  it('is confirmed by an analyst only, and the decision becomes labels', async () => {
    expect((await governance.postJson(`/v1/cases/${caseId}/actions`, { kind: 'order_void', target: { type: 'order', id: 'story-o1' }, reason: 'x' })).status).toBe(409);
    expect((await analyst.postJson(`/v1/cases/${caseId}/transitions`, { transition: 'confirm' })).status).toBe(409);
    await json(await analyst.postJson(`/v1/cases/${caseId}/transitions`, { transition: 'investigate' }), 200);
    expect((await json(await governance.postJson(`/v1/cases/${caseId}/transitions`, { transition: 'confirm' }), 403)).error).toMatchObject({ code: 'SM_FORBIDDEN' });
    await json(await analyst.postJson(`/v1/cases/${caseId}/updates`, { kind: 'note', text: '三个买家一小时内反复下单' }), 200);
    expect(await json(await analyst.postJson(`/v1/cases/${caseId}/transitions`, { transition: 'confirm', reason: '刷单成立' }), 200)).toMatchObject({ state: 'confirmed' });
    const labels = await t.app.governance.labels.list();
    expect(labels.filter((l) => l.source === `case:${caseId}`).map((l) => `${l.entityType}:${l.entityId}:${l.label}`)).toEqual(expect.arrayContaining([`merchant:${SHOP}:1`, 'account:story-buyer-0:1']));
  });

  it('takes actions that are reversible only by later actions, and deducts credit', async () => {
    const act = (body: Json) => governance.postJson(`/v1/cases/${caseId}/actions`, body);
    const removed = await json(await act({ kind: 'review_remove', target: { type: 'review', id: 'story-rev-1' }, reason: '好评返现引流 / review for reward' }), 201);
    const voided = await json(await act({ kind: 'order_void', target: { type: 'order', id: 'story-o1' }, reason: '刷单订单' }), 201);
    const hold = await json(await act({ kind: 'settlement_hold', target: { type: 'merchant', id: SHOP }, reason: '刷单调查' }), 201);
    await json(await act({ kind: 'account_restrict', target: { type: 'account', id: 'story-buyer-0' }, reason: '刷手' }), 201);
    expect((await act({ kind: 'account_ban', target: { type: 'account', id: 'innocent' }, reason: 'x' })).status).toBe(400);
    const deduction = await json(await act({ kind: 'credit_deduction', target: { type: 'merchant', id: SHOP }, reason: '刷单扣分' }), 201);
    expect(deduction['creditEntryId']).toEqual(expect.any(String));
    await json(await act({ kind: 'order_unvoid', target: { type: 'order', id: 'story-o1' }, reason: '误判', reverses: voided['id'] }), 201);
    expect((await act({ kind: 'order_unvoid', target: { type: 'order', id: 'story-o1' }, reason: 'again', reverses: voided['id'] })).status).toBe(400);
    // The case's hold sits in the settlements queue beside the rules' holds, and the case's release frees it.
    const holds = async () => ((await json(await analyst.request(`/v1/settlements/holds?merchantId=${SHOP}`), 200))['items'] as Json[]).filter((h) => h['ruleCode'] === 'CASE_ACTION');
    expect(await holds()).toEqual([expect.objectContaining({ status: 'held', eventId: hold['id'], reason: expect.stringContaining('刷单调查') as unknown })]);
    await json(await act({ kind: 'settlement_release', target: { type: 'merchant', id: SHOP }, reason: '调查结束', reverses: hold['id'] }), 201);
    expect(await holds()).toEqual([expect.objectContaining({ status: 'released', note: '调查结束' })]);
    await json(await act({ kind: 'settlement_hold', target: { type: 'merchant', id: SHOP }, reason: '再次冻结' }), 201);
    expect((await holds()).map((h) => h['status']).sort()).toEqual(['held', 'released']);
    const review = await json(await analyst.request('/v1/actions?targetType=review&targetId=story-rev-1'), 200);
    expect((review['inForce'] as { id: string; reason: string }[]).map((a) => a.id)).toEqual([removed['id']]);
    const order = await json(await analyst.request('/v1/actions?targetType=order&targetId=story-o1'), 200);
    expect([(order['inForce'] as unknown[]).length, (order['history'] as unknown[]).length]).toEqual([0, 2]);
  });

  it('leaves the removed review out of the trusted rating on the next run', async () => {
    expect((await analyst.request('/v1/analysis/runs', { method: 'POST' })).status).toBe(200);
    const score = await json(await analyst.request('/v1/scores/review/story-rev-1'), 200);
    expect(score).toMatchObject({ treatment: 'left_out', weight: 0 });
    expect((score['reasons'] as { code: string }[])[0]?.code).toBe('HIDDEN_BY_ACTION');
  });

  it('derives credit from the ledger, takes an inspection, and re-decides an appealed automated penalty by a person', async () => {
    const credit = await json(await governance.request(`/v1/credit/${SHOP}`), 200);
    expect([credit['score'], credit['tier']]).toEqual([85, 'B']);
    const inspection = { id: 'insp-1', type: 'merchant.inspected', ts: '2026-11-03T10:00:00+08:00', merchantId: SHOP, inspectionId: 'QC-7', inspector: '第三方检测', kind: 'product_quality', result: 'fail' };
    await json(await governance.postJson('/v1/inspections', inspection), 201);
    expect((await json(await governance.postJson('/v1/inspections', inspection), 201))['duplicate']).toBe(true);
    const lines = (await json(await governance.request(`/v1/credit/${SHOP}`), 200))['lines'] as { id: string; reason: string; points: number }[];
    expect(lines.map((l) => [l.reason, l.points])).toEqual([['VALID_CONSUMER_REPORT', -3], ['CONFIRMED_BRUSHING', -12], ['INSPECTION_FAILED_PRODUCT_QUALITY', -15]]);
    const brushing = lines.find((l) => l.reason === 'CONFIRMED_BRUSHING')!;
    const appeal = await json(await governance.postJson('/v1/appeals', { merchantId: SHOP, lineId: brushing.id, statement: '三位买家是公司团购' }), 201);
    const appealId = appeal['id'] as string;
    expect(appeal).toMatchObject({ status: 'pending', reasons: { code: 'CONFIRMED_BRUSHING', messageZh: expect.stringContaining('确认刷单') as unknown } });
    expect((await robot.postJson(`/v1/appeals/${appealId}/decision`, { decision: 'overturned', reason: 'auto' })).status).toBe(403);
    const decided = await json(await governance.postJson(`/v1/appeals/${appealId}/decision`, { decision: 'reduced', reason: '规模较小', points: -6 }), 200);
    expect(decided).toMatchObject({ appeal: { status: 'reduced', decision: { byType: 'person' } }, credit: { score: 76, tier: 'B' } });
    expect((await governance.postJson(`/v1/appeals/${appealId}/decision`, { decision: 'upheld', reason: 'again' })).status).toBe(409);
  });

  it('closes the case and tells the reporter the outcome', async () => {
    await json(await governance.postJson(`/v1/cases/${caseId}/transitions`, { transition: 'close' }), 200);
    const seen = await json(await reporter.request(`/v1/reports/${reportId}`), 200);
    expect(seen).toMatchObject({ status: 'closed', outcome: { result: 'upheld' } });
    expect((seen['notices'] as { messageZh: string }[]).map((n) => n.messageZh)).toEqual([expect.stringContaining('成立'), expect.stringContaining('结案')]);
    const audit = (await json(await t.request(`/v1/audit?targetType=case&targetId=${caseId}`), 200))['items'] as { action: string; actor: { name: string } }[];
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.opened', 'case.investigate', 'case.confirm', 'case.close']));
    expect(audit.find((a) => a.action === 'case.confirm')?.actor.name).toBe('分析师 Zhang');
  });

  it('exports a bundle that verifies on its own, with the surrounding events and escaped attacker text', async () => {
    const response = await governance.request(`/v1/cases/${caseId}/evidence`);
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/zip']);
    bundle = new Uint8Array(await response.arrayBuffer());
    const check = verifyBundleZip(bundle, { expectedHead: response.headers.get('x-shoumen-chain-head')!.split(':')[1]! });
    expect(check).toMatchObject({ ok: true, problems: [] });
    const files = unzipSync(bundle);
    const events = new TextDecoder().decode(files['events/events.jsonl']).trim().split('\n').map((l) => JSON.parse(l) as { id: string; type: string });
    expect([...new Set(events.map((e) => e.type))].sort()).toEqual(['account.login', 'listing.published', 'merchant.inspected', 'message.sent', 'order.paid', 'order.placed', 'order.scanned', 'order.shipped', 'review.edited', 'review.posted', 'transfer.sent']);
    expect(events.some((e) => e.id === 'foreign-1')).toBe(false);
    expect(Object.keys(files).filter((p) => p.startsWith('reports/files/'))).toHaveLength(2);
    const html = new TextDecoder().decode(files['report.html']);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });

  it('names the altered file when one byte of the bundle changes', () => {
    const files = unzipSync(bundle);
    const events = Uint8Array.from(files['events/events.jsonl']!);
    events.set([events.at(10)! ^ 1], 10);
    const tampered = { ...files, 'events/events.jsonl': events };
    const check = verifyBundleZip(zipSync(tampered));
    expect(check.ok).toBe(false);
    expect(check.problems).toEqual([expect.stringMatching(/^events\/events\.jsonl: SHA-256 .* \(the file was altered\)$/)]);
    const raw = Uint8Array.from(bundle);
    const third = Math.floor(raw.length / 3);
    raw.set([raw.at(third)! ^ 0xff], third);
    expect(verifyBundleZip(raw).ok).toBe(false);
  });

  it('names the altered chain entry even when the forger rewrote the manifest and SHA256SUMS', () => {
    const files = new Map(Object.entries(unzipSync(bundle)));
    const decoder = new TextDecoder();
    const chain = decoder.decode(files.get('case/chain.jsonl')).trim().split('\n').map((l) => JSON.parse(l) as ChainEntry);
    const target = chain.findIndex((e) => e.type === 'case.transitioned');
    chain[target] = { ...chain[target]!, actor: { type: 'person', id: 'key:someone-else' } };
    files.set('case/chain.jsonl', new TextEncoder().encode(chain.map((e) => `${JSON.stringify(e)}\n`).join('')));
    const manifest = JSON.parse(decoder.decode(files.get('manifest.json'))) as Manifest;
    const forged: Manifest = { ...manifest, files: listFiles(files) };
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify(forged)));
    files.set('SHA256SUMS', new TextEncoder().encode(sha256Sums(forged)));
    const check = verifyBundleZip(zipSync(Object.fromEntries(files)));
    expect(check.problems).toEqual([`case/chain.jsonl: chain entry ${chain[target].seq} (line ${target + 1}) its content does not match its hash (the entry was altered)`]);
    // A forger who re-hashes the whole chain and rewrites the manifest passes every internal check, but not the head sent separately.
    const rehashed: ChainEntry[] = [];
    for (const e of chain) rehashed.push(nextEntry(e.chain, rehashed[rehashed.length - 1], e));
    files.set('case/chain.jsonl', new TextEncoder().encode(rehashed.map((e) => `${JSON.stringify(e)}\n`).join('')));
    const reforged: Manifest = { ...manifest, chain: { ...manifest.chain, head: { seq: rehashed.length, hash: rehashed[rehashed.length - 1]!.hash } } };
    files.set('manifest.json', new TextEncoder().encode(JSON.stringify({ ...reforged, files: listFiles(files) })));
    files.set('SHA256SUMS', new TextEncoder().encode(sha256Sums({ ...reforged, files: listFiles(files) })));
    const rebuilt = zipSync(Object.fromEntries(files));
    expect(verifyBundleZip(rebuilt).ok).toBe(true);
    expect(verifyBundleZip(rebuilt, { expectedHead: manifest.chain.head.hash }).problems).toEqual([expect.stringContaining('is not the expected')]);
  });
});
