import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { isGrpcServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { AppError, ERROR_CATALOG, type ErrorCode, type ErrorResponseBody } from '@tdkt/contracts';
import {
  DomainError,
  DomainValidationError,
  NoRuleSetInForceError,
  UnknownRuleSetError,
} from '@tdkt/domain';
import { isConnectionError, isDataException, pgErrorCode } from '@tdkt/server-database';
import type { Request, Response } from 'express';

/** gRPC UNAVAILABLE and DEADLINE_EXCEEDED: Temporal is down or too slow. */
const TEMPORAL_UNAVAILABLE_CODES = new Set([4, 14]);

/**
 * The one place that turns failures into HTTP answers: a stable code, a Vietnamese and English message,
 * the offending fields, the request id. Unexpected errors are logged with their stack and answered 500
 * without any internals.
 */
@Catch()
export class AppExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const error = this.toAppError(exception);
    if (error.code === 'INTERNAL_ERROR') {
      this.logger.error({ err: exception, requestId: request.id }, 'unhandled error');
    } else if (isDataException(exception)) {
      // The validators should have refused it: worth knowing, without the values.
      this.logger.warn(
        { sqlState: pgErrorCode(exception), requestId: request.id },
        'input refused by PostgreSQL',
      );
    } else if (error.status >= 500) {
      this.logger.warn(
        { err: exception, requestId: request.id, code: error.code },
        'dependency unavailable',
      );
    }
    const body: ErrorResponseBody = {
      code: error.code,
      message: error.localizedMessage,
      ...(error.errors.length > 0 ? { errors: error.errors } : {}),
      ...(request.id ? { requestId: String(request.id) } : {}),
    };
    // RFC 6750: a 401 tells the client which scheme to authenticate with.
    if (error.status === 401) response.setHeader('WWW-Authenticate', wwwAuthenticate(error.code));
    response.status(error.status).json(body);
  }

  private toAppError(exception: unknown): AppError {
    if (exception instanceof AppError) return exception;
    if (exception instanceof DomainError) return fromDomainError(exception);
    if (exception instanceof HttpException) return fromHttpException(exception);
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus !== null) return fromClientError(clientStatus);
    if (isConnectionError(exception)) return new AppError('DATABASE_UNAVAILABLE');
    // Input the validators let through and PostgreSQL refused (a value out of range, bad text): the
    // request's fault, as retrying it cannot help.
    if (isDataException(exception)) return new AppError('MALFORMED_REQUEST');
    if (isTemporalUnavailable(exception)) return new AppError('WORKFLOW_ENGINE_UNAVAILABLE');
    return new AppError('INTERNAL_ERROR');
  }
}

const STATUS_CODES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.NOT_FOUND]: 'NOT_FOUND',
  [HttpStatus.BAD_REQUEST]: 'MALFORMED_REQUEST',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'PAYLOAD_TOO_LARGE',
  [HttpStatus.UNAUTHORIZED]: 'UNAUTHENTICATED',
  [HttpStatus.FORBIDDEN]: 'FORBIDDEN',
  [HttpStatus.TOO_MANY_REQUESTS]: 'TOO_MANY_REQUESTS',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'UNSUPPORTED_MEDIA_TYPE',
};

function wwwAuthenticate(code: ErrorCode): string {
  if (code === 'TOKEN_EXPIRED')
    return 'Bearer realm="tdkt", error="invalid_token", error_description="The access token expired"';
  if (code === 'UNAUTHENTICATED') return 'Bearer realm="tdkt", error="invalid_token"';
  return 'Bearer realm="tdkt"';
}

function fromHttpException(exception: HttpException): AppError {
  const code = STATUS_CODES[exception.getStatus()];
  if (code !== undefined && ERROR_CATALOG[code].status === exception.getStatus())
    return new AppError(code);
  return new AppError(exception.getStatus() >= 500 ? 'INTERNAL_ERROR' : 'MALFORMED_REQUEST');
}

/** Rule violations from libs/domain: bad fields are a 400, rules that cannot apply a 422. */
function fromDomainError(error: DomainError): AppError {
  if (error instanceof DomainValidationError)
    return new AppError('VALIDATION_FAILED', [...error.errors]);
  if (error instanceof UnknownRuleSetError) {
    return new AppError('VALIDATION_FAILED', [
      { field: 'ruleSetId', rule: 'known-rule-set', message: error.localizedMessage },
    ]);
  }
  if (error instanceof NoRuleSetInForceError) {
    return new AppError('NO_RULE_SET_IN_FORCE', [], error.localizedMessage);
  }
  return new AppError('RULES_NOT_APPLICABLE', [], error.localizedMessage);
}

/**
 * The status of a client error raised before Nest took the request (body-parser's http-errors: bad
 * JSON, an unknown charset or content-encoding, a body that does not inflate, one too large), or null.
 */
function clientErrorStatus(error: unknown): number | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true
    ? status
    : null;
}

function fromClientError(status: number): AppError {
  if (status === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (status === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  return new AppError('MALFORMED_REQUEST');
}

/**
 * Temporal did not answer in time or cannot be reached: a gRPC UNAVAILABLE or DEADLINE_EXCEEDED,
 * possibly wrapped by the client (a ServiceError whose cause it is), or an update nobody answered
 * before the request's deadline.
 */
function isTemporalUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; depth += 1) {
    if (cause instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcServiceError(cause) && TEMPORAL_UNAVAILABLE_CODES.has(cause.code)) return true;
    cause = cause.cause;
  }
  return false;
}
