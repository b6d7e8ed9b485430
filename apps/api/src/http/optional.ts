import { ValidateIf } from 'class-validator';

/**
 * The field may be left out; when it is sent, its rules apply, to `null` too. (class-validator's
 * IsOptional lets `null` through unchecked, and use cases then met a value they never expected: a
 * 500.) A field that takes `null` on purpose keeps IsOptional and says `nullable: true` in its
 * ApiProperty.
 */
export const Optional = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);
