import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, RevokeRoleUseCase } from '@tdkt/server-feature-identity';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { ReasonDto } from './dtos/user.dto';
import { ROLE_GRANT } from './user.resource';

@ApiTags('users')
@Controller('api/v1/role-grants')
export class RoleGrantsController {
  constructor(private readonly revokeRole: RevokeRoleUseCase) {}

  @Post(':id/revoke')
  @HttpCode(HttpStatus.NO_CONTENT)
  @RequirePermission('user:manage')
  @UnitScope(unitFrom.param('id', ROLE_GRANT))
  @ApiOperation({
    summary: 'Revoke a role grant (thu hồi quyền); kept as history',
    description: 'Needs user:manage on the unit the role is held on. Nobody can revoke their own.',
  })
  @ApiNoContentResponse()
  async revoke(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<void> {
    await this.revokeRole.execute(actor, id, body);
  }
}
