import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { IsoDate } from '@tdkt/domain';
import { AwardStatisticsUseCase, YearEndReportUseCase } from '@tdkt/server-feature-statistics';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { unitFrom } from '../auth/scoped-resource';
import { AwardStatisticsDto, StatisticsQueryDto } from './dtos/statistics.dto';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Today in Việt Nam (UTC+7), the date a report is dated. */
function todayInVietnam(): IsoDate {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

@ApiTags('statistics')
@Controller('api/v1/statistics')
export class StatisticsController {
  constructor(
    private readonly statistics: AwardStatisticsUseCase,
    private readonly yearEndReport: YearEndReportUseCase,
  ) {}

  @Get('awards')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary:
      "A year's awards of a unit and the units under it: by award, level, unit and year; the share to direct workers, ethnic minorities, remote areas, women and non-leaders against the plan's targets; processing time and on-time rate per step",
  })
  @ApiOkResponse({ type: AwardStatisticsDto })
  awards(@Query() query: StatisticsQueryDto): Promise<AwardStatisticsDto> {
    return this.statistics.execute(query.unitId, query.year);
  }

  @Get('year-end-report.docx')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary:
      'The year-end report on emulation and commendation (Báo cáo tổng kết), as an editable Word document',
  })
  @ApiProduces(DOCX)
  async report(@Query() query: StatisticsQueryDto): Promise<StreamableFile> {
    const file = await this.yearEndReport.execute(query.unitId, query.year, todayInVietnam());
    return new StreamableFile(file.content, {
      type: DOCX,
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      length: file.content.length,
    });
  }
}
