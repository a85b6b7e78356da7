import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { FindingsFile } from '../../src/core/findings/finding.ts';
import { fakeHotlinePage, honestTexts } from '../../src/core/detectors/contact-spam/sample-texts.ts';
import { tempDir } from '../support/temp-dir.ts';

const bin = fileURLToPath(new URL('../../bin/shoumen', import.meta.url));
const dir = tempDir('shoumen-analyze-');
const base = Date.parse('2026-11-03T10:00:00+08:00');
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString().replace('Z', '+00:00');

/** A small marketplace: one shop whose buyers order again and again within an hour, one fake-hotline listing, honest reviews. */
function dataset(): ShoumenEvent[] {
  const events: ShoumenEvent[] = [];
  let n = 0;
  const id = () => `ev-${(n += 1)}`;
  for (let i = 0; i < 15; i += 1) {
    events.push({ id: id(), type: 'order.placed', ts: at(i * 3), orderId: `hot-${i}`, accountId: `sock-${i % 4}`, merchantId: 'shop-hot', itemId: 'item-9', quantity: 1, amount: 2990 });
  }
  for (let i = 0; i < 60; i += 1) {
    const buyer = `buyer-${i}`;
    events.push({ id: id(), type: 'order.placed', ts: at(i * 7), orderId: `ok-${i}`, accountId: buyer, merchantId: `shop-${i % 5}`, itemId: `item-${i % 7}`, quantity: 1, amount: 1990 });
    events.push({ id: id(), type: 'review.posted', ts: at(i * 7 + 3000), reviewId: `rev-${i}`, accountId: buyer, merchantId: `shop-${i % 5}`, itemId: `item-${i % 7}`, rating: 4 + (i % 2), text: honestTexts[i % honestTexts.length]! });
  }
  events.push({ id: id(), type: 'listing.published', ts: at(5), merchantId: 'shop-fake', itemId: 'item-hotline', title: '热水器售后维修服务中心', description: fakeHotlinePage });
  events.push({ id: id(), type: 'review.posted', ts: at(9), reviewId: 'rev-xss', accountId: 'buyer-1', merchantId: 'shop-1', itemId: 'item-1', rating: 5, text: '<script>alert(1)</script>很好' });
  return events;
}

function writeJsonl(path: string, lines: string[]): void {
  writeFileSync(path, `${lines.join('\n')}\n`);
}

describe('shoumen analyze (end to end)', () => {
  const events = dataset();
  const lines = events.map((e) => JSON.stringify(e));
  lines.splice(10, 0, '{"id": "broken"');
  lines.splice(20, 0, JSON.stringify({ id: 'bad-1', type: 'order.placed', ts: '2026-11-03 10:00', orderId: 'x', accountId: 'a', merchantId: 'm', itemId: 'i', quantity: 0, amount: 5 }));
  lines.push(lines[0]!);
  const input = join(dir, 'events.jsonl');
  writeJsonl(input, lines);
  const out = join(dir, 'out');
  const run = spawnSync(bin, ['analyze', '--events', input, '--out', out, '--data', join(dir, 'data')], { encoding: 'utf8' });

  it('finds the concentrated shop and the fake hotline with readable reasons, and flags no honest review', () => {
    expect(run.status).toBe(0);
    const { findings } = FindingsFile.parse(JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')));
    const concentration = findings.find((f) => f.kind === 'order_concentration');
    expect(concentration?.entities[0]).toEqual({ type: 'merchant', id: 'shop-hot', role: 'merchant' });
    expect(concentration?.reasons[0]?.message).toMatch(/orders ÷ \d+ unique buyers/);
    const spam = findings.find((f) => f.kind === 'contact_spam');
    expect(spam?.entities.map((e) => e.id)).toContain('shop-fake');
    expect(spam?.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['CONTACT_HANDLE', 'REPEATED_NUMBER', 'SERVICE_AREA_LIST']));
    const flaggedReviews = findings.flatMap((f) => f.entities.filter((e) => e.type === 'review'));
    expect(flaggedReviews).toEqual([]);
    expect(run.stdout).toContain('order_concentration 1');
  });

  it('keeps every good line, reports every bad one by line and field, and skips the repeated id', () => {
    expect(run.stdout).toContain(`events accepted: ${events.length} of ${lines.length} records (1 duplicate ids skipped`);
    const rejects = readFileSync(join(out, 'rejects.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; errors: { field: string }[] });
    expect(rejects.map((r) => r.line)).toEqual([11, 21]);
    expect(rejects[1]!.errors.map((e) => e.field).sort()).toEqual(['quantity', 'ts']);
    expect(run.stdout).toContain('events.jsonl:11:');
  });

  it('writes scores and a report that escapes attacker text', () => {
    const scores = readFileSync(join(out, 'scores.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { entityType: string; entityId: string; score: number });
    expect(scores.find((s) => s.entityType === 'merchant' && s.entityId === 'shop-hot')?.score).toBeGreaterThan(0.5);
    const report = readFileSync(join(out, 'report.html'), 'utf8');
    expect(report).toContain('shop-hot');
    expect(report).not.toContain('<script>alert');
  });

  it('stores what it read: a second run of the same file adds nothing new', () => {
    const again = execFileSync(bin, ['analyze', '--events', input, '--out', join(dir, 'out2'), '--data', join(dir, 'data')], { encoding: 'utf8' });
    expect(again).toContain('0 new in the store');
  });

  it('reads CSV too, and explains a missing input or an unknown format', () => {
    const csv = join(dir, 'events.csv');
    const header = 'id,type,ts,orderId,accountId,merchantId,itemId,quantity,amount';
    const rows = Array.from({ length: 9 }, (_, i) => `c${i},order.placed,${at(i * 2)},co${i},csv-buyer-${i % 2},shop-csv,item-1,1,990`);
    writeFileSync(csv, `${[header, ...rows].join('\n')}\n`);
    const fromCsv = spawnSync(bin, ['analyze', '--events', csv, '--out', join(dir, 'out-csv'), '--no-store'], { encoding: 'utf8' });
    expect(fromCsv.stdout).toContain('order_concentration 1');
    const missing = spawnSync(bin, ['analyze', '--events', join(dir, 'nope.jsonl'), '--no-store'], { encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('No such file');
  });
});
