// The one catalog of stable error codes; docs/errors.md is checked against it by a test.
export const errorCatalog = {
  SM_VALIDATION: { status: 400, message: 'The request or record does not match the contract.' },
  SM_BODY_TOO_LARGE: { status: 413, message: 'The request body is larger than the limit.' },
  SM_BATCH_TOO_LARGE: { status: 413, message: 'The batch holds more events than the limit.' },
  SM_MALFORMED_JSON: { status: 400, message: 'The body is not valid JSON.' },
  SM_NOT_FOUND: { status: 404, message: 'No such resource.' },
  SM_ROUTE_NOT_FOUND: { status: 404, message: 'No such route.' },
  SM_FILE_UNREADABLE: { status: 400, message: 'The input file cannot be read.' },
  SM_FILE_FORMAT: { status: 400, message: 'The input file format is not supported.' },
  SM_UNAUTHENTICATED: { status: 401, message: 'An API key is required (Authorization: Bearer <key>).' },
  SM_FORBIDDEN: { status: 403, message: 'The API key lacks a role this needs.' },
  SM_CONFLICT: { status: 409, message: 'The change conflicts with the current state.' },
  SM_UNSUPPORTED_FILE: { status: 415, message: 'The uploaded file type is not accepted.' },
  SM_BUNDLE_INVALID: { status: 422, message: 'The evidence bundle failed verification.' },
  SM_MODEL_INVALID: { status: 422, message: 'The model file is not a valid shoumen model.' },
  SM_TRAINING_DATA: { status: 422, message: 'The events and labels do not give enough data to train.' },
  SM_RULES_INVALID: { status: 400, message: 'The rules have syntax or type errors.' },
  SM_CONFIG: { status: 500, message: 'The configuration is invalid.' },
  SM_INTERNAL: { status: 500, message: 'Internal error.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** An expected failure as a value: a stable code, a readable message and optional field details. */
export type AppError = {
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: readonly { field: string; message: string; line?: number }[];
};

export function appError(code: ErrorCode, message?: string, details?: AppError['details']): AppError {
  return { code, message: message ?? errorCatalog[code].message, ...(details ? { details } : {}) };
}
