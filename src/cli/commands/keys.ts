// `shoumen keys create|list|revoke`: API keys on the embedded store, and the admin key `serve --demo` prints on first start.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import type { Application } from '../../app/application.ts';
import { authenticate, createApiKey } from '../../app/governance/api-keys.ts';
import { Role } from '../../core/access/principal.ts';
import type { Actor } from '../../core/cases/hash-chain.ts';
import { usage } from '../cli-error.ts';
import type { Runtime } from '../runtime.ts';

/** Whoever runs the CLI on the store's machine already holds the data folder; the audit log still names them. */
export function cliActor(): Actor {
  return { type: 'person', id: 'cli', name: userInfo().username };
}

function parseRoles(text: string): Role[] {
  const roles = text.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = roles.filter((r) => !Role.safeParse(r).success);
  if (roles.length === 0 || bad.length) usage(`--roles takes a comma-separated list of ${Role.options.join(', ')}${bad.length ? `; not ${bad.join(', ')}` : ''}`);
  return roles as Role[];
}

async function withApp<T>(runtime: Runtime, data: string | undefined, work: (app: Application) => Promise<T>): Promise<T> {
  const app = await runtime.open(runtime.config({ data }));
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

export const DEMO_KEY_FILE = 'demo-admin.key';

/**
 * The demo's admin key for the default tenant: reused from the data folder when it still works, created otherwise. It is
 * kept in a file only the owner can read, because the demo prints it for the console on every start.
 */
export async function demoAdminKey(app: Application): Promise<string> {
  const file = join(app.config.dataDir, DEMO_KEY_FILE);
  if (existsSync(file)) {
    const saved = readFileSync(file, 'utf8').trim();
    if (await authenticate(app.governance, saved)) return saved;
  }
  const { key } = await createApiKey(app.governance, { tenant: undefined, roles: ['admin'], name: 'demo admin', kind: 'person' }, cliActor());
  writeFileSync(file, `${key}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return key;
}

export function keysCommand(runtime: Runtime): Command {
  const keys = new Command('keys').description('Create, list and revoke API keys (each bound to one tenant and a set of roles)');
  keys.command('create')
    .description('Create a key and print it once; only its hash is stored')
    .requiredOption('--roles <roles>', `comma-separated: ${Role.options.join(', ')}`)
    .option('--tenant <tenant>', 'tenant the key is bound to (default: the default tenant)')
    .option('--name <name>', 'who or what holds the key', 'cli key')
    .option('--service', 'the key belongs to an integration, not a person (it cannot re-decide automated penalties)')
    .option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)')
    .action(async (o: { roles: string; tenant?: string; name: string; service?: boolean; data?: string }) => {
      const roles = parseRoles(o.roles);
      const created = await withApp(runtime, o.data, (app) => createApiKey(app.governance, { tenant: o.tenant, roles, name: o.name, kind: o.service ? 'service' : 'person' }, cliActor()));
      console.log(created.key);
      console.error(`key ${created.record.id} for tenant ${o.tenant ?? '(default)'} with roles ${roles.join(', ')}; it is shown only now`);
    });
  keys.command('list')
    .description('List the keys of a tenant (never their secrets)')
    .option('--tenant <tenant>', 'tenant (default: the default tenant)')
    .option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)')
    .action(async (o: { tenant?: string; data?: string }) => {
      const list = await withApp(runtime, o.data, (app) => app.governance.keys.list(o.tenant));
      for (const k of list) console.log([k.id, k.roles.join(','), k.kind, k.revokedAt ? `revoked ${k.revokedAt}` : 'active', k.name].join('\t'));
    });
  keys.command('revoke')
    .description('Revoke a key; it stops working at once')
    .argument('<id>', 'key id (the part after sm_)')
    .option('--tenant <tenant>', 'tenant of the key (default: the default tenant)')
    .option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)')
    .action(async (id: string, o: { tenant?: string; data?: string }) => {
      const revoked = await withApp(runtime, o.data, (app) => app.governance.keys.revoke(o.tenant, id, new Date().toISOString()));
      if (!revoked) usage(`no active key ${id} in tenant ${o.tenant ?? '(default)'}`);
      console.log(`revoked ${id}`);
    });
  return keys;
}
