import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AdoptScoringTableUseCase,
  CreateClusterUseCase,
  FormClusterYearUseCase,
  GetClusterYearUseCase,
  HandOverLeadershipUseCase,
  ListClustersUseCase,
  OpenScoringUseCase,
  ProposeClusterAwardsUseCase,
  StartPactSigningUseCase,
} from '@tdkt/server-feature-clusters';
import { AccessPolicy, type Actor } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { CLUSTER, CLUSTER_YEAR, LED_CLUSTER_YEAR } from './cluster.resources';
import {
  AdoptScoringTableDto,
  CreateClusterDto,
  FormClusterYearDto,
  HandOverLeadershipDto,
  OpenScoringDto,
  ProposeClusterAwardsDto,
  StartPactSigningDto,
} from './dtos/clusters.dto';
import {
  ClusterListDto,
  ClusterYearDto,
  CreatedIdDto,
  HandoverResultDto,
  ProposalResultDto,
  ScoringTableVersionDto,
} from './dtos/cluster-responses.dto';

/**
 * Emulation clusters and blocks (cụm, khối thi đua): the organising board forms each year, opens the
 * pact and the scoring; members sign and score through their inbox; the leader records the review
 * (inbox) and proposes awards; the board hands the leadership over.
 */
@ApiTags('clusters')
@Controller('api/v1')
export class ClustersController {
  constructor(
    private readonly createCluster: CreateClusterUseCase,
    private readonly listClusters: ListClustersUseCase,
    private readonly formYear: FormClusterYearUseCase,
    private readonly startPact: StartPactSigningUseCase,
    private readonly adoptTable: AdoptScoringTableUseCase,
    private readonly openScoring: OpenScoringUseCase,
    private readonly getYear: GetClusterYearUseCase,
    private readonly propose: ProposeClusterAwardsUseCase,
    private readonly handOver: HandOverLeadershipUseCase,
    private readonly access: AccessPolicy,
  ) {}

  @Get('clusters')
  @RequirePermission('plan:read')
  @ApiOperation({ summary: 'Clusters and blocks organised in your scope or with a member in it' })
  @ApiOkResponse({ type: ClusterListDto })
  async list(@CurrentActor() actor: Actor) {
    return {
      items: await this.listClusters.execute(await this.access.listScope(actor.user, 'plan:read')),
    };
  }

  @Post('clusters')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.body('organizerUnitId'))
  @ApiOperation({ summary: 'Set up a cluster or block as the organising decision names it' })
  @ApiCreatedResponse({ type: CreatedIdDto })
  create(@Body() body: CreateClusterDto, @CurrentActor() actor: Actor) {
    return this.createCluster.execute(body, actor);
  }

  @Post('clusters/:id/years')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('id', CLUSTER))
  @ApiOperation({ summary: 'Form a year: members, leader (cụm trưởng) and deputy' })
  @ApiCreatedResponse({ type: CreatedIdDto })
  form(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: FormClusterYearDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.formYear.execute({ clusterId: id, ...body }, actor);
  }

  @Get('cluster-years/:id')
  @RequirePermission('plan:read')
  @UnitScope(unitFrom.param('id', CLUSTER_YEAR))
  @ApiOperation({
    summary: "A cluster's year: members, pact, scores, ranking, proposals, handover",
  })
  @ApiOkResponse({ type: ClusterYearDto })
  get(@Param('id', uuidParam('id')) id: string) {
    return this.getYear.execute(id);
  }

  @Post('cluster-years/:id/pact')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('id', CLUSTER_YEAR))
  @ApiOperation({
    summary:
      "Open the year's pact (giao ước): each member's head gets a signing task with its deadline",
  })
  @ApiOkResponse({ type: ClusterYearDto })
  async pact(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: StartPactSigningDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.startPact.execute({ clusterYearId: id, ...body }, actor);
    return this.getYear.execute(id);
  }

  @Post('cluster-years/:id/scoring-tables')
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('id', CLUSTER_YEAR))
  @ApiOperation({ summary: 'Adopt a new version of the criteria and scoring table' })
  @ApiCreatedResponse({ type: ScoringTableVersionDto })
  adopt(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: AdoptScoringTableDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.adoptTable.execute(id, body.criteria, actor);
  }

  @Post('cluster-years/:id/scoring')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('id', CLUSTER_YEAR))
  @ApiOperation({
    summary: 'Open self-scoring on an adopted table: each member gets a task with its deadline',
  })
  @ApiOkResponse({ type: ClusterYearDto })
  async scoring(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: OpenScoringDto,
    @CurrentActor() actor: Actor,
  ) {
    await this.openScoring.execute(id, body.version, actor);
    return this.getYear.execute(id);
  }

  @Post('cluster-years/:id/proposals')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('dossier:endorse')
  @UnitScope(unitFrom.param('id', LED_CLUSTER_YEAR))
  @ApiOperation({
    summary:
      "The leader proposes the best members for the Cờ thi đua / Bằng khen (replaces the year's proposals)",
  })
  @ApiOkResponse({ type: ProposalResultDto })
  proposals(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ProposeClusterAwardsDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.propose.execute(id, body.proposals, actor);
  }

  @Post('cluster-years/:id/handover')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('plan:manage')
  @UnitScope(unitFrom.param('id', CLUSTER_YEAR))
  @ApiOperation({
    summary:
      'Hand the leadership over: next year is formed with the same members under its new leader',
  })
  @ApiOkResponse({ type: HandoverResultDto })
  handover(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: HandOverLeadershipDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.handOver.execute({ clusterYearId: id, ...body }, actor);
  }
}
