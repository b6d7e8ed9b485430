import type { FormInstance } from 'antd';
import { ApiError } from '../api/errors';
import { localized } from '../format/format';

/** A form field's path (`breaks[0].from` → `['breaks', 0, 'from']`), as Ant Design names fields. */
export function fieldPath(apiField: string): (string | number)[] {
  return apiField
    .split(/[.[\]]/)
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the API's field errors beside the fields they concern, in the person's language. `rename`
 * maps an API field to the form's field where they differ (`scheduledAt` → `date`). Answers the
 * problems it could not place, which the form shows above its buttons.
 */
export function showFieldErrors<Values>(
  form: FormInstance<Values>,
  error: unknown,
  lang: 'vi' | 'en',
  rename: Record<string, string> = {},
): number {
  if (!(error instanceof ApiError) || error.fields.length === 0) return 0;
  const known = new Set(
    Object.keys(form.getFieldsValue(true) as Record<string, unknown>).map(String),
  );
  let placed = 0;
  const fields = error.fields.flatMap((problem) => {
    const path = fieldPath(rename[problem.field] ?? problem.field);
    if (!known.has(String(path[0]))) return [];
    placed += 1;
    return [{ name: path as never, errors: [localized(problem.message, lang)] }];
  });
  form.setFields(fields);
  return placed;
}
