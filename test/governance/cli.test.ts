// The governance commands end to end in process: keys create, export-case and an offline verify that never opens a store.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticate } from '../../src/app/governance/api-keys.ts';
import { parseConfig } from '../../src/app/config.ts';
import { loadConfig, main, openApplication } from '../../src/main.ts';
import { tempDir } from '../support/temp-dir.ts';
import { SHOP, storyEvents } from './story-events.ts';

const dir = tempDir();
const data = join(dir, 'data');
let caseId: string;

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (err.push(String(chunk)), true));
  try {
    const code = await main(['node', 'shoumen', ...args]);
    return { code, out: out.join('\n'), err: err.join('') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}

beforeAll(async () => {
  const config = parseConfig({ env: { LOG_LEVEL: 'silent' }, flags: { data } });
  if (!config.ok) throw new Error(config.error.message);
  const app = await openApplication(config.value);
  await app.events.append(storyEvents());
  await app.analyze({ from: 'store' });
  caseId = (await app.governance.chains.listCases({ tenant: undefined, limit: 50 })).items.find((c) => c.subjects.includes(`merchant:${SHOP}`))!.id;
  await app.close();
});

afterEach(() => {
  process.exitCode = undefined;
});

describe('governance commands', () => {
  it('creates a key that authenticates with the roles asked for, and refuses unknown roles', async () => {
    const created = await run('keys', 'create', '--roles', 'analyst,read-only', '--name', 'Li', '--data', data);
    expect(created.code).toBe(0);
    const app = await openApplication(loadConfig({ LOG_LEVEL: 'silent' }, { data }));
    expect(await authenticate(app.governance, created.out.trim())).toMatchObject({ roles: ['analyst', 'read-only'], name: 'Li', kind: 'person' });
    await app.close();
    const bad = await run('keys', 'create', '--roles', 'root', '--data', data);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('not root')]);
  });

  it('exports a case and verifies the bundle offline, naming a tampered file', async () => {
    const bundle = join(dir, 'bundle.zip');
    const exported = await run('export-case', caseId, '--out', bundle, '--data', data);
    expect(exported.code).toBe(0);
    const head = /chain head\s+([0-9a-f]{64})/.exec(exported.out)![1]!;
    const nowhere = join(dir, 'no-store-here');
    const before = process.env['SHOUMEN_DATA'];
    process.env['SHOUMEN_DATA'] = nowhere;
    try {
      expect(await run('verify', bundle, '--expect-head', head)).toMatchObject({ code: 0, out: expect.stringContaining('matches the expected head') as unknown });
      expect(existsSync(nowhere)).toBe(false);
    } finally {
      if (before === undefined) delete process.env['SHOUMEN_DATA'];
      else process.env['SHOUMEN_DATA'] = before;
    }
    const wrongHead = await run('verify', bundle, '--expect-head', 'f'.repeat(64));
    expect([wrongHead.code, wrongHead.err]).toEqual([2, expect.stringContaining('SM_BUNDLE_INVALID')]);
    const bytes = readFileSync(bundle);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0x01, middle);
    const tampered = join(dir, 'tampered.zip');
    writeFileSync(tampered, bytes);
    const check = await run('verify', tampered);
    expect(check.code).toBe(2);
    expect(check.err).toMatch(/altered|damaged|not a readable zip/);
    expect((await run('export-case', 'case_nope', '--out', join(dir, 'x.zip'), '--data', data)).code).toBe(2);
  });
});
