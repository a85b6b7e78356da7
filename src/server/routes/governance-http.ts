// Shared pieces of the governance routes: error responses for the docs, and turning a use case's Result into HTTP.
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { AppError } from '../../core/errors/catalog.ts';
import type { AppEnv } from '../context.ts';
import { ErrorBody, fail } from '../errors.ts';

const errorContent = { 'application/json': { schema: ErrorBody } };

/**
 * Every governance route can answer these; 401 is listed without a body schema on purpose, which lets handlers return
 * catalog errors of any status through `failWith` while the 2xx bodies stay typed.
 */
export const errorResponses = {
  400: { description: 'Invalid request (SM_VALIDATION); details name each field', content: errorContent },
  401: { description: 'No API key, or an unknown or revoked one (SM_UNAUTHENTICATED)' },
  403: { description: 'The key lacks a role this needs (SM_FORBIDDEN)', content: errorContent },
  404: { description: "No such resource in the caller's tenant (SM_NOT_FOUND)", content: errorContent },
  409: { description: 'Conflicts with the current state (SM_CONFLICT)', content: errorContent },
} as const;

export function failWith(c: Context<AppEnv>, error: AppError): Response {
  return fail(c, error.code, error.message, error.details);
}

export const IdParam = z.object({ id: z.string().min(1).max(256) });

/** API bodies of rich governance records: the stable fields are declared, the rest passes through as recorded. */
export function looseObject<T extends z.ZodRawShape>(name: string, shape: T) {
  return z.object(shape).loose().openapi(name);
}
