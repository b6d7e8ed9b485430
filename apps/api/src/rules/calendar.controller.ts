import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { addWorkingDays, calendarIsOfficial, holidaysOf } from '@tdkt/domain';
import { DueDateQueryDto, HolidaysQueryDto } from './dtos/rules-queries.dto';
import { RequirePermission } from '../auth/access.decorators';

@ApiTags('rules')
@Controller('api/v1/calendar')
export class CalendarController {
  @Get('holidays')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'Days off and swapped working Saturdays of a year for public servants, with sources',
  })
  @ApiOkResponse({
    description: '`official` is false when no official schedule is recorded (Labour Code only)',
  })
  holidays(@Query() query: HolidaysQueryDto) {
    return holidaysOf(query.year);
  }

  @Get('due-date')
  @RequirePermission('rules:read')
  @ApiOperation({
    summary: 'The date N working days after a start date (the start day is not counted)',
  })
  dueDate(@Query() query: DueDateQueryDto) {
    const dueDate = addWorkingDays(query.from, query.workingDays);
    const years = [Number(query.from.slice(0, 4)), Number(dueDate.slice(0, 4))];
    return {
      from: query.from,
      workingDays: query.workingDays,
      dueDate,
      official: years.every((year) => calendarIsOfficial(year)),
    };
  }
}
