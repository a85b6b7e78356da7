import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseStates } from '../../../src/core/cases/transition-table.ts';
import { findingKinds, severities } from '../../../src/core/findings/finding.ts';
import { caseFiltersFromSearch, searchFromCaseFilters } from './case-filters.ts';

describe('case queue filters', () => {
  it('keep valid values from a link and drop the rest', () => {
    expect(caseFiltersFromSearch('kind=brushing_ring&severity=huge&state=closed&assignee=%20张三%20&x=1')).toEqual({ kind: 'brushing_ring', state: 'closed', assignee: '张三' });
    expect(caseFiltersFromSearch('state=constructor')).toEqual({});
  });

  it('read back every view they write', () => {
    const filters = fc.record(
      { kind: fc.constantFrom(...findingKinds), severity: fc.constantFrom(...severities), state: fc.constantFrom(...caseStates), assignee: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s !== '') },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(filters, (f) => {
        expect(caseFiltersFromSearch(searchFromCaseFilters(f))).toEqual(f);
      }),
    );
  });
});
