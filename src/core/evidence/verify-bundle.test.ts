import { describe, expect, it } from 'vitest';
import { foldCase } from '../cases/case-view.ts';
import { nextEntry, SYSTEM_ACTOR, type ChainEntry, type EntryDraft } from '../cases/hash-chain.ts';
import type { Finding } from '../findings/finding.ts';
import { bundleFiles } from './bundle-content.ts';
import { listFiles, sha256Sums, type Manifest } from './manifest.ts';
import { verifyBundle } from './verify-bundle.ts';
import { packZip, unpackZip } from './zip.ts';

const finding: Finding = {
  id: 'f1', kind: 'brushing_ring', score: 0.9, severity: 'critical', summary: 'Ring on <shop>', summaryZh: '刷单 <shop>',
  entities: [{ type: 'merchant', id: 'm1' }, { type: 'account', id: 'a1' }], window: { from: '2026-11-01T00:00:00+08:00', to: '2026-11-02T00:00:00+08:00' },
  reasons: [{ code: 'DENSE_BLOCK', message: 'dense', messageZh: '稠密' }], evidence: { eventIds: ['e1'], metrics: {} }, detector: 'ring@1.0.0',
};

function chain(): ChainEntry[] {
  const drafts: EntryDraft[] = [
    { at: '2026-11-02T10:00:00+08:00', actor: SYSTEM_ACTOR, type: 'case.opened', payload: { kind: 'brushing_ring', severity: 'critical', dueAt: '2026-11-03T10:00:00+08:00', subjects: ['merchant:m1'] } },
    { at: '2026-11-02T10:00:00+08:00', actor: SYSTEM_ACTOR, type: 'case.finding_added', payload: { finding, subjects: ['merchant:m1'] } },
    { at: '2026-11-02T11:00:00+08:00', actor: { type: 'person', id: 'key:1', name: '<b>Li</b>' }, type: 'case.note_added', payload: { text: 'x' } },
  ];
  const out: ChainEntry[] = [];
  for (const d of drafts) out.push(nextEntry('case:c1', out[out.length - 1], d));
  return out;
}

function bundle() {
  const entries = chain();
  return bundleFiles({
    view: foldCase(undefined, entries)!, chain: entries, events: [], credit: [], reports: [],
    reportFiles: new Map([['ab'.repeat(32), { bytes: new Uint8Array([1, 2, 3]), extension: 'png' }]]),
    exportedAt: '2026-11-05T10:00:00+08:00', exportedBy: 'test',
  });
}

const rewrite = (files: Map<string, Uint8Array>, manifest: Manifest) => {
  const forged = { ...manifest, files: listFiles(files) };
  files.set('manifest.json', new TextEncoder().encode(JSON.stringify(forged)));
  files.set('SHA256SUMS', new TextEncoder().encode(sha256Sums(forged)));
};

describe('evidence bundle', () => {
  it('verifies as exported and packs to the same bytes every time', () => {
    const { files, manifest } = bundle();
    expect(verifyBundle(files)).toMatchObject({ ok: true, problems: [], checkedFiles: manifest.files.length });
    expect(Buffer.from(packZip(files, new Date('2026-11-05T02:00:00Z'))).equals(Buffer.from(packZip(bundle().files, new Date('2026-11-05T02:00:00Z'))))).toBe(true);
    const unpacked = unpackZip(packZip(files, new Date('2026-11-05T02:00:00Z')));
    expect('files' in unpacked && verifyBundle(unpacked.files).ok).toBe(true);
  });

  it('matches the golden manifest, sums and report', async () => {
    const { files } = bundle();
    const text = (path: string) => new TextDecoder().decode(files.get(path));
    await expect(text('manifest.json')).toMatchFileSnapshot('./golden/manifest.json');
    await expect(text('SHA256SUMS')).toMatchFileSnapshot('./golden/SHA256SUMS');
    await expect(text('report.html')).toMatchFileSnapshot('./golden/report.html');
  });

  it('escapes attacker text in report.html', () => {
    const html = new TextDecoder().decode(bundle().files.get('report.html'));
    expect(html).toContain('&lt;shop&gt;');
    expect(html).toContain('&lt;b&gt;Li&lt;/b&gt;');
    expect(html).not.toContain('<b>Li');
  });

  it('names removed, added and altered files, and a SHA256SUMS out of step', () => {
    const { files } = bundle();
    files.delete('actions/actions.json');
    files.set('extra.exe', new Uint8Array([0x4d, 0x5a]));
    files.set('SHA256SUMS', new TextEncoder().encode('tampered'));
    expect(verifyBundle(files).problems).toEqual([
      'actions/actions.json: listed in the manifest but missing from the bundle',
      'extra.exe: in the bundle but not in the manifest (added)',
      'SHA256SUMS does not agree with manifest.json (one of them was altered)',
    ]);
  });

  it('catches findings swapped for others even when the manifest was rewritten to match', () => {
    const { files, manifest } = bundle();
    files.set('findings/findings.json', new TextEncoder().encode(JSON.stringify({ version: 1, findings: [{ ...finding, score: 0.1 }] })));
    rewrite(files, manifest);
    expect(verifyBundle(files).problems).toEqual(['findings/findings.json: differs from the findings recorded in the case chain']);
  });

  it('reports a missing or unreadable manifest, and a zip that is not one', () => {
    const { files } = bundle();
    files.set('manifest.json', new TextEncoder().encode('{'));
    expect(verifyBundle(files).problems).toEqual(['manifest.json is not valid JSON (it was altered)']);
    files.delete('manifest.json');
    expect(verifyBundle(files).problems).toEqual(['manifest.json is missing']);
    expect(unpackZip(new Uint8Array([1, 2, 3]))).toHaveProperty('error');
  });
});
