import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet, type RuleProblem } from './rule-set.ts';
import { runRuleTests } from './run-tests.ts';

const defaultPack = readFileSync(new URL('./packs/default.rules', import.meta.url), 'utf8');

function problems(source: string): RuleProblem[] {
  const loaded = loadRuleSet(source);
  return loaded.ok ? [] : loaded.error;
}

const rule = (when: string, on = 'order.placed') => `ruleset t

feature orders_1h = count by merchant over 1h on order.placed

rule R1 {
  on ${on}
  when ${when}
  then review
  message "m"
  message_zh "m"
}
`;

describe('loading a rule set', () => {
  it('loads the default pack, and every test in it passes', () => {
    const loaded = loadRuleSet(defaultPack);
    expect(loaded.ok ? [] : loaded.error).toEqual([]);
    if (!loaded.ok) return;
    expect(loaded.value.file.rules.length).toBeGreaterThanOrEqual(10);
    const results = runRuleTests(loaded.value);
    expect(results.filter((r) => !r.passed)).toEqual([]);
    expect(results.length).toBeGreaterThanOrEqual(10);
  });

  it('refuses a syntax error with its line, column and reason', () => {
    expect(problems(rule('feature.orders_1h >= '))).toEqual([{ line: 8, column: 3, message: 'expected a value, found "then"' }]);
    expect(problems(rule('feature.orders_1h >= 3 >= 2'))).toEqual([{ line: 7, column: 31, message: 'comparisons cannot be chained; join them with "and"' }]);
    expect(problems(rule('event.amount > 1', 'order.teleported'))[0]).toMatchObject({ line: 6, column: 6, message: 'unknown event type "order.teleported"' });
    expect(problems('ruleset t\nrule r1 {}')[0]).toMatchObject({ line: 2, column: 6 });
    const unterminated = problems('ruleset t\nfeature x = count by merchant over 1h on order.placed where "unterminated\n')[0];
    expect([unterminated?.line, unterminated?.message]).toEqual([2, 'unterminated string (strings cannot span lines; use \\n)']);
  });

  it('refuses type errors with the position of the offending expression', () => {
    expect(problems(rule('event.amount > "cheap"'))).toEqual([{ line: 7, column: 23, message: 'the right side of > must be number, but "cheap" is string' }]);
    expect(problems(rule('event.rating > 3'))).toEqual([{ line: 7, column: 8, message: 'event.rating is not a field of order.placed' }]);
    expect(problems(rule('feature.nope > 3'))).toEqual([{ line: 7, column: 8, message: 'unknown feature "nope" (declared: orders_1h)' }]);
    expect(problems(rule('feature.orders_1h + 1'))[0]?.message).toBe('the when clause of R1 must be boolean, but feature.orders_1h + 1 is number');
    expect(problems(rule('event.accountId == 3'))[0]?.message).toBe('cannot compare string with number: event.accountId == 3');
    expect(problems(rule('ratio(event.accountId, 2) > 1'))[0]?.message).toBe('ratio() argument 1 must be a number, not string');
    expect(problems(rule('event.from > 1', 'transfer.sent'))[0]?.message).toContain('event.from is an object');
  });

  it('checks feature declarations: keys the events carry, windows, what is summed', () => {
    const feature = (decl: string) => problems(`ruleset t\n${decl}\n`).map((p) => p.message);
    expect(feature('feature x = count by payment over 1h on order.placed')).toEqual(['feature x: order.placed carries no payment key']);
    expect(feature('feature x = count by account over 31d on order.placed')).toEqual(['feature x: the window may be at most 30d']);
    expect(feature('feature x = sum(event.accountId) by account over 1h on order.placed')).toEqual(['what sum() adds must be number, but event.accountId is string']);
    expect(feature('feature x = count by account over 1h on order.placed where feature.y > 1')).toEqual(['a feature declaration can read only the event, not other features']);
  });

  it('reports every problem at once, in source order', () => {
    const source = rule('event.nope > 1 and feature.nope > 2');
    expect(problems(source).map((p) => p.column)).toEqual([8, 27]);
  });
});
