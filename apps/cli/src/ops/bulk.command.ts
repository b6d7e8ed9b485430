/* eslint-disable no-console -- a command-line tool prints to the terminal */
import { setTimeout as delay } from 'node:timers/promises';
import { Command, InvalidArgumentError } from 'commander';
import { BULK_REPAIR_ACTIONS, type BulkRepairItem, type BulkRepairProgress } from '@tdkt/contracts';
import { signIn, withConnection } from './connection';
import { ProgressBar } from './progress-bar';

/** Filter keys an operator may write in --filter, as the API names them. */
const FILTER_KEYS: Record<string, string> = {
  reason: 'reason',
  type: 'workflowType',
  stage: 'stage',
  unit: 'unitId',
  award: 'awardCode',
  year: 'year',
  age: 'age',
};

/** `reason=activity-retrying,stage=UNIT_REVIEW` as the API's filter object. */
export function parseFilter(text: string): Record<string, string | number> {
  const filter: Record<string, string | number> = {};
  for (const pair of text.split(',').filter((part) => part.trim() !== '')) {
    const [key = '', value = ''] = pair.split('=').map((part) => part.trim());
    const field = FILTER_KEYS[key];
    if (field === undefined || value === '')
      throw new InvalidArgumentError(
        `--filter nhận các cặp khóa=giá trị với khóa ${Object.keys(FILTER_KEYS).join(', ')}\n` +
          `--filter takes key=value pairs with keys ${Object.keys(FILTER_KEYS).join(', ')}`,
      );
    filter[field] = field === 'year' ? Number(value) : value;
  }
  return filter;
}

function formatItems(items: BulkRepairItem[]): string {
  return items
    .map(
      (item) =>
        `  ${item.workflowId}${item.dossierCode && item.dossierCode !== item.workflowId ? ` (${item.dossierCode})` : ''} [${item.reasons.join(', ')}]: ${item.change}`,
    )
    .join('\n');
}

/** `tdkt bulk <action>`: one repair over every stuck workflow a filter selects. */
export function bulkCommand(): Command {
  return withConnection(new Command('bulk'))
    .description('repair every stuck workflow a filter selects; --dry-run shows what would change')
    .argument('<action>', BULK_REPAIR_ACTIONS.join(' | '))
    .option(
      '--filter <pairs>',
      'e.g. reason=activity-retrying,stage=UNIT_REVIEW,unit=<id>,age=2d',
      '',
    )
    .option('--reason <text>', 'why (kept in the audit trail)')
    .option('--dry-run', 'only show the items and what would change')
    .option('--concurrency <n>', 'workflows repaired at once', '4')
    .option('--reset-to <point>', 'for reset: start | last-good', 'last-good')
    .action(
      async (
        action: string,
        options: {
          api: string;
          username: string;
          password?: string;
          json?: boolean;
          filter: string;
          reason?: string;
          dryRun?: boolean;
          concurrency: string;
          resetTo: string;
        },
      ) => {
        if (!(BULK_REPAIR_ACTIONS as readonly string[]).includes(action))
          throw new InvalidArgumentError(
            `thao tác phải là một trong ${BULK_REPAIR_ACTIONS.join(', ')}\n` +
              `action must be one of ${BULK_REPAIR_ACTIONS.join(', ')}`,
          );
        if (options.reason === undefined || options.reason.trim().length < 5)
          throw new InvalidArgumentError(
            'sửa hàng loạt cần ghi lý do: --reason "…" (ít nhất 5 ký tự)\n' +
              'a bulk repair needs --reason "…" (5 characters at least)',
          );
        const api = await signIn(options);
        const started = await api.post<{
          dryRun: boolean;
          operationId: string | null;
          items: BulkRepairItem[];
        }>('/api/v1/admin/bulk', {
          action,
          filter: parseFilter(options.filter),
          reason: options.reason,
          dryRun: options.dryRun === true,
          concurrency: Number(options.concurrency),
          ...(action === 'reset' ? { resetTo: options.resetTo } : {}),
        });
        if (started.dryRun || started.operationId === null) {
          console.log(
            options.json
              ? JSON.stringify(started, null, 2)
              : `dry run: ${action} would change ${started.items.length} workflows\n${formatItems(started.items)}`,
          );
          return;
        }
        const bar = new ProgressBar(`${action} ${started.operationId}`);
        let progress: BulkRepairProgress;
        for (;;) {
          progress = await api.get<BulkRepairProgress>(`/api/v1/admin/bulk/${started.operationId}`);
          bar.update(
            progress.done,
            progress.total,
            `ok ${progress.succeeded} skipped ${progress.skipped} failed ${progress.failed}`,
          );
          if (progress.finished) break;
          await delay(500);
        }
        bar.finish();
        console.log(
          options.json
            ? JSON.stringify(progress, null, 2)
            : [
                `${action}: ${progress.succeeded} done, ${progress.skipped} skipped, ${progress.failed} failed of ${progress.total}`,
                ...progress.results.map(
                  (result) => `  ${result.workflowId}: ${result.status} — ${result.message}`,
                ),
              ].join('\n'),
        );
        if (progress.failed > 0) process.exitCode = 2;
      },
    );
}
