import { describe, expect, it } from 'vitest';
import { entryDetail } from './entry-detail.ts';

describe('case history entry lines', () => {
  it('say what each entry recorded, in the chosen language', () => {
    expect(entryDetail({ type: 'case.transitioned', payload: { transition: 'investigate', from: 'open', to: 'investigating' } }, 'zh')).toBe('待处理 → 调查中');
    expect(entryDetail({ type: 'case.transitioned', payload: { from: 'investigating', to: 'confirmed', reason: '证据充分' } }, 'en')).toBe('Investigating → Confirmed: 证据充分');
    expect(entryDetail({ type: 'case.finding_added', payload: { finding: { id: 'f_1' } } }, 'en')).toBe('f_1');
    expect(entryDetail({ type: 'case.opened', payload: { subjects: ['merchant:m1', 'account:a1'] } }, 'en')).toBe('merchant:m1, account:a1');
    expect(entryDetail({ type: 'action.taken', payload: { kind: 'settlement_hold', target: { type: 'merchant', id: 'm1' }, reason: '刷单' } }, 'en')).toBe('settlement_hold merchant:m1 — 刷单');
  });

  it('show nothing for an entry type they do not know, and never an object', () => {
    expect(entryDetail({ type: 'case.future_thing', payload: { a: 1 } }, 'en')).toBe('');
    expect(entryDetail({ type: 'case.note_added', payload: { text: { toString: () => 'x' } } }, 'en')).toBe('');
  });
});
