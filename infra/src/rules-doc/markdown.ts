/** Display width as Prettier measures it: combining marks take no column. */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((ch) => !/\p{M}/u.test(ch)).length;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** A GitHub table padded exactly as Prettier prints it, so the generated file passes `prettier --check`. */
export function markdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const all = [headers, ...rows].map((row) => row.map(escapeCell));
  const widths = headers.map((_, col) => Math.max(3, ...all.map((row) => width(row[col] ?? ''))));
  const pad = (text: string, col: number) => text + ' '.repeat((widths[col] ?? 0) - width(text));
  return [
    `| ${all[0]?.map(pad).join(' | ') ?? ''} |`,
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...all.slice(1).map((row) => `| ${row.map(pad).join(' | ')} |`),
  ].join('\n');
}

/** Inline code span. */
export function code(text: string): string {
  return `\`${text}\``;
}
