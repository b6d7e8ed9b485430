import { AppError } from '@tdkt/contracts';
import {
  DomainValidationError,
  fieldIssue,
  parsePlanDefinition,
  type PlanDefinition,
} from '@tdkt/domain';
import { parseDocument } from 'yaml';

/** A plan document larger than this is not a plan. */
export const MAX_PLAN_SOURCE_BYTES = 512 * 1024;

/**
 * Reads a plan written in YAML or JSON (YAML 1.2 reads JSON as it is) and validates it. Syntax
 * errors name the line; content errors name each field, e.g. `plan.quarters.Q2[4].due`.
 */
export function parsePlanSource(source: string): PlanDefinition {
  if (typeof source !== 'string' || source.trim() === '') {
    throw new AppError('VALIDATION_FAILED', [
      fieldIssue('source', 'required', {
        vi: 'chưa có nội dung kế hoạch',
        en: 'the plan text is empty',
      }),
    ]);
  }
  if (Buffer.byteLength(source, 'utf8') > MAX_PLAN_SOURCE_BYTES) {
    throw new AppError('VALIDATION_FAILED', [
      fieldIssue('source', 'max-size', {
        vi: `không được quá ${MAX_PLAN_SOURCE_BYTES / 1024} KB`,
        en: `must be at most ${MAX_PLAN_SOURCE_BYTES / 1024} KB`,
      }),
    ]);
  }
  const document = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const [syntax] = document.errors;
  if (syntax !== undefined) {
    const line = syntax.linePos?.[0].line;
    const where = line === undefined ? '' : ` (dòng/line ${line})`;
    throw new AppError('VALIDATION_FAILED', [
      fieldIssue('source', 'syntax', {
        vi: `không đọc được YAML/JSON${where}: ${syntax.message}`,
        en: `is not valid YAML/JSON${where}: ${syntax.message}`,
      }),
    ]);
  }
  try {
    return parsePlanDefinition(document.toJS());
  } catch (error) {
    if (error instanceof DomainValidationError)
      throw new AppError('VALIDATION_FAILED', [...error.errors]);
    throw error;
  }
}
