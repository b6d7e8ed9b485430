import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApproveDecisionUseCase,
  GetDecisionUseCase,
  ListDecisionsUseCase,
  GetDocumentContentUseCase,
  PreviewDecisionUseCase,
} from '@tdkt/server-feature-councils';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { DECISION, DOCUMENT } from './council.resources';
import { PageQueryDto } from '../http/page-query.dto';
import { ApproveDecisionDto } from './dtos/council.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { TemporalDeadline } from '../http/temporal-deadline.interceptor';
import {
  DecisionDto,
  DecisionPageDto,
  DecisionPreviewDto,
  DecisionQueuedDto,
} from './dtos/council-responses.dto';
import { DossierReferences } from '../dossiers/dossier-reference';

@ApiTags('decisions')
@Controller('api/v1')
export class DecisionsController {
  constructor(
    private readonly approve: ApproveDecisionUseCase,
    private readonly preview: PreviewDecisionUseCase,
    private readonly getDecision: GetDecisionUseCase,
    private readonly listDecisions: ListDecisionsUseCase,
    private readonly documents: GetDocumentContentUseCase,
    private readonly access: AccessPolicy,
    private readonly dossiers: DossierReferences,
  ) {}

  @Post('decisions')
  @RequirePermission('dossier:decide')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({
    summary: 'Approve a batch: one numbered decision (e.g. 125/QĐ-UBND) listing every dossier',
    description:
      'Answers 201 with the decision and its documents once numbered and rendered, 202 with its id if that takes longer than 30 s. Dossiers by their codes or their ids. With an Idempotency-Key, the same approval sent again answers with the same decision.',
  })
  @ApiCreatedResponse({ type: DecisionDto })
  @ApiAcceptedResponse({ type: DecisionQueuedDto })
  @AcceptsIdempotencyKey()
  // Numbering and rendering the documents may take a while on a loaded server.
  @TemporalDeadline(30)
  async create(
    @Body() body: ApproveDecisionDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    const approved = await this.approve.execute({
      issuerUnitId: body.unitId,
      dossierIds: await this.dossiers.idsOf(actor.user, body.dossierIds),
      signedBy: actor.user.id,
      requestId: actor.requestId,
      idempotencyKey,
    });
    response.setHeader('Location', `/api/v1/decisions/${approved.decisionId}`);
    if (approved.issued === null) {
      response.status(HttpStatus.ACCEPTED);
      return { id: approved.decisionId, issued: false };
    }
    response.status(HttpStatus.CREATED);
    return this.getDecision.execute(approved.decisionId);
  }

  @Post('decisions/preview')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('dossier:decide')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({
    summary:
      'What the decision would say if signed now: title, legal bases, the annex with each bonus; nothing is numbered or stored',
    description:
      'Refuses what signing would refuse (409 DOSSIER_NOT_AWAITING_DECISION, DOSSIER_ALREADY_DECIDED; 403 SEPARATION_OF_DUTIES).',
  })
  @ApiOkResponse({ type: DecisionPreviewDto })
  async previewDecision(
    @Body() body: ApproveDecisionDto,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionPreviewDto> {
    return this.preview.execute({
      issuerUnitId: body.unitId,
      dossierIds: await this.dossiers.idsOf(actor.user, body.dossierIds),
      signerId: actor.user.id,
    });
  }

  @Get('decisions')
  @RequirePermission('dossier:read')
  @ApiOperation({ summary: 'Decisions issued by units in your scope, newest first' })
  @ApiOkResponse({ type: DecisionPageDto })
  async list(@Query() query: PageQueryDto, @CurrentActor() actor: Actor) {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return this.listDecisions.execute(scope, {
      limit: query.limit ?? 50,
      offset: query.offset ?? 0,
    });
  }

  @Get('decisions/:id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DECISION))
  @ApiOperation({ summary: 'A decision: number, date, awardees with bonuses, documents' })
  @ApiOkResponse({ type: DecisionDto })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.getDecision.execute(id);
  }

  @Get('documents/:id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOCUMENT))
  @ApiOperation({
    summary:
      'Download a generated document (decision, certificate, minutes); X-Content-SHA256 header',
  })
  async download(
    @Param('id', uuidParam('id')) id: string,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const file = await this.documents.execute(id);
    response.setHeader('X-Content-SHA256', file.sha256);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.content.length,
    });
  }
}
