import type { LocalizedText } from '@tdkt/contracts';
import { fieldName } from './field-labels';

/** `f` is how the field is named in each language: its label, or the field itself. */
type Template = (f: LocalizedText, args: unknown[]) => LocalizedText;

/**
 * Bilingual messages for class-validator rules, keyed by the rule name class-validator reports.
 * A rule missing here falls back to class-validator's English text.
 */
const TEMPLATES: Record<string, Template> = {
  whitelistValidation: (f) => ({
    vi: `${f.vi} không được phép gửi lên.`,
    en: `${f.en} is not allowed.`,
  }),
  isDefined: (f) => ({ vi: `Chưa nhập ${f.vi}.`, en: `${f.en} is required.` }),
  isNotEmpty: (f) => ({
    vi: `${f.vi} không được để trống.`,
    en: `${f.en} must not be empty.`,
  }),
  isString: (f) => ({
    vi: `${f.vi} phải là chuỗi ký tự.`,
    en: `${f.en} must be a string.`,
  }),
  isInt: (f) => ({
    vi: `${f.vi} phải là số nguyên.`,
    en: `${f.en} must be an integer.`,
  }),
  isBoolean: (f) => ({
    vi: `${f.vi} phải là true hoặc false.`,
    en: `${f.en} must be true or false.`,
  }),
  isUuid: (f) => ({ vi: `${f.vi} phải là mã UUID.`, en: `${f.en} must be a UUID.` }),
  isDossierReference: (f) => ({
    vi: `${f.vi} phải là mã hồ sơ (HS-2024-000001) hoặc mã UUID của hồ sơ.`,
    en: `${f.en} must be a dossier code (HS-2024-000001) or a dossier's UUID.`,
  }),
  isIn: (f, [values]) => ({
    vi: `${f.vi} phải là một trong: ${(values as unknown[]).join(', ')}.`,
    en: `${f.en} must be one of: ${(values as unknown[]).join(', ')}.`,
  }),
  isEnum: (f, [values]) => ({
    vi: `${f.vi} phải là một trong: ${Object.values(values as object).join(', ')}.`,
    en: `${f.en} must be one of: ${Object.values(values as object).join(', ')}.`,
  }),
  min: (f, [min]) => ({
    vi: `${f.vi} phải ≥ ${String(min)}.`,
    en: `${f.en} must be at least ${String(min)}.`,
  }),
  max: (f, [max]) => ({
    vi: `${f.vi} phải ≤ ${String(max)}.`,
    en: `${f.en} must be at most ${String(max)}.`,
  }),
  minLength: (f, [n]) => ({
    vi: `${f.vi} phải có ít nhất ${String(n)} ký tự.`,
    en: `${f.en} must be at least ${String(n)} characters long.`,
  }),
  maxLength: (f, [n]) => ({
    vi: `${f.vi} không được quá ${String(n)} ký tự.`,
    en: `${f.en} must be at most ${String(n)} characters long.`,
  }),
  matches: (f) => ({
    vi: `${f.vi} không đúng định dạng.`,
    en: `${f.en} has the wrong format.`,
  }),
  isDateString: (f) => ({
    vi: `${f.vi} phải là ngày theo định dạng YYYY-MM-DD.`,
    en: `${f.en} must be a date in YYYY-MM-DD form.`,
  }),
  // class-validator names this rule isIso8601; it accepts a date or a date and time.
  isIso8601: (f) => ({
    vi: `${f.vi} phải là ngày (YYYY-MM-DD) hoặc thời điểm theo ISO 8601.`,
    en: `${f.en} must be a date (YYYY-MM-DD) or an ISO 8601 date-time.`,
  }),
  isArray: (f) => ({ vi: `${f.vi} phải là danh sách.`, en: `${f.en} must be a list.` }),
  arrayMaxSize: (f, [n]) => ({
    vi: `${f.vi} có tối đa ${String(n)} phần tử.`,
    en: `${f.en} may hold at most ${String(n)} items.`,
  }),
  arrayMinSize: (f, [n]) => ({
    vi: `${f.vi} cần ít nhất ${String(n)} phần tử.`,
    en: `${f.en} needs at least ${String(n)} items.`,
  }),
  nestedValidation: (f) => ({
    vi: `${f.vi} phải là một đối tượng.`,
    en: `${f.en} must be an object.`,
  }),
  isObject: (f) => ({
    vi: `${f.vi} phải là một đối tượng.`,
    en: `${f.en} must be an object.`,
  }),
  isEmail: (f) => ({
    vi: `${f.vi} phải là địa chỉ email.`,
    en: `${f.en} must be an e-mail address.`,
  }),
  isUrl: (f) => ({ vi: `${f.vi} phải là địa chỉ URL.`, en: `${f.en} must be a URL.` }),
};

/** The bilingual message for one failed rule on one field, naming the field by its label. */
export function fieldMessage(
  rule: string,
  field: string,
  args: unknown[],
  fallback: string,
): LocalizedText {
  const template = TEMPLATES[rule];
  // An unknown field has no label: it is named as it was sent.
  const name =
    rule === 'whitelistValidation'
      ? { vi: `trường "${field}"`, en: `field "${field}"` }
      : { vi: fieldName(field, 'vi'), en: fieldName(field, 'en') };
  return template ? capitalised(template(name, args)) : { vi: fallback, en: fallback };
}

/** A message is a sentence: it starts with a capital (a label may start with a small letter). */
function capitalised(message: LocalizedText): LocalizedText {
  const upper = (text: string) =>
    text.replace(
      /^([«"]?)(\p{Ll})/u,
      (_m, quote: string, letter: string) => `${quote}${letter.toUpperCase()}`,
    );
  return { vi: upper(message.vi), en: upper(message.en) };
}
