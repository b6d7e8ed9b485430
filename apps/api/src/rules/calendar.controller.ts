import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { addWorkingDays, spansProvisionalDays } from '@tdkt/domain';
import { EffectiveLegalData, GetHolidayYearUseCase } from '@tdkt/server-feature-legal-data';
import { DueDateQueryDto, HolidaysQueryDto } from './dtos/rules-queries.dto';
import { HolidayYearDto } from '../legal-data/dtos/legal-data-responses.dto';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('rules')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(
    private readonly legalData: EffectiveLegalData,
    private readonly holidayYear: GetHolidayYearUseCase,
  ) {}

  @Get('holidays')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'Days off and swapped working Saturdays of a year for public servants, with sources',
  })
  @ApiOkResponse({
    type: HolidayYearDto,
    description:
      '`official` is false when no official schedule is recorded (Labour Code only: provisional); `origin` says whether the schedule is the release’s, published (with its `revision`) or provisional',
  })
  holidays(@Query() query: HolidaysQueryDto) {
    return this.holidayYear.execute(query.year);
  }

  @Get('due-date')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'The date N working days after a start date (the start day is not counted)',
  })
  @ApiOkResponse({
    description:
      '`provisional` is true when a year in between has no official schedule yet: the date may still move',
  })
  async dueDate(@Query() query: DueDateQueryDto) {
    const calendar = await this.legalData.calendar();
    const dueDate = addWorkingDays(query.from, query.workingDays, calendar);
    const provisional = spansProvisionalDays(query.from, dueDate, calendar);
    return {
      from: query.from,
      workingDays: query.workingDays,
      dueDate,
      official: !provisional,
      provisional,
      calendarRevision: calendar.revision,
    };
  }
}
