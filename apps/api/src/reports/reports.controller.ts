import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DossierStatisticsUseCase } from '@tdkt/server-feature-dossier';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import { AppError } from '@tdkt/contracts';
import { OperatorScopes, StuckCensusHistoryUseCase } from '@tdkt/server-feature-operations';
import { RequirePermission } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import {
  DossierStatisticsDto,
  ReportsQueryDto,
  StuckHistoryDto,
  StuckHistoryQueryDto,
} from './dtos/reports.dto';

/** The sums behind the charts page, aggregated by PostgreSQL over the reader's scope. */
@ApiTags('reports')
@Controller('api/v1')
export class ReportsController {
  constructor(
    private readonly statistics: DossierStatisticsUseCase,
    private readonly census: StuckCensusHistoryUseCase,
    private readonly access: AccessPolicy,
    private readonly operators: OperatorScopes,
  ) {}

  @Get('reports/dossiers')
  @RequirePermission('dossier:read')
  @ApiOperation({
    summary:
      'Dossiers by stage and award, how each step keeps its legal deadlines, and the reviewers’ workload, in your scope',
  })
  @ApiOkResponse({ type: DossierStatisticsDto })
  async dossiers(
    @Query() query: ReportsQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<DossierStatisticsDto> {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    return this.statistics.execute(scope, query.year ?? null);
  }

  @Get('admin/stuck/history')
  @RequirePermission('admin:operate')
  @ApiOperation({
    summary: 'Stuck workflows per reason at each round of the stuck monitor, oldest first',
    description:
      'The census counts the whole system: only administrators of a root of the organisation tree read it (403 otherwise).',
  })
  @ApiOkResponse({ type: StuckHistoryDto })
  async stuckHistory(
    @Query() query: StuckHistoryQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<StuckHistoryDto> {
    if (!(await this.operators.of(actor)).all) throw new AppError('FORBIDDEN');
    return { items: await this.census.execute(query.days ?? 7) };
  }
}
