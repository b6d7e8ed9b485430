import { ValidationPipe } from '@nestjs/common';
import { getMetadataStorage, type ValidationError } from 'class-validator';
import { AppError, type FieldError } from '@tdkt/contracts';
import { fieldMessage } from './field-messages';

/**
 * Rejects unknown fields (no mass assignment), converts types, and reports every bad field at once,
 * each with one rule and a bilingual message naming it by its label, as a VALIDATION_FAILED AppError.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    validationError: { target: true, value: true },
    exceptionFactory: (errors) => new AppError('VALIDATION_FAILED', flatten(errors, '')),
  });
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field =
      prefix === ''
        ? error.property
        : /^\d+$/.test(error.property)
          ? `${prefix}[${error.property}]`
          : `${prefix}.${error.property}`;
    const own = mainFailure(error);
    return [
      ...(own === null
        ? []
        : [
            {
              field,
              rule: own.rule,
              message: fieldMessage(own.rule, field, own.args, own.fallback),
            },
          ]),
      ...flatten(error.children ?? [], field),
    ];
  });
}

/**
 * Rules in the order a person fixes them: a field sent that should not be, then one missing, then its
 * type, then its content. Only the first broken one is reported for a field.
 */
const RULE_ORDER = [
  'whitelistValidation',
  'isDefined',
  'isObject',
  'nestedValidation',
  'isArray',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isUuid',
  'isIn',
  'isEnum',
  'isIso8601',
  'isDateString',
  'isEmail',
  'isUrl',
  'isNotEmpty',
];

/** The one failure reported for a field: "missing" when it has no value, else its first broken rule. */
function mainFailure(
  error: ValidationError,
): { rule: string; args: unknown[]; fallback: string } | null {
  const constraints = Object.entries(error.constraints ?? {});
  if (constraints.length === 0) return null;
  const unknownField = constraints.find(([rule]) => rule === 'whitelistValidation');
  if (unknownField === undefined && (error.value === undefined || error.value === null))
    return { rule: 'isDefined', args: [], fallback: `${error.property} is required` };
  const rank = (rule: string) => {
    const index = RULE_ORDER.indexOf(rule);
    return index === -1 ? RULE_ORDER.length : index;
  };
  const [rule, fallback] = [...constraints].sort(([a], [b]) => rank(a) - rank(b))[0]!;
  return { rule, args: constraintArgs(error, rule), fallback };
}

function constraintArgs(error: ValidationError, rule: string): unknown[] {
  const target = error.target?.constructor;
  if (typeof target !== 'function') return [];
  const metadata = getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find(
      (m) =>
        m.propertyName === error.property && (m.name === rule || m.constraintCls?.name === rule),
    );
  return (metadata?.constraints as unknown[] | undefined) ?? [];
}
