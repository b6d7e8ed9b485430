import { Body, Controller, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RepairItemResult } from '@tdkt/contracts';
import type { Response } from 'express';
import type { Actor } from '@tdkt/server-feature-identity';
import {
  OperatorScopes,
  ReassignTaskUseCase,
  ResendReminderUseCase,
} from '@tdkt/server-feature-operations';
import { RequirePermission } from '../auth/access.decorators';
import {
  LONG_TEMPORAL_DEADLINE_SECONDS,
  TemporalDeadline,
} from '../http/temporal-deadline.interceptor';
import { CurrentActor } from '../auth/current-user.decorator';
import { uuidParam } from '../http/uuid-param.pipe';
import { ReassignTaskDto, RepairReasonDto } from './dtos/repair.dto';

@ApiTags('admin')
// Scans describe every running workflow; repairs wait for Temporal and the worker.
@TemporalDeadline(LONG_TEMPORAL_DEADLINE_SECONDS)
@Controller('api/v1/admin/tasks')
export class AdminTasksController {
  constructor(
    private readonly scopes: OperatorScopes,
    private readonly reassign: ReassignTaskUseCase,
    private readonly resend: ResendReminderUseCase,
  ) {}

  @Post(':taskId/reassign')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({ summary: 'Move an open task to another holder of its role (into their inbox)' })
  async reassignTask(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Body() body: ReassignTaskDto,
    @CurrentActor() actor: Actor,
  ): Promise<{ taskId: string; assigneeId: string; status: string }> {
    return this.reassign.execute(taskId, body, {
      kind: 'signed-in',
      actor,
      scope: await this.scopes.of(actor),
    });
  }

  @Post(':taskId/remind')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('admin:operate')
  @ApiOperation({ summary: "Send the task's holders its reminder (or overdue notice) again" })
  async remind(
    @Param('taskId', uuidParam('taskId')) taskId: string,
    @Body() body: RepairReasonDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RepairItemResult> {
    const result = await this.resend.execute(taskId, body, actor, await this.scopes.of(actor));
    if (result.status === 'queued') response.status(HttpStatus.ACCEPTED);
    return result;
  }
}
