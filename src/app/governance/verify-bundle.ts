// Verifies an evidence bundle from its zip bytes alone: no server, no store.
import { verifyBundle, type BundleCheck, type VerifyOptions } from '../../core/evidence/verify-bundle.ts';
import { unpackZip } from '../../core/evidence/zip.ts';

export function verifyBundleZip(zip: Uint8Array, options: VerifyOptions = {}): BundleCheck {
  const unpacked = unpackZip(zip);
  if ('error' in unpacked) return { ok: false, problems: [`the bundle is ${unpacked.error}`], checkedFiles: 0 };
  const checked = verifyBundle(unpacked.files, options);
  const damaged = unpacked.damaged.map((name) => `${name}: its compressed data is damaged (the archive was altered)`);
  return damaged.length ? { ...checked, ok: false, problems: [...damaged, ...checked.problems] } : checked;
}
