import { describe, expect, it } from 'vitest';
import { allowedTransitions } from './permissions.ts';

describe('case transitions in the console', () => {
  it('are offered by role and state, and never to keys the route table refuses', () => {
    expect(allowedTransitions({ roles: ['analyst'] }, 'investigating')).toEqual(['confirm', 'dismiss']);
    expect(allowedTransitions({ roles: ['governance'] }, 'investigating')).toEqual([]);
    expect(allowedTransitions({ roles: ['governance'] }, 'open')).toEqual(['investigate']);
    expect(allowedTransitions({ roles: ['admin'] }, 'closed')).toEqual(['reopen']);
    expect(allowedTransitions({ roles: ['read-only'] }, 'open')).toEqual([]);
    expect(allowedTransitions({ roles: ['reporter'] }, 'open')).toEqual([]);
    expect(allowedTransitions(undefined, 'open')).toEqual([]);
  });
});
