/**
 * A document in the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP), as blocks that both
 * renderers (DOCX and PDF) lay out the same way.
 */
export type DocumentBlock =
  | {
      kind: 'header';
      /** The issuing body, e.g. ["ỦY BAN NHÂN DÂN", "HUYỆN CẨM MỸ"]. */
      issuer: string[];
      /** "Số: 125/QĐ-UBND"; null for documents without a number (minutes, certificates). */
      number: string | null;
      /** "Cẩm Mỹ, ngày 16 tháng 12 năm 2024". */
      placeAndDate: string;
    }
  | { kind: 'title'; lines: string[] }
  | {
      kind: 'paragraph';
      text: string;
      bold?: boolean;
      italic?: boolean;
      align?: 'left' | 'center' | 'justify';
      size?: number;
    }
  | {
      kind: 'table';
      columns: { title: string; width: number; align?: 'left' | 'center' | 'right' }[];
      rows: string[][];
    }
  | {
      kind: 'signature';
      /** Left column, e.g. the recipients (Nơi nhận). */
      left: string[];
      /** Right column: the signer's title lines, then the name after space for the signature. */
      titleLines: string[];
      name: string;
    }
  | {
      kind: 'image';
      /** A PNG (e.g. a chart), placed centred at `width` × `height` points. */
      png: Buffer;
      width: number;
      height: number;
    }
  | { kind: 'page-break' };

export interface DocumentModel {
  /** Shown in listings and used for the file name. */
  title: string;
  /** The document's own date (YYYY-MM-DD): the PDF's creation date, so a re-render stays identical. */
  date: string;
  blocks: DocumentBlock[];
}

/** A rendered file, ready to store. */
export interface RenderedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}
