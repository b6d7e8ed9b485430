import { inflateSync } from 'node:zlib';

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

/** The file extensions each accepted type may carry; the first is the one given to a file that has none of them. */
const EXTENSIONS: Record<AcceptedFileType, readonly string[]> = {
  [ACCEPTED_FILE_TYPES.pdf]: ['pdf'],
  [ACCEPTED_FILE_TYPES.png]: ['png'],
  [ACCEPTED_FILE_TYPES.jpeg]: ['jpg', 'jpeg'],
  [ACCEPTED_FILE_TYPES.docx]: ['docx'],
  [ACCEPTED_FILE_TYPES.xlsx]: ['xlsx'],
};

/**
 * The name a file is stored and served under: its own, with the extension of what it really is
 * (a PNG sent as `evil.html` is kept as `evil.png`), so that no download is opened as something else.
 */
export function fileNameForType(name: string, type: AcceptedFileType): string {
  const extensions = EXTENSIONS[type];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (extensions.includes(extension)) return name;
  const stem = dot > 0 ? name.slice(0, dot) : name;
  return `${stem}.${extensions[0] ?? 'bin'}`;
}

/**
 * PDF features that run or open something by themselves: JavaScript (`/JavaScript`, `/JS`, in XFA
 * forms too), launching programs, embedded files and rich media. Looked for in the file's own objects
 * and in its compressed object streams, with names' `#xx` escapes decoded, so that `/J#61vaScript`
 * does not slip through.
 */
const ACTIVE_PDF_NAMES = new Set([
  'JavaScript',
  'JS',
  'Launch',
  'EmbeddedFile',
  'RichMedia',
  'XFA',
]);

/** The active features a PDF holds (see ACTIVE_PDF_NAMES), none for a plain document. */
export function pdfActiveContent(content: Buffer): string[] {
  const found = new Set<string>();
  const scan = (text: string) => {
    for (const match of text.matchAll(/\/([^\s/<>[\]()%{}]+)/g)) {
      const name = (match[1] ?? '').replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      );
      if (ACTIVE_PDF_NAMES.has(name)) found.add(name);
    }
  };
  const text = content.toString('latin1');
  scan(text);
  for (const objects of compressedObjectStreams(content, text)) scan(objects.toString('latin1'));
  return [...found].sort();
}

/** The inflated contents of the PDF's object streams (where objects hide compressed). */
function compressedObjectStreams(content: Buffer, text: string): Buffer[] {
  const streams: Buffer[] = [];
  for (const match of text.matchAll(/\/Type\s*\/ObjStm/g)) {
    const start = text.indexOf('stream', match.index);
    if (start < 0) continue;
    const dataStart = start + (text.startsWith('stream\r\n', start) ? 8 : 7);
    const end = text.indexOf('endstream', dataStart);
    if (end < 0) continue;
    try {
      streams.push(
        inflateSync(content.subarray(dataStart, end), { maxOutputLength: 16 * 1024 * 1024 }),
      );
    } catch {
      // Not deflated, or damaged: its raw bytes were scanned with the rest.
    }
  }
  return streams;
}
