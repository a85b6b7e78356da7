import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { BacktestReport } from '../../src/app/backtest.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { tempDir } from '../support/temp-dir.ts';

const bin = fileURLToPath(new URL('../../bin/shoumen', import.meta.url));
const defaultPack = fileURLToPath(new URL('../../src/core/rules/packs/default.rules', import.meta.url));
const dir = tempDir('shoumen-rules-cli-');
const run = (args: string[]) => spawnSync(bin, args, { encoding: 'utf8' });

function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** A rules file with one rule; `when` and the test block vary per case. */
const rulesFile = (when: string, tests = '') => `ruleset shop_orders

feature orders_1h = count by merchant over 1h on order.placed

rule SHOP_BURST {
  on order.placed
  when ${when}
  then review
  message "{feature.orders_1h} orders at {event.merchantId} within an hour"
  message_zh "店铺 {event.merchantId} 一小时内 {feature.orders_1h} 单"
}
${tests}`;

const burstTest = (expected: string) => `
test "a third order within the hour is reviewed" {
  repeat 3 every 10m event order.placed { orderId: "o-{i}", accountId: "b1", merchantId: "shop", itemId: "i1", quantity: 1, amount: 990 }
  expect ${expected}
}
`;

describe('shoumen rules check', () => {
  it('accepts a good file and prints what it holds', () => {
    const result = run(['rules', 'check', defaultPack]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ruleset default, \d+ features, \d+ rules, \d+ tests — OK/);
    expect(result.stdout).toMatch(/sha256 [0-9a-f]{64}/);
  });

  it('refuses a syntax error with the file, line, column and reason, exiting non-zero', () => {
    const file = write('syntax.rules', rulesFile('feature.orders_1h >='));
    const result = run(['rules', 'check', file]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${file}:8:3: expected a value, found "then"`);
    expect(result.stderr).toContain('SM_RULES_INVALID');
    expect(result.stdout).not.toContain('OK');
  });

  it('refuses a type error with its position and reason', () => {
    const file = write('types.rules', rulesFile('event.amount > "cheap"'));
    const result = run(['rules', 'check', file]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(`${file}:7:23: the right side of > must be number, but "cheap" is string`);
  });
});

describe('shoumen rules test', () => {
  it('runs every test of the default pack and passes', () => {
    const result = run(['rules', 'test', defaultPack]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^(\d+) passed, 0 failed/m);
    expect(result.stdout).not.toContain('FAIL');
  });

  it('reports a failing test with its line and what differed, exiting 1', () => {
    const file = write('failing.rules', rulesFile('feature.orders_1h >= 3', burstTest('block')));
    const result = run(['rules', 'test', file]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(`FAIL  ${file}:13  a third order within the hour is reviewed (3 events)`);
    expect(result.stdout).toMatch(/line 15: expected block, got review \(fired: SHOP_BURST\)/);
    expect(result.stdout).toContain('0 passed, 1 failed');
  });
});

describe('shoumen rules backtest', () => {
  const base = Date.parse('2026-11-03T10:00:00+08:00');
  const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
  const order = (id: string, minutes: number, accountId: string, merchantId: string): ShoumenEvent => ({
    id, type: 'order.placed', ts: at(minutes), orderId: `order-${id}`, accountId, merchantId, itemId: 'item-1', quantity: 1, amount: 1990,
  });
  // One shop takes four orders from one buyer in 40 minutes (the last id carries a terminal escape); three honest shops take one each.
  const events = [
    order('hot-1', 0, 'sock', 'shop-hot'), order('hot-2', 10, 'sock', 'shop-hot'), order('hot-3', 20, 'sock', 'shop-hot'), order('hot-\u001b[2J', 40, 'sock', 'shop-hot'),
    ...[1, 2, 3].map((i) => order(`ok-${i}`, i * 5, `buyer-${i}`, `shop-${i}`)),
  ];
  const data = join(dir, 'data');
  const stored = run(['analyze', '--events', write('events.jsonl', `${events.map((e) => JSON.stringify(e)).join('\n')}\n`), '--out', join(dir, 'out'), '--data', data]);
  const draft = write('draft.rules', rulesFile('feature.orders_1h >= 3'));
  const labels = write('labels.csv', ['entityType,entityId,label', 'merchant,shop-hot,1', 'account,sock,1', 'merchant,shop-1,0', 'account,buyer-2,0', 'account,mule,1', ''].join('\n'));

  it('replays the stored events through a draft and scores it against labels', () => {
    expect(stored.status).toBe(0);
    const result = run(['rules', 'backtest', draft, '--data', data, '--labels', labels, '--json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as BacktestReport;
    expect(report.events).toBe(events.length);
    expect(report.outcomes).toMatchObject({ allow: 5, review: 2 });
    expect(report.rules).toEqual([{ code: 'SHOP_BURST', outcome: 'review', fired: 2, examples: ['hot-3', 'hot-\u001b[2J'] }]);
    // Flagged: shop-hot and sock (both fraud); mule is fraud but never seen, so recall is 2 of 3.
    expect(report.labels).toMatchObject({ labelled: 5, positives: 3, flagged: 2, truePositives: 2, precision: 1 });
    expect(report.labels?.recall).toBeCloseTo(2 / 3, 6);
  });

  it('prints a readable report, with event ids escaped', () => {
    const result = run(['rules', 'backtest', draft, '--data', data, '--labels', labels]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`backtest of shop_orders over ${events.length} stored events`);
    expect(result.stdout).toContain('e.g. hot-3, hot-\\u001b[2J');
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('precision 100.0%, recall 66.7%');
  });

  it('refuses a broken draft before opening the store', () => {
    const result = run(['rules', 'backtest', write('broken.rules', rulesFile('feature.nope > 3')), '--data', data]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('unknown feature "nope" (declared: orders_1h)');
  });
});
