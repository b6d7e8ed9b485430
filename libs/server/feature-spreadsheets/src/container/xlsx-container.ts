import { inflateRawSync } from 'node:zlib';
import { AppError, type FieldError } from '@tdkt/contracts';

/** The MIME type of an Excel workbook (.xlsx). */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An uploaded workbook is at most this large (a list of 1,000 people is a few hundred kilobytes). */
export const MAX_SPREADSHEET_BYTES = 5 * 1024 * 1024;

/**
 * Its parts may unpack to at most this much in all: far above any real list, far below what a zip
 * bomb or a sheet padded with empty rows unpacks to. Checked before any XML is parsed.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;

const MAX_ENTRIES = 500;

/** What browsers and Office send for an .xlsx; some send nothing specific. */
const ACCEPTED_DECLARED_TYPES = new Set([XLSX_MIME, 'application/octet-stream', '']);

const WORKBOOK_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

function refused(rule: string, vi: string, en: string): AppError {
  const error: FieldError = { field: 'file', rule, message: { vi, en } };
  return new AppError('SPREADSHEET_REFUSED', [error], { vi, en });
}

function notAWorkbook(vi: string, en: string): AppError {
  const error: FieldError = { field: 'file', rule: 'xlsx', message: { vi, en } };
  return new AppError('UNSUPPORTED_FILE_TYPE', [error], { vi, en });
}

/**
 * Checks that an upload is an Excel workbook that is safe to parse, before any parser sees it: its
 * declared type, its bytes (a ZIP, not an old .xls, a CSV or a PDF), no macros, no encryption, and
 * every part inflated here within its declared size and the total within MAX_UNPACKED_BYTES — a part
 * that inflates past its declared size stops inflating at once. Formulas are not looked at here: the
 * sheet reader never evaluates them.
 */
export function assertSafeWorkbook(content: Buffer, declaredType: string | undefined): void {
  const declared = (declaredType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!ACCEPTED_DECLARED_TYPES.has(declared))
    throw notAWorkbook(
      `Tệp gửi lên có kiểu "${declared}", không phải bảng tính Excel (.xlsx). Hãy dùng mẫu danh sách tải về từ hệ thống.`,
      `The file was sent as "${declared}", not an Excel workbook (.xlsx). Use the list template downloaded from the system.`,
    );
  if (content.length > MAX_SPREADSHEET_BYTES)
    throw refused(
      'max-size',
      `Tệp lớn hơn ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB.`,
      `The file is larger than ${MAX_SPREADSHEET_BYTES / 1024 / 1024} MB.`,
    );
  if (startsWith(content, [0xd0, 0xcf, 0x11, 0xe0]))
    throw notAWorkbook(
      'Tệp là định dạng Excel 97–2003 (.xls) hoặc được đặt mật khẩu. Hãy mở tệp và lưu lại dạng .xlsx, không đặt mật khẩu.',
      'The file is an Excel 97–2003 workbook (.xls) or password-protected. Open it and save it as .xlsx without a password.',
    );
  if (!startsWith(content, [0x50, 0x4b, 0x03, 0x04]))
    throw notAWorkbook(
      'Tệp không phải bảng tính Excel (.xlsx). Hãy dùng mẫu danh sách tải về từ hệ thống.',
      'The file is not an Excel workbook (.xlsx). Use the list template downloaded from the system.',
    );
  const entries = centralDirectory(content);
  const names = entries.map((entry) => entry.name);
  if (names.some((name) => /vbaProject\.bin$|\.(exe|dll|bat|cmd|js|vbs)$/i.test(name)))
    throw refused(
      'no-macros',
      'Tệp có macro hoặc chương trình nhúng; hệ thống không nhận. Hãy lưu lại dạng .xlsx thường.',
      'The file holds macros or embedded programs, which are not accepted. Save it as a plain .xlsx.',
    );
  if (entries.some((entry) => (entry.flags & 0x1) !== 0))
    throw refused(
      'not-encrypted',
      'Tệp được mã hóa; hãy bỏ mật khẩu rồi gửi lại.',
      'The file is encrypted; remove the password and send it again.',
    );
  const declaredTotal = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declaredTotal > MAX_UNPACKED_BYTES) throw tooMuchUnpacked();
  let unpacked = 0;
  let contentTypes = '';
  for (const entry of entries) {
    const data = inflateEntry(content, entry);
    unpacked += data.length;
    if (unpacked > MAX_UNPACKED_BYTES) throw tooMuchUnpacked();
    if (entry.name === '[Content_Types].xml') contentTypes = data.toString('utf8');
  }
  if (!contentTypes.includes(WORKBOOK_CONTENT_TYPE))
    throw notAWorkbook(
      'Tệp nén không phải bảng tính Excel (.xlsx) (có thể là tài liệu Word hoặc tệp có macro).',
      'The archive is not an Excel workbook (.xlsx) (it may be a Word document or a macro-enabled file).',
    );
}

function tooMuchUnpacked(): AppError {
  const mb = MAX_UNPACKED_BYTES / 1024 / 1024;
  return refused(
    'max-unpacked-size',
    `Bảng tính khi giải nén lớn hơn ${mb} MB (thường do rất nhiều dòng hoặc cột trống được định dạng). Hãy xóa các dòng, cột trống thừa hoặc chép danh sách sang mẫu mới.`,
    `The workbook unpacks to more than ${mb} MB (usually many formatted empty rows or columns). Delete the extra empty rows and columns, or copy the list into a fresh template.`,
  );
}

function unreadable(): AppError {
  return refused(
    'readable-zip',
    'Tệp bị hỏng hoặc không đọc được như một bảng tính .xlsx.',
    'The file is damaged or cannot be read as an .xlsx workbook.',
  );
}

function centralDirectory(content: Buffer): ZipEntry[] {
  const end = lastIndexOfSignature(content, 0x06054b50, Math.max(0, content.length - 65_557));
  if (end < 0 || end + 22 > content.length) throw unreadable();
  const count = content.readUInt16LE(end + 10);
  // ZIP64 (0xFFFF entries, 0xFFFFFFFF offsets) is never needed by a list of people.
  if (count === 0xffff || count > MAX_ENTRIES) throw unreadable();
  let offset = content.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== 0x02014b50)
      throw unreadable();
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > content.length) throw unreadable();
    entries.push({
      flags: content.readUInt16LE(offset + 8),
      method: content.readUInt16LE(offset + 10),
      compressedSize: content.readUInt32LE(offset + 20),
      size: content.readUInt32LE(offset + 24),
      localHeaderOffset: content.readUInt32LE(offset + 42),
      name: content.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one part, refusing it the moment it grows past the size its directory entry declares. */
function inflateEntry(content: Buffer, entry: ZipEntry): Buffer {
  const local = entry.localHeaderOffset;
  if (local + 30 > content.length || content.readUInt32LE(local) !== 0x04034b50) throw unreadable();
  const start = local + 30 + content.readUInt16LE(local + 26) + content.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > content.length) throw unreadable();
  const raw = content.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length !== entry.size) throw unreadable();
    return raw;
  }
  if (entry.method !== 8) throw unreadable();
  let data: Buffer;
  try {
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, entry.size) });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooMuchUnpacked();
    throw unreadable();
  }
  if (data.length !== entry.size) throw unreadable();
  return data;
}

function lastIndexOfSignature(content: Buffer, signature: number, from: number): number {
  for (let index = content.length - 22; index >= from; index -= 1) {
    if (content.readUInt32LE(index) === signature) return index;
  }
  return -1;
}

function startsWith(content: Buffer, bytes: number[]): boolean {
  return content.length >= bytes.length && bytes.every((byte, index) => content[index] === byte);
}
