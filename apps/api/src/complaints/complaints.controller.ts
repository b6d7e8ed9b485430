import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  FileComplaintUseCase,
  GetComplaintUseCase,
  ListComplaintsUseCase,
} from '@tdkt/server-feature-councils';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { DOSSIER } from '../dossiers/dossier.resource';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import { uuidParam } from '../http/uuid-param.pipe';
import { COMPLAINT } from './complaint.resource';
import { ComplaintDto, ComplaintListDto } from './dtos/complaint-responses.dto';
import { FileComplaintDto } from './dtos/complaint.dto';

@ApiTags('complaints')
@Controller('api/v1')
export class ComplaintsController {
  constructor(
    private readonly file: FileComplaintUseCase,
    private readonly getComplaint: GetComplaintUseCase,
    private readonly listComplaints: ListComplaintsUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Post('dossiers/:id/complaints')
  @RequirePermission('dossier:create')
  @UnitScope(unitFrom.param('id', DOSSIER))
  @ApiOperation({
    summary:
      'File a complaint (khiếu nại) about the decision that awards the dossier, or about its refusal',
    description:
      'The filing window (Luật Khiếu nại Art. 9: 90 days; Art. 33 for a second complaint) is counted from `knownOn`, obstacle days added. Late after an unconfirmed limit: filed with `filedLate` (a warning); late after a confirmed one: 422 COMPLAINT_TIME_LIMIT_EXPIRED. A dossier neither awarded nor refused: 422 COMPLAINT_SUBJECT_INVALID. The acceptance and settlement tasks then appear in the handling unit’s inbox.',
  })
  @ApiCreatedResponse({ type: ComplaintDto })
  @AcceptsIdempotencyKey()
  async create(
    @Param('id', uuidParam('id')) dossierId: string,
    @Body() body: FileComplaintDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    const filed = await this.file.execute({
      dossierId,
      content: body.content,
      knownOn: body.knownOn,
      obstacleDays: body.obstacleDays ?? 0,
      obstacleReason: body.obstacleReason ?? null,
      remote: body.remote ?? false,
      previousComplaintId: body.previousComplaintId ?? null,
      complainantId: actor.user.id,
      requestId: actor.requestId,
      ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
    });
    return this.getComplaint.execute(filed.id);
  }

  @Get('complaints')
  @RequirePermission('dossier:read')
  @ApiOperation({ summary: 'Complaints handled by, or about dossiers of, the units in your scope' })
  @ApiOkResponse({ type: ComplaintListDto })
  async list(@CurrentActor() actor: Actor) {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return { items: await this.listComplaints.execute(scope) };
  }

  @Get('complaints/:id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', COMPLAINT))
  @ApiOperation({ summary: 'A complaint: its limits, its steps and their results' })
  @ApiOkResponse({ type: ComplaintDto })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.getComplaint.execute(id);
  }
}
