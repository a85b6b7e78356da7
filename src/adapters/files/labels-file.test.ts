import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readLabelsFile } from './labels-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'shoumen-labels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('labels files', () => {
  it('read CSV, keep the good lines and name each bad one by line and field', async () => {
    const path = join(dir, 'labels.csv');
    writeFileSync(path, ['entityType,entityId,label,tenant', 'account,a1,1,', 'account,a2,0,shop-cn', 'robot,a3,1,', 'account,a4,maybe,', 'review,r1,true,', ''].join('\n'));
    const read = await readLabelsFile(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.labels).toEqual([
      { entityType: 'account', entityId: 'a1', label: 1, source: `file:${path}` },
      { entityType: 'account', entityId: 'a2', label: 0, tenant: 'shop-cn', source: `file:${path}` },
      { entityType: 'review', entityId: 'r1', label: 1, source: `file:${path}` },
    ]);
    expect(read.value.problems.map((p) => [p.line, p.field])).toEqual([[4, 'entityType'], [5, 'label']]);
  });

  it('read JSON Lines, reporting a broken line without losing the rest', async () => {
    const path = join(dir, 'labels.jsonl');
    writeFileSync(path, ['{"entityType":"merchant","entityId":"m1","label":1}', '{"entityType":', '{"entityType":"merchant","entityId":"m2","label":0,"source":"case:c9","at":"2026-11-01T00:00:00Z"}'].join('\n'));
    const read = await readLabelsFile(path);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.labels.map((l) => [l.entityId, l.label, l.source])).toEqual([['m1', 1, `file:${path}`], ['m2', 0, 'case:c9']]);
    expect(read.value.problems).toHaveLength(1);
    expect(read.value.problems[0]!.line).toBe(2);
  });

  it('refuse a missing file or an unknown format as error values', async () => {
    const missing = await readLabelsFile(join(dir, 'nope.csv'));
    expect(!missing.ok && missing.error.code).toBe('SM_FILE_UNREADABLE');
    writeFileSync(join(dir, 'labels.xlsx'), 'x');
    const format = await readLabelsFile(join(dir, 'labels.xlsx'));
    expect(!format.ok && format.error.code).toBe('SM_FILE_FORMAT');
  });
});
