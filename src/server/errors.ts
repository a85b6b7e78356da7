// The one place that turns errors into HTTP responses: catalog codes, field details and a request id; never a stack.
import type { Context } from 'hono';
import { z } from '@hono/zod-openapi';
import { appError, errorCatalog, type AppError, type ErrorCode } from '../core/errors/catalog.ts';
import type { AppEnv } from './context.ts';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'SM_VALIDATION' }),
      message: z.string(),
      requestId: z.string(),
      details: z.array(z.object({ field: z.string(), message: z.string(), line: z.number().optional() })).optional(),
    }),
  })
  .openapi('Error');

type ErrorBody = z.infer<typeof ErrorBody>;
type StatusOf<C extends ErrorCode> = (typeof errorCatalog)[C]['status'];

function bodyOf(c: Context<AppEnv>, error: AppError): ErrorBody {
  return { error: { code: error.code, message: error.message, requestId: c.get('requestId'), ...(error.details ? { details: [...error.details] } : {}) } };
}

/** Responds with a catalog error; the status comes from the catalog, typed per code so route schemas check it. */
export function fail<C extends ErrorCode>(c: Context<AppEnv>, code: C, message?: string, details?: AppError['details']) {
  return c.json(bodyOf(c, appError(code, message, details)), errorCatalog[code].status as StatusOf<C>);
}

/** Unknown errors become a generic 500 with the request id; the details go to the log, not to the caller. */
export function onUnexpectedError(error: Error, c: Context<AppEnv>) {
  if (error instanceof SyntaxError && /JSON/.test(error.message)) return fail(c, 'SM_MALFORMED_JSON', `The body is not valid JSON: ${error.message}`);
  c.get('logger')?.().error({ err: error }, 'unexpected error');
  return fail(c, 'SM_INTERNAL', 'Internal error. Quote the request id when reporting it.');
}

/** Hook for schema-validated routes: every failing field is named. */
export function validationHook(result: { success: boolean; error?: z.ZodError }, c: Context<AppEnv>) {
  if (result.success || !result.error) return undefined;
  const details = result.error.issues.map((issue) => ({ field: issue.path.join('.') || '(body)', message: issue.message }));
  return fail(c, 'SM_VALIDATION', 'The request does not match the API schema.', details);
}
