/* eslint-disable no-console -- a command-line tool prints to the terminal */
import { Command, InvalidArgumentError } from 'commander';
import type { RepairItemResult, StuckPage, StuckReport, WorkflowInspection } from '@tdkt/contracts';
import { signIn, withConnection } from './connection';
import { formatCounts, formatInspection, formatStuckReport } from './format-stuck';
import { mergeStuckPages, readAllStuckPages } from './stuck-pages';

interface Connection {
  api: string;
  username: string;
  password?: string;
  json?: boolean;
}

interface FilterOptions {
  reason?: string;
  type?: string;
  stage?: string;
  unit?: string;
  award?: string;
  year?: string;
  age?: string;
}

/** The list filters as query parameters of GET /api/v1/admin/stuck. */
function filterQuery(options: FilterOptions): Record<string, string | undefined> {
  return {
    reason: options.reason,
    workflowType: options.type,
    stage: options.stage,
    unitId: options.unit,
    awardCode: options.award,
    year: options.year,
    age: options.age,
  };
}

/** Adds the filters of a stuck list to a command. */
export function withFilters(command: Command): Command {
  return command
    .option(
      '--reason <reason>',
      'task-overdue | held-for-administrator | activity-retrying | workflow-task-failing | no-progress | awaited-workflow-closed',
    )
    .option('--type <workflowType>', 'workflow type, e.g. dossierWorkflow')
    .option('--stage <stage>', 'dossier stage, e.g. UNIT_REVIEW')
    .option('--unit <unitId>', 'proposing unit (with its subtree)')
    .option('--award <code>', 'award code, e.g. CSTDCS')
    .option('--year <year>', 'dossier year')
    .option('--age <duration>', 'stuck at least this long: 90s, 30m, 12h, 2d');
}

function print(json: boolean | undefined, value: unknown, text: () => string): void {
  console.log(json ? JSON.stringify(value, null, 2) : text());
}

function requireReason(reason: string | undefined): string {
  if (reason === undefined || reason.trim().length < 5)
    throw new InvalidArgumentError(
      'mỗi lần sửa cần ghi lý do: --reason "…" (ít nhất 5 ký tự), lưu vào nhật ký kiểm toán\n' +
        'every repair needs --reason "…" (5 characters at least), kept in the audit trail',
    );
  return reason;
}

/** `tdkt stuck …`: find stuck workflows, look at one, repair it. */
export function stuckCommand(): Command {
  const stuck = new Command('stuck').description('find and repair stuck workflows');

  stuck.addCommand(
    withFilters(withConnection(new Command('list')))
      .description('stuck workflows with the reason and the evidence (every page, or one)')
      .option('--page-size <n>', 'running workflows examined per page (1-1000)', '100')
      .option('--page-token <token>', 'only the page beginning here (a page prints the next token)')
      .action(
        async (options: Connection & FilterOptions & { pageSize: string; pageToken?: string }) => {
          const api = await signIn(options);
          const readPage = (pageToken: string | undefined) =>
            api.get<StuckPage>('/api/v1/admin/stuck', {
              ...filterQuery(options),
              pageSize: options.pageSize,
              pageToken,
            });
          if (options.pageToken !== undefined) {
            const page = await readPage(options.pageToken);
            print(options.json, page, () =>
              [
                formatStuckReport(page),
                page.nextPageToken === null
                  ? '(last page)'
                  : `next page: --page-token ${page.nextPageToken}`,
              ].join('\n'),
            );
            return;
          }
          const report = mergeStuckPages(await readAllStuckPages(readPage));
          print(options.json, report, () => formatStuckReport(report));
        },
      ),
  );

  stuck.addCommand(
    withFilters(withConnection(new Command('counts')))
      .description('how many workflows are stuck, per reason')
      .action(async (options: Connection & FilterOptions) => {
        const api = await signIn(options);
        const counts = await api.get<Pick<StuckReport, 'counts' | 'scanned'>>(
          '/api/v1/admin/stuck/counts',
          filterQuery(options),
        );
        print(
          options.json,
          counts,
          () => `${formatCounts(counts.counts)}  (${counts.scanned} running)`,
        );
      }),
  );

  stuck.addCommand(
    withConnection(new Command('show'))
      .argument('<workflowId>')
      .description(
        'one workflow: timeline, pending activities, timers, open tasks, findings, reset points',
      )
      .action(async (workflowId: string, options: Connection) => {
        const api = await signIn(options);
        const inspection = await api.get<WorkflowInspection>(
          `/api/v1/admin/workflows/${encodeURIComponent(workflowId)}`,
        );
        print(options.json, inspection, () => formatInspection(inspection));
      }),
  );

  const repair = (name: string, description: string) =>
    withConnection(new Command(name))
      .argument(name === 'reassign' || name === 'remind' ? '<taskId>' : '<workflowId>')
      .option('--reason <text>', 'why (kept in the audit trail)')
      .description(description);

  stuck.addCommand(
    repair('retry', 'retry now the activities waiting out a backoff')
      .option('--activity <activityId>', 'only this activity')
      .action(
        async (
          workflowId: string,
          options: Connection & { reason?: string; activity?: string },
        ) => {
          const api = await signIn(options);
          const result = await api.post<{ retried: string[] }>(
            `/api/v1/admin/workflows/${encodeURIComponent(workflowId)}/retry`,
            {
              reason: requireReason(options.reason),
              ...(options.activity ? { activityId: options.activity } : {}),
            },
          );
          print(
            options.json,
            result,
            () => `retried activities ${result.retried.join(', ')} of ${workflowId}`,
          );
        },
      ),
  );

  stuck.addCommand(
    repair('reset', 'reset to a workflow task: start, last-good or an event id')
      .option(
        '--to <point>',
        'start | last-good | <number> (a reset point listed by `tdkt stuck show`)',
        'last-good',
      )
      .action(async (workflowId: string, options: Connection & { reason?: string; to: string }) => {
        const api = await signIn(options);
        const point = /^\d+$/.test(options.to)
          ? { to: 'event', eventId: Number(options.to) }
          : { to: options.to };
        const result = await api.post<{ runId: string; eventId: number }>(
          `/api/v1/admin/workflows/${encodeURIComponent(workflowId)}/reset`,
          { reason: requireReason(options.reason), ...point },
        );
        print(
          options.json,
          result,
          () =>
            `Đã đặt lại ${workflowId} về sự kiện ${result.eventId}; lượt chạy mới ${result.runId}\n` +
            `reset ${workflowId} to event ${result.eventId}; new run ${result.runId}`,
        );
      }),
  );

  for (const [name, description] of [
    ['cancel', 'ask the workflow to cancel itself (a dossier ends WITHDRAWN)'],
    [
      'terminate',
      'stop the workflow at once (its tasks are cancelled, its dossier shown withdrawn)',
    ],
  ] as const) {
    stuck.addCommand(
      repair(name, description).action(
        async (workflowId: string, options: Connection & { reason?: string }) => {
          const api = await signIn(options);
          const result = await api.post<{ status: string }>(
            `/api/v1/admin/workflows/${encodeURIComponent(workflowId)}/${name}`,
            { reason: requireReason(options.reason) },
          );
          print(options.json, result, () => `${workflowId}: ${result.status}`);
        },
      ),
    );
  }

  stuck.addCommand(
    repair('reassign', 'move an open task to another holder of its role')
      .requiredOption('--to <userId>', 'the new assignee')
      .action(async (taskId: string, options: Connection & { reason?: string; to: string }) => {
        const api = await signIn(options);
        const result = await api.post<{ assigneeId: string; status: string }>(
          `/api/v1/admin/tasks/${encodeURIComponent(taskId)}/reassign`,
          { reason: requireReason(options.reason), assigneeId: options.to },
        );
        print(
          options.json,
          result,
          () => `task ${taskId} now with ${result.assigneeId} (${result.status})`,
        );
      }),
  );

  stuck.addCommand(
    repair('remind', "send the task's holders its reminder again").action(
      async (taskId: string, options: Connection & { reason?: string }) => {
        const api = await signIn(options);
        const result = await api.post<RepairItemResult>(
          `/api/v1/admin/tasks/${encodeURIComponent(taskId)}/remind`,
          { reason: requireReason(options.reason) },
        );
        print(options.json, result, () => `${result.status}: ${result.message}`);
      },
    ),
  );
  return stuck;
}
