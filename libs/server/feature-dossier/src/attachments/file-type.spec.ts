import { deflateSync } from 'node:zlib';
import {
  ACCEPTED_FILE_TYPES,
  detectFileType,
  fileNameForType,
  pdfActiveContent,
} from './file-type';

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

describe('fileNameForType', () => {
  it.each([
    ['a PNG sent as HTML', 'evil.html', ACCEPTED_FILE_TYPES.png, 'evil.png'],
    ['a PDF without an extension', 'to-trinh', ACCEPTED_FILE_TYPES.pdf, 'to-trinh.pdf'],
    ['a PDF named .PDF', 'Tờ trình.PDF', ACCEPTED_FILE_TYPES.pdf, 'Tờ trình.PDF'],
    ['a JPEG named .jpeg', 'anh.jpeg', ACCEPTED_FILE_TYPES.jpeg, 'anh.jpeg'],
    ['a JPEG named .png', 'anh.png', ACCEPTED_FILE_TYPES.jpeg, 'anh.jpg'],
    ['a workbook named .svg', 'bang.diem.svg', ACCEPTED_FILE_TYPES.xlsx, 'bang.diem.xlsx'],
    ['a dot-file', '.htaccess', ACCEPTED_FILE_TYPES.docx, '.htaccess.docx'],
  ])('%s', (_label, name, type, expected) => {
    expect(fileNameForType(name, type)).toBe(expected);
  });
});

describe('pdfActiveContent', () => {
  const pdf = (...objects: string[]) =>
    Buffer.from(`%PDF-1.7\n${objects.join('\n')}\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');

  it.each([
    ['a plain document', pdf('1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj'), []],
    [
      'a link to a web page',
      pdf(
        '4 0 obj << /Type /Annot /A << /S /URI /URI (https://thiduakhenthuong.gov.vn) >> >> endobj',
      ),
      [],
    ],
    [
      'a JavaScript open action',
      pdf(
        '1 0 obj << /Type /Catalog /OpenAction 5 0 R >> endobj',
        '5 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj',
      ),
      ['JS', 'JavaScript'],
    ],
    [
      'an escaped name',
      pdf('5 0 obj << /S /J#61vaScript /J#53 (x) >> endobj'),
      ['JS', 'JavaScript'],
    ],
    ['a launch action', pdf('5 0 obj << /S /Launch /F (cmd.exe) >> endobj'), ['Launch']],
    ['an embedded file', pdf('6 0 obj << /Type /EmbeddedFile >> endobj'), ['EmbeddedFile']],
  ])('%s', (_label, content, expected) => {
    expect(pdfActiveContent(content)).toEqual(expected);
  });

  it('finds JavaScript hidden in a compressed object stream', () => {
    const hidden = deflateSync(
      Buffer.from('5 0 << /S /JavaScript /JS (app.alert(1)) >>', 'latin1'),
    );
    const content = Buffer.concat([
      Buffer.from(
        '%PDF-1.7\n7 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n',
        'latin1',
      ),
      hidden,
      Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
    ]);
    expect(pdfActiveContent(content)).toEqual(['JS', 'JavaScript']);
  });
});
