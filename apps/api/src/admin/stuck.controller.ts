import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StuckCounts, StuckPage } from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import {
  FindStuckWorkflowsUseCase,
  ListStuckWorkflowsPageUseCase,
  OperatorScopes,
} from '@tdkt/server-feature-operations';
import { RequirePermission } from '../auth/access.decorators';
import {
  LONG_TEMPORAL_DEADLINE_SECONDS,
  TemporalDeadline,
} from '../http/temporal-deadline.interceptor';
import { CurrentActor } from '../auth/current-user.decorator';
import { StuckFilterDto, StuckListQueryDto } from './dtos/stuck-filter.dto';

@ApiTags('admin')
// Scans describe every running workflow; repairs wait for Temporal and the worker.
@TemporalDeadline(LONG_TEMPORAL_DEADLINE_SECONDS)
@Controller('api/v1/admin/stuck')
export class StuckController {
  constructor(
    private readonly scopes: OperatorScopes,
    private readonly findStuck: FindStuckWorkflowsUseCase,
    private readonly stuckPage: ListStuckWorkflowsPageUseCase,
  ) {}

  @Get()
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary: 'Stuck workflows with why and the evidence, a page at a time',
    description:
      'A page of the running workflows selected by type, stage, unit (with its subtree), award and year (pageSize of them, 100 by default), judged for every stuck reason (task-overdue, held-for-administrator, activity-retrying, workflow-task-failing, no-progress, awaited-workflow-closed); reason and age narrow the findings. The stuck ones among them are listed with their counts; nextPageToken (null after the last page) continues the list with the same filter. /counts counts every page at once.',
  })
  async list(@Query() query: StuckListQueryDto, @CurrentActor() actor: Actor): Promise<StuckPage> {
    return this.stuckPage.execute(query.toFilter(), await this.scopes.of(actor), {
      pageSize: query.pageSize ?? 100,
      ...(query.pageToken === undefined ? {} : { pageToken: query.pageToken }),
    });
  }

  @Get('counts')
  @RequirePermission('admin:operate')
  @ApiOperation({ summary: 'How many workflows are stuck, per reason' })
  async counts(
    @Query() query: StuckFilterDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ counts: StuckCounts; scanned: number; scannedAt: string }> {
    const { counts, scanned, scannedAt } = await this.findStuck.execute(
      query.toFilter(),
      await this.scopes.of(actor),
    );
    return { counts, scanned, scannedAt };
  }
}
