import type { FieldError } from './errors';

/**
 * Why a character cannot be stored, rendered or passed on. PostgreSQL refuses NUL in text and lone
 * surrogates in jsonb; XML (so DOCX) and PDF text cannot carry C0 control characters other than tab,
 * line feed and carriage return, nor U+FFFE/U+FFFF. Each kind is a stable rule name in 400 answers.
 */
export const TextRule = {
  controlCharacter: 'noControlCharacters',
  loneSurrogate: 'wellFormedUnicode',
  noncharacter: 'noNoncharacters',
} as const;
export type TextRule = (typeof TextRule)[keyof typeof TextRule];

/** The first character of a text that breaks a TextRule: where it is (UTF-16 index) and what. */
export interface InvalidCharacter {
  rule: TextRule;
  index: number;
  /** The code unit, e.g. 0x0b. */
  codeUnit: number;
}

const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first character of `text` no storage, renderer or XML consumer can carry, or null. */
export function findInvalidCharacter(text: string): InvalidCharacter | null {
  const match = INVALID.exec(text);
  if (match === null) return null;
  const codeUnit = match[0].charCodeAt(0);
  const rule =
    codeUnit >= 0xd800 && codeUnit <= 0xdfff
      ? TextRule.loneSurrogate
      : codeUnit >= 0xfffe
        ? TextRule.noncharacter
        : TextRule.controlCharacter;
  return { rule, index: match.index, codeUnit };
}

/** `text` with every character findInvalidCharacter would report written as `\uXXXX`, to name it safely. */
export function escapeInvalidCharacters(text: string): string {
  return text.replace(new RegExp(INVALID.source, 'g'), (char) => `\\u${hex(char.charCodeAt(0))}`);
}

const KINDS: Record<TextRule, { vi: string; en: string }> = {
  noControlCharacters: { vi: 'ký tự điều khiển', en: 'a control character' },
  wellFormedUnicode: {
    vi: 'nửa cặp UTF-16 đứng một mình, không phải ký tự Unicode hợp lệ',
    en: 'a lone UTF-16 surrogate, not a valid Unicode character',
  },
  noNoncharacters: { vi: 'mã không phải ký tự Unicode', en: 'a Unicode noncharacter' },
};

/** The 400 field error for a text field holding an invalid character. */
export function invalidTextFieldError(field: string, found: InvalidCharacter): FieldError {
  const code = `U+${hex(found.codeUnit)}`;
  const kind = KINDS[found.rule];
  const position = found.index + 1;
  return {
    field,
    rule: found.rule,
    message: {
      vi: `Trường "${field}" chứa ký tự không được phép (${code}, ${kind.vi}) ở vị trí ${position}; hãy xóa ký tự này (thường do dán từ Word hoặc PDF).`,
      en: `Field "${field}" contains a character that is not allowed (${code}, ${kind.en}) at position ${position}; remove it (it often comes from pasting out of Word or a PDF).`,
    },
  };
}

/**
 * Every invalid text in a parsed JSON value, keys included, as field errors named by their path
 * (`nominee.name`, `items[2].title`). `prefix` names the value itself.
 */
export function invalidTextFields(value: unknown, prefix = ''): FieldError[] {
  if (typeof value === 'string') {
    const found = findInvalidCharacter(value);
    return found === null ? [] : [invalidTextFieldError(prefix || 'body', found)];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => invalidTextFields(item, `${prefix}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const path =
      prefix === '' ? escapeInvalidCharacters(key) : `${prefix}.${escapeInvalidCharacters(key)}`;
    const inKey = findInvalidCharacter(key);
    return [
      ...(inKey === null ? [] : [invalidTextFieldError(path, inKey)]),
      ...invalidTextFields(item, path),
    ];
  });
}

function hex(codeUnit: number): string {
  return codeUnit.toString(16).toUpperCase().padStart(4, '0');
}
