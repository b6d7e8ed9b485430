import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CouncilMeetingActionsUseCase,
  CouncilMeetingViewsUseCase,
  StartCouncilMeetingUseCase,
} from '@tdkt/server-feature-councils';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { COUNCIL_MEETING } from './council.resources';
import { AgendaItemDto, AttendanceDto, BallotDto, CreateCouncilMeetingDto } from './council.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';

@ApiTags('council meetings')
@Controller('api/v1/council-meetings')
export class CouncilMeetingsController {
  constructor(
    private readonly start: StartCouncilMeetingUseCase,
    private readonly actions: CouncilMeetingActionsUseCase,
    private readonly views: CouncilMeetingViewsUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Post()
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({
    summary:
      'Convene a council meeting (date, members with their seats); invitations go out at once',
    description:
      'With an Idempotency-Key, the same request sent again answers with the same meeting.',
  })
  @AcceptsIdempotencyKey()
  async create(
    @Body() body: CreateCouncilMeetingDto,
    @CurrentActor() actor: Actor,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    const state = await this.start.execute({
      ...body,
      members: body.members.map((member) => ({ ...member })),
      createdBy: actor.user.id,
      requestId: actor.requestId,
      idempotencyKey,
    });
    return this.views.get(state.meetingId);
  }

  @Get()
  @RequirePermission('dossier:read')
  @ApiOperation({ summary: 'Meetings of the councils in your scope' })
  async list(@CurrentActor() actor: Actor) {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return { items: await this.views.list(scope) };
  }

  @Get(':id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'A meeting: members, attendance, agenda with ballot counts, minutes' })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.views.get(id);
  }

  @Get(':id/candidates')
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: "Dossiers waiting for this level's council, on no other meeting" })
  async candidates(@Param('id', uuidParam('id')) id: string) {
    return { items: await this.views.candidates(id) };
  }

  @Post(':id/agenda')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'Put a dossier on the agenda (until the meeting opens)' })
  addToAgenda(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AgendaItemDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.actions.addToAgenda(id, body.dossierId, actor.user);
  }

  @Delete(':id/agenda/:dossierId')
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'Take a dossier off the agenda (until the meeting opens)' })
  removeFromAgenda(
    @Param('id', uuidParam('id')) id: string,
    @Param('dossierId', uuidParam('dossierId')) dossierId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.actions.removeFromAgenda(id, dossierId, actor.user);
  }

  @Post(':id/attendance')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'Record who is present (once the meeting has opened)' })
  attendance(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AttendanceDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.actions.recordAttendance(id, body.present, actor.user);
  }

  @Post(':id/ballots')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary:
      "Record a dossier's ballot: who cast one and the votes in favour (secret ballot: counts only)",
    description:
      '403 SEPARATION_OF_DUTIES when an author of an initiative the dossier cites is among the voters.',
  })
  ballot(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BallotDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.actions.recordBallot(id, { ...body }, actor.user);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary: 'Close the meeting: results against all members, quorum, minutes, dossiers told',
  })
  async close(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor) {
    await this.actions.close(id, actor.user);
    return this.views.get(id);
  }
}
