/* eslint-disable no-console -- a command-line tool prints to the terminal */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Command } from 'commander';
import { signIn, withConnection } from './connection';
import { ProgressBar } from './progress-bar';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportAnswer {
  id: string;
  status: 'INVALID' | 'VALIDATED' | 'IMPORTING' | 'DONE' | 'FAILED';
  totalRows: number;
  replayed: boolean;
  errors: { row: number | null; column: string | null; message: { vi: string; en: string } }[];
  progress: { total: number; submitted: number; failed: number; pending: number };
}

/** One error of a list as a line: where (row, column) and why, in both languages. */
export function formatImportError(error: ImportAnswer['errors'][number]): string {
  const where = [
    error.row === null ? null : `dòng/row ${error.row}`,
    error.column === null ? null : `cột/column ${error.column}`,
  ]
    .filter((part) => part !== null)
    .join(', ');
  return `  ${where || 'tệp/file'}: ${error.message.vi} / ${error.message.en}`;
}

/**
 * `tdkt import <file.xlsx> --unit <id>`: uploads a unit's nomination list; prints each error with its
 * row and column, or, with --start, imports the valid list and follows its progress to the end.
 */
export function importCommand(): Command {
  return withConnection(new Command('import'))
    .description('upload a nomination list (.xlsx); --start imports it once every row is valid')
    .argument('<file>', 'the filled list template (.xlsx)')
    .requiredOption('--unit <id>', 'the proposing unit')
    .option('--start', 'import the list (every row a dossier, submitted) when it is valid')
    .action(
      async (
        file: string,
        options: {
          api: string;
          username: string;
          password?: string;
          json?: boolean;
          unit: string;
          start?: boolean;
        },
      ) => {
        const api = await signIn(options);
        const form = new FormData();
        form.append('file', new Blob([readFileSync(file)], { type: XLSX_MIME }), basename(file));
        let answer = await api.upload<ImportAnswer>(
          `/api/v1/dossier-imports?proposingUnitId=${encodeURIComponent(options.unit)}`,
          form,
        );
        if (answer.status === 'INVALID') {
          console.log(
            options.json
              ? JSON.stringify(answer, null, 2)
              : [
                  `${answer.errors.length} lỗi, chưa nhập hồ sơ nào / ${answer.errors.length} errors, nothing imported:`,
                  ...answer.errors.map(formatImportError),
                ].join('\n'),
          );
          process.exitCode = 2;
          return;
        }
        if (options.start && answer.status === 'VALIDATED')
          answer = await api.post<ImportAnswer>(`/api/v1/dossier-imports/${answer.id}/start`, {});
        if (options.start) {
          const bar = new ProgressBar(`import ${answer.id}`);
          while (answer.status === 'IMPORTING') {
            const { submitted, failed, total } = answer.progress;
            bar.update(submitted + failed, total, `failed ${failed}`);
            await delay(500);
            answer = await api.get<ImportAnswer>(`/api/v1/dossier-imports/${answer.id}`);
          }
          bar.update(answer.progress.submitted + answer.progress.failed, answer.progress.total);
          bar.finish();
        }
        console.log(
          options.json
            ? JSON.stringify(answer, null, 2)
            : `${answer.id}: ${answer.status}${answer.replayed ? ' (replayed)' : ''}, ${answer.totalRows} rows, submitted ${answer.progress.submitted}, failed ${answer.progress.failed}`,
        );
        if (answer.status === 'FAILED') process.exitCode = 1;
      },
    );
}
