import { readFileSync } from 'node:fs';
import { create as parseFont, type Font } from 'fontkit';
import PDFDocument from 'pdfkit';
import type { DocumentBlock, DocumentModel } from './document-model';
import { NATIONAL_HEADER } from './vietnamese-format';

/**
 * DejaVu Serif from the dejavu-fonts-ttf package: a serif face (as official documents use Times New
 * Roman) with every Vietnamese precomposed letter, embedded so that readers need no font installed.
 */
const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Bold.ttf'),
  italic: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSerif-Italic.ttf'),
};

/**
 * The fonts parsed once per process: given a file, PDFKit parses it again for every document (two
 * thirds of a decision's rendering time went to decoding the font's tables). Each document still
 * embeds its own subset, and starts with an empty glyph cache: fontkit keeps a glyph with the
 * characters it was first looked up for, and a subset looks up the parts of composite letters (the
 * "a" of "ả") with none, so a cache kept across documents left later documents without the text of
 * those letters (what readers copy, search and read aloud). A document renders in one synchronous
 * pass, so no two share the cache at once.
 */
let parsedFonts: Record<keyof typeof FONT_FILES, Font> | null = null;

function fontsForNewDocument(): Record<keyof typeof FONT_FILES, Font> {
  parsedFonts ??= {
    regular: parseFont(readFileSync(FONT_FILES.regular)),
    bold: parseFont(readFileSync(FONT_FILES.bold)),
    italic: parseFont(readFileSync(FONT_FILES.italic)),
  };
  for (const font of Object.values(parsedFonts)) font._glyphs = {};
  return parsedFonts;
}

/** A4 with the margins of Nghị định 30/2020: 20–25 mm top and bottom, 30–35 left, 15–20 right. */
const MARGINS = { top: 57, bottom: 57, left: 85, right: 57 };
const BODY_SIZE = 12;

type Pdf = InstanceType<typeof PDFDocument>;

/** Renders a document model as a PDF with embedded Vietnamese-capable fonts. */
export function renderPdf(model: DocumentModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    // The document's own date (not the rendering instant) keeps a re-render byte-identical.
    info: {
      Title: model.title,
      Creator: 'TĐKT',
      CreationDate: new Date(`${model.date}T00:00:00+07:00`),
    },
  });
  // PDFKit's factory takes a parsed font (anything with `layout`); its types list only sources.
  for (const [name, font] of Object.entries(fontsForNewDocument()))
    doc.registerFont(name, font as unknown as Buffer);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('regular').fontSize(BODY_SIZE);
  for (const block of model.blocks) drawBlock(doc, block);
  doc.end();
  return done;
}

function contentWidth(doc: Pdf): number {
  return doc.page.width - MARGINS.left - MARGINS.right;
}

function drawBlock(doc: Pdf, block: DocumentBlock): void {
  switch (block.kind) {
    case 'header':
      return drawHeader(doc, block);
    case 'title':
      doc.moveDown(0.8);
      block.lines.forEach((line, index) =>
        doc
          .font('bold')
          .fontSize(index === 0 ? 14 : BODY_SIZE)
          .text(line, MARGINS.left, doc.y, { width: contentWidth(doc), align: 'center' }),
      );
      doc.font('regular').fontSize(BODY_SIZE).moveDown(0.6);
      return;
    case 'paragraph':
      doc
        .font(block.bold ? 'bold' : block.italic ? 'italic' : 'regular')
        .fontSize(block.size ?? BODY_SIZE)
        .text(block.text, MARGINS.left, doc.y, {
          width: contentWidth(doc),
          align: block.align ?? 'justify',
          paragraphGap: 4,
        });
      doc.font('regular').fontSize(BODY_SIZE);
      return;
    case 'table':
      return drawTable(doc, block);
    case 'signature':
      return drawSignature(doc, block);
    case 'image':
      doc.image(block.png, MARGINS.left + (contentWidth(doc) - block.width) / 2, doc.y, {
        width: block.width,
        height: block.height,
      });
      doc.y += block.height + 6;
      return;
    case 'page-break':
      doc.addPage();
      return;
  }
}

function drawHeader(doc: Pdf, block: Extract<DocumentBlock, { kind: 'header' }>): void {
  const width = contentWidth(doc);
  const leftWidth = width * 0.4;
  const rightX = MARGINS.left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = doc.y;
  let leftY = top;
  block.issuer.forEach((line, index) => {
    doc.font(index === block.issuer.length - 1 ? 'bold' : 'regular').fontSize(11);
    doc.text(line, MARGINS.left, leftY, { width: leftWidth, align: 'center' });
    leftY = doc.y;
  });
  if (block.number !== null) {
    doc
      .font('regular')
      .fontSize(11)
      .text(block.number, MARGINS.left, leftY + 6, {
        width: leftWidth,
        align: 'center',
      });
    leftY = doc.y;
  }
  let rightY = top;
  NATIONAL_HEADER.forEach((line, index) => {
    doc
      .font('bold')
      .fontSize(index === 0 ? 11 : 12)
      .text(line, rightX, rightY, { width: rightWidth, align: 'center' });
    rightY = doc.y;
  });
  doc
    .font('italic')
    .fontSize(11)
    .text(block.placeAndDate, rightX, rightY + 8, { width: rightWidth, align: 'center' });
  rightY = doc.y;
  doc.font('regular').fontSize(BODY_SIZE);
  doc.y = Math.max(leftY, rightY) + 6;
  doc.x = MARGINS.left;
}

function drawTable(doc: Pdf, block: Extract<DocumentBlock, { kind: 'table' }>): void {
  const width = contentWidth(doc);
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const padding = 3;
  // No header word is ever broken across lines ("ST/T"): a column is at least as wide as the
  // longest word of its title, the others give up the difference.
  doc.font('bold').fontSize(10);
  const widths = fitColumnWidths(
    block.columns.map((column) => (column.width / total) * width),
    block.columns.map(
      (column) =>
        Math.max(...column.title.split(/\s+/).map((word) => doc.widthOfString(word))) +
        2 * padding +
        1,
    ),
  );
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(10);
    const height =
      Math.max(
        ...cells.map((cell, index) =>
          doc.heightOfString(cell, { width: (widths[index] ?? 0) - 2 * padding }),
        ),
      ) +
      2 * padding;
    if (doc.y + height > doc.page.height - MARGINS.bottom) doc.addPage();
    const top = doc.y;
    let x = MARGINS.left;
    cells.forEach((cell, index) => {
      const cellWidth = widths[index] ?? 0;
      doc.rect(x, top, cellWidth, height).stroke();
      doc.text(cell, x + padding, top + padding, {
        width: cellWidth - 2 * padding,
        align: bold ? 'center' : (block.columns[index]?.align ?? 'left'),
      });
      x += cellWidth;
    });
    doc.y = top + height;
    doc.x = MARGINS.left;
  };
  drawRow(
    block.columns.map((column) => column.title),
    true,
  );
  for (const row of block.rows) drawRow(row, false);
  doc.font('regular').fontSize(BODY_SIZE).moveDown(0.5);
}

function drawSignature(doc: Pdf, block: Extract<DocumentBlock, { kind: 'signature' }>): void {
  const width = contentWidth(doc);
  if (doc.y + 150 > doc.page.height - MARGINS.bottom) doc.addPage();
  const top = doc.y + 10;
  const half = width / 2;
  let leftY = top;
  block.left.forEach((line, index) => {
    doc
      .font(index === 0 ? 'bold' : 'regular')
      .fontSize(index === 0 ? 11 : 10)
      .text(line, MARGINS.left, leftY, { width: half });
    leftY = doc.y;
  });
  let rightY = top;
  for (const line of block.titleLines) {
    doc
      .font('bold')
      .fontSize(12)
      .text(line, MARGINS.left + half, rightY, { width: half, align: 'center' });
    rightY = doc.y;
  }
  doc
    .font('bold')
    .fontSize(12)
    .text(block.name, MARGINS.left + half, rightY + 60, { width: half, align: 'center' });
  doc.font('regular').fontSize(BODY_SIZE);
  doc.y = Math.max(leftY, doc.y) + 10;
  doc.x = MARGINS.left;
}

/**
 * Widens every column below its minimum, taking the difference from the columns above theirs in
 * proportion to their room; the total stays the same (when all minimums fit in it).
 */
export function fitColumnWidths(widths: readonly number[], minimums: readonly number[]): number[] {
  const deficit = widths.reduce((sum, w, i) => sum + Math.max(0, (minimums[i] ?? 0) - w), 0);
  if (deficit === 0) return [...widths];
  const room = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)));
  const totalRoom = room.reduce((sum, r) => sum + r, 0);
  if (totalRoom < deficit) return [...widths];
  return widths.map((w, i) => {
    const minimum = minimums[i] ?? 0;
    return w < minimum ? minimum : w - ((room[i] ?? 0) / totalRoom) * deficit;
  });
}
