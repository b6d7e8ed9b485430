import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type Actor,
  CreateUserUseCase,
  GetUserUseCase,
  GrantRoleUseCase,
  ListUsersUseCase,
  SetUserDisabledUseCase,
} from '@tdkt/server-feature-identity';
import type { Response } from 'express';
import { RequirePermission, UnitScope } from '../auth/access.decorators';
import { CurrentActor } from '../auth/current-user.decorator';
import { unitFrom } from '../auth/scoped-resource';
import { uuidParam } from '../http/uuid-param.pipe';
import { CreateUserDto, GrantRoleDto, ReasonDto, RoleGrantDto, UserDto } from './dtos/user.dto';
import { USER } from './user.resource';

@ApiTags('users')
@Controller('api/v1/users')
export class UsersController {
  constructor(
    private readonly listUsers: ListUsersUseCase,
    private readonly getUser: GetUserUseCase,
    private readonly createUser: CreateUserUseCase,
    private readonly setUserDisabled: SetUserDisabledUseCase,
    private readonly grantRole: GrantRoleUseCase,
  ) {}

  @Get()
  @RequirePermission('user:read')
  @ApiOperation({ summary: 'The accounts of the units in my scope, with their roles' })
  @ApiOkResponse({ type: [UserDto] })
  async list(@CurrentActor() actor: Actor): Promise<UserDto[]> {
    return (await this.listUsers.execute(actor)).map(UserDto.from);
  }

  @Get(':id')
  @RequirePermission('user:read')
  @UnitScope(unitFrom.param('id', USER))
  @ApiOperation({ summary: 'An account with its roles' })
  @ApiOkResponse({ type: UserDto })
  async get(@Param('id', uuidParam('id')) id: string): Promise<UserDto> {
    return UserDto.from(await this.getUser.execute(id));
  }

  @Post()
  @RequirePermission('user:manage')
  @UnitScope(unitFrom.body('unitId'))
  @ApiOperation({ summary: 'Create an account in a unit I manage; it has no role until granted' })
  @ApiCreatedResponse({ type: UserDto })
  async create(@Body() body: CreateUserDto, @CurrentActor() actor: Actor): Promise<UserDto> {
    return UserDto.from(await this.createUser.execute(actor, body));
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('user:manage')
  @UnitScope(unitFrom.param('id', USER))
  @ApiOperation({
    summary: 'Disable an account; its sessions end at once',
    description: 'Nobody can disable their own account.',
  })
  @ApiOkResponse({ type: UserDto })
  async disable(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return UserDto.from(
      await this.setUserDisabled.execute(actor, id, { disabled: true, reason: body.reason }),
    );
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('user:manage')
  @UnitScope(unitFrom.param('id', USER))
  @ApiOperation({ summary: 'Enable an account again; also lifts a lock-out' })
  @ApiOkResponse({ type: UserDto })
  async enable(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: ReasonDto,
    @CurrentActor() actor: Actor,
  ): Promise<UserDto> {
    return UserDto.from(
      await this.setUserDisabled.execute(actor, id, { disabled: false, reason: body.reason }),
    );
  }

  @Post(':id/grants')
  @RequirePermission('user:manage')
  @UnitScope(unitFrom.param('id', USER))
  @ApiOperation({
    summary: 'Grant a role on a unit (phân quyền)',
    description:
      'Needs user:manage on the person and on the unit. Nobody can grant themselves a role. Granting a role already held answers 200 with the existing grant.',
  })
  @ApiCreatedResponse({ type: RoleGrantDto })
  @ApiOkResponse({ type: RoleGrantDto, description: 'The person already held that role there' })
  async grant(
    @Param('id', uuidParam('id')) id: string,
    @Body() body: GrantRoleDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<RoleGrantDto> {
    const { grant, created } = await this.grantRole.execute(actor, id, body);
    response.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return RoleGrantDto.from(grant);
  }
}
