// Public API of the marketplace simulator: a seeded, deterministic stream of contract events with ground truth.
export { simulateEvents, simulateHours, simulateMarketplace, type SimulatedHour, type SimulatedRecord } from './simulate.ts';
export { eventJson } from './event-json.ts';
export {
  attackNames, demoOptions, parseAttackList, parseOptions, SimulationOptions,
  type AttackName, type SimulationOptionsInput,
} from './options.ts';
export { patterns, truthHeader, truthLine, type Pattern, type TruthRow } from './truth.ts';
