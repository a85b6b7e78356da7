// What the CLI commands receive from the composition root: configuration and the composed application.
import type { Command } from 'commander';
import type { Config, ConfigInput } from '../app/config.ts';
import type { Application } from '../app/application.ts';

export type Runtime = {
  /** Parses configuration from the environment and the given flags; prints the error and exits on bad config. */
  readonly config: (flags?: ConfigInput['flags']) => Config;
  /** Opens the store and use cases for one command; `close` releases them. */
  readonly open: (config: Config) => Promise<Application>;
  /** Environment variables, read once at start. */
  readonly env: Readonly<Record<string, string | undefined>>;
};

export type CommandFactory = (runtime: Runtime) => Command;
