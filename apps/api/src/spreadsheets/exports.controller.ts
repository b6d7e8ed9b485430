import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { DOSSIER_STAGE_NAMES, type DossierStage } from '@tdkt/contracts';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import {
  ExportAwardRegisterUseCase,
  ExportCouncilResultsUseCase,
  ExportDecisionAnnexUseCase,
  ExportDossierListUseCase,
} from '@tdkt/server-feature-spreadsheets';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { COUNCIL_MEETING, DECISION } from '../councils/council.resources';
import { ListDossiersQueryDto } from '../dossiers/dtos/dossier-actions.dto';
import { uuidParam } from '../http/uuid-param.pipe';
import { AwardRegisterQueryDto } from './dtos/exports.dto';
import { xlsxDownload } from './xlsx-download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Lists as Excel workbooks, in the layout the import reads (so that an export imports back), with
 * their own columns after it: code, unit, stage, votes, bonus, decision.
 */
@ApiTags('exports')
@Controller('api/v1/exports')
export class ExportsController {
  constructor(
    private readonly exportDossierList: ExportDossierListUseCase,
    private readonly exportCouncilResults: ExportCouncilResultsUseCase,
    private readonly exportDecisionAnnex: ExportDecisionAnnexUseCase,
    private readonly exportAwardRegister: ExportAwardRegisterUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Get('dossiers.xlsx')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({ summary: 'The dossier list with its filters (same filters as GET /dossiers)' })
  @ApiProduces(XLSX)
  async dossiers(
    @Query() query: ListDossiersQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<StreamableFile> {
    const scope = await this.access.listScope(actor.user, 'dossier:read');
    const stage = query.stage === undefined ? undefined : [query.stage].flat();
    const filters = [
      query.year === undefined ? null : `Năm: ${query.year}`,
      query.awardCode === undefined ? null : `Danh hiệu: ${query.awardCode}`,
      stage === undefined
        ? null
        : `Bước: ${stage.map((code) => DOSSIER_STAGE_NAMES[code as DossierStage]?.vi ?? code).join(', ')}`,
      query.overdue === 'true' ? 'Chỉ hồ sơ quá hạn' : null,
      query.q === undefined ? null : `Tìm: ${query.q}`,
    ].filter((line): line is string => line !== null);
    return xlsxDownload(
      await this.exportDossierList.execute(
        {
          scope,
          stage,
          awardCode: query.awardCode,
          unitId: query.unitId,
          year: query.year,
          overdue: query.overdue === 'true',
          q: query.q,
        },
        filters,
      ),
    );
  }

  @Get('council-meetings/:id/results.xlsx')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', COUNCIL_MEETING))
  @ApiOperation({ summary: "A council meeting's results: each dossier with its ballot counts" })
  @ApiProduces(XLSX)
  async councilResults(@Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    return xlsxDownload(await this.exportCouncilResults.execute(id));
  }

  @Get('decisions/:id/annex.xlsx')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.param('id', DECISION))
  @ApiOperation({ summary: "A decision's annex: the nominees it awards, with their bonus" })
  @ApiProduces(XLSX)
  async decisionAnnex(@Param('id', uuidParam('id')) id: string): Promise<StreamableFile> {
    return xlsxDownload(await this.exportDecisionAnnex.execute(id));
  }

  @Get('award-register.xlsx')
  @RequirePermission('dossier:read')
  @UnitScope(unitFrom.query('unitId'))
  @ApiOperation({
    summary: 'The award register (sổ khen thưởng) of a unit and the units under it, for a year',
  })
  @ApiProduces(XLSX)
  async awardRegister(@Query() query: AwardRegisterQueryDto): Promise<StreamableFile> {
    return xlsxDownload(await this.exportAwardRegister.execute(query.unitId, query.year));
  }
}
