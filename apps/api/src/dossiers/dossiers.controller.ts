import { Body, Controller, Get, Headers, HttpStatus, Param, Post, Res } from '@nestjs/common';
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
import type { Actor } from '@tdkt/server-feature-identity';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { fieldMessage } from '../errors/field-messages';
import { uuidParam } from '../http/uuid-param.pipe';
import { DOSSIER } from './dossier.resource';
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
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.body('proposingUnitId'))
  @ApiOperation({
    summary: 'Submit a commendation dossier (nộp hồ sơ đề nghị khen thưởng)',
    description:
      'Starts the dossier workflow. Needs `dossier:create` on the proposing unit (UNIT_OFFICER of it or an ancestor). Send an Idempotency-Key to make retries safe: the same caller, key and body return the same dossier.',
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
    @CurrentActor() actor: Actor,
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
      submittedBy: actor.user.id,
      submittedAs: actor.grant,
      requestId: actor.requestId,
      idempotencyKey,
      idempotencyScope: actor.user.id,
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
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary: 'A dossier with the status of its workflow',
    description: 'Needs `dossier:read` on the proposing unit; outside your scope it is 404.',
  })
  @ApiOkResponse({ type: DossierResponseDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<DossierResponseDto> {
    return DossierResponseDto.from(await this.getDossier.execute(id));
  }
}
