import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApplyInitiativeUseCase,
  AttachInitiativeFileUseCase,
  GetInitiativeAttachmentUseCase,
  GetInitiativeUseCase,
  ListInitiativesUseCase,
  ReviewInitiativeUseCase,
} from '@tdkt/server-feature-councils';
import { MAX_ATTACHMENT_BYTES } from '@tdkt/server-feature-dossier';
import { AccessPolicy, type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import {
  MultipartTextInterceptor,
  requiredUpload,
  type UploadedFileParts,
  uploadedFileName,
} from '../http/multipart-text.interceptor';
import { uuidParam } from '../http/uuid-param.pipe';
import { INITIATIVE } from './council.resources';
import { ApplyInitiativeDto, ReviewInitiativeDto } from './dtos/council.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import {
  InitiativeAttachmentDto,
  InitiativeDto,
  InitiativeListDto,
} from './dtos/council-responses.dto';

@ApiTags('initiatives')
@Controller('api/v1/initiatives')
export class InitiativesController {
  constructor(
    private readonly apply: ApplyInitiativeUseCase,
    private readonly review: ReviewInitiativeUseCase,
    private readonly getInitiative: GetInitiativeUseCase,
    private readonly listInitiatives: ListInitiativesUseCase,
    private readonly attachFile: AttachInitiativeFileUseCase,
    private readonly getAttachment: GetInitiativeAttachmentUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Post()
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({
    summary: 'Apply for recognition of an initiative (đơn yêu cầu công nhận sáng kiến)',
    description:
      'Answers with the receipt: the legal due date of the decision (3 months). With an Idempotency-Key, the same application sent again answers with the same initiative.',
  })
  @ApiCreatedResponse({ type: InitiativeDto })
  @AcceptsIdempotencyKey()
  async create(
    @Body() body: ApplyInitiativeDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    const applied = await this.apply.execute({
      unitId: body.unitId,
      title: body.title,
      description: body.description,
      authorIds: body.authorIds ?? [actor.user.id],
      appliedBy: actor.user.id,
      requestId: actor.requestId,
      idempotencyKey,
    });
    return this.getInitiative.execute(applied.id);
  }

  @Get()
  @RequirePermission('dossier:read')
  @ApiOperation({ summary: 'Initiatives of the units in your scope' })
  @ApiOkResponse({ type: InitiativeListDto })
  async list(@CurrentActor() actor: Actor) {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return { items: await this.listInitiatives.execute(scope) };
  }

  @Get(':id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', INITIATIVE))
  @ApiOperation({ summary: 'An initiative: receipt, due date, outcome, certificate or refusal' })
  @ApiOkResponse({ type: InitiativeDto })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.getInitiative.execute(id);
  }

  @Post(':id/review')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('dossier:endorse')
  @UnitScope(unitFrom.param('id', INITIATIVE))
  @ApiOperation({
    summary:
      "Record the initiative council's vote: recognised with its scope (≥ 2/3 of members) or refused with reasons",
  })
  @ApiOkResponse({ type: InitiativeDto })
  async decide(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReviewInitiativeDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.review.execute(id, { ...body }, actor.user);
    return this.getInitiative.execute(id);
  }

  @Post(':id/attachments')
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.param('id', INITIATIVE))
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }),
    MultipartTextInterceptor,
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOperation({
    summary:
      "Attach a file to an initiative's application (PDF, DOCX, XLSX, JPG, PNG; checked by content; at most 20 MB, 10 files) while it awaits the council",
    description: '409 INITIATIVE_ALREADY_DECIDED once the council has decided; audited.',
  })
  @ApiCreatedResponse({ type: InitiativeAttachmentDto })
  attach(
    @Param('id', uuidParam('id')) id: string,
    @UploadedFile() file: UploadedFileParts | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<InitiativeAttachmentDto> {
    const upload = requiredUpload(file);
    return this.attachFile.execute(
      { initiativeId: id, fileName: uploadedFileName(upload.originalname), content: upload.buffer },
      auditContextOf(actor),
    );
  }

  @Get(':id/attachments/:attachmentId')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', INITIATIVE))
  @ApiOperation({ summary: "Download a file of an initiative's application" })
  async download(
    @Param('id', uuidParam('id')) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.getAttachment.execute(id, attachmentId);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.content.length,
    });
  }
}
