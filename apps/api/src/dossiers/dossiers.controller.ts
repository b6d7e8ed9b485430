import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { AppError } from '@tdkt/contracts';
import { GetDossierUseCase, SubmitDossierUseCase } from '@tdkt/server-feature-dossier';
import type { Request, Response } from 'express';
import { fieldMessage } from '../errors/field-messages';
import { uuidParam } from '../http/uuid-param.pipe';
import { CreateDossierDto } from './dtos/create-dossier.dto';
import { DossierAcceptedDto, DossierResponseDto } from './dtos/dossier-response.dto';

const IDEMPOTENCY_KEY = /^[A-Za-z0-9._-]{8,128}$/;

@ApiTags('dossiers')
@Controller('api/v1/dossiers')
export class DossiersController {
  constructor(
    private readonly submitDossier: SubmitDossierUseCase,
    private readonly getDossier: GetDossierUseCase,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Submit a commendation dossier (nộp hồ sơ đề nghị khen thưởng)',
    description:
      'Starts the dossier workflow. Send an Idempotency-Key to make retries safe: the same key and body return the same dossier.',
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
  async submit(
    @Body() body: CreateDossierDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: Request & { id?: string },
    @Res({ passthrough: true }) response: Response,
  ): Promise<DossierResponseDto | DossierAcceptedDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new AppError('IDEMPOTENCY_KEY_INVALID', [
        {
          field: 'Idempotency-Key',
          rule: 'matches',
          message: fieldMessage(
            'matches',
            'Idempotency-Key',
            [],
            'Idempotency-Key has the wrong format',
          ),
        },
      ]);
    }
    const result = await this.submitDossier.execute({
      ...body,
      nominee: { kind: body.nominee.kind, name: body.nominee.name },
      submittedBy: null,
      requestId: request.id === undefined ? null : String(request.id),
      idempotencyKey,
      idempotencyScope: 'anonymous',
    });
    response.setHeader('Location', `/api/v1/dossiers/${result.id}`);
    if (result.replayed) response.setHeader('Idempotent-Replayed', 'true');
    if (!result.recorded) {
      response.status(HttpStatus.ACCEPTED);
      return { id: result.id, code: result.code, recorded: false };
    }
    response.status(HttpStatus.CREATED);
    return DossierResponseDto.from(await this.getDossier.execute(result.id));
  }

  @Get(':id')
  @ApiOperation({ summary: 'A dossier with the status of its workflow' })
  @ApiOkResponse({ type: DossierResponseDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<DossierResponseDto> {
    return DossierResponseDto.from(await this.getDossier.execute(id));
  }
}
