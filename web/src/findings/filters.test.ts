import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../src/core/events/primitives.ts';
import { findingKinds, severities } from '../../../src/core/findings/finding.ts';
import { filtersFromSearch, MAX_TEXT, searchFromFilters, type FindingFilters } from './filters.ts';

const word = fc.string({ minLength: 1, maxLength: 40 }).map((s) => s.trim()).filter((s) => s.length > 0);
const filters: fc.Arbitrary<FindingFilters> = fc.record(
  {
    kind: fc.constantFrom(...findingKinds),
    severity: fc.constantFrom(...severities),
    minScore: fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true }),
    entity: fc.record({ type: fc.constantFrom(...entityTypes), id: word }),
    q: word,
  },
  { requiredKeys: [] },
);

describe('findings filters in the URL', () => {
  it('reads back every filter set it writes', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(filtersFromSearch(searchFromFilters(f))).toEqual(f);
      }),
    );
  });

  it('writes one URL per view whatever order the parameters came in', () => {
    expect(searchFromFilters(filtersFromSearch('q=shop&kind=contact_spam&severity=high'))).toBe('kind=contact_spam&severity=high&q=shop');
    expect(searchFromFilters({})).toBe('');
  });

  it('drops what a hand-edited link gets wrong and keeps the rest', () => {
    expect(filtersFromSearch('kind=planet&severity=HIGH&minScore=2&entityType=merchant&q=%20%20')).toEqual({});
    expect(filtersFromSearch('kind=contact_spam&minScore=abc&entityId=x')).toEqual({ kind: 'contact_spam' });
    expect(filtersFromSearch('minScore=0.5&entityType=account&entityId=%20buyer-1%20')).toEqual({ minScore: 0.5, entity: { type: 'account', id: 'buyer-1' } });
    expect(filtersFromSearch(`q=${'x'.repeat(500)}`).q).toHaveLength(MAX_TEXT);
  });

  it('keeps free text with URL-special characters intact', () => {
    const q = '加微信 a&b=c?#% <script>';
    expect(filtersFromSearch(searchFromFilters({ q }))).toEqual({ q });
  });
});
