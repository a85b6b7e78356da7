// Builds the console into web/dist; in development it proxies the API to a running `shoumen serve`.
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const repoDir = fileURLToPath(new URL('..', import.meta.url));
const api = process.env.SHOUMEN_API ?? 'http://127.0.0.1:8080';

/** Files outside web/ that went into the bundle (the shared labels...), so scripts/build-web-if-stale.mjs can watch them too. */
function recordSharedSources(): Plugin {
  return {
    name: 'shoumen-shared-sources',
    apply: 'build',
    generateBundle(_options, bundle) {
      const ids = new Set<string>();
      for (const output of Object.values(bundle)) if (output.type === 'chunk') for (const id of output.moduleIds) ids.add(id.split('?')[0]!);
      const shared = [...ids]
        .filter((id) => id.startsWith(repoDir) && !id.startsWith(webDir) && !id.includes('/node_modules/'))
        .map((id) => relative(repoDir, id))
        .sort();
      this.emitFile({ type: 'asset', fileName: 'shared-sources.json', source: `${JSON.stringify(shared, null, 1)}\n` });
    },
  };
}

export default defineConfig({
  root: webDir,
  base: '/',
  plugins: [react(), recordSharedSources()],
  build: { outDir: `${webDir}dist`, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 400 },
  // The console imports the shared labels from src/core, outside web/.
  server: { fs: { allow: [repoDir] }, proxy: { '/v1': api, '/healthz': api } },
});
