import { describe, expect, it } from 'vitest';
import { ReportTargetType } from '../../../src/core/reports/report.ts';
import { reportTargetTypes } from '../i18n/governance-labels.ts';
import { acceptAttribute, addFiles, checkFile, fieldErrors, MAX_EVIDENCE_FILE_BYTES, MAX_EVIDENCE_FILES, reportFormData } from './report-draft.ts';

const file = (name: string, size = 10, type = '') => ({ name, size, type });

describe('report draft', () => {
  it('offers the target types the API takes', () => {
    expect([...reportTargetTypes].sort()).toEqual([...ReportTargetType.options].sort());
  });

  it('checks type by name and the API size limit before upload', () => {
    expect(checkFile(file('截图.PNG'))).toBeUndefined();
    expect(checkFile(file('物流.csv'))).toBeUndefined();
    expect(checkFile(file('page.html'))).toBe('type');
    expect(checkFile(file('icon.svg'))).toBe('type');
    expect(checkFile(file('empty.txt', 0))).toBe('empty');
    expect(checkFile(file('big.jpg', MAX_EVIDENCE_FILE_BYTES + 1))).toBe('size');
    expect(checkFile(file('max.jpg', MAX_EVIDENCE_FILE_BYTES))).toBeUndefined();
    expect(acceptAttribute).toContain('.pdf');
    expect(acceptAttribute).not.toContain('svg');
  });

  it('keeps at most the API count of files and says what it refused', () => {
    const many = Array.from({ length: MAX_EVIDENCE_FILES + 2 }, (_, i) => file(`${i}.png`));
    const added = addFiles([], [file('x.exe'), ...many]);
    expect(added.files).toHaveLength(MAX_EVIDENCE_FILES);
    expect(added.overCount).toBe(2);
    expect(added.refused).toEqual([{ name: 'x.exe', problem: 'type' }]);
  });

  it('builds the multipart body POST /v1/reports reads', async () => {
    const shot = new File([new Uint8Array([1, 2])], '<b>shot</b>.png', { type: 'image/png' });
    const form = reportFormData({ targetType: 'merchant', targetId: ' shop-1 ', category: 'brushing', description: '刷单' }, [shot]);
    expect(JSON.parse(form.get('report') as string)).toEqual({ target: { type: 'merchant', id: 'shop-1' }, category: 'brushing', description: '刷单' });
    const files = form.getAll('files') as File[];
    expect(files.map((f) => f.name)).toEqual(['<b>shot</b>.png']);
    expect(new Uint8Array(await files[0]!.arrayBuffer())).toEqual(new Uint8Array([1, 2]));
  });

  it('puts each API field error beside its field and names files by name', () => {
    const error = {
      status: 415, code: 'SM_UNSUPPORTED_FILE', message: 'An evidence file is not accepted.',
      details: [{ field: 'files[1]', message: 'is not a PNG' }, { field: 'description', message: 'must describe what was seen' }, { field: 'target.id', message: 'must not be empty' }, { field: 'reporterRef', message: 'odd' }],
    };
    expect(fieldErrors(error, [file('a.png'), file('b.png')])).toEqual({
      byField: { files: ['b.png: is not a PNG'], description: ['must describe what was seen'], targetId: ['must not be empty'] },
      other: [{ field: 'reporterRef', message: 'odd' }],
    });
    expect(fieldErrors({ status: 413, code: 'SM_BODY_TOO_LARGE', message: 'too big' }, []).byField).toEqual({ files: ['too big'] });
  });
});
