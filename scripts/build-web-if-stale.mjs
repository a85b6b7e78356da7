// Rebuilds the console (web/dist) when its sources changed after the last build; `npm start` and the browser tests call it.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath, pathToFileURL } from 'node:url';

export const repoDir = fileURLToPath(new URL('..', import.meta.url));

/** Shared code the console imports from src/, watched even before a build has recorded the full list. */
const ALWAYS_WATCHED = ['src/core/findings/kind-labels.ts'];

/** Build output and scratch folders under web/ are not sources. */
const isOutput = (name) => name === 'dist' || name.startsWith('dist.') || name === 'node_modules';

function newestIn(dir, newest) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!isOutput(entry.name)) newestIn(path, newest);
    } else if (entry.isFile()) {
      const mtime = statSync(path).mtimeMs;
      if (mtime > newest.mtime) Object.assign(newest, { path, mtime });
    }
  }
  return newest;
}

/** The files outside web/ that the last build bundled, as recorded by web/vite.config.ts. */
function recordedSharedSources(root) {
  try {
    const list = JSON.parse(readFileSync(join(root, 'web', 'dist', 'shared-sources.json'), 'utf8'));
    return Array.isArray(list) ? list.filter((p) => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

/** Whether web/dist must be rebuilt, and why, in words for the person starting the server. */
export function consoleStaleness(root = repoDir) {
  const index = join(root, 'web', 'dist', 'index.html');
  if (!existsSync(index)) return { stale: true, reason: 'web/dist/index.html is missing' };
  const built = statSync(index).mtimeMs;
  const newest = newestIn(join(root, 'web'), { path: '', mtime: 0 });
  for (const shared of new Set([...ALWAYS_WATCHED, ...recordedSharedSources(root)])) {
    const path = join(root, shared);
    if (!existsSync(path)) return { stale: true, reason: `${shared}, bundled by the last build, is gone` };
    const mtime = statSync(path).mtimeMs;
    if (mtime > newest.mtime) Object.assign(newest, { path, mtime });
  }
  if (newest.mtime > built) return { stale: true, reason: `${relative(root, newest.path)} changed after the last build` };
  return { stale: false, reason: 'the console is up to date' };
}

function runVite(root, outDir, quiet) {
  const vite = join(createRequire(import.meta.url).resolve('vite/package.json'), '..', 'bin', 'vite.js');
  const args = [vite, 'build', '--config', join(root, 'web', 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', quiet ? 'warn' : 'info'];
  return new Promise((resolve, reject) => {
    // A caller's NODE_ENV (vitest sets "test") would otherwise give the development build of React.
    const env = { ...process.env, NODE_ENV: 'production' };
    const child = spawn(process.execPath, args, { cwd: root, env, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (exit ${code})\n${output}`))));
  });
}

/**
 * Builds into a scratch folder and swaps it in, so a server (or a second build started by another engineer's
 * test run) never serves a half-written web/dist.
 */
export async function buildConsole({ root = repoDir, quiet = false } = {}) {
  const dist = join(root, 'web', 'dist');
  const scratch = `${dist}.building-${process.pid}-${Date.now()}`;
  const old = `${dist}.old-${process.pid}-${Date.now()}`;
  try {
    await runVite(root, scratch, quiet);
    if (existsSync(dist)) renameSync(dist, old);
    renameSync(scratch, dist);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
}

export async function buildConsoleIfStale({ root = repoDir, quiet = false } = {}) {
  const { stale, reason } = consoleStaleness(root);
  if (stale) await buildConsole({ root, quiet });
  return { built: stale, reason };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { stale, reason } = consoleStaleness();
  if (!stale) {
    process.stdout.write(`console: ${reason} (web/dist)\n`);
  } else {
    process.stdout.write(`console: rebuilding, because ${reason}\n`);
    try {
      await buildConsole();
      process.stdout.write('console: built web/dist\n');
    } catch (error) {
      process.stderr.write(`console: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  }
}
