import { describe, expect, it } from 'vitest';
import { acceptEvidenceFile, MAX_EVIDENCE_FILE_BYTES } from './evidence-policy.ts';
import { groupIdFor, isOverdue, ReportIntake, responseDueAt } from './report.ts';

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe('report intake', () => {
  it('names the bad field', () => {
    const parsed = ReportIntake.safeParse({ target: { type: 'shop', id: 'm1' }, category: 'brushing', description: ' ' });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['description', 'target.type']);
  });

  it('groups duplicates under the first report on the target and tracks the deadline', () => {
    expect(groupIdFor('r3', [{ groupId: 'r2', receivedAt: '2026-11-02T00:00:00Z' }, { groupId: 'r1', receivedAt: '2026-11-01T00:00:00Z' }])).toBe('r1');
    expect(groupIdFor('r3', [])).toBe('r3');
    const due = responseDueAt(Date.parse('2026-11-01T00:00:00Z'), 'contact_diversion');
    expect(due.toISOString()).toBe('2026-11-04T00:00:00.000Z');
    expect(isOverdue({ status: 'received', dueAt: due.toISOString() }, new Date('2026-11-05T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'closed', dueAt: due.toISOString() }, new Date('2026-11-05T00:00:00Z'))).toBe(false);
  });
});

describe('evidence file policy', () => {
  it('accepts sniffed images and PDFs, and real UTF-8 text named .csv or .txt', () => {
    expect(acceptEvidenceFile('shot.png', png, 'image/png')).toEqual({ ok: true, value: { mediaType: 'image/png', extension: 'png' } });
    expect(acceptEvidenceFile('物流.csv', new TextEncoder().encode('单号,状态\nSF1,签收\n'), undefined)).toMatchObject({ ok: true, value: { mediaType: 'text/csv' } });
  });

  it('refuses what it cannot show safely, whatever the name says', () => {
    expect(acceptEvidenceFile('shot.png', new TextEncoder().encode('<svg onload=alert(1)>'), undefined).ok).toBe(false);
    expect(acceptEvidenceFile('a.txt', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03]), undefined).ok).toBe(false);
    expect(acceptEvidenceFile('a.zip', png, 'application/zip').ok).toBe(false);
    expect(acceptEvidenceFile('big.png', new Uint8Array(MAX_EVIDENCE_FILE_BYTES + 1), 'image/png').ok).toBe(false);
    expect(acceptEvidenceFile('empty.txt', new Uint8Array(0), undefined).ok).toBe(false);
  });
});
