import { ACCEPTED_FILE_TYPES, detectFileType } from './file-type';

/** A minimal ZIP (stored, no compression) holding empty entries with these names. */
function zipWith(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('detectFileType', () => {
  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), ACCEPTED_FILE_TYPES.pdf],
    [
      'a PNG',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      ACCEPTED_FILE_TYPES.png,
    ],
    ['a JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), ACCEPTED_FILE_TYPES.jpeg],
    [
      'a Word document',
      zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']),
      ACCEPTED_FILE_TYPES.docx,
    ],
    [
      'an Excel workbook',
      zipWith(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']),
      ACCEPTED_FILE_TYPES.xlsx,
    ],
    [
      'a macro-enabled Word document',
      zipWith(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']),
      null,
    ],
    ['a plain ZIP archive', zipWith(['setup.exe', 'readme.txt']), null],
    [
      'a ZIP posing as Office with an executable',
      zipWith(['[Content_Types].xml', 'word/document.xml', 'payload.exe']),
      null,
    ],
    ['a Windows executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), null],
    ['an ELF binary', Buffer.from('\x7fELF\x02\x01\x01'), null],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /'), null],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>'), null],
    ['a legacy .doc (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), null],
    ['an empty file', Buffer.alloc(0), null],
    ['a truncated ZIP', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), null],
  ])('%s', (_label, content, expected) => {
    expect(detectFileType(content)).toBe(expected);
  });
});
