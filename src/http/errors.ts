/**
 * HTTP statuses for the application's errors, in one place, and the JSON the API answers with:
 * `{ code, message }`, and where the input was wrong, `field` or `line`.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { MinutebookError, type ErrorCode } from '../domain/errors.js';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  'empty-input': 400,
  'binary-input': 415,
  'input-too-large': 413,
  'unsupported-format': 415,
  'invalid-record': 422,
  'invalid-argument': 400,
  'not-found': 404,
  conflict: 409,
  unauthenticated: 401,
  forbidden: 403,
  'too-many-attempts': 429,
  'storage-failure': 500,
};

export interface ErrorBody {
  code: ErrorCode | 'internal';
  message: string;
  field?: string;
  line?: number;
  version?: number;
}

/** The status and JSON body for any error; unexpected ones are reported without their details. */
export function errorResponse(error: unknown): { status: ContentfulStatusCode; body: ErrorBody } {
  if (error instanceof MinutebookError) {
    const body: ErrorBody = { code: error.code, message: error.message };
    if (error.location.field !== undefined) body.field = error.location.field;
    if (error.location.line !== undefined) body.line = error.location.line;
    if (error.currentVersion !== undefined) body.version = error.currentVersion;
    return { status: STATUS[error.code], body };
  }
  if (error instanceof HTTPException && error.status < 500) {
    // Raised by the framework before our code runs: a body that is not JSON, or one too large.
    const code: ErrorCode = error.status === 413 ? 'input-too-large' : 'invalid-argument';
    return {
      status: error.status as ContentfulStatusCode,
      body: { code, message: describeHttpError(error) },
    };
  }
  return {
    status: 500,
    body: { code: 'internal', message: 'the request could not be completed; nothing was changed' },
  };
}

function describeHttpError(error: HTTPException): string {
  if (error.status === 413) return 'the request is too large';
  return /json/i.test(error.message)
    ? 'the request body is not valid JSON'
    : error.message || 'the request is not valid';
}
