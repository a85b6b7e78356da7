// sales_spike: a shop's or item's orders far above its own robust, seasonally adjusted baseline, with no promotion behind it.
import { ok } from '../../result.ts';
import { defineDetector } from '../detector.ts';
import { describeSpike, spikeContext } from './describe-spike.ts';
import { findSpikes } from './find-spikes.ts';
import { SpikeParams } from './params.ts';

export const salesSpike = defineDetector({
  name: 'sales-spike',
  version: '1.1.0',
  kinds: ['sales_spike'],
  params: SpikeParams,
  run(snapshot, params) {
    const search = findSpikes(snapshot, params);
    if (!search.axis || !search.rule || !search.exclusions || search.spikes.length === 0) return ok([]);
    const context = spikeContext(snapshot, search.axis, search.orders, search.exclusions, search.rule);
    return ok(search.spikes.map((spike) => describeSpike(snapshot, context, spike, params)));
  },
});
