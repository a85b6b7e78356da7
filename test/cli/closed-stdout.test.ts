// A reader that closes the pipe early (`shoumen … | head`) ends the command quietly instead of crashing it.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/shoumen', import.meta.url));
const defaultPack = fileURLToPath(new URL('../../src/core/rules/packs/default.rules', import.meta.url));

describe('a closed stdout', () => {
  it('ends the command with its own exit code and no stack trace', async () => {
    const child = spawn(process.execPath, [bin, 'rules', 'check', defaultPack], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the command (a second or more away) writes anything, as `head` does once it has its lines.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });
});
