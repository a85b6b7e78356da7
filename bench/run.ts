// `npm run bench -- <name> [args]`: runs bench/<name>/main.ts, whose last stdout line is one JSON object.
import { existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(here, entry.name, 'main.ts')))
  .map((entry) => entry.name)
  .sort();

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\navailable: ${available.join(', ')}`);
  process.exit(2);
}
// A fresh process per benchmark, with room for the 10M-event runs and GC exposed for memory figures.
const result = spawnSync(
  process.execPath,
  ['--max-old-space-size=16384', '--expose-gc', '--import', 'tsx', join(here, name, 'main.ts'), ...args],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
