/** A person of a batch as pasted from a spreadsheet. */
export interface PastedRow {
  name: string;
  position: string;
  achievementsSummary: string;
}

/**
 * Rows copied from a spreadsheet (Excel, LibreOffice: tab-separated columns) or typed one per line:
 * name, position, achievements. Blank lines are skipped; missing columns are empty.
 */
export function parsePastedRows(text: string): PastedRow[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((cell) => cell.trim()))
    .filter((cells) => (cells[0] ?? '') !== '')
    .map(([name = '', position = '', ...rest]) => ({
      name,
      position,
      achievementsSummary: rest.join(' ').trim(),
    }));
}
