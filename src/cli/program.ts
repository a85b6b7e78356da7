// Builds the `shoumen` command line from one factory per command file.
import { Command } from 'commander';
import { analyzeCommand } from './commands/analyze.ts';
import { simulateCommand } from './commands/simulate.ts';
import { serveCommand } from './commands/serve.ts';
import { exportCaseCommand } from './commands/export-case.ts';
import { keysCommand } from './commands/keys.ts';
import { verifyCommand } from './commands/verify.ts';
import { trainCommand } from './commands/train.ts';
import { scoreCommand } from './commands/score.ts';
import { rulesCommand } from './commands/rules.ts';
import type { CommandFactory, Runtime } from './runtime.ts';

const commands: readonly CommandFactory[] = [analyzeCommand, serveCommand, simulateCommand, keysCommand, exportCaseCommand, verifyCommand, trainCommand, scoreCommand, rulesCommand];

export function buildProgram(runtime: Runtime): Command {
  const program = new Command('shoumen')
    .description('shoumen (守门): catch order brushing and fake reviews, act on them, and give regulators evidence they can verify.')
    .showHelpAfterError()
    .exitOverride();
  for (const factory of commands) program.addCommand(factory(runtime));
  return program;
}
