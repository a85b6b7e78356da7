import { describe, expect, it } from 'vitest';
import { draftOf, filtersOfDraft } from './filter-draft.ts';

const empty = draftOf({});

describe('the filter form', () => {
  it('turns what was typed into filters, trimming text', () => {
    expect(filtersOfDraft({ ...empty, kind: 'contact_spam', minScore: '0.7', entityType: 'merchant', entityId: ' shop-1 ', q: ' 微信 ' })).toEqual({
      filters: { kind: 'contact_spam', minScore: 0.7, entity: { type: 'merchant', id: 'shop-1' }, q: '微信' },
    });
    expect(filtersOfDraft(empty)).toEqual({ filters: {} });
  });

  it('names the field that is wrong instead of sending a request the API would refuse', () => {
    expect(filtersOfDraft({ ...empty, minScore: '1.5' })).toEqual({ problem: 'minScoreInvalid', field: 'minScore' });
    expect(filtersOfDraft({ ...empty, entityType: 'account' })).toEqual({ problem: 'entityRequiresBoth', field: 'entityId' });
    expect(filtersOfDraft({ ...empty, entityId: 'a-1' })).toEqual({ problem: 'entityRequiresBoth', field: 'entityType' });
  });

  it('shows the current filters back in the form', () => {
    const filters = { severity: 'high', minScore: 0.5, entity: { type: 'account', id: 'a-1' }, q: 'x' } as const;
    expect(filtersOfDraft(draftOf(filters))).toEqual({ filters });
  });
});
