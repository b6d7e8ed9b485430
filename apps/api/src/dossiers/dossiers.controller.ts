import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  BulkSubmitUseCase,
  CreateDossierUseCase,
  FileObjectionUseCase,
  SupplementDossierUseCase,
  WithdrawDossierUseCase,
  GetDossierUseCase,
  ListDossiersUseCase,
  PreviewDossierRouteUseCase,
  SubmissionPreflight,
  SubmitDossierUseCase,
  UpdateDraftUseCase,
} from '@tdkt/server-feature-dossier';
import {
  AccessPolicy,
  type Actor,
  auditContextOf,
  NameDirectory,
} from '@tdkt/server-feature-identity';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { displayNamesFor } from '../http/display-names';
import {
  AcceptsIdempotencyKey,
  checkedIdempotencyKey,
  IdempotencyKey,
} from '../http/idempotency-key';
import {
  LONG_TEMPORAL_DEADLINE_SECONDS,
  TemporalDeadline,
} from '../http/temporal-deadline.interceptor';
import { uuidParam } from '../http/uuid-param.pipe';
import { DOSSIER } from './dossier.resource';
import { BatchSubmitDto, CreateDossierDto, UpdateDraftDto } from './dtos/create-dossier.dto';
import {
  FileObjectionDto,
  ListDossiersQueryDto,
  RoutePreviewQueryDto,
  SupplementDossierDto,
  WithdrawDossierDto,
} from './dtos/dossier-actions.dto';
import {
  BatchResultDto,
  DossierAcceptedDto,
  DossierPageDto,
  DossierResponseDto,
  DossierRoutePreviewDto,
  DossierSummaryDto,
  StageResultDto,
} from './dtos/dossier-response.dto';

@ApiTags('dossiers')
@Controller('api/v1/dossiers')
export class DossiersController {
  constructor(
    private readonly createDossier: CreateDossierUseCase,
    private readonly updateDraft: UpdateDraftUseCase,
    private readonly submitDossier: SubmitDossierUseCase,
    private readonly submissionPreflight: SubmissionPreflight,
    private readonly bulkSubmit: BulkSubmitUseCase,
    private readonly getDossier: GetDossierUseCase,
    private readonly listDossiers: ListDossiersUseCase,
    private readonly withdrawDossier: WithdrawDossierUseCase,
    private readonly supplementDossier: SupplementDossierUseCase,
    private readonly objections: FileObjectionUseCase,
    private readonly access: AccessPolicy,
    private readonly names: NameDirectory,
    private readonly previewRoute: PreviewDossierRouteUseCase,
  ) {}

  /** A dossier as its detail answers it, with the names of the people and units it mentions. */
  private async present(id: string): Promise<DossierResponseDto> {
    const view = await this.getDossier.execute(id);
    const names = await displayNamesFor(this.names, DossierResponseDto.namesInView(view));
    return DossierResponseDto.fromView(view, names);
  }

  @Post()
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.body('proposingUnitId'))
  @ApiOperation({
    summary:
      'Create a dossier and submit it (nộp hồ sơ đề nghị khen thưởng); `submit: false` keeps a draft',
    description:
      'Needs `dossier:create` on the proposing unit. Send an Idempotency-Key to make retries safe: the same caller, key and body return the same dossier and never start a second workflow.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: '8–128 characters: letters, digits, . _ -',
  })
  @ApiCreatedResponse({ type: DossierResponseDto })
  @ApiAcceptedResponse({
    type: DossierAcceptedDto,
    description: 'Submitted; the worker has not recorded it yet',
  })
  async create(
    @Body() body: CreateDossierDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResponseDto | DossierAcceptedDto> {
    const { submit = true, ...content } = body;
    const nominee = { ...body.nominee };
    const created = await this.createDossier.execute(
      { ...content, nominee, idempotencyKey: checkedIdempotencyKey(idempotencyKey) },
      { ...auditContextOf(actor), actorId: actor.user.id },
      submit
        ? () =>
            this.submissionPreflight.check({
              ...content,
              nominee,
              initiativeIds: content.initiativeIds ?? [],
            })
        : undefined,
    );
    response.setHeader('Location', `/api/v1/dossiers/${created.id}`);
    if (created.replayed) response.setHeader('Idempotent-Replayed', 'true');
    if (submit) {
      const submitted = await this.submitDossier.execute({
        dossierId: created.id,
        submittedBy: actor.user.id,
        submittedAs: actor.grant,
        requestId: actor.requestId,
      });
      if (!submitted.recorded) {
        response.status(HttpStatus.ACCEPTED);
        return DossierAcceptedDto.of(submitted);
      }
    }
    response.status(HttpStatus.CREATED);
    return this.present(created.id);
  }

  @Post('batch')
  @HttpCode(HttpStatus.OK)
  // Up to 500 workflows started, a few at a time.
  @TemporalDeadline(LONG_TEMPORAL_DEADLINE_SECONDS)
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.body('proposingUnitId'))
  @ApiOperation({
    summary:
      "Submit many dossiers of one unit at once (e.g. a school's teachers); one result per item",
    description:
      'Each item gets its own workflow; items fail on their own. With an Idempotency-Key a retried batch creates nothing twice.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: BatchResultDto })
  async batch(
    @Body() body: BatchSubmitDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<BatchResultDto> {
    const results = await this.bulkSubmit.execute(
      body.items.map((item) => ({
        ...item,
        nominee: { ...item.nominee },
        proposingUnitId: body.proposingUnitId,
      })),
      checkedIdempotencyKey(idempotencyKey),
      { ...auditContextOf(actor), actorId: actor.user.id },
      actor.grant,
    );
    return {
      submitted: results.filter((result) => result.status !== 'failed').length,
      failed: results.filter((result) => result.status === 'failed').length,
      results,
    };
  }

  @Get()
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary: 'Dossiers in your scope, filtered (stage, award, unit, year, overdue, nominee name)',
  })
  @ApiOkResponse({ type: DossierPageDto })
  async list(
    @Query() query: ListDossiersQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<DossierPageDto> {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    const page = await this.listDossiers.execute({
      scope,
      stage: query.stage === undefined ? undefined : [query.stage].flat(),
      awardCode: query.awardCode,
      unitId: query.unitId,
      year: query.year,
      overdue: query.overdue === 'true',
      q: query.q,
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
    const names = await displayNamesFor(this.names, DossierSummaryDto.namesWanted(page.items));
    const now = Date.now();
    return {
      items: page.items.map((dossier) => DossierSummaryDto.from(dossier, names, now)),
      total: page.total,
    };
  }

  @Get('route-preview')
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.query('proposingUnitId'))
  @ApiOperation({
    summary:
      "Where a unit's dossier for an award would go if submitted now: the levels, who reviews and decides, the rule set",
    description:
      'For the new-dossier form; its eligibility pre-check uses `ruleSetId`, `rulesDate` and `proposingLevel` so that it agrees with submission.',
  })
  @ApiOkResponse({ type: DossierRoutePreviewDto })
  routePreview(@Query() query: RoutePreviewQueryDto): Promise<DossierRoutePreviewDto> {
    return this.previewRoute.execute(query);
  }

  @Get(':id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary: 'A dossier with its timeline, open tasks, files, checklist and workflow status',
  })
  @ApiOkResponse({ type: DossierResponseDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<DossierResponseDto> {
    return this.present(id);
  }

  @Patch(':id')
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({ summary: 'Edit a draft (only before it is submitted)' })
  @ApiOkResponse({ type: DossierResponseDto })
  async update(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: UpdateDraftDto,
    @CurrentActor() actor: Actor,
  ): Promise<DossierResponseDto> {
    await this.updateDraft.execute(
      id,
      { ...body, ...(body.nominee ? { nominee: { ...body.nominee } } : {}) },
      auditContextOf(actor),
    );
    return this.present(id);
  }

  @Post(':id/submit')
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary: 'Submit a draft; submitting again returns the same dossier and starts nothing new',
  })
  @ApiCreatedResponse({ type: DossierResponseDto })
  @ApiAcceptedResponse({ type: DossierAcceptedDto })
  async submit(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResponseDto | DossierAcceptedDto> {
    const submitted = await this.submitDossier.execute({
      dossierId: id,
      submittedBy: actor.user.id,
      submittedAs: actor.grant,
      requestId: actor.requestId,
    });
    if (!submitted.recorded) {
      response.status(HttpStatus.ACCEPTED);
      return DossierAcceptedDto.of(submitted);
    }
    response.status(HttpStatus.OK);
    return this.present(id);
  }

  @Post(':id/withdraw')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({ summary: 'Withdraw a dossier (rút hồ sơ); a draft is discarded' })
  @ApiOkResponse({ type: StageResultDto })
  @AcceptsIdempotencyKey()
  withdraw(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: WithdrawDossierDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.withdrawDossier.execute(
      id,
      body.reason,
      actor.user,
      auditContextOf(actor),
      idempotencyKey,
    );
  }

  @Post(':id/supplement')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary:
      'Resubmit a dossier returned for supplementation (bổ sung hồ sơ); the review starts again',
  })
  @ApiOkResponse({ type: StageResultDto })
  @AcceptsIdempotencyKey()
  supplement(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SupplementDossierDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.supplementDossier.execute(id, body, actor.user, idempotencyKey);
  }

  @Post(':id/objections')
  @HttpCode(HttpStatus.CREATED)
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary:
      'Record an objection during public disclosure (ý kiến phản ánh); the reviewers examine it',
  })
  @AcceptsIdempotencyKey()
  fileObjection(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: FileObjectionDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    return this.objections.execute(id, body, actor.user, idempotencyKey);
  }
}
