import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';

/** The text of a PDF as a reader extracts it (pdf.js), with spacing collapsed. */
export function pdfText(content: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tdkt-pdf-')), 'document.pdf');
  writeFileSync(file, content);
  const text = execFileSync(process.execPath, [join(__dirname, 'pdf-text.mjs'), file], {
    encoding: 'utf8',
  });
  return text.replace(/\s+/g, ' ');
}

/** The text of a DOCX's main part (word/document.xml), runs joined, with spacing collapsed. */
export async function docxText(content: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no word/document.xml in the DOCX');
  return xml
    .replace(/<\/w:p>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');
}
