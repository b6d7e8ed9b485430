import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { WorkflowInspection } from '@tdkt/contracts';
import type { Actor } from '@tdkt/server-feature-identity';
import {
  CancelWorkflowUseCase,
  InspectWorkflowUseCase,
  OperatorScopes,
  ResetWorkflowUseCase,
  RetryActivitiesUseCase,
  TerminateWorkflowUseCase,
} from '@tdkt/server-feature-operations';
import { RequirePermission } from '../auth/access.decorators';
import {
  LONG_TEMPORAL_DEADLINE_SECONDS,
  TemporalDeadline,
} from '../http/temporal-deadline.interceptor';
import { CurrentActor } from '../auth/current-user.decorator';
import { WorkflowIdPipe } from '../http/workflow-id-param.pipe';
import { RepairReasonDto, ResetWorkflowDto, RetryActivitiesDto } from './dtos/repair.dto';

@ApiTags('admin')
// Scans describe every running workflow; repairs wait for Temporal and the worker.
@TemporalDeadline(LONG_TEMPORAL_DEADLINE_SECONDS)
@Controller('api/v1/admin/workflows')
export class WorkflowsController {
  constructor(
    private readonly scopes: OperatorScopes,
    private readonly inspect: InspectWorkflowUseCase,
    private readonly retry: RetryActivitiesUseCase,
    private readonly reset: ResetWorkflowUseCase,
    private readonly cancelWorkflow: CancelWorkflowUseCase,
    private readonly terminateWorkflow: TerminateWorkflowUseCase,
  ) {}

  @Get(':workflowId')
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary:
      'One workflow: dossier and timeline, pending activities, timers, open tasks, awaited workflows, stuck findings, reset points, Temporal UI link',
  })
  async get(
    @Param('workflowId', WorkflowIdPipe) workflowId: string,
    @CurrentActor() actor: Actor,
  ): Promise<WorkflowInspection> {
    return this.inspect.execute(workflowId, await this.scopes.of(actor));
  }

  @Post(':workflowId/retry')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary: 'Retry now the activities waiting out a backoff (audited with the reason)',
  })
  async retryNow(
    @Param('workflowId', WorkflowIdPipe) workflowId: string,
    @Body() body: RetryActivitiesDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ retried: string[] }> {
    return this.retry.execute(workflowId, body, await this.operator(actor));
  }

  @Post(':workflowId/reset')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary:
      'Reset to a workflow task (start, last-good, or an event id); signals and updates since are re-applied',
  })
  async resetTo(
    @Param('workflowId', WorkflowIdPipe) workflowId: string,
    @Body() body: ResetWorkflowDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ runId: string; eventId: number }> {
    return this.reset.execute(
      workflowId,
      { reason: body.reason, point: body.point() },
      await this.operator(actor),
    );
  }

  @Post(':workflowId/cancel')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({ summary: 'Ask the workflow to cancel itself (a dossier ends WITHDRAWN, tidily)' })
  async cancel(
    @Param('workflowId', WorkflowIdPipe) workflowId: string,
    @Body() body: RepairReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ workflowId: string; status: string }> {
    await this.cancelWorkflow.execute(workflowId, body, await this.operator(actor));
    return { workflowId, status: 'CANCEL_REQUESTED' };
  }

  @Post(':workflowId/terminate')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary:
      'Stop the workflow at once; its open tasks are cancelled and its dossier shown withdrawn',
  })
  async terminate(
    @Param('workflowId', WorkflowIdPipe) workflowId: string,
    @Body() body: RepairReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ workflowId: string; status: string }> {
    await this.terminateWorkflow.execute(workflowId, body, await this.operator(actor));
    return { workflowId, status: 'TERMINATED' };
  }

  private async operator(actor: Actor) {
    return { kind: 'signed-in' as const, actor, scope: await this.scopes.of(actor) };
  }
}
