// Packs and unpacks bundle files as a zip in memory; a damaged archive is reported file by file, not as one opaque error.
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { BundleFiles } from './manifest.ts';

/** A fixed modification time keeps the archive byte-for-byte reproducible from the same content. */
export function packZip(files: BundleFiles, modified: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const [path, bytes] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) zippable[path] = [bytes, { level: 6, mtime: modified }];
  return zipSync(zippable);
}

export type Unpacked = { readonly files: BundleFiles; readonly damaged: readonly string[] };

export function unpackZip(data: Uint8Array): Unpacked | { error: string } {
  let names: string[] = [];
  try {
    unzipSync(data, { filter: (file) => { names.push(file.name); return false; } });
  } catch (error) {
    return { error: `not a readable zip archive (${error instanceof Error ? error.message : String(error)})` };
  }
  names = names.filter((n) => !n.endsWith('/'));
  const files: BundleFiles = new Map();
  const damaged: string[] = [];
  for (const name of names) {
    try {
      const one = unzipSync(data, { filter: (file) => file.name === name });
      const bytes = one[name];
      if (bytes) files.set(name, bytes);
      else damaged.push(name);
    } catch {
      damaged.push(name);
    }
  }
  return { files, damaged };
}
