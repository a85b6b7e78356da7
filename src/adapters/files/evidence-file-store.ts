// Uploaded evidence on disk, content-addressed by SHA-256 under the data folder; written once, never executed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { EvidenceFileStore } from '../../app/ports.ts';

const SHA256 = /^[0-9a-f]{64}$/;

export function evidenceFileStore(dataDir: string): EvidenceFileStore {
  const root = join(dataDir, 'evidence');
  // Two-level fan-out keeps folders small; the name is the hash, so no uploader-chosen name ever reaches the file system.
  const pathOf = (sha256: string) => join(root, sha256.slice(0, 2), sha256);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      await mkdir(join(root, sha256.slice(0, 2)), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, bytes, { mode: 0o600 });
      await rename(temp, path);
      return { sha256, bytes: bytes.length };
    },
    async get(sha256) {
      if (!SHA256.test(sha256)) return undefined;
      try {
        return new Uint8Array(await readFile(pathOf(sha256)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}

/** The media type from the file's magic bytes, or undefined when none matched (plain text has none). */
export async function sniffMediaType(bytes: Uint8Array): Promise<string | undefined> {
  return (await fileTypeFromBuffer(bytes))?.mime;
}
