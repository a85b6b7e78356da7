// Wall and CPU time of a step, and the process's resident memory after it: on a shared machine CPU time says more about the code.
import { cpuUsage, memoryUsage, resourceUsage } from 'node:process';

/** rssMb: resident memory after the step; peakRssMb: the process's peak so far (an upper bound for the step). */
export type Timing = { readonly wallMs: number; readonly cpuMs: number; readonly rssMb: number; readonly peakRssMb: number };

export function timed<T>(run: () => T): { value: T; timing: Timing } {
  const wall = performance.now();
  const cpu = cpuUsage();
  const value = run();
  const used = cpuUsage(cpu);
  return {
    value,
    timing: {
      wallMs: Number((performance.now() - wall).toFixed(1)),
      cpuMs: Number(((used.user + used.system) / 1000).toFixed(1)),
      rssMb: Math.round(memoryUsage().rss / 2 ** 20),
      peakRssMb: Math.round(resourceUsage().maxRSS / 1024),
    },
  };
}

/** Collects garbage when the runner exposed it, so memory figures are not yesterday's arrays. */
export function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}
