// Conformance fixtures: the approver of a shop's abused subsidies overriding its alerts, against one who never interferes.
import type { DetectorFixture } from '../testing/fixtures.ts';
import { stagedSubsidies } from '../subsidy-abuse/fixture.ts';
import { at } from '../testing/event-factory.ts';

const othersOverride = [
  at(30, 'operator.action', { operatorId: 'op-duty', action: 'alert.overridden', target: { type: 'merchant', id: 'shop-kin' } }),
  at(95, 'operator.action', { operatorId: 'op-duty', action: 'alert.confirmed', target: { type: 'merchant', id: 'shop-kin' } }),
];

export const insiderCollusionFixture: DetectorFixture = {
  positive: [...stagedSubsidies('op-lin', 4), ...othersOverride],
  // The subsidies are still abused, but their approver never touched an alert: the shop's case, not the operator's.
  negative: [...stagedSubsidies('op-lin', 0), ...othersOverride],
};
