import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AssignTaskUseCase,
  ClaimTaskUseCase,
  UnclaimTaskUseCase,
  CompleteTaskUseCase,
  GetTaskUseCase,
  ListTasksUseCase,
} from '@tdkt/server-feature-inbox';
import { DossiersByIdUseCase } from '@tdkt/server-feature-dossier';
import {
  type Actor,
  auditContextOf,
  ListRoleHoldersUseCase,
  NameDirectory,
} from '@tdkt/server-feature-identity';
import { type Role, TaskSubjectType } from '@tdkt/contracts';
import type { TaskEntity } from '@tdkt/server-database';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { TaskDto } from '../dossiers/dtos/dossier-response.dto';
import { displayNamesFor } from '../http/display-names';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { uuidParam } from '../http/uuid-param.pipe';
import { TASK } from './task.resource';
import {
  AssignTaskDto,
  CompleteTaskDto,
  ListTasksQueryDto,
  TaskCandidatesDto,
  TaskPageDto,
} from './dtos/tasks.dto';

@ApiTags('tasks')
@Controller('api/v1/tasks')
export class TasksController {
  constructor(
    private readonly listTasks: ListTasksUseCase,
    private readonly claimTask: ClaimTaskUseCase,
    private readonly unclaimTask: UnclaimTaskUseCase,
    private readonly assignTask: AssignTaskUseCase,
    private readonly completeTask: CompleteTaskUseCase,
    private readonly getTask: GetTaskUseCase,
    private readonly names: NameDirectory,
    private readonly dossiersById: DossiersByIdUseCase,
    private readonly roleHolders: ListRoleHoldersUseCase,
  ) {}

  /** A task with the names of its assignee and units, and its dossier. */
  private async present(task: TaskEntity): Promise<TaskDto> {
    const [names, dossiers] = await this.mentioned([task]);
    return TaskDto.from(task, names, dossiers);
  }

  private mentioned(tasks: TaskEntity[]) {
    return Promise.all([
      displayNamesFor(this.names, TaskDto.namesWanted(tasks)),
      this.dossiersById.execute(
        tasks.flatMap((task) =>
          task.subjectType === TaskSubjectType.dossier ? [task.subjectId] : [],
        ),
      ),
    ]);
  }

  @Get()
  @RequirePermission('task:read')
  @ApiOperation({ summary: 'My inbox: tasks for me or for a role I hold, soonest deadline first' })
  @ApiOkResponse({ type: TaskPageDto })
  async list(
    @Query() query: ListTasksQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskPageDto> {
    const page = await this.listTasks.execute(actor.user, {
      mine: query.mine === 'true',
      status: query.status ?? 'open',
      type: query.type,
      overdue: query.overdue === 'true',
      awardCode: query.awardCode,
      year: query.year,
      stage: query.stage,
      unitId: query.unitId,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    const [names, dossiers] = await this.mentioned(page.items);
    const now = Date.now();
    return {
      items: page.items.map((task) => TaskDto.from(task, names, dossiers, now)),
      total: page.total,
    };
  }

  @Get(':id')
  @RequirePermission('task:read')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({ summary: 'One task' })
  @ApiOkResponse({ type: TaskDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<TaskDto> {
    return this.present(await this.getTask.execute(id));
  }

  @Get(':id/candidates')
  @RequirePermission('task:assign')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({
    summary: 'Who may be given the task: the people holding the role it needs on its unit, by name',
    description: 'For heads and secretaries choosing whom to assign it to.',
  })
  @ApiOkResponse({ type: TaskCandidatesDto })
  async candidates(@Param('id', uuidParam('id')) id: string): Promise<TaskCandidatesDto> {
    const task = await this.getTask.execute(id);
    if (task.candidateRole === null || task.candidateUnitId === null) return { items: [] };
    const holders = await this.roleHolders.execute(task.candidateUnitId, [
      task.candidateRole as Role,
    ]);
    return {
      items: holders.map((holder) => ({
        userId: holder.userId,
        username: holder.username,
        fullName: holder.fullName,
        workUnitName: holder.workUnitName,
      })),
    };
  }

  @Post(':id/claim')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:read')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({ summary: 'Take the task (nhận xử lý); colleagues see who holds it' })
  @ApiOkResponse({ type: TaskDto })
  async claim(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDto> {
    return this.present(await this.claimTask.execute(id, actor.user, auditContextOf(actor)));
  }

  @Post(':id/unclaim')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:read')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({ summary: 'Give a task you took back to the group' })
  @ApiOkResponse({ type: TaskDto })
  async unclaim(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDto> {
    return this.present(await this.unclaimTask.execute(id, actor.user, auditContextOf(actor)));
  }

  @Post(':id/assign')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:assign')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({
    summary:
      'Hand the task to a named person who holds the role it needs (heads, secretaries, reviewers)',
  })
  @ApiOkResponse({ type: TaskDto })
  async assign(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AssignTaskDto,
    @CurrentActor() actor: Actor,
  ): Promise<TaskDto> {
    return this.present(await this.assignTask.execute(id, body.assigneeId, auditContextOf(actor)));
  }

  @Post(':id/complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('task:read')
  @UnitScope(unitFrom.param('id', TASK))
  @ApiOperation({
    summary: 'Complete the task with its outcome; the workflow moves on before this answers',
    description:
      '409 when the task is no longer open or someone else holds it, 403 when it is not for you (or you authored the dossier), 400 for an outcome that does not fit the task. Safe to send again: the same completion returns its first answer, even once the task is closed. 503 WORKER_UNAVAILABLE when no worker took it in time; sending it again later returns its outcome.',
  })
  @AcceptsIdempotencyKey()
  async complete(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: CompleteTaskDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.completeTask.execute(id, body.outcome, actor.user, idempotencyKey);
  }
}
