// `shoumen verify bundle.zip`: checks an evidence bundle from the zip alone; it never opens the store or contacts a server.
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { verifyBundleZip } from '../../app/governance/verify-bundle.ts';
import { appError } from '../../core/errors/catalog.ts';
import { exitWith } from '../cli-error.ts';

export function verifyCommand(): Command {
  return new Command('verify')
    .description('Verify an evidence bundle offline: every file against the manifest, every hash-chain link, and the chain head')
    .argument('<bundle>', 'the zip written by export-case')
    .option('--expect-head <hash>', 'the case chain head the platform sent separately')
    .action((bundle: string, o: { expectHead?: string }) => {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(bundle));
      } catch (error) {
        exitWith(appError('SM_FILE_UNREADABLE', `Cannot read ${bundle}: ${error instanceof Error ? error.message : String(error)}`));
      }
      const check = verifyBundleZip(bytes, o.expectHead ? { expectedHead: o.expectHead.toLowerCase() } : {});
      if (!check.ok) {
        exitWith(appError('SM_BUNDLE_INVALID', `${bundle} failed verification:`, check.problems.map((message) => ({ field: 'bundle', message }))));
      }
      const m = check.manifest!;
      console.log(`verified ${bundle}: case ${m.caseId}, ${check.checkedFiles} files, chain of ${m.chain.head.seq} entries`);
      console.log(`  chain head ${m.chain.head.hash}${o.expectHead ? ' (matches the expected head)' : ' (compare it with the head the platform sent you)'}`);
      console.log(`  exported ${m.exportedAt} by ${m.exportedBy}`);
    });
}
