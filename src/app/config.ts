// The one configuration schema: parsed once at start from flags and environment, then frozen and passed down.
import { z } from 'zod';
import { appError, type AppError } from '../core/errors/catalog.ts';
import { err, ok, type Result } from '../core/result.ts';

const Port = z.coerce.number().int().min(0).max(65_535);

export const ConfigSchema = z.object({
  /** Folder of the embedded store (SQLite file) and other local state. */
  dataDir: z.string().min(1).default('./data'),
  /** HTTP port of `serve`. */
  port: Port.default(8080),
  /** Address `serve` listens on; loopback unless told otherwise. */
  host: z.string().min(1).default('127.0.0.1'),
  /** Largest accepted HTTP body, in bytes. */
  bodyLimitBytes: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  /** Largest number of events in one POST /v1/events batch. */
  maxBatchEvents: z.coerce.number().int().min(1).default(10_000),
  /** Log level of the structured JSON logs (stderr). */
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = Readonly<z.infer<typeof ConfigSchema>>;

/** Flags win over environment variables, which win over defaults. */
export type ConfigInput = {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly flags?: Readonly<{ data?: string | undefined; port?: string | number | undefined; host?: string | undefined }>;
};

const envNames = {
  dataDir: 'SHOUMEN_DATA',
  port: 'PORT',
  host: 'HOST',
  bodyLimitBytes: 'SHOUMEN_BODY_LIMIT',
  maxBatchEvents: 'SHOUMEN_MAX_BATCH',
  logLevel: 'LOG_LEVEL',
} as const satisfies Record<keyof z.infer<typeof ConfigSchema>, string>;

export function parseConfig({ env, flags = {} }: ConfigInput): Result<Config, AppError> {
  const fromEnv = Object.fromEntries(
    Object.entries(envNames).map(([key, name]) => [key, env[name] === '' ? undefined : env[name]]),
  );
  const candidate = { ...fromEnv, ...defined({ dataDir: flags.data, port: flags.port, host: flags.host }) };
  const parsed = ConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0]) as keyof typeof envNames;
      return { field: `${key} (${envNames[key] ?? key})`, message: issue.message };
    });
    return err(appError('SM_CONFIG', 'The configuration is invalid.', details));
  }
  return ok(Object.freeze(parsed.data));
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
