// Lays out an evidence bundle's files from a case, its chain and what surrounds it; pure, so the same input gives the same bytes.
import type { CaseView } from '../cases/case-view.ts';
import { chainHead, type ChainEntry } from '../cases/hash-chain.ts';
import type { ShoumenEvent } from '../events/event.ts';
import { FINDINGS_VERSION } from '../findings/finding.ts';
import type { Report } from '../reports/report.ts';
import { renderBundleReport } from './bundle-report.ts';
import { listFiles, MANIFEST_PATH, sha256Sums, SUMS_PATH, type BundleFiles, type Manifest } from './manifest.ts';

export const CHAIN_PATH = 'case/chain.jsonl';
export const FINDINGS_PATH = 'findings/findings.json';

export type CreditChain = { readonly merchantId: string; readonly entries: readonly ChainEntry[] };

export type BundleInput = {
  readonly view: CaseView;
  readonly chain: readonly ChainEntry[];
  readonly events: readonly ShoumenEvent[];
  readonly credit: readonly CreditChain[];
  readonly reports: readonly Report[];
  /** Uploaded evidence by SHA-256, with the extension its sniffed type earned. */
  readonly reportFiles: ReadonlyMap<string, { bytes: Uint8Array; extension: string }>;
  readonly exportedAt: string;
  readonly exportedBy: string;
};

const encoder = new TextEncoder();
const text = (value: string) => encoder.encode(value);
const json = (value: unknown) => text(`${JSON.stringify(value, null, 2)}\n`);
const jsonl = (values: readonly unknown[]) => text(values.map((v) => `${JSON.stringify(v)}\n`).join(''));

export function reportFilePath(sha256: string, extension: string): string {
  return `reports/files/${sha256}.${extension}`;
}

export function bundleFiles(input: BundleInput): { files: BundleFiles; manifest: Manifest } {
  const files: BundleFiles = new Map();
  files.set(CHAIN_PATH, jsonl(input.chain));
  files.set('case/case.json', json(input.view));
  files.set(FINDINGS_PATH, json({ version: FINDINGS_VERSION, findings: input.view.findings }));
  files.set('events/events.jsonl', jsonl(input.events));
  files.set('actions/actions.json', json({ actions: input.view.actions }));
  const creditChains = input.credit.map((c, i) => {
    const path = `credit/merchant-${i + 1}.jsonl`;
    files.set(path, jsonl(c.entries));
    return { merchantId: c.merchantId, path, head: chainHead(c.entries) };
  });
  files.set('reports/reports.json', json({ reports: input.reports }));
  for (const [sha256, file] of input.reportFiles) files.set(reportFilePath(sha256, file.extension), file.bytes);
  files.set('report.html', text(renderBundleReport(input)));
  const manifest: Manifest = {
    format: 'shoumen-evidence', version: 1, caseId: input.view.id, ...(input.view.tenant ? { tenant: input.view.tenant } : {}),
    exportedAt: input.exportedAt, exportedBy: input.exportedBy,
    chain: { path: CHAIN_PATH, head: chainHead(input.chain) }, creditChains, files: listFiles(files),
  };
  files.set(MANIFEST_PATH, json(manifest));
  files.set(SUMS_PATH, text(sha256Sums(manifest)));
  return { files, manifest };
}
