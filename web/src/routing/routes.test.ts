import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entityTypes } from '../../../src/core/events/primitives.ts';
import { matchRoute, paths } from './routes.ts';

describe('console routes', () => {
  it('reads the list, a finding, an entity and anything else', () => {
    expect(matchRoute('/')).toEqual({ page: 'findings' });
    expect(matchRoute('/findings/')).toEqual({ page: 'findings' });
    expect(matchRoute('/findings/f_123')).toEqual({ page: 'finding', id: 'f_123' });
    expect(matchRoute('/entities/merchant/shop-hot')).toEqual({ page: 'entity', entityType: 'merchant', entityId: 'shop-hot' });
    expect(matchRoute('/entities/planet/earth')).toEqual({ page: 'not-found' });
    expect(matchRoute('/findings/%E0%A4%A')).toEqual({ page: 'not-found' });
    expect(matchRoute('/nope')).toEqual({ page: 'not-found' });
    expect(matchRoute('/report')).toEqual({ page: 'file-report' });
    expect(matchRoute('/reports/')).toEqual({ page: 'reports' });
    expect(matchRoute('/cases')).toEqual({ page: 'cases' });
    expect(matchRoute('/constructor')).toEqual({ page: 'not-found' });
    expect(matchRoute('/__proto__/x')).toEqual({ page: 'not-found' });
    expect(matchRoute('/cases/case_1/x')).toEqual({ page: 'not-found' });
  });

  it('reads back every path it writes, whatever characters an id holds', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom(...entityTypes), (id, type) => {
        expect(matchRoute(paths.finding(id))).toEqual({ page: 'finding', id });
        expect(matchRoute(paths.entity(type, id))).toEqual({ page: 'entity', entityType: type, entityId: id });
        expect(matchRoute(paths.report(id))).toEqual({ page: 'report', id });
        expect(matchRoute(paths.case(id))).toEqual({ page: 'case', id });
      }),
    );
  });
});
