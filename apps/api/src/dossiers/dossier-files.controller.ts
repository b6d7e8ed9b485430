import {
  Body,
  Controller,
  Delete,
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
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AddCommentUseCase,
  GetAttachmentContentUseCase,
  MAX_ATTACHMENT_BYTES,
  RemoveAttachmentUseCase,
  UploadAttachmentUseCase,
} from '@tdkt/server-feature-dossier';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
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
import { DOSSIER } from './dossier.resource';
import { AddCommentDto, UploadAttachmentDto } from './dtos/dossier-actions.dto';
import { AttachmentDto, CommentDto } from './dtos/dossier-response.dto';

@ApiTags('dossiers')
@Controller('api/v1/dossiers/:id')
export class DossierFilesController {
  constructor(
    private readonly upload: UploadAttachmentUseCase,
    private readonly content: GetAttachmentContentUseCase,
    private readonly remove: RemoveAttachmentUseCase,
    private readonly addComment: AddCommentUseCase,
  ) {}

  @Post('attachments')
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1 } }),
    MultipartTextInterceptor,
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        file: { type: 'string', format: 'binary' },
        documentCode: { type: 'string', example: 'BIEN_BAN_BINH_XET' },
      },
    },
  })
  @ApiOperation({
    summary:
      'Attach a file (PDF, DOCX, XLSX, JPG, PNG; checked by content; at most 20 MB) to a draft or a dossier being supplemented',
  })
  @ApiCreatedResponse({ type: AttachmentDto })
  async attach(
    @Param('id', uuidParam('id')) id: string,
    @UploadedFile() file: UploadedFileParts | undefined,
    @Body() body: UploadAttachmentDto,
    @CurrentActor() actor: Actor,
  ): Promise<AttachmentDto> {
    const upload = requiredUpload(file);
    const fileName = uploadedFileName(upload.originalname);
    const attachment = await this.upload.execute(
      { dossierId: id, fileName, content: upload.buffer, documentCode: body.documentCode },
      auditContextOf(actor),
    );
    // The uploader is the caller.
    return AttachmentDto.from(attachment, {
      people: new Map([[actor.user.id, actor.user.fullName]]),
      units: new Map(),
    });
  }

  @Get('attachments/:attachmentId')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({ summary: 'Download an attachment' })
  async download(
    @Param('id', uuidParam('id')) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
  ): Promise<StreamableFile> {
    const file = await this.content.execute(id, attachmentId);
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.content.length,
    });
  }

  @Delete('attachments/:attachmentId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission('dossier:update')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({ summary: 'Remove an attachment from a draft or a dossier being supplemented' })
  async detach(
    @Param('id', uuidParam('id')) id: string,
    @Param('attachmentId', uuidParam('attachmentId')) attachmentId: string,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.remove.execute(id, attachmentId, auditContextOf(actor));
  }

  @Post('comments')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({ summary: 'Add a comment to a dossier' })
  @ApiCreatedResponse({ type: CommentDto })
  async comment(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AddCommentDto,
    @CurrentActor() actor: Actor,
  ): Promise<CommentDto> {
    const comment = await this.addComment.execute(id, body.body, auditContextOf(actor));
    return {
      id: comment.id,
      authorId: comment.authorId,
      authorName: actor.user.fullName,
      body: comment.body,
      createdAt: comment.createdAt.toISOString(),
    };
  }
}
