// Runs the test blocks of a rules file: events from a fresh state, the expected outcome and reason codes of the last one.
import { validateEvent } from '../events/validate.ts';
import { formatIso } from '../time/format.ts';
import { durationSeconds, type JsonValue, type TestDecl, type TestStep } from './ast.ts';
import { Decider, type DecisionDraft } from './decider.ts';
import { locate } from './lexer.ts';
import type { RuleSet } from './rule-set.ts';

export const DEFAULT_TEST_START = '2026-11-02T10:00:00+08:00';
const DEFAULT_STEP_MS = 1_000;

export type TestOutcome = {
  readonly name: string;
  readonly line: number;
  readonly passed: boolean;
  /** Why it failed: the step's line and what differed. */
  readonly failures: readonly string[];
  readonly events: number;
};

function substitute(value: JsonValue, i: number): JsonValue {
  if (typeof value === 'string') return value.replaceAll('{i}', String(i));
  if (Array.isArray(value)) return value.map((v) => substitute(v, i));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, i)]));
  return value;
}

function runOne(ruleSet: RuleSet, test: TestDecl, index: number): TestOutcome {
  const decider = new Decider({ published: { ruleSet, label: { name: ruleSet.file.name, version: 0 } } });
  const line = (step: { span?: { start: number } | undefined }) => locate(ruleSet.source, step.span?.start ?? 0).line;
  const failures: string[] = [];
  let clock = Date.parse(test.start ?? DEFAULT_TEST_START);
  let sent = 0;
  let last: DecisionDraft | undefined;
  const send = (step: Extract<TestStep, { kind: 'event' }>, i: number) => {
    sent += 1;
    const raw = { ...(substitute(step.fields, i) as Record<string, JsonValue>), id: `test${index + 1}-${sent}`, type: step.type, ts: formatIso(clock) };
    const checked = validateEvent(raw);
    if (!checked.ok) {
      failures.push(`line ${line(step)}: the event is not valid: ${checked.error.map((e) => `${e.field} ${e.message}`).join('; ')}`);
      return;
    }
    last = decider.decide(checked.value, clock);
  };
  for (const step of test.steps) {
    if (step.kind === 'event') {
      const count = step.repeat?.count ?? 1;
      for (let i = 1; i <= count; i += 1) {
        const gap = i === 1 ? step.advance : (step.repeat?.every ?? step.advance);
        clock += gap ? durationSeconds(gap) * 1000 : DEFAULT_STEP_MS;
        send(step, i);
      }
      continue;
    }
    if (!last) {
      failures.push(`line ${line(step)}: expect comes before any event`);
      continue;
    }
    const fired = last.reasons.map((r) => r.code);
    if (last.outcome !== step.outcome) failures.push(`line ${line(step)}: expected ${step.outcome}, got ${last.outcome}${fired.length ? ` (fired: ${fired.join(', ')})` : ''}`);
    const missing = step.codes.filter((c) => !fired.includes(c));
    if (missing.length) failures.push(`line ${line(step)}: expected ${missing.join(', ')} to fire; fired: ${fired.join(', ') || 'none'}`);
  }
  return { name: test.name, line: line(test), passed: failures.length === 0, failures, events: sent };
}

export function runRuleTests(ruleSet: RuleSet): TestOutcome[] {
  return ruleSet.file.tests.map((test, index) => runOne(ruleSet, test, index));
}
