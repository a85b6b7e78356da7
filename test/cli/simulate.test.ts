import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEvent } from '../../src/core/events/validate.ts';
import { tempDir } from '../support/temp-dir.ts';

const bin = fileURLToPath(new URL('../../bin/shoumen', import.meta.url));
const dir = tempDir('shoumen-simulate-');

function simulate(name: string, extra: string[] = []): { events: string; truth: string; stdout: string } {
  const out = join(dir, `${name}.jsonl`);
  const truth = join(dir, `${name}.csv`);
  const stdout = execFileSync(bin, ['simulate', '--out', out, '--truth', truth, '--accounts', '400', '--merchants', '50', '--days', '6', '--seed', '9', ...extra], {
    encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { events: readFileSync(out, 'utf8'), truth: readFileSync(truth, 'utf8'), stdout };
}

describe('shoumen simulate', () => {
  it('writes byte-identical files for the same seed, every line a valid event, and a truth CSV usable as labels', () => {
    const first = simulate('a');
    const second = simulate('b');
    expect(second.events).toBe(first.events);
    expect(second.truth).toBe(first.truth);
    const lines = first.events.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5_000);
    for (const [i, line] of lines.entries()) {
      const result = validateEvent(JSON.parse(line));
      if (!result.ok) throw new Error(`line ${i + 1}: ${JSON.stringify(result.error)}`);
    }
    const rows = first.truth.trimEnd().split('\n');
    expect(rows[0]).toBe('entityType,entityId,label,pattern');
    expect(rows.slice(1).every((row) => /^(account|merchant|item|order|review|device|operator),[a-z]+_[0-9a-z]+,[01],[a-z_]+$/.test(row))).toBe(true);
    expect(rows.some((row) => row.endsWith(',1,brushing_ring'))).toBe(true);
    expect(first.stdout).toContain('attacks injected');
  }, 120_000);

  it('honours --attacks none and rejects unknown attack names', () => {
    const quiet = simulate('none', ['--attacks', 'none']);
    expect(quiet.truth.includes(',1,')).toBe(false);
    expect(() => simulate('bad', ['--attacks', 'brushing,farm'])).toThrow(/unknown attack/);
  }, 120_000);
});
