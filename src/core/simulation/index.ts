// Public API of the marketplace simulator: a seeded, deterministic stream of contract events with ground truth.
export { simulateMarketplace, type SimulatedRecord } from './simulate.ts';
export {
  attackNames, demoOptions, parseAttackList, parseOptions, SimulationOptions,
  type AttackName, type SimulationOptionsInput,
} from './options.ts';
export { patterns, truthHeader, truthLine, type Pattern, type TruthRow } from './truth.ts';
