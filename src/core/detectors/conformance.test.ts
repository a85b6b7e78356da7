// The conformance suite every registered detector passes: contract-valid findings, real evidence, determinism.
import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../events/event.ts';
import { Finding } from '../findings/finding.ts';
import { SnapshotBuilder } from '../snapshot/snapshot-builder.ts';
import { detectors } from './registry.ts';
import { runDetectors } from './run-detectors.ts';
import { fixtures } from './testing/fixtures.ts';

function snapshotOf(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return builder.finish();
}

function reversedArrival(events: readonly ShoumenEvent[]): ShoumenEvent[] {
  return [...events].reverse();
}

describe.each(detectors.map((d) => [d.name, d] as const))('detector %s', (name, detector) => {
  const fixture = fixtures[name];

  it('has fixtures', () => expect(fixture).toBeDefined());
  if (!fixture) return;

  it('finds nothing in an empty snapshot', () => {
    expect(runDetectors(snapshotOf([]), [detector])).toEqual({ findings: [], failures: [] });
  });

  it('finds the positive fixture and not the negative one', () => {
    expect(runDetectors(snapshotOf(fixture.positive), [detector]).findings.length).toBeGreaterThan(0);
    expect(runDetectors(snapshotOf(fixture.negative), [detector])).toEqual({ findings: [], failures: [] });
  });

  it('emits findings that meet the contract, with evidence that exists in the snapshot', () => {
    const snapshot = snapshotOf(fixture.positive);
    const known = new Set(Array.from({ length: snapshot.eventCount }, (_, i) => snapshot.eventId(i)));
    const { findings, failures } = runDetectors(snapshot, [detector]);
    expect(failures).toEqual([]);
    for (const finding of findings) {
      expect(Finding.safeParse(finding).success).toBe(true);
      expect(detector.kinds).toContain(finding.kind);
      expect(finding.detector).toBe(`${detector.name}@${detector.version}`);
      expect(finding.evidence.eventIds.length).toBeGreaterThan(0);
      for (const id of finding.evidence.eventIds) expect(known.has(id)).toBe(true);
      const keys = finding.entities.map((e) => `${e.type}:${e.id}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(Date.parse(finding.window.from)).toBeLessThanOrEqual(Date.parse(finding.window.to));
    }
  });

  it('is deterministic and does not depend on arrival order', () => {
    const first = runDetectors(snapshotOf(fixture.positive), [detector]);
    const again = runDetectors(snapshotOf(fixture.positive), [detector]);
    const reversed = runDetectors(snapshotOf(reversedArrival(fixture.positive)), [detector]);
    expect(again).toEqual(first);
    const summary = (r: typeof first) => r.findings.map((f) => [f.id, f.score, [...f.evidence.eventIds].sort()]);
    expect(summary(reversed)).toEqual(summary(first));
  });

  it('rejects invalid parameters as a failure value instead of throwing', () => {
    const result = runDetectors(snapshotOf(fixture.positive), [detector], { params: { [name]: { unknownShape: Symbol('x'), threshold: 'high', ratio: -1 } } });
    expect(result.findings).toEqual([]);
    expect(result.failures[0]?.detector).toBe(name);
  });
});
