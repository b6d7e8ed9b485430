/**
 * A progress bar on standard error: redrawn in place on a terminal, one line per change otherwise
 * (logs and CI), so that standard output keeps only the report.
 */
export class ProgressBar {
  private lastLine = '';

  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, total: number, note = ''): void {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    const line = `${this.label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${percent}%${note ? ` ${note}` : ''}`;
    if (line === this.lastLine) return;
    this.lastLine = line;
    if (this.stream.isTTY) this.stream.write(`\r${line}`);
    else this.stream.write(`${line}\n`);
  }

  finish(): void {
    if (this.stream.isTTY && this.lastLine !== '') this.stream.write('\n');
  }
}
