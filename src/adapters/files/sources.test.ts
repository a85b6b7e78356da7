import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { EventSource, RawRecord } from '../../app/ports.ts';
import { validateEvent } from '../../core/events/validate.ts';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { openEventFile } from './event-source.ts';

const dir = tempDir();

async function readAll(source: EventSource): Promise<RawRecord[]> {
  const all: RawRecord[] = [];
  for await (const batch of source.batches()) all.push(...batch);
  return all;
}

function open(name: string, content: string | Buffer): EventSource {
  const path = join(dir, name);
  writeFileSync(path, content);
  const opened = openEventFile(path);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

describe('JSON Lines source', () => {
  it('numbers lines as a person counts them, skipping blank lines and reporting bad JSON', async () => {
    const records = await readAll(open('a.jsonl', '{"a":1}\r\n\n{oops\n{"b":2}'));
    expect(records).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, parseError: expect.stringContaining('not valid JSON') as string },
      { line: 4, value: { b: 2 } },
    ]);
  });

  it('reads gzip and multi-byte text split across chunks', async () => {
    const lines = Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ i, text: '好评返现，物美价廉👍'.repeat(3) }));
    const records = await readAll(open('b.jsonl.gz', gzipSync(`${lines.join('\n')}\n`)));
    expect(records).toHaveLength(30_000);
    expect(records[29_999]).toEqual({ line: 30_000, value: { i: 29_999, text: '好评返现，物美价廉👍'.repeat(3) } });
  });
});

describe('CSV source', () => {
  it('builds nested, typed events from dotted columns and keeps rows around a malformed one', async () => {
    const csv = [
      'id,type,ts,accountId,deviceId,ip,device.emulator,from.type,from.id,toAccountId,amount,photoHashes',
      'e1,account.login,2026-11-01T10:00:00+08:00,a1,d1,1.2.3.4,true,,,,,',
      'e2,transfer.sent,2026-11-01T10:05:00+08:00,,,,,merchant,m1,a1,500,',
      'e3,a,b,c,d,e,f,g,h,i,j,k,l,m,n',
      'e4,transfer.sent,2026-11-01T10:06:00+08:00,,,,,merchant,m1,a2,abc,',
    ].join('\n');
    const records = await readAll(open('c.csv', `${csv}\n`));
    const values = records.flatMap((r) => ('value' in r ? [r] : []));
    expect(validateEvent(values[0]!.value)).toMatchObject({ ok: true, value: { device: { emulator: true } } });
    expect(validateEvent(values[1]!.value)).toMatchObject({ ok: true, value: { from: { type: 'merchant', id: 'm1' }, amount: 500 } });
    const rejected = records.find((r) => 'parseError' in r);
    expect(rejected).toEqual({ line: 4, parseError: expect.stringContaining('malformed CSV row') as string });
    expect(validateEvent(values[values.length - 1]!.value)).toMatchObject({ ok: false, error: [{ field: 'amount' }] });
  });

  it('splits list cells on |', async () => {
    const csv = 'id,type,ts,reviewId,accountId,merchantId,itemId,rating,text,photoHashes\ne1,review.posted,2026-11-01T10:00:00+08:00,r1,a1,m1,i1,5,"好,评",p1|p2\n';
    const [record] = await readAll(open('d.csv', csv));
    expect(record && 'value' in record ? validateEvent(record.value) : undefined).toMatchObject({ ok: true, value: { photoHashes: ['p1', 'p2'], text: '好,评', rating: 5 } });
  });
});

describe('openEventFile', () => {
  it('names the supported formats when the extension is unknown, and missing files', () => {
    writeFileSync(join(dir, 'x.xml'), '<x/>');
    expect(openEventFile(join(dir, 'x.xml'))).toMatchObject({ ok: false, error: { code: 'SM_FILE_FORMAT' } });
    expect(openEventFile(join(dir, 'missing.jsonl'))).toMatchObject({ ok: false, error: { code: 'SM_FILE_UNREADABLE' } });
  });
});
