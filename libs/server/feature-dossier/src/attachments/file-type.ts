/** The kinds of file a dossier may carry, by MIME type. */
export const ACCEPTED_FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[keyof typeof ACCEPTED_FILE_TYPES];

/**
 * What a file is, judged by its bytes and never by its name: PDF, PNG, JPEG, or an Office Open XML
 * document or workbook without macros. Anything else (executables, scripts, macro-enabled or legacy
 * Office files, archives) is null.
 */
export function detectFileType(content: Buffer): AcceptedFileType | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return ACCEPTED_FILE_TYPES.pdf; // %PDF-
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return ACCEPTED_FILE_TYPES.png;
  if (startsWith(content, [0xff, 0xd8, 0xff])) return ACCEPTED_FILE_TYPES.jpeg;
  if (startsWith(content, [0x50, 0x4b, 0x03, 0x04])) return officeTypeOf(zipEntryNames(content));
  return null;
}

function officeTypeOf(names: string[] | null): AcceptedFileType | null {
  if (names === null || !names.includes('[Content_Types].xml')) return null;
  // Macros (vbaProject.bin) and embedded binaries make a document executable in Office: refuse them.
  if (names.some((name) => /vbaProject\.bin$|\.exe$|\.dll$|\.bat$|\.cmd$|\.js$|\.vbs$/i.test(name)))
    return null;
  if (names.some((name) => name.startsWith('word/'))) return ACCEPTED_FILE_TYPES.docx;
  if (names.some((name) => name.startsWith('xl/'))) return ACCEPTED_FILE_TYPES.xlsx;
  return null;
}

/** Names of the entries in a ZIP file's central directory, or null when it is not a readable ZIP. */
function zipEntryNames(content: Buffer): string[] | null {
  const end = lastIndexOfSignature(content, 0x06054b50, Math.max(0, content.length - 65_557));
  if (end < 0 || end + 22 > content.length) return null;
  const count = content.readUInt16LE(end + 10);
  let offset = content.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > content.length || content.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = content.readUInt16LE(offset + 28);
    const extraLength = content.readUInt16LE(offset + 30);
    const commentLength = content.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > content.length) return null;
    names.push(content.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
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
