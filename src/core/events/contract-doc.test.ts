import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findingKinds } from '../findings/finding.ts';
import { eventTypes } from './event.ts';

const doc = readFileSync(new URL('../../../docs/contract.md', import.meta.url), 'utf8');

describe('docs/contract.md', () => {
  it('documents every event type', () => {
    const documented = [...doc.matchAll(/^\| `([a-z]+\.[a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...eventTypes].sort());
  });

  it('lists every finding kind', () => {
    for (const kind of findingKinds) expect(doc).toContain(`\`${kind}\``);
  });
});
