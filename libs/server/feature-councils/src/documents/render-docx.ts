import {
  AlignmentType,
  BorderStyle,
  Document,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocumentBlock, DocumentModel } from './document-model';
import { NATIONAL_HEADER } from './vietnamese-format';

/** Times New Roman, 13–14 pt: the face and size Nghị định 30/2020 prescribes. */
const FONT = 'Times New Roman';
const BODY = 26; // half-points
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

function line(
  text: string,
  options: {
    bold?: boolean;
    italic?: boolean;
    align?: keyof typeof ALIGN;
    size?: number;
    after?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    alignment: ALIGN[options.align ?? 'left'],
    spacing: { after: options.after ?? 60 },
    children: [
      new TextRun({
        text,
        bold: options.bold,
        italics: options.italic,
        font: FONT,
        size: options.size ?? BODY,
      }),
    ],
  });
}

function twoColumns(left: Paragraph[], right: Paragraph[], leftPercent: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: leftPercent, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: left,
          }),
          new TableCell({
            width: { size: 100 - leftPercent, type: WidthType.PERCENTAGE },
            borders: NO_BORDERS,
            children: right,
          }),
        ],
      }),
    ],
  });
}

function blockToDocx(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'header':
      return [
        twoColumns(
          [
            ...block.issuer.map((text, index) =>
              line(text, { bold: index === block.issuer.length - 1, align: 'center', size: 24 }),
            ),
            ...(block.number === null ? [] : [line(block.number, { align: 'center', size: 24 })]),
          ],
          [
            line(NATIONAL_HEADER[0] ?? '', { bold: true, align: 'center', size: 24 }),
            line(NATIONAL_HEADER[1] ?? '', { bold: true, align: 'center' }),
            line(block.placeAndDate, { italic: true, align: 'center' }),
          ],
          40,
        ),
      ];
    case 'title':
      return block.lines.map((text, index) =>
        line(text, { bold: true, align: 'center', size: index === 0 ? 28 : BODY }),
      );
    case 'paragraph':
      return [line(block.text, { ...block, size: block.size ? block.size * 2 : BODY })];
    case 'table': {
      const total = block.columns.reduce((sum, column) => sum + column.width, 0);
      const cell = (text: string, index: number, header: boolean) =>
        new TableCell({
          width: {
            size: Math.round(((block.columns[index]?.width ?? 0) / total) * 100),
            type: WidthType.PERCENTAGE,
          },
          children: [
            line(text, {
              bold: header,
              align: header ? 'center' : (block.columns[index]?.align ?? 'left'),
              size: 24,
              after: 0,
            }),
          ],
        });
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.columns.map((column, index) => cell(column.title, index, true)),
            }),
            ...block.rows.map(
              (row) =>
                new TableRow({ children: row.map((text, index) => cell(text, index, false)) }),
            ),
          ],
        }),
      ];
    }
    case 'signature':
      return [
        twoColumns(
          block.left.map((text, index) => line(text, { bold: index === 0, size: 22 })),
          [
            ...block.titleLines.map((text) => line(text, { bold: true, align: 'center' })),
            line('', { after: 1200 }),
            line(block.name, { bold: true, align: 'center' }),
          ],
          50,
        ),
      ];
    case 'image':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: block.png,
              transformation: { width: block.width, height: block.height },
            }),
          ],
        }),
      ];
    case 'page-break':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

/** Renders a document model as a Word document (DOCX), editable by the office that issues it. */
export function renderDocx(model: DocumentModel): Promise<Buffer> {
  const document = new Document({
    creator: 'TĐKT',
    title: model.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
          },
        },
        children: model.blocks.flatMap(blockToDocx),
      },
    ],
  });
  return Packer.toBuffer(document);
}
