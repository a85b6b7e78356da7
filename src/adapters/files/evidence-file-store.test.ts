import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/support/temp-dir.ts';
import { evidenceFileStore, sniffMediaType } from './evidence-file-store.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('evidence file store', () => {
  it('stores bytes under their SHA-256, once, readable only by the owner, and gives them back unchanged', async () => {
    const dir = tempDir();
    const store = evidenceFileStore(dir);
    const bytes = new Uint8Array(PNG);
    const first = await store.put(bytes);
    const again = await store.put(bytes);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect([first, again]).toEqual([{ sha256, bytes: bytes.length }, { sha256, bytes: bytes.length }]);
    const path = join(dir, 'evidence', sha256.slice(0, 2), sha256);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(Buffer.from((await store.get(sha256))!).equals(PNG)).toBe(true);
    expect(await store.get('0'.repeat(64))).toBeUndefined();
    expect(await store.get('../../etc/passwd')).toBeUndefined();
    expect(existsSync(`${path}.${process.pid}.tmp`)).toBe(false);
  });

  it('sniffs media types from magic bytes, not names', async () => {
    expect(await sniffMediaType(new Uint8Array(PNG))).toBe('image/png');
    expect(await sniffMediaType(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'))).toBe('application/pdf');
    expect(await sniffMediaType(new TextEncoder().encode('just text'))).toBeUndefined();
  });
});
