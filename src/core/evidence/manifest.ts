// The evidence bundle's manifest: every file with its SHA-256 and size, and the head of each hash chain inside.
import { z } from 'zod';
import { sha256Hex } from './canonical-json.ts';

export const BUNDLE_FORMAT = 'shoumen-evidence';
export const MANIFEST_PATH = 'manifest.json';
export const SUMS_PATH = 'SHA256SUMS';

const Head = z.object({ seq: z.int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(1),
  caseId: z.string(),
  tenant: z.string().optional(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  /** The case chain, the one a regulator checks against the head the platform sent separately. */
  chain: z.object({ path: z.string(), head: Head }),
  creditChains: z.array(z.object({ merchantId: z.string(), path: z.string(), head: Head })),
  files: z.array(z.object({ path: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.int().min(0) })),
});
export type Manifest = z.infer<typeof Manifest>;

export type BundleFiles = Map<string, Uint8Array>;

/** Lists the files in path order, so the same bundle content always gives the same manifest. */
export function listFiles(files: BundleFiles): Manifest['files'] {
  return [...files.entries()]
    .filter(([path]) => path !== MANIFEST_PATH && path !== SUMS_PATH)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, bytes]) => ({ path, sha256: sha256Hex(bytes), bytes: bytes.length }));
}

/** The same list in the format `sha256sum -c` reads, so the bundle can be checked by hand with standard tools. */
export function sha256Sums(manifest: Manifest): string {
  return manifest.files.map((f) => `${f.sha256}  ${f.path}\n`).join('');
}
