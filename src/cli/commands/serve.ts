// `shoumen serve`: the HTTP API and the console on the embedded store; `--demo` fills an empty store first.
import { Command } from 'commander';
import { loadDemo } from '../../app/load-demo.ts';
import { listen } from '../../server/listen.ts';
import type { Runtime } from '../runtime.ts';
import { demoAdminKey, DEMO_KEY_FILE } from './keys.ts';

type Options = { port?: string; host?: string; data?: string; demo?: boolean };

export function serveCommand(runtime: Runtime): Command {
  return new Command('serve')
    .description('Serve the HTTP API, its docs and the console')
    .option('--port <port>', 'port to listen on (env PORT, default 8080)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA, default ./data)')
    .option('--demo', 'when the store is empty, load a simulated marketplace and run detection first')
    .action(async (options: Options) => {
      const config = runtime.config({ data: options.data, port: options.port, host: options.host });
      const app = await runtime.open(config);
      if (options.demo) {
        console.log('checking the store for data…');
        const demo = await loadDemo(app, runtime.demoEvents());
        if ('analysis' in demo) {
          console.log(`loaded a demo marketplace of ${demo.loaded} events; detection found ${demo.analysis.findings.length} findings`);
        } else {
          console.log('the store already has events: skipping the demo data');
        }
      }
      const server = await listen({ app, consoleDir: runtime.consoleDir });
      // The demo prints an admin key so the console (and curl) can log in; `keys create` makes real ones.
      const demoKey = options.demo ? await demoAdminKey(app) : undefined;
      console.log(`shoumen is serving ${config.dataDir}`);
      console.log(`  console   ${server.url}/`);
      console.log(`  API docs  ${server.url}/docs`);
      console.log(`  OpenAPI   ${server.url}/openapi.json`);
      if (demoKey) console.log(`  admin key ${demoKey}  (default tenant; also in ${config.dataDir}/${DEMO_KEY_FILE})`);
      const stop = async () => {
        await server.close();
        await app.close();
      };
      await new Promise<void>((resolve) => {
        const onSignal = () => void stop().then(resolve);
        process.once('SIGINT', onSignal);
        process.once('SIGTERM', onSignal);
      });
    });
}
