import { Controller, Get, HttpCode, HttpStatus, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Connection } from '@temporalio/client';
import { type WorkerCheck, WorkerPresence } from '@tdkt/server-temporal-client';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { ApiConfig } from '../api-config';
import { Public } from '../auth/access.decorators';
import { readSupervisorStatus } from './supervisor-status';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

const CHECK_TIMEOUT_MS = 3_000;

/**
 * Liveness for the process manager, readiness for the load balancer: PostgreSQL and Temporal answer,
 * and a worker serves the task queue (it polled recently and leaves no work waiting), without which
 * submissions and people's actions would not be carried out.
 */
@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Connection,
    private readonly config: ApiConfig,
    private readonly workers: WorkerPresence,
  ) {}

  @Get('live')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'The process is up' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({
    summary:
      'PostgreSQL and Temporal answer and a worker serves the task queue; 503 names what does not',
  })
  async ready(@Res({ passthrough: true }) response: Response) {
    const [database, temporal, worker] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() =>
        this.temporal.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
          this.temporal.workflowService.describeNamespace({
            namespace: this.config.TEMPORAL_NAMESPACE,
          }),
        ),
      ),
      this.workers.check().catch((error: unknown): WorkerCheck | CheckResult => ({
        status: 'down',
        error: error instanceof Error ? error.message : String(error),
      })),
    ]);
    const ready = [database, temporal, worker].every((check) => check.status === 'up');
    response.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    const supervisor = readSupervisorStatus(this.config.SUPERVISOR_STATUS_FILE);
    return {
      status: ready ? 'ok' : 'unavailable',
      checks: { database, temporal, worker },
      // Under `npm start`: what it restarted, and when.
      ...(supervisor === null ? {} : { supervisor: supervisor.services }),
    };
  }
}

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      probe(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
