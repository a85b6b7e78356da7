// Expected failures of a command end it with a clear message and exit code 2, never a stack trace.
import { CommanderError } from 'commander';
import type { AppError } from '../core/errors/catalog.ts';

export function exitWith(error: AppError): never {
  const details = error.details?.map((d) => `\n  ${d.field}${d.line ? ` (line ${d.line})` : ''}: ${d.message}`).join('') ?? '';
  throw new CommanderError(2, error.code, `${error.code}: ${error.message}${details}`);
}

export function usage(message: string): never {
  throw new CommanderError(2, 'commander.usage', `error: ${message}`);
}
