// The shipped fusion weights: how much each finding kind and each role in a finding counts towards an entity's score.
import type { FusionConfig } from './fuse.ts';

/** Bump when a weight changes: calibration fitted under other weights no longer holds. */
export const FUSION_WEIGHTS_VERSION = 'fusion-3';

export const fusionWeights: Pick<FusionConfig, 'version' | 'kindWeights' | 'roleWeights'> = {
  version: FUSION_WEIGHTS_VERSION,
  kindWeights: {
    // A spike is a lead for the graph detectors, not a verdict: a shop can go viral.
    sales_spike: 0.6,
    order_concentration: 0.8,
  },
  roleWeights: {
    buyer: 0.3,
    recipient: 0.2,
    // Listed for other detectors and the console to look at; the finding does not accuse them.
    spike_buyer: 0,
    // The shop an extortionist targets is the one harmed.
    victim: 0,
    // Approving is the operator's job; the insider finding is what accuses them.
    approver: 0.5,
    target_item: 0.6,
    spike_item: 0.5,
    // A ring's items are the shop's real listings whose sales were faked: the shop and the members are accused.
    ring_item: 0.6,
  },
};
