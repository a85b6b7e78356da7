// Restarting the application keeps the features: the same stream gives the same decisions with or without a restart in the middle.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/app/application.ts';
import { parseConfig } from '../../src/app/config.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import type { Decision } from '../../src/core/rules/decision.ts';
import { simulateEvents } from '../../src/core/simulation/index.ts';
import { openApplication } from '../../src/main.ts';
import { tempDir } from '../support/temp-dir.ts';

async function open(dir: string): Promise<Application> {
  const parsed = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data: dir } });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return openApplication(parsed.value);
}

/** Decides events in request-sized batches, as an integration would send them; decidedAt is wall-clock time, so it is left out. */
async function decideAll(app: Application, events: readonly ShoumenEvent[]): Promise<Omit<Decision, 'decidedAt'>[]> {
  const out: Omit<Decision, 'decidedAt'>[] = [];
  for (let start = 0; start < events.length; start += 500) {
    for (const result of await app.realtime.decideMany(events.slice(start, start + 500))) {
      if (result.status !== 'accepted') throw new Error('every simulated event is new');
      const { decidedAt: _at, ...decision } = result.decision;
      out.push(decision);
    }
  }
  return out;
}

describe('restart', () => {
  const events = [...simulateEvents({ seed: 11, days: 10, accounts: 300, merchants: 30 })];

  it('gives identical decisions whether or not the server restarted in the middle', async () => {
    const root = tempDir();
    const straight = await open(join(root, 'straight'));
    const expected = await decideAll(straight, events);
    await straight.close();

    const half = Math.floor(events.length / 2);
    const before = await open(join(root, 'restarted'));
    const first = await decideAll(before, events.slice(0, half));
    await before.close();
    const after = await open(join(root, 'restarted'));
    const second = await decideAll(after, events.slice(half));
    const restored = await after.realtime.engine.state(undefined);
    await after.close();

    expect(restored.replayed).toBe(half);
    expect(first).toEqual(expected.slice(0, half));
    expect(second).toEqual(expected.slice(half));
    const fired = second.filter((d) => d.outcome !== 'allow');
    expect(fired.length).toBeGreaterThan(0);
    expect(new Set(second.map((d) => `${d.ruleSet.name}@${d.ruleSet.version}`))).toEqual(new Set(['default@1']));
  }, 120_000);
});
