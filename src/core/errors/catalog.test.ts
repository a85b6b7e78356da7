import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorCatalog } from './catalog.ts';

describe('error catalog', () => {
  it('matches docs/errors.md code for code and status for status', () => {
    const doc = readFileSync(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
    const documented: Record<string, number> = Object.fromEntries([...doc.matchAll(/^\| `(SM_[A-Z_]+)` \| (\d{3}) \|/gm)].map((m) => [m[1]!, Number(m[2])]));
    const coded = Object.fromEntries(Object.entries(errorCatalog).map(([code, entry]) => [code, entry.status]));
    expect(documented).toEqual(coded);
  });
});
