import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleStaleness } from '../../scripts/build-web-if-stale.mjs';
import { tempDir } from '../support/temp-dir.ts';

function checkout(files: Record<string, number>): string {
  const root = tempDir('shoumen-console-build-');
  for (const [path, minutesAgo] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, path.endsWith('.json') ? '["src/core/time/format.ts"]' : '');
    const when = new Date(Date.now() - minutesAgo * 60_000);
    utimesSync(file, when, when);
  }
  return root;
}

describe('scripts/build-web-if-stale.mjs', () => {
  const built = { 'web/dist/index.html': 10, 'web/dist/shared-sources.json': 10, 'web/dist/assets/app.js': 10 };
  const sources = { 'web/index.html': 30, 'web/src/main.tsx': 30, 'src/core/findings/kind-labels.ts': 30, 'src/core/time/format.ts': 30 };

  it('builds when there is no build yet', () => {
    expect(consoleStaleness(checkout(sources))).toEqual({ stale: true, reason: 'web/dist/index.html is missing' });
  });

  it('says the console is up to date when every source is older than the build', () => {
    expect(consoleStaleness(checkout({ ...sources, ...built }))).toEqual({ stale: false, reason: 'the console is up to date' });
  });

  it('rebuilds for a newer file under web/, the shared labels, or a shared file the last build recorded', () => {
    expect(consoleStaleness(checkout({ ...sources, ...built, 'web/src/findings/new-page.tsx': 1 })).reason).toBe('web/src/findings/new-page.tsx changed after the last build');
    expect(consoleStaleness(checkout({ ...sources, ...built, 'src/core/findings/kind-labels.ts': 1 })).stale).toBe(true);
    expect(consoleStaleness(checkout({ ...sources, ...built, 'src/core/time/format.ts': 1 })).reason).toBe('src/core/time/format.ts changed after the last build');
  });

  it('ignores its own output and scratch folders under web/', () => {
    expect(consoleStaleness(checkout({ ...sources, ...built, 'web/dist.building-1-2/index.html': 1, 'web/dist/assets/new.js': 1 })).stale).toBe(false);
  });
});
