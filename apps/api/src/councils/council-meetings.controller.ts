import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Role } from '@tdkt/contracts';
import {
  AddToAgendaUseCase,
  CloseMeetingUseCase,
  GetCouncilMeetingUseCase,
  ListCouncilCandidatesUseCase,
  ListCouncilMeetingsUseCase,
  OpenMeetingEarlyUseCase,
  RecordAttendanceUseCase,
  RecordBallotUseCase,
  RemoveFromAgendaUseCase,
  StartCouncilMeetingUseCase,
} from '@tdkt/server-feature-councils';
import { AccessPolicy, type Actor, ListRoleHoldersUseCase } from '@tdkt/server-feature-identity';
import { DossierReferences, DOSSIER_REFERENCE } from '../dossiers/dossier-reference';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { COUNCIL_MEETING } from './council.resources';
import {
  CouncilRosterDto,
  CouncilRosterMemberDto,
  CouncilRosterQueryDto,
} from './dtos/council-roster.dto';
import {
  AgendaItemDto,
  AttendanceDto,
  BallotDto,
  CreateCouncilMeetingDto,
} from './dtos/council.dto';
import { AcceptsIdempotencyKey, IdempotencyKey } from '../http/idempotency-key';
import {
  CouncilCandidateListDto,
  CouncilMeetingDto,
  CouncilMeetingListDto,
} from './dtos/council-responses.dto';
import { AppError } from '@tdkt/contracts';
import { fieldMessage } from '../errors/field-messages';

/** The seats a council meeting can fill: its members, its secretary, and the leaders who chair it. */
const COUNCIL_ROSTER_ROLES = [Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.LEADER];

@ApiTags('council meetings')
@Controller('api/v1/council-meetings')
export class CouncilMeetingsController {
  constructor(
    private readonly start: StartCouncilMeetingUseCase,
    private readonly getMeeting: GetCouncilMeetingUseCase,
    private readonly listMeetings: ListCouncilMeetingsUseCase,
    private readonly listCandidates: ListCouncilCandidatesUseCase,
    private readonly addDossierToAgenda: AddToAgendaUseCase,
    private readonly removeDossierFromAgenda: RemoveFromAgendaUseCase,
    private readonly recordAttendance: RecordAttendanceUseCase,
    private readonly openMeetingEarly: OpenMeetingEarlyUseCase,
    private readonly recordBallot: RecordBallotUseCase,
    private readonly closeMeeting: CloseMeetingUseCase,
    private readonly access: AccessPolicy,
    private readonly roleHolders: ListRoleHoldersUseCase,
    private readonly dossiers: DossierReferences,
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
  @ApiCreatedResponse({ type: CouncilMeetingDto })
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
    return this.getMeeting.execute(state.meetingId);
  }

  @Get()
  @RequirePermission('dossier:read')
  @ApiOperation({ summary: 'Meetings of the councils in your scope, and those you sit on' })
  @ApiOkResponse({ type: CouncilMeetingListDto })
  async list(@CurrentActor() actor: Actor) {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return { items: await this.listMeetings.execute(scope, actor.user.id) };
  }

  @Get('roster')
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary:
      "Who can sit on a unit's council: the people holding its council or leader roles, by name",
    description:
      'For the secretary choosing seats, attendance and voters (which take user ids) without the administrators’ user list.',
  })
  @ApiOkResponse({ type: CouncilRosterDto })
  async roster(@Query() query: CouncilRosterQueryDto): Promise<CouncilRosterDto> {
    const holders = await this.roleHolders.execute(query.unitId, COUNCIL_ROSTER_ROLES);
    return { items: holders.map((holder) => CouncilRosterMemberDto.from(holder)) };
  }

  @Get(':id')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary:
      'A meeting: members, attendance, agenda with ballot counts and the votes each award needs, the quorum, minutes',
  })
  @ApiOkResponse({ type: CouncilMeetingDto })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.getMeeting.execute(id);
  }

  @Get(':id/candidates')
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: "Dossiers waiting for this level's council, on no other meeting" })
  @ApiOkResponse({ type: CouncilCandidateListDto })
  async candidates(@Param('id', uuidParam('id')) id: string) {
    return { items: await this.listCandidates.execute(id) };
  }

  @Post(':id/agenda')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary: 'Put a dossier on the agenda (until the meeting opens); by its code or its id',
  })
  @ApiOkResponse({ type: CouncilMeetingDto })
  async addToAgenda(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AgendaItemDto,
    @CurrentActor() actor: Actor,
  ) {
    const dossierId = await this.dossiers.idOf(actor.user, body.dossierId);
    await this.addDossierToAgenda.execute(id, dossierId, actor.user);
    return this.getMeeting.execute(id);
  }

  @Delete(':id/agenda/:dossierId')
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'Take a dossier off the agenda (until the meeting opens)' })
  @ApiOkResponse({ type: CouncilMeetingDto })
  async removeFromAgenda(
    @Param('id', uuidParam('id')) id: string,
    @Param('dossierId') reference: string,
    @CurrentActor() actor: Actor,
  ) {
    if (!DOSSIER_REFERENCE.test(reference))
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'dossierId',
          rule: 'isDossierReference',
          message: fieldMessage('isDossierReference', 'dossierId', [], 'not a dossier reference'),
        },
      ]);
    const dossierId = await this.dossiers.idOf(actor.user, reference);
    await this.removeDossierFromAgenda.execute(id, dossierId, actor.user);
    return this.getMeeting.execute(id);
  }

  @Post(':id/open')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary:
      'Open the meeting before its time: every member is present (attendance recorded, audited)',
    description:
      '409 NOT_EVERYONE_PRESENT naming who is missing; the meeting then opens at its time as planned.',
  })
  openEarly(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AttendanceDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.openMeetingEarly.execute(id, body.present, actor.user);
  }

  @Post(':id/attendance')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: 'Record who is present (once the meeting has opened)' })
  @ApiOkResponse({ type: CouncilMeetingDto })
  async attendance(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AttendanceDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.recordAttendance.execute(id, body.present, actor.user);
    return this.getMeeting.execute(id);
  }

  @Post(':id/ballots')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary:
      "Record a dossier's ballot: who cast one and the votes in favour (secret ballot: counts only)",
    description:
      '403 SEPARATION_OF_DUTIES when an author of an initiative the dossier cites is among the voters. The dossier by its code or its id.',
  })
  @ApiOkResponse({ type: CouncilMeetingDto })
  async ballot(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: BallotDto,
    @CurrentActor() actor: Actor,
  ) {
    const dossierId = await this.dossiers.idOf(actor.user, body.dossierId);
    await this.recordBallot.execute(id, { ...body, dossierId }, actor.user);
    return this.getMeeting.execute(id);
  }

  @Post(':id/close')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('council:manage')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({
    summary: 'Close the meeting: results against all members, quorum, minutes, dossiers told',
  })
  @ApiOkResponse({ type: CouncilMeetingDto })
  async close(@Param('id', uuidParam('id')) id: string, @CurrentActor() actor: Actor) {
    await this.closeMeeting.execute(id, actor.user);
    return this.getMeeting.execute(id);
  }
}
