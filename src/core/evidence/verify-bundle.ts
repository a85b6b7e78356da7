// Verifies an evidence bundle on its own: every file against the manifest, every chain link, and the files derived from the chain.
import { foldCase } from '../cases/case-view.ts';
import { ChainEntry, chainHead, verifyChain } from '../cases/hash-chain.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import { CHAIN_PATH, FINDINGS_PATH } from './bundle-content.ts';
import { Manifest, MANIFEST_PATH, sha256Sums, SUMS_PATH, type BundleFiles } from './manifest.ts';

export type BundleCheck = {
  readonly ok: boolean;
  /** Each names the file (and chain entry) that was altered, in the order found. */
  readonly problems: readonly string[];
  readonly manifest?: Manifest;
  readonly checkedFiles: number;
};

const decoder = new TextDecoder();

function parseChain(path: string, bytes: Uint8Array, problems: string[]): ChainEntry[] | undefined {
  const entries: ChainEntry[] = [];
  const lines = decoder.decode(bytes).split('\n').filter((l) => l.trim() !== '');
  for (const [i, line] of lines.entries()) {
    try {
      const parsed = ChainEntry.safeParse(JSON.parse(line));
      if (!parsed.success) {
        problems.push(`${path} line ${i + 1}: not a chain entry (${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''})`);
        return undefined;
      }
      entries.push(parsed.data);
    } catch {
      problems.push(`${path} line ${i + 1}: not valid JSON`);
      return undefined;
    }
  }
  return entries;
}

function checkChain(path: string, files: BundleFiles, head: Manifest['chain']['head'], problems: string[]): ChainEntry[] | undefined {
  const bytes = files.get(path);
  if (!bytes) return undefined;
  const entries = parseChain(path, bytes, problems);
  if (!entries) return undefined;
  const broken = verifyChain(entries);
  if (broken) problems.push(`${path}: chain entry ${broken.seq} (line ${broken.index + 1}) ${broken.problem}`);
  const actual = chainHead(entries);
  if (actual.seq !== head.seq || actual.hash !== head.hash) problems.push(`${path}: chain head ${actual.seq} ${actual.hash} differs from the manifest's ${head.seq} ${head.hash}`);
  return entries;
}

export type VerifyOptions = {
  /** The chain head the platform sent through another channel; a bundle rebuilt from scratch cannot match it. */
  readonly expectedHead?: string;
};

export function verifyBundle(files: BundleFiles, options: VerifyOptions = {}): BundleCheck {
  const problems: string[] = [];
  const manifestBytes = files.get(MANIFEST_PATH);
  if (!manifestBytes) return { ok: false, problems: [`${MANIFEST_PATH} is missing`], checkedFiles: 0 };
  let manifest: Manifest;
  try {
    const parsed = Manifest.safeParse(JSON.parse(decoder.decode(manifestBytes)));
    if (!parsed.success) return { ok: false, problems: [`${MANIFEST_PATH}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`], checkedFiles: 0 };
    manifest = parsed.data;
  } catch {
    return { ok: false, problems: [`${MANIFEST_PATH} is not valid JSON (it was altered)`], checkedFiles: 0 };
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  for (const file of manifest.files) {
    const bytes = files.get(file.path);
    if (!bytes) problems.push(`${file.path}: listed in the manifest but missing from the bundle`);
    else if (bytes.length !== file.bytes || sha256Hex(bytes) !== file.sha256) problems.push(`${file.path}: SHA-256 ${sha256Hex(bytes)} does not match the manifest's ${file.sha256} (the file was altered)`);
  }
  for (const path of files.keys()) {
    if (!listed.has(path) && path !== MANIFEST_PATH && path !== SUMS_PATH) problems.push(`${path}: in the bundle but not in the manifest (added)`);
  }
  const sums = files.get(SUMS_PATH);
  if (!sums) problems.push(`${SUMS_PATH} is missing`);
  else if (decoder.decode(sums) !== sha256Sums(manifest)) problems.push(`${SUMS_PATH} does not agree with ${MANIFEST_PATH} (one of them was altered)`);

  const chain = checkChain(manifest.chain.path, files, manifest.chain.head, problems);
  for (const credit of manifest.creditChains) checkChain(credit.path, files, credit.head, problems);
  if (options.expectedHead && manifest.chain.head.hash !== options.expectedHead) {
    problems.push(`the case chain head ${manifest.chain.head.hash} is not the expected ${options.expectedHead} (the history differs from what the platform recorded)`);
  }
  if (chain && manifest.chain.path === CHAIN_PATH) {
    const view = foldCase(manifest.tenant, chain);
    const findings = files.get(FINDINGS_PATH);
    if (view && findings) {
      try {
        const listedFindings = (JSON.parse(decoder.decode(findings)) as { findings?: unknown }).findings;
        if (canonicalJson(listedFindings) !== canonicalJson(view.findings)) problems.push(`${FINDINGS_PATH}: differs from the findings recorded in the case chain`);
      } catch {
        problems.push(`${FINDINGS_PATH} is not valid JSON`);
      }
    }
  }
  return { ok: problems.length === 0, problems, manifest, checkedFiles: manifest.files.length };
}
