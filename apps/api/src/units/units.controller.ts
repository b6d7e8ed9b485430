import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CreateUnitUseCase,
  GetUnitUseCase,
  ListUnitsUseCase,
  MergeUnitUseCase,
  MoveUnitUseCase,
  RenameUnitUseCase,
  RetireUnitUseCase,
  SetUnitRemoteAreaUseCase,
} from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import {
  CreateUnitDto,
  ListUnitsQueryDto,
  MergeUnitDto,
  MoveUnitDto,
  RenameUnitDto,
  RetireUnitDto,
  SetUnitRemoteAreaDto,
  UnitDetailDto,
  UnitDto,
  UnitRemoteAreaSetDto,
} from './dtos/unit.dto';
import { UNIT } from './unit.resource';

@ApiTags('units')
@Controller('api/v1/units')
export class UnitsController {
  constructor(
    private readonly listUnits: ListUnitsUseCase,
    private readonly getUnit: GetUnitUseCase,
    private readonly createUnit: CreateUnitUseCase,
    private readonly moveUnit: MoveUnitUseCase,
    private readonly mergeUnit: MergeUnitUseCase,
    private readonly retireUnit: RetireUnitUseCase,
    private readonly renameUnit: RenameUnitUseCase,
    private readonly setRemoteArea: SetUnitRemoteAreaUseCase,
  ) {}

  @Get()
  @RequirePermission('unit:read')
  @ApiOperation({ summary: 'The units in my scope (đơn vị), ordered by code' })
  @ApiOkResponse({ type: [UnitDto] })
  async list(@Query() query: ListUnitsQueryDto, @CurrentActor() actor: Actor): Promise<UnitDto[]> {
    const units = await this.listUnits.execute(actor, {
      includeInactive: query.includeInactive ?? false,
    });
    return units.map(UnitDto.from);
  }

  @Get(':id')
  @RequirePermission('unit:read')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({ summary: 'A unit with the history of its parents' })
  @ApiOkResponse({ type: UnitDetailDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<UnitDetailDto> {
    return UnitDetailDto.fromDetail(await this.getUnit.execute(id));
  }

  @Post()
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.body('parentId'))
  @ApiOperation({ summary: 'Create a unit under a parent I manage' })
  @ApiCreatedResponse({ type: UnitDto })
  async create(@Body() body: CreateUnitDto, @CurrentActor() actor: Actor): Promise<UnitDto> {
    return UnitDto.from(await this.createUnit.execute(actor, body));
  }

  @Post(':id/move')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({
    summary: 'Move a unit (and its subtree) under another parent from a date',
    description: 'Needs unit:manage on the unit and on the new parent.',
  })
  @ApiOkResponse({ type: UnitDto })
  async move(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MoveUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return UnitDto.from(await this.moveUnit.execute(actor, id, body));
  }

  @Post(':id/merge')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({
    summary: 'Merge a unit into another from a date (sáp nhập)',
    description:
      'The unit ends the day before; its active sub-units move under the other unit; its dossiers stay readable under it. Needs unit:manage on both.',
  })
  @ApiOkResponse({ type: UnitDto })
  async merge(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: MergeUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return UnitDto.from(await this.mergeUnit.execute(actor, id, body));
  }

  @Post(':id/retire')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({
    summary: 'Retire a unit (giải thể) after its last day',
    description: 'Its sub-units must have been moved or retired first.',
  })
  @ApiOkResponse({ type: UnitDto })
  async retire(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RetireUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return UnitDto.from(await this.retireUnit.execute(actor, id, body));
  }

  @Post(':id/rename')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({
    summary: 'Record a new name of a unit from a date (đổi tên, e.g. tỉnh → Thành phố Đồng Nai)',
    description:
      'The earlier name stays in the history: decisions, certificates and minutes carry the name in force on their own date, and awards named after a People’s Committee follow it.',
  })
  @ApiOkResponse({ type: UnitDto })
  async rename(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: RenameUnitDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitDto> {
    return UnitDto.from(await this.renameUnit.execute(actor, id, body));
  }

  @Post(':id/remote-area')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('unit:manage')
  @UnitScope(unitFrom.param('id', UNIT))
  @ApiOperation({
    summary: 'Classify a unit’s area as remote and disadvantaged, or not, from a date',
    description:
      'Vùng sâu, vùng xa, vùng đặc biệt khó khăn, with the act that says so. A dossier keeps the classification its unit had when it was submitted: those submitted from the date on take the new one (counted in the statistics’ remote-area share); earlier ones keep theirs. Audited.',
  })
  @ApiOkResponse({ type: UnitRemoteAreaSetDto })
  async remoteArea(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: SetUnitRemoteAreaDto,
    @CurrentActor() actor: Actor,
  ): Promise<UnitRemoteAreaSetDto> {
    const { dossiersReclassified, ...unit } = await this.setRemoteArea.execute(actor, id, body);
    return { ...UnitDto.from(unit), dossiersReclassified };
  }
}
