import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddPlanItemUseCase,
  CompletePlanItemUseCase,
  EditPlanItemUseCase,
  GetPlanUseCase,
  GetPlanWindowUseCase,
  ImportPlanUseCase,
  IssuePlanUseCase,
  ListEmulationRegistrationsUseCase,
  ListPlanItemsUseCase,
  ListPlansUseCase,
  ListQuarterSummariesUseCase,
  RegisterForEmulationUseCase,
} from '@tdkt/server-feature-plan';
import type { Actor } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { PLAN } from './plan.resource';
import {
  AddPlanItemDto,
  CompletePlanItemDto,
  ImportPlanDto,
  ListPlanItemsQueryDto,
  ListPlansQueryDto,
  ListRegistrationsQueryDto,
  PlanItemChangesDto,
  RegisterForEmulationDto,
} from './plans.dto';

/**
 * Yearly plans (kế hoạch thi đua, khen thưởng): import, issue, edit, follow, complete items, registration.
 * A plan is a public administrative document: everyone who may read plans reads every plan; changing
 * one needs `plan:manage` in the issuing unit's scope.
 */
@ApiTags('plans')
@Controller('api/v1/plans')
export class PlansController {
  constructor(
    private readonly importPlan: ImportPlanUseCase,
    private readonly issuePlan: IssuePlanUseCase,
    private readonly listPlans: ListPlansUseCase,
    private readonly getPlan: GetPlanUseCase,
    private readonly listItems: ListPlanItemsUseCase,
    private readonly addItem: AddPlanItemUseCase,
    private readonly editItem: EditPlanItemUseCase,
    private readonly completeItem: CompletePlanItemUseCase,
    private readonly summaries: ListQuarterSummariesUseCase,
    private readonly window: GetPlanWindowUseCase,
    private readonly register: RegisterForEmulationUseCase,
  ) {}

  @Post()
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.body('issuerUnitId'))
  @ApiOperation({
    summary:
      'Import a plan from YAML or JSON (per-field errors); issues it and starts its workflow unless activate=false',
  })
  import(@Body() body: ImportPlanDto, @CurrentActor() actor: Actor) {
    return this.importPlan.execute({
      ...body,
      importedBy: actor.user.id,
      requestId: actor.requestId,
    });
  }

  @Get()
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Plans, by year and status' })
  list(@Query() query: ListPlansQueryDto) {
    return this.listPlans.execute(query);
  }

  @Get(':planId')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'A plan with its items, outcomes and quarter summaries' })
  get(@Param('planId', uuidParam('planId')) planId: string) {
    return this.getPlan.execute({ planId });
  }

  @Post(':planId/issue')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({ summary: 'Issue a draft plan: its workflow starts and reminders follow' })
  issue(@Param('planId', uuidParam('planId')) planId: string, @CurrentActor() actor: Actor) {
    return this.issuePlan.execute({ planId, actorId: actor.user.id, requestId: actor.requestId });
  }

  @Get(':planId/items')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Items of a plan, by quarter or owner, with their outcome today' })
  items(
    @Param('planId', uuidParam('planId')) planId: string,
    @Query() query: ListPlanItemsQueryDto,
  ) {
    return this.listItems.execute({ planId, ...query });
  }

  @Post(':planId/items')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({ summary: 'Add an item; a running plan schedules its reminders at once' })
  add(
    @Param('planId', uuidParam('planId')) planId: string,
    @Body() body: AddPlanItemDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.addItem.execute({
      planId,
      item: { ...body, text: { ...body.text } },
      actorId: actor.user.id,
      requestId: actor.requestId,
    });
  }

  @Patch(':planId/items/:itemKey')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({ summary: 'Edit or move an open item (its reminders follow the new due date)' })
  edit(
    @Param('planId', uuidParam('planId')) planId: string,
    @Param('itemKey') itemKey: string,
    @Body() body: PlanItemChangesDto,
    @CurrentActor() actor: Actor,
  ) {
    const changes = { ...body, ...(body.text ? { text: { ...body.text } } : {}) };
    return this.editItem.execute({
      planId,
      itemKey,
      changes,
      actorId: actor.user.id,
      requestId: actor.requestId,
    });
  }

  @Post(':planId/items/:itemKey/complete')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({
    summary: 'Mark an item done with its evidence (a document or a link); its reminders stop',
  })
  complete(
    @Param('planId', uuidParam('planId')) planId: string,
    @Param('itemKey') itemKey: string,
    @Body() body: CompletePlanItemDto,
    @CurrentActor() actor: Actor,
  ) {
    const evidence =
      body.evidence.type === 'document'
        ? {
            type: 'document' as const,
            number: body.evidence.number ?? '',
            issuedOn: body.evidence.issuedOn ?? '',
            title: body.evidence.title ?? null,
          }
        : {
            type: 'link' as const,
            url: body.evidence.url ?? '',
            title: body.evidence.title ?? null,
          };
    return this.completeItem.execute({
      planId,
      itemKey,
      evidence,
      note: body.note ?? null,
      completedBy: actor.user.id,
      requestId: actor.requestId,
    });
  }

  @Get(':planId/summaries')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Quarter summaries: on time, late and open per owner' })
  quarterSummaries(@Param('planId', uuidParam('planId')) planId: string) {
    return this.summaries.execute({ planId });
  }

  @Get(':planId/items/:itemKey/window')
  @RequirePermission('plan:read')
  @ApiOperation({
    summary: 'A collection or registration window: each unit, its task and what it submitted',
  })
  windowOf(
    @Param('planId', uuidParam('planId')) planId: string,
    @Param('itemKey') itemKey: string,
  ) {
    return this.window.execute({ planId, itemKey });
  }

  @Post(':planId/registrations')
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({
    summary:
      "Register a unit's emulation titles for next year (đăng ký thi đua) while the window is open",
  })
  registerTitles(
    @Param('planId', uuidParam('planId')) planId: string,
    @Body() body: RegisterForEmulationDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.register.execute({
      planId,
      unitId: body.unitId,
      entries: body.entries.map((entry) => ({ ...entry })),
      registeredBy: actor.user.id,
      requestId: actor.requestId,
    });
  }
}

/** Emulation registrations of a year (đăng ký thi đua), which eligibility can require. */
@ApiTags('plans')
@Controller('api/v1/emulation-registrations')
export class EmulationRegistrationsController {
  constructor(private readonly registrations: ListEmulationRegistrationsUseCase) {}

  @Get()
  @RequirePermission('plan:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({ summary: 'Who registered for which title in a year' })
  list(@Query() query: ListRegistrationsQueryDto) {
    return this.registrations.execute(query);
  }
}
