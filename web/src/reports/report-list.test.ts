import { describe, expect, it } from 'vitest';
import type { ReportView } from '../api/governance-calls.ts';
import { shownReports } from './report-list.ts';

const report = (id: string, receivedAt: string, filedBy?: string): ReportView => ({
  id, receivedAt, ...(filedBy ? { filedBy } : {}), target: { type: 'merchant', id: 'm' }, category: 'brushing', description: 'x', files: [], dueAt: receivedAt, status: 'received', notices: [], overdue: false,
});

describe('the reports list', () => {
  const items = [report('r1', '2026-11-01T00:00:00.000Z', 'key:a'), report('r2', '2026-11-02T00:00:00.000Z', 'key:b'), report('r3', '2026-11-03T00:00:00.000Z', 'key:a')];

  it('shows the newest first', () => {
    expect(shownReports(items, undefined, false).map((r) => r.id)).toEqual(['r3', 'r2', 'r1']);
  });

  it('keeps a staff key to its own reports when asked, by the actor id the API records', () => {
    expect(shownReports(items, { keyId: 'a' }, true).map((r) => r.id)).toEqual(['r3', 'r1']);
    expect(shownReports(items, { keyId: 'a' }, false)).toHaveLength(3);
  });

  it('trusts the API for a reporter key, whose reports carry no filer', () => {
    expect(shownReports([report('r9', '2026-11-01T00:00:00.000Z')], { keyId: 'z' }, true).map((r) => r.id)).toEqual(['r9']);
  });
});
