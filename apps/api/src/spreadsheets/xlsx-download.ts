import { StreamableFile } from '@nestjs/common';
import { type SpreadsheetFile, XLSX_MIME } from '@tdkt/server-feature-spreadsheets';

/** A workbook as a download, its Vietnamese file name kept (RFC 5987). */
export function xlsxDownload(file: SpreadsheetFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: XLSX_MIME,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    length: file.content.length,
  });
}
