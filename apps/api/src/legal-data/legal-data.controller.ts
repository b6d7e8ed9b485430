import {
  Body,
  Controller,
  Get,
  HttpCode,
  HttpStatus,
  Logger,
  Param,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@tdkt/server-feature-identity';
import {
  GetCalendarPropagationUseCase,
  GetSalaryTableUseCase,
  ListLegalDataPublicationsUseCase,
  LegalDataPublisher,
  PublishBaseSalaryStepUseCase,
  PublishHolidayScheduleUseCase,
  StartCalendarPropagationUseCase,
} from '@tdkt/server-feature-legal-data';
import { RequirePermission } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { positiveIntParam } from '../http/positive-int-param.pipe';
import {
  LegalPublicationEntryDto,
  PropagationEffectsDto,
  PublishedHolidayScheduleDto,
  PublishedLegalDataDto,
  RepeatedPropagationDto,
  SalaryStepDto,
} from './dtos/legal-data-responses.dto';
import {
  LegalPublicationsQueryDto,
  PublishBaseSalaryStepDto,
  PublishHolidayScheduleDto,
} from './dtos/legal-data.dto';

/**
 * Legal data that changes without a release: a year's holiday schedule and the base-salary steps.
 * Everyone reads what is in effect; an administrator of the top of the organisation tree publishes,
 * with the source document, and the publication is audited, versioned and never rewritten.
 */
@ApiTags('legal-data')
@Controller('api/v1/legal-data')
export class LegalDataController {
  private readonly logger = new Logger(LegalDataController.name);

  constructor(
    private readonly publisher: LegalDataPublisher,
    private readonly publishHolidays: PublishHolidayScheduleUseCase,
    private readonly publishStep: PublishBaseSalaryStepUseCase,
    private readonly listPublications: ListLegalDataPublicationsUseCase,
    private readonly salaries: GetSalaryTableUseCase,
    private readonly startPropagation: StartCalendarPropagationUseCase,
    private readonly getPropagation: GetCalendarPropagationUseCase,
  ) {}

  @Get('publications')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'Every publication of legal data, newest first, with whether it is still in effect',
  })
  @ApiOkResponse({ type: [LegalPublicationEntryDto] })
  publications(@Query() query: LegalPublicationsQueryDto) {
    return this.listPublications.execute({ ...(query.kind ? { kind: query.kind } : {}) });
  }

  @Post('holiday-schedules')
  @RequirePermission('legal-data:publish')
  @ApiOperation({
    summary: "Publish a year's schedule of days off for public servants (lịch nghỉ lễ, tết)",
    description:
      'Replaces the year from now on (the release’s schedule or the provisional one computed from the Labour Code). Every open dossier and active plan is then told; those whose pending deadlines move get the new deadline, reminders and overdue notice once. `warnings` lists what looks odd but may be lawful (a statutory holiday outside every break). 409 LEGAL_DATA_UNCHANGED when identical to the schedule in effect.',
  })
  @ApiCreatedResponse({
    type: PublishedHolidayScheduleDto,
    description: 'The publication, its warnings and the propagation started',
  })
  async publishHolidaySchedule(
    @Body() body: PublishHolidayScheduleDto,
    @CurrentActor() actor: Actor,
  ) {
    const published = await this.publishHolidays.execute(actor, body);
    return { ...published, propagation: await this.propagate(published.revision) };
  }

  @Post('publications/:revision/propagate')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('legal-data:publish')
  @ApiOperation({
    summary: 'Tell the running workflows about a holiday publication again',
    description:
      'For a publication whose propagation could not start (Temporal unreachable). Harmless to repeat: workflows act on each revision once.',
  })
  @ApiOkResponse({ type: RepeatedPropagationDto })
  async propagateAgain(
    @Param('revision', positiveIntParam('revision')) revision: number,
    @CurrentActor() actor: Actor,
  ) {
    await this.publisher.assertMayPublish(actor);
    return {
      revision,
      propagation: { started: true, ...(await this.startPropagation.execute(revision)) },
    };
  }

  @Get('publications/:revision/propagation')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary:
      'What a holiday publication did: the propagation workflow, how many workflows were told, and each open dossier deadline it moved',
  })
  @ApiOkResponse({ type: PropagationEffectsDto })
  propagationEffects(
    @Param('revision', positiveIntParam('revision')) revision: number,
  ): Promise<PropagationEffectsDto> {
    return this.getPropagation.execute(revision);
  }

  @Get('base-salary-steps')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'The base-salary table in effect (mức lương cơ sở), each step with its source',
  })
  @ApiOkResponse({
    type: [SalaryStepDto],
    description: '`origin`: release or published (with its revision)',
  })
  salaryTable() {
    return this.salaries.execute();
  }

  @Post('base-salary-steps')
  @RequirePermission('legal-data:publish')
  @ApiOperation({
    summary: 'Publish a base-salary step with its decree',
    description:
      'Used for every decision signed from now on whose date falls on or after the step. A step of the same effective date replaces the one in effect. 409 LEGAL_DATA_UNCHANGED when identical.',
  })
  @ApiCreatedResponse({ type: PublishedLegalDataDto })
  async publishSalaryStep(@Body() body: PublishBaseSalaryStepDto, @CurrentActor() actor: Actor) {
    return this.publishStep.execute(actor, body);
  }

  /** Starts the propagation; a failure leaves the publication in effect and says how to retry. */
  private async propagate(revision: number) {
    try {
      return { started: true, ...(await this.startPropagation.execute(revision)) };
    } catch (error) {
      this.logger.error(
        `calendar propagation of revision ${revision} did not start: ${String(error)}`,
      );
      return {
        started: false,
        retry: `POST /api/v1/legal-data/publications/${revision}/propagate`,
      };
    }
  }
}
