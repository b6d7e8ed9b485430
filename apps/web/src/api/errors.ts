import type { ErrorCode } from '@tdkt/contracts';

/** A bilingual text from the API. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** One field the API refused, with the rule and a message in both languages. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: Bilingual;
}

/** Codes the app itself gives to failures that never reached the API. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/**
 * A refusal or failure of an API call, as the app shows it: the stable code (to branch on), the
 * API's own message in both languages, and the fields it concerns.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    readonly localizedMessage: Bilingual | null,
    readonly fields: FieldProblem[] = [],
    readonly requestId: string | null = null,
  ) {
    super(localizedMessage?.en ?? code);
    this.name = 'ApiError';
  }

  /** From an error response's status and parsed body (`{ code, message, errors, requestId }`). */
  static fromResponse(status: number, body: unknown): ApiError {
    if (isErrorBody(body))
      return new ApiError(
        status,
        body.code,
        body.message,
        body.errors ?? [],
        body.requestId ?? null,
      );
    return new ApiError(status, 'UNEXPECTED_RESPONSE', null);
  }

  /** The problems of one form field, matched by its path (`nominee.name`) or a parent of it. */
  fieldProblems(path: string): FieldProblem[] {
    return this.fields.filter(
      (problem) => problem.field === path || problem.field.startsWith(`${path}.`),
    );
  }
}

interface ErrorBody {
  code: ErrorCode;
  message: Bilingual;
  errors?: FieldProblem[];
  requestId?: string;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as { code?: unknown }).code === 'string' &&
    typeof (body as { message?: { vi?: unknown } }).message?.vi === 'string'
  );
}

/** True when the failure means the server could not be reached at all. */
export function isNetworkFailure(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'NETWORK_ERROR';
}
