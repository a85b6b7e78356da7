// `shoumen export-case ID --out bundle.zip`: the case's evidence bundle, and the fingerprints to send the recipient separately.
import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { exportEvidence } from '../../app/governance/export-evidence.ts';
import { exitWith } from '../cli-error.ts';
import type { Runtime } from '../runtime.ts';
import { cliActor } from './keys.ts';

export function exportCaseCommand(runtime: Runtime): Command {
  return new Command('export-case')
    .description('Write the evidence bundle of a case: events, findings, actions, credit, reports, files, report.html and a manifest')
    .argument('<id>', 'case id')
    .requiredOption('--out <file>', 'the zip to write')
    .option('--tenant <tenant>', 'tenant of the case (default: the default tenant)')
    .option('--data <dir>', 'data folder of the embedded store (env SHOUMEN_DATA)')
    .action(async (id: string, o: { out: string; tenant?: string; data?: string }) => {
      const app = await runtime.open(runtime.config({ data: o.data }));
      try {
        const exported = await exportEvidence(app.governance, { tenant: o.tenant, actor: cliActor(), roles: ['admin'] }, id);
        if (!exported.ok) exitWith(exported.error);
        writeFileSync(o.out, exported.value.zip);
        const { manifest } = exported.value;
        console.log(`wrote ${o.out}: ${manifest.files.length} files, ${manifest.chain.head.seq} chain entries`);
        console.log(`  chain head        ${manifest.chain.head.hash}`);
        console.log(`  manifest SHA-256  ${exported.value.manifestSha256}`);
        console.log(`  bundle SHA-256    ${exported.value.zipSha256}`);
        console.log('send the chain head to the recipient separately; they check it with: shoumen verify BUNDLE --expect-head HEAD');
      } finally {
        await app.close();
      }
    });
}
