import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import {
  AppError,
  type FieldError,
  findInvalidCharacter,
  invalidTextFieldError,
  invalidTextFields,
} from '@tdkt/contracts';
import type { Request } from 'express';
import type { Observable } from 'rxjs';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text rules of validTextMiddleware for a multipart upload, whose fields exist only once multer
 * has read them (after the guard): every field name and value, and the file's name. Goes right after
 * the FileInterceptor in @UseInterceptors.
 */
export class MultipartTextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context
      .switchToHttp()
      .getRequest<Request & { file?: { originalname: string } }>();
    const errors = [
      ...invalidTextFields(request.body as unknown),
      ...(request.file === undefined ? [] : fileNameErrors(request.file.originalname)),
    ];
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', errors);
    return next.handle();
  }
}

/** What multer hands over of an uploaded file. */
export interface UploadedFileParts {
  originalname: string;
  buffer: Buffer;
}

/** The uploaded file, or a 400 naming the field "file" when the request carried none. */
export function requiredUpload(file: UploadedFileParts | undefined): UploadedFileParts {
  if (file !== undefined) return file;
  throw new AppError('VALIDATION_FAILED', [
    {
      field: 'file',
      rule: 'isDefined',
      message: {
        vi: 'Chưa chọn tệp để tải lên (trường "file").',
        en: 'No file was sent (field "file").',
      },
    },
  ]);
}

/** Browsers send a file name as UTF-8 bytes, which busboy hands over as Latin-1 characters. */
export function uploadedFileName(originalname: string): string {
  return utf8.decode(Buffer.from(originalname, 'latin1'));
}

function fileNameErrors(originalname: string): FieldError[] {
  let name: string;
  try {
    name = uploadedFileName(originalname);
  } catch {
    return [
      {
        field: 'file.name',
        rule: 'wellFormedUnicode',
        message: {
          vi: 'Tên tệp không phải văn bản UTF-8 hợp lệ.',
          en: 'The file name is not valid UTF-8 text.',
        },
      },
    ];
  }
  const found = findInvalidCharacter(name);
  return found === null ? [] : [invalidTextFieldError('file.name', found)];
}
