import { describe, expect, it } from 'vitest';
import type { ShoumenEvent } from '../../events/event.ts';
import { SnapshotBuilder } from '../../snapshot/snapshot-builder.ts';
import { runDetectors } from '../run-detectors.ts';
import { stagedSubsidies } from '../subsidy-abuse/fixture.ts';
import { at } from '../testing/event-factory.ts';
import { insiderCollusion } from './detector.ts';
import { insiderCollusionFixture } from './fixture.ts';

function run(events: readonly ShoumenEvent[]) {
  const builder = new SnapshotBuilder(undefined);
  for (const event of events) builder.add(event);
  return runDetectors(builder.finish(), [insiderCollusion]).findings;
}

describe('insider-collusion', () => {
  it('names the approving operator and the shop, not the colleague who overrode one alert', () => {
    const [finding, ...rest] = run(insiderCollusionFixture.positive);
    expect(rest).toEqual([]);
    expect(finding!.entities).toEqual([{ type: 'operator', id: 'op-lin', role: 'insider' }, { type: 'merchant', id: 'shop-kin', role: 'merchant' }]);
    expect(finding!.reasons.find((r) => r.code === 'OVERRODE_ALERTS_ON_APPROVED_SHOPS')!.value).toBe(4);
  });

  it('does not count the approver overriding alerts on shops whose subsidies look fine', () => {
    const elsewhere = Array.from({ length: 5 }, (_, i) => at(400 + i, 'operator.action', { operatorId: 'op-lin', action: 'alert.overridden', target: { type: 'merchant', id: `shop-${i}` } }));
    expect(run([...stagedSubsidies('op-lin', 1), ...elsewhere])).toEqual([]);
  });
});
