/** The part of fontkit (PDFKit's own font parser) the PDF renderer uses; fontkit ships no types. */
declare module 'fontkit' {
  /** A parsed font: PDFKit embeds one as it is, anything with `layout` (see its font factory). */
  export interface Font {
    layout(text: string): unknown;
    /** Glyphs decoded so far, by id, each with the characters of its first lookup (fontkit 2.0 internals). */
    _glyphs: Record<number, unknown>;
  }
  export function create(buffer: Uint8Array): Font;
}
