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
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddPlanItemUseCase,
  CompletePlanItemUseCase,
  EditDraftPlanUseCase,
  EditPlanItemUseCase,
  GetPlanUseCase,
  GetPlanWindowUseCase,
  ImportPlanUseCase,
  IssuePlanUseCase,
  ListEmulationRegistrationsUseCase,
  ListPlanItemsUseCase,
  ListPlansUseCase,
  ListQuarterSummariesUseCase,
  type PlanView,
  RegisterForEmulationUseCase,
  SimulatePlanUseCase,
} from '@tdkt/server-feature-plan';
import { type Actor, NameDirectory } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { PLAN } from './plan.resource';
import {
  AddPlanItemDto,
  CompletePlanItemDto,
  EditDraftPlanDto,
  ImportPlanDto,
  ListPlanItemsQueryDto,
  ListPlansQueryDto,
  ListRegistrationsQueryDto,
  PlanItemChangesDto,
  RegisterForEmulationDto,
  SimulatePlanDto,
} from './dtos/plans.dto';
import {
  ImportPlanResultDto,
  PlanDto,
  PlanItemCompletedDto,
  PlanItemDto,
  PlanListEntryDto,
  PlanSimulationDto,
  PlanWindowDto,
  QuarterSummaryDto,
} from './dtos/plan-responses.dto';

/**
 * Yearly plans (kế hoạch thi đua, khen thưởng): import, issue, edit, follow, complete items, registration.
 * A plan is public within the issuing unit's subtree: every unit under the district reads the
 * district's plan (and a grant above the issuer reads it too); outside, a plan answers 404 as if it
 * did not exist. The guard cannot express "at or below the issuer", so the read use cases check it
 * (PlanAudience). Changing a plan needs `plan:manage` in the issuing unit's scope; an item may also be
 * completed by its owner unit's people (`plan:complete` on the owner), which the use case checks.
 */
@ApiTags('plans')
@Controller('api/v1/plans')
export class PlansController {
  constructor(
    private readonly importPlan: ImportPlanUseCase,
    private readonly issuePlan: IssuePlanUseCase,
    private readonly editDraft: EditDraftPlanUseCase,
    private readonly listPlans: ListPlansUseCase,
    private readonly getPlan: GetPlanUseCase,
    private readonly listItems: ListPlanItemsUseCase,
    private readonly addItem: AddPlanItemUseCase,
    private readonly editItem: EditPlanItemUseCase,
    private readonly completeItem: CompletePlanItemUseCase,
    private readonly summaries: ListQuarterSummariesUseCase,
    private readonly window: GetPlanWindowUseCase,
    private readonly register: RegisterForEmulationUseCase,
    private readonly simulate: SimulatePlanUseCase,
    private readonly names: NameDirectory,
  ) {}

  @Post()
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.body('issuerUnitId'))
  @ApiOperation({
    summary:
      'Import a plan from YAML or JSON (per-field errors); issues it and starts its workflow unless activate=false',
  })
  @ApiCreatedResponse({ type: ImportPlanResultDto })
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
  @ApiOkResponse({ type: [PlanListEntryDto] })
  list(@Query() query: ListPlansQueryDto, @CurrentActor() actor: Actor) {
    return this.listPlans.execute({ ...query, reader: actor.user });
  }

  @Get(':planId')
  @RequirePermission('plan:read')
  @ApiOperation({
    summary:
      'A plan with its items, their outcomes, evidence and the reminders and overdue notices sent',
  })
  @ApiOkResponse({ type: PlanDto })
  async get(
    @Param('planId', uuidParam('planId')) planId: string,
    @CurrentActor() actor: Actor,
  ): Promise<PlanDto> {
    return this.withCompleterNames(await this.getPlan.execute({ planId, reader: actor.user }));
  }

  @Post('simulation')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:read')
  @ApiOperation({
    summary:
      "A plan document's year as its workflow would live it, assuming no item is done: reminders, overdue notices, windows, quarter summaries, next year's draft",
    description:
      'Computed with the same schedule and the working-day calendar in effect; nothing is stored. Errors as for an import (per field, syntax errors with their line).',
  })
  @ApiOkResponse({ type: PlanSimulationDto })
  simulation(@Body() body: SimulatePlanDto): Promise<PlanSimulationDto> {
    return this.simulate.execute(body.source);
  }

  @Patch(':planId')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({
    summary:
      "Edit a draft plan's header (number, issue date, signer, standing body, goals...) before issuing it",
    description:
      'Only a DRAFT: a plan already issued answers 409 PLAN_NOT_EDITABLE. Typically completes the next-year draft the plan workflow generated, which has no number yet.',
  })
  @ApiOkResponse({ type: PlanDto })
  editDraftPlan(
    @Param('planId', uuidParam('planId')) planId: string,
    @Body() body: EditDraftPlanDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.editDraft.execute({
      planId,
      changes: { ...body },
      actorId: actor.user.id,
      actedAs: actor.grant,
      requestId: actor.requestId,
    });
  }

  @Post(':planId/issue')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({ summary: 'Issue a draft plan: its workflow starts and reminders follow' })
  issue(@Param('planId', uuidParam('planId')) planId: string, @CurrentActor() actor: Actor) {
    return this.issuePlan.execute({
      planId,
      actorId: actor.user.id,
      actedAs: actor.grant,
      requestId: actor.requestId,
    });
  }

  @Get(':planId/items')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Items of a plan, by quarter or owner, with their outcome today' })
  @ApiOkResponse({ type: [PlanItemDto] })
  items(
    @Param('planId', uuidParam('planId')) planId: string,
    @Query() query: ListPlanItemsQueryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.listItems.execute({ planId, ...query, reader: actor.user });
  }

  @Post(':planId/items')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('planId', PLAN))
  @ApiOperation({ summary: 'Add an item; a running plan schedules its reminders at once' })
  @ApiCreatedResponse({ type: PlanItemDto })
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
  @ApiOkResponse({ type: PlanItemDto })
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
  @RequirePermission('plan:complete')
  @ApiOperation({
    summary: 'Mark an item done with its evidence (a document or a link); its reminders stop',
    description:
      "The issuer's planners (`plan:manage` on the issuing unit) complete any item; the owner unit's officers, head and reviewers (`plan:complete` on the owner unit) complete the items it owns. Others who can read the plan get 403; outside the plan's audience it is 404.",
  })
  @ApiOkResponse({ type: PlanItemCompletedDto })
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
      completedOn: body.completedOn,
      completedBy: actor.user.id,
      completer: actor.user,
      requestId: actor.requestId,
    });
  }

  @Get(':planId/summaries')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Quarter summaries: on time, late and open per owner' })
  @ApiOkResponse({ type: [QuarterSummaryDto] })
  quarterSummaries(
    @Param('planId', uuidParam('planId')) planId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.summaries.execute({ planId, reader: actor.user });
  }

  @Get(':planId/items/:itemKey/window')
  @RequirePermission('plan:read')
  @ApiOperation({
    summary: 'A collection or registration window: each unit, its task and what it submitted',
  })
  @ApiOkResponse({ type: PlanWindowDto })
  windowOf(
    @Param('planId', uuidParam('planId')) planId: string,
    @Param('itemKey') itemKey: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.window.execute({ planId, itemKey, reader: actor.user });
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

  /** Who completed each item, by name. */
  private async withCompleterNames(plan: PlanView): Promise<PlanDto> {
    const people = await this.names.people(plan.items.map((item) => item.completedBy));
    return {
      ...plan,
      items: plan.items.map((item) => ({
        ...item,
        completedByName: item.completedBy ? (people.get(item.completedBy) ?? null) : null,
      })),
    };
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
