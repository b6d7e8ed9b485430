import type { LocalizedText } from '@tdkt/contracts';

type Template = (field: string, args: unknown[]) => LocalizedText;

/**
 * Bilingual messages for class-validator rules, keyed by the rule name class-validator reports.
 * A rule missing here falls back to class-validator's English text.
 */
const TEMPLATES: Record<string, Template> = {
  whitelistValidation: (f) => ({
    vi: `Trường "${f}" không được phép gửi lên.`,
    en: `Field "${f}" is not allowed.`,
  }),
  isDefined: (f) => ({ vi: `Thiếu trường "${f}".`, en: `Field "${f}" is required.` }),
  isNotEmpty: (f) => ({
    vi: `Trường "${f}" không được để trống.`,
    en: `Field "${f}" must not be empty.`,
  }),
  isString: (f) => ({
    vi: `Trường "${f}" phải là chuỗi ký tự.`,
    en: `Field "${f}" must be a string.`,
  }),
  isInt: (f) => ({
    vi: `Trường "${f}" phải là số nguyên.`,
    en: `Field "${f}" must be an integer.`,
  }),
  isBoolean: (f) => ({
    vi: `Trường "${f}" phải là true hoặc false.`,
    en: `Field "${f}" must be true or false.`,
  }),
  isUuid: (f) => ({ vi: `Trường "${f}" phải là mã UUID.`, en: `Field "${f}" must be a UUID.` }),
  isDossierReference: (f) => ({
    vi: `Trường "${f}" phải là mã hồ sơ (HS-2024-000001) hoặc mã UUID của hồ sơ.`,
    en: `Field "${f}" must be a dossier code (HS-2024-000001) or a dossier's UUID.`,
  }),
  isIn: (f, [values]) => ({
    vi: `Trường "${f}" phải là một trong: ${String(values)}.`,
    en: `Field "${f}" must be one of: ${String(values)}.`,
  }),
  isEnum: (f, [values]) => ({
    vi: `Trường "${f}" phải là một trong: ${Object.values(values as object).join(', ')}.`,
    en: `Field "${f}" must be one of: ${Object.values(values as object).join(', ')}.`,
  }),
  min: (f, [min]) => ({
    vi: `Trường "${f}" phải ≥ ${String(min)}.`,
    en: `Field "${f}" must be at least ${String(min)}.`,
  }),
  max: (f, [max]) => ({
    vi: `Trường "${f}" phải ≤ ${String(max)}.`,
    en: `Field "${f}" must be at most ${String(max)}.`,
  }),
  minLength: (f, [n]) => ({
    vi: `Trường "${f}" phải có ít nhất ${String(n)} ký tự.`,
    en: `Field "${f}" must be at least ${String(n)} characters long.`,
  }),
  maxLength: (f, [n]) => ({
    vi: `Trường "${f}" không được quá ${String(n)} ký tự.`,
    en: `Field "${f}" must be at most ${String(n)} characters long.`,
  }),
  matches: (f) => ({
    vi: `Trường "${f}" không đúng định dạng.`,
    en: `Field "${f}" has the wrong format.`,
  }),
  isDateString: (f) => ({
    vi: `Trường "${f}" phải là ngày theo định dạng YYYY-MM-DD.`,
    en: `Field "${f}" must be a date in YYYY-MM-DD form.`,
  }),
  // class-validator names this rule isIso8601; it accepts a date or a date and time.
  isIso8601: (f) => ({
    vi: `Trường "${f}" phải là ngày (YYYY-MM-DD) hoặc thời điểm theo ISO 8601.`,
    en: `Field "${f}" must be a date (YYYY-MM-DD) or an ISO 8601 date-time.`,
  }),
  isArray: (f) => ({ vi: `Trường "${f}" phải là danh sách.`, en: `Field "${f}" must be a list.` }),
  arrayMaxSize: (f, [n]) => ({
    vi: `Trường "${f}" có tối đa ${String(n)} phần tử.`,
    en: `Field "${f}" may hold at most ${String(n)} items.`,
  }),
  arrayMinSize: (f, [n]) => ({
    vi: `Trường "${f}" cần ít nhất ${String(n)} phần tử.`,
    en: `Field "${f}" needs at least ${String(n)} items.`,
  }),
  nestedValidation: (f) => ({
    vi: `Trường "${f}" phải là một đối tượng.`,
    en: `Field "${f}" must be an object.`,
  }),
  isObject: (f) => ({
    vi: `Trường "${f}" phải là một đối tượng.`,
    en: `Field "${f}" must be an object.`,
  }),
  isEmail: (f) => ({
    vi: `Trường "${f}" phải là địa chỉ email.`,
    en: `Field "${f}" must be an e-mail address.`,
  }),
  isUrl: (f) => ({ vi: `Trường "${f}" phải là địa chỉ URL.`, en: `Field "${f}" must be a URL.` }),
};

/** The bilingual message for one failed rule on one field. */
export function fieldMessage(
  rule: string,
  field: string,
  args: unknown[],
  fallback: string,
): LocalizedText {
  const template = TEMPLATES[rule];
  return template ? template(field, args) : { vi: fallback, en: fallback };
}
