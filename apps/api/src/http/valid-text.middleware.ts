import {
  AppError,
  escapeInvalidCharacters,
  type FieldError,
  findInvalidCharacter,
  invalidTextFieldError,
  invalidTextFields,
} from '@tdkt/contracts';
import type { NextFunction, Request, Response } from 'express';

/** At most this many fields are named in one answer; a body full of NULs needs no thousand lines. */
const MAX_ERRORS = 20;

/** A route's path as Express declares it, e.g. /api/v1/dossiers/:id, to name the parameters of a URL. */
export interface DeclaredPath {
  path: string;
}

/**
 * The edge every request crosses right after the body parsers, before any guard reads the database,
 * a handler stores anything or a workflow is signalled: path segments, query parameters and JSON body
 * (keys and values) must be well-formed percent-encoded UTF-8 without the characters no storage,
 * document or XML can carry (NUL, other C0 controls, lone surrogates, U+FFFE/U+FFFF). Anything else is a
 * 400 VALIDATION_FAILED naming each field (a path parameter by its declared name).
 */
export function validTextMiddleware(routes: readonly DeclaredPath[]) {
  const patterns = routes.map((route) => route.path.split('/'));
  return (request: Request, _response: Response, next: NextFunction): void => {
    const url = request.originalUrl;
    const queryStart = url.indexOf('?');
    const path = queryStart === -1 ? url : url.slice(0, queryStart);
    const query = queryStart === -1 ? '' : url.slice(queryStart + 1);
    const errors = [
      ...pathErrors(path, patterns),
      ...queryErrors(query),
      ...invalidTextFields(request.body as unknown),
    ];
    next(
      errors.length === 0
        ? undefined
        : new AppError('VALIDATION_FAILED', errors.slice(0, MAX_ERRORS)),
    );
  };
}

function pathErrors(path: string, patterns: string[][]): FieldError[] {
  const segments = path.split('/');
  const pattern = patterns.find(
    (candidate) =>
      candidate.length === segments.length &&
      candidate.every((part, index) => part.startsWith(':') || part === segments[index]),
  );
  return segments.flatMap((segment, index) => {
    const name = pattern?.[index]?.startsWith(':') ? pattern[index].slice(1) : 'path';
    return textErrors(segment, name, false);
  });
}

function queryErrors(query: string): FieldError[] {
  if (query === '') return [];
  return query.split('&').flatMap((pair) => {
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    const key = strictDecode(rawKey, true);
    const name = key === null ? 'query' : escapeInvalidCharacters(key);
    return [
      ...textErrors(rawKey, name, true),
      ...(equals === -1 ? [] : textErrors(pair.slice(equals + 1), name, true)),
    ];
  });
}

/** The errors of one percent-encoded part of the URL, named `field`. */
function textErrors(encoded: string, field: string, plusIsSpace: boolean): FieldError[] {
  const decoded = strictDecode(encoded, plusIsSpace);
  if (decoded === null) return [malformedPercentEncoding(field)];
  const found = findInvalidCharacter(decoded);
  return found === null ? [] : [invalidTextFieldError(field, found)];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Percent-decodes as UTF-8, or null when a `%` is not followed by two hex digits or the bytes are not UTF-8. */
function strictDecode(encoded: string, plusIsSpace: boolean): string | null {
  const text = plusIsSpace ? encoded.replace(/\+/g, ' ') : encoded;
  if (!text.includes('%')) return text;
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return null;
  try {
    return utf8.decode(Buffer.from(text.replace(/%([0-9A-Fa-f]{2})/g, percentToLatin1), 'latin1'));
  } catch {
    return null;
  }
}

/** Each escape as the byte it stands for; the rest of the text is ASCII in a valid URL. */
function percentToLatin1(_match: string, hexByte: string): string {
  return String.fromCharCode(parseInt(hexByte, 16));
}

function malformedPercentEncoding(field: string): FieldError {
  return {
    field,
    rule: 'percentEncoding',
    message: {
      vi: `Trường "${field}" trong địa chỉ yêu cầu không được mã hóa đúng (dấu % phải đi cùng hai chữ số hệ 16 và tạo thành UTF-8 hợp lệ).`,
      en: `Field "${field}" of the request URL is not correctly percent-encoded (each % takes two hex digits forming valid UTF-8).`,
    },
  };
}
