import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { BulkRepairItem, BulkRepairProgress } from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import {
  CancelBulkRepairUseCase,
  GetBulkRepairUseCase,
  OperatorScopes,
  PlanBulkRepairUseCase,
  StartBulkRepairUseCase,
} from '@tdkt/server-feature-operations';
import type { Response } from 'express';
import { RequirePermission } from '../auth/access.decorators';
import {
  LONG_TEMPORAL_DEADLINE_SECONDS,
  TemporalDeadline,
} from '../http/temporal-deadline.interceptor';
import { CurrentActor } from '../auth/current-user.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { BulkRepairDto, RepairReasonDto } from './dtos/repair.dto';

@ApiTags('admin')
// Scans describe every running workflow; repairs wait for Temporal and the worker.
@TemporalDeadline(LONG_TEMPORAL_DEADLINE_SECONDS)
@Controller('api/v1/admin/bulk')
export class BulkController {
  constructor(
    private readonly scopes: OperatorScopes,
    private readonly plan: PlanBulkRepairUseCase,
    private readonly start: StartBulkRepairUseCase,
    private readonly progress: GetBulkRepairUseCase,
    private readonly cancelBulk: CancelBulkRepairUseCase,
  ) {}

  @Post()
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary: 'Repair every stuck workflow a filter selects (dry run: only show what would change)',
    description:
      'A dry run answers 200 with the items and the change each would get. A real run answers 202 with the operation id and the same items; follow it at GET /api/v1/admin/bulk/{operationId}.',
  })
  @ApiOkResponse({ description: 'Dry run: the items and the change each would get' })
  @ApiAcceptedResponse({ description: 'Started: the operation id and its items' })
  async create(
    @Body() body: BulkRepairDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<{ dryRun: boolean; operationId: string | null; items: BulkRepairItem[] }> {
    const scope = await this.scopes.of(actor);
    const request = {
      action: body.action,
      filter: body.filter.toFilter(),
      reason: body.reason,
      resetPoint: body.action === 'reset' ? { to: body.resetTo ?? 'last-good' } : null,
      dryRun: body.dryRun === true,
      concurrency: body.concurrency ?? 4,
    };
    if (request.dryRun)
      return { dryRun: true, operationId: null, items: await this.plan.execute(request, scope) };
    const started = await this.start.execute(request, actor, scope);
    response.status(HttpStatus.ACCEPTED);
    return { dryRun: false, operationId: started.operationId, items: started.items };
  }

  @Get(':operationId')
  @RequirePermission('admin:operate')
  @ApiOperation({ summary: 'Progress and per-item results of a bulk repair' })
  async get(
    @Param('operationId', uuidParam('operationId')) operationId: string,
    @CurrentActor() actor: Actor,
  ): Promise<BulkRepairProgress> {
    return this.progress.execute(operationId, actor.user.id, await this.scopes.of(actor));
  }

  @Post(':operationId/cancel')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary:
      'Stop a running bulk repair: the items under way finish, the rest are not started (audited with the reason)',
    description: '409 WORKFLOW_NOT_RUNNING once it has finished.',
  })
  async cancel(
    @Param('operationId', uuidParam('operationId')) operationId: string,
    @Body() body: RepairReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<BulkRepairProgress> {
    return this.cancelBulk.execute(operationId, body.reason, actor, await this.scopes.of(actor));
  }
}
