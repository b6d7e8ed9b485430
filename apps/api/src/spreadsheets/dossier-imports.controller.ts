import {
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { AppError } from '@tdkt/contracts';
import { type Actor, auditContextOf } from '@tdkt/server-feature-identity';
import {
  ExportImportTemplateUseCase,
  GetDossierImportUseCase,
  MAX_SPREADSHEET_BYTES,
  StartDossierImportUseCase,
  UploadDossierImportUseCase,
} from '@tdkt/server-feature-spreadsheets';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { MultipartTextInterceptor, uploadedFileName } from '../http/multipart-text.interceptor';
import { uuidParam } from '../http/uuid-param.pipe';
import { DOSSIER_IMPORT } from './dossier-import.resource';
import {
  DossierImportDto,
  ListTemplateQueryDto,
  UploadDossierImportQueryDto,
} from './dtos/dossier-import.dto';
import { xlsxDownload } from './xlsx-download';

/** What multer hands over of an uploaded file. */
interface UploadedFileParts {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

@ApiTags('dossier-imports')
@Controller('api/v1/dossier-imports')
export class DossierImportsController {
  constructor(
    private readonly uploadImport: UploadDossierImportUseCase,
    private readonly startImport: StartDossierImportUseCase,
    private readonly getImport: GetDossierImportUseCase,
    private readonly exportTemplate: ExportImportTemplateUseCase,
  ) {}

  @Get('template.xlsx')
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary:
      "An award's empty nomination list (Excel): Vietnamese headers, drop-downs for awards and ratings, an example row, instructions",
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async template(@Query() query: ListTemplateQueryDto): Promise<StreamableFile> {
    return xlsxDownload(
      await this.exportTemplate.execute(query.awardCode, query.year, query.unitId),
    );
  }

  @Post()
  @RequirePermission('dossier:create')
  // The unit is in the query: the access guard runs before the multipart body is read.
  @UnitScope(unitFrom.query('proposingUnitId'))
  @UseInterceptors(
    FileInterceptor('file', { limits: { fileSize: MAX_SPREADSHEET_BYTES, files: 1 } }),
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
      'Upload a nomination list (.xlsx, at most 5 MB, 1000 rows): every row is validated and each error named by row, column and reason; nothing is created yet',
    description:
      'Answers the import with status VALIDATED (every row valid: start it) or INVALID (its errors: fix the file and upload it again). The same file uploaded again by the same unit answers the same import (`replayed: true`) and creates nothing new.',
  })
  @ApiCreatedResponse({ type: DossierImportDto })
  @ApiOkResponse({ type: DossierImportDto, description: 'The same file was uploaded before' })
  async upload(
    @UploadedFile() file: UploadedFileParts | undefined,
    @Query() query: UploadDossierImportQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierImportDto> {
    if (file === undefined)
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'file',
          rule: 'isDefined',
          message: {
            vi: 'Chưa chọn tệp danh sách để tải lên (trường "file").',
            en: 'No list file was sent (field "file").',
          },
        },
      ]);
    const view = await this.uploadImport.execute({
      content: file.buffer,
      fileName: uploadedFileName(file.originalname),
      declaredType: file.mimetype,
      proposingUnitId: query.proposingUnitId,
      actorId: actor.user.id,
      actorGrant: actor.grant,
      audit: auditContextOf(actor),
    });
    response.setHeader('Location', `/api/v1/dossier-imports/${view.id}`);
    if (view.replayed) {
      response.setHeader('Idempotent-Replayed', 'true');
      response.status(HttpStatus.OK);
    }
    return view;
  }

  @Get(':id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER_IMPORT))
  @ApiOperation({
    summary: 'An uploaded list: its errors, its rows and how far their import went (progress)',
  })
  @ApiOkResponse({ type: DossierImportDto })
  view(@Param('id', uuidParam('id')) id: string): Promise<DossierImportDto> {
    return this.getImport.execute(id);
  }

  @Post(':id/start')
  @HttpCode(HttpStatus.ACCEPTED)
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.param('id', DOSSIER_IMPORT))
  @ApiOperation({
    summary:
      'Import a validated list: every row becomes a dossier and is submitted (all rows or none); starting again answers the same import',
  })
  @ApiAcceptedResponse({ type: DossierImportDto })
  start(
    @Param('id', uuidParam('id')) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<DossierImportDto> {
    return this.startImport.execute(id, auditContextOf(actor));
  }
}
