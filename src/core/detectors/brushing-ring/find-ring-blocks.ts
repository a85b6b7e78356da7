// The ring search: candidate blocks from three searches, each trimmed to its ring, measured against the null model, deduplicated.
import { candidateBlocks, type CandidateSource } from './candidate-blocks.ts';
import { measureBlock, type RingMeasures } from './measure-block.ts';
import { refineBlock, refineContext, type RefineContext, type RingBlockCore } from './refine-block.ts';
import { indexRingInput, type RingInput } from './ring-input.ts';
import { defaultRingSearch, type RingSearchOptions } from './ring-search-options.ts';
import { windowCounts } from './window-counts.ts';

export type RingBlock = RingBlockCore & RingMeasures & { readonly sources: CandidateSource[] };

/** Blocks sharing most of their members are one ring found twice; the more surprising one stays. */
function overlaps(a: RingBlockCore, b: RingBlockCore): boolean {
  const members = new Set(a.accounts);
  let shared = 0;
  for (const x of b.accounts) if (members.has(x)) shared += 1;
  return shared * 2 > Math.min(a.accounts.length, b.accounts.length);
}

export function findRingBlocks(
  input: RingInput, options: RingSearchOptions = defaultRingSearch, weakMember?: RefineContext['weakMember'],
): { rings: RingBlock[]; examined: RingBlock[] } {
  if (input.account.length === 0) return { rings: [], examined: [] };
  const index = indexRingInput(input);
  const context = refineContext(index, windowCounts(index), weakMember);
  const examined: RingBlock[] = [];
  for (const candidate of candidateBlocks(index, options)) {
    const core = refineBlock(context, candidate, options);
    if (core.accounts.length === 0 || core.items.length === 0) continue;
    const twin = examined.find((b) => overlaps(b, core) && b.items.length === core.items.length && b.fromDay === core.fromDay && b.toDay === core.toDay);
    if (twin) {
      if (!twin.sources.includes(candidate.source)) twin.sources.push(candidate.source);
      continue;
    }
    examined.push({ ...core, ...measureBlock(index, core, options.minAccountOrders), sources: [candidate.source] });
  }
  examined.sort((a, b) => b.surprise - a.surprise || a.accounts[0]! - b.accounts[0]!);
  const rings: RingBlock[] = [];
  for (const block of examined) {
    // Members admitted on one purchase join a ring's core; they cannot be most of it.
    const weak = block.accounts.length - block.strongMembers;
    if (block.strongMembers < options.minMembers || weak > block.strongMembers || block.items.length < options.minItems) continue;
    if (block.lift < options.minLift || block.surprise < options.minSurprise) continue;
    if (rings.some((r) => overlaps(r, block))) continue;
    rings.push(block);
  }
  return { rings, examined };
}
