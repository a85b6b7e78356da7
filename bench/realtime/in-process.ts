// In-process throughput of the real-time path on one core: validate → update features → evaluate the default pack → decision.
import { validateEvent } from '../../src/core/events/validate.ts';
import type { ShoumenEvent } from '../../src/core/events/event.ts';
import { Decider } from '../../src/core/rules/decider.ts';
import type { RuleSet } from '../../src/core/rules/rule-set.ts';

/** Events per second of wall-clock time and per second of this process's CPU time (the fair figure on a shared machine). */
export type Rate = { wall: number; cpu: number };

export type InProcessResult = {
  events: number;
  validate: Rate;
  decide: Rate;
  fullPath: Rate;
  /** Decisions other than allow, as a sanity check that the rules really ran. */
  nonAllow: number;
  cpuMicrosPerEvent: number;
};

function timed(count: number, work: () => void): Rate {
  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  work();
  const used = process.cpuUsage(cpu);
  const wallSeconds = Number(process.hrtime.bigint() - wall) / 1e9;
  return { wall: Math.round(count / wallSeconds), cpu: Math.round(count / ((used.user + used.system) / 1e6)) };
}

/** `raw` are parsed JSON objects, as the HTTP layer hands them over. */
export function measureInProcess(raw: readonly unknown[], ruleSet: RuleSet): InProcessResult {
  const published = { ruleSet, label: { name: ruleSet.file.name, version: 1 } };
  // Warm-up on a throwaway decider, so the timed runs see optimised code.
  const warm = new Decider({ published });
  for (const record of raw.slice(0, 50_000)) {
    const checked = validateEvent(record);
    if (checked.ok) warm.decide(checked.value, Date.parse(checked.value.ts));
  }
  const events: ShoumenEvent[] = [];
  const validate = timed(raw.length, () => {
    for (const record of raw) {
      const checked = validateEvent(record);
      if (checked.ok) events.push(checked.value);
    }
  });
  const decideOnly = new Decider({ published });
  const decide = timed(events.length, () => {
    for (const event of events) decideOnly.decide(event, Date.parse(event.ts));
  });
  const full = new Decider({ published });
  let nonAllow = 0;
  const fullPath = timed(raw.length, () => {
    for (const record of raw) {
      const checked = validateEvent(record);
      if (checked.ok && full.decide(checked.value, Date.parse(checked.value.ts)).outcome !== 'allow') nonAllow += 1;
    }
  });
  return { events: raw.length, validate, decide, fullPath, nonAllow, cpuMicrosPerEvent: Number((1e6 / fullPath.cpu).toFixed(2)) };
}
