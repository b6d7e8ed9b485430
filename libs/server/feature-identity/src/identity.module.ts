import { type DynamicModule, Module } from '@nestjs/common';
import { AccessPolicy } from './access/access-policy';
import { AuditLogReader } from './audit/audit-log-reader';
import { ExportAuditLogUseCase } from './audit/export-audit-log.usecase';
import { QueryAuditLogUseCase } from './audit/query-audit-log.usecase';
import { AuthenticateUseCase } from './authenticate/authenticate.usecase';
import { NameDirectory } from './directory/name-directory';
import { ListRoleHoldersUseCase } from './directory/role-holders.usecase';
import { GrantRoleUseCase } from './grants/grant-role.usecase';
import { RevokeRoleUseCase } from './grants/revoke-role.usecase';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { LogInUseCase } from './log-in/log-in.usecase';
import { LogOutUseCase } from './log-out/log-out.usecase';
import { RefreshSessionUseCase } from './refresh-session/refresh-session.usecase';
import { SessionIssuer } from './sessions/session-issuer.service';
import { CompleteSsoUseCase } from './sso/complete-sso.usecase';
import { OidcClient } from './sso/oidc-client';
import { StartSsoUseCase } from './sso/start-sso.usecase';
import { AccessTokenService } from './tokens/access-tokens';
import { CreateUnitUseCase } from './units/create-unit.usecase';
import { GetUnitUseCase } from './units/get-unit.usecase';
import { ListUnitsUseCase } from './units/list-units.usecase';
import { MergeUnitUseCase } from './units/merge-unit.usecase';
import { MoveUnitUseCase } from './units/move-unit.usecase';
import { RenameUnitUseCase } from './units/rename-unit.usecase';
import { SetUnitRemoteAreaUseCase } from './units/set-unit-remote-area.usecase';
import { RetireUnitUseCase } from './units/retire-unit.usecase';
import { CreateUserUseCase } from './users/create-user.usecase';
import { GetUserUseCase } from './users/get-user.usecase';
import { ListUsersUseCase } from './users/list-users.usecase';
import { SetUserDisabledUseCase } from './users/set-user-disabled.usecase';

const USE_CASES = [
  AuthenticateUseCase,
  LogInUseCase,
  RefreshSessionUseCase,
  LogOutUseCase,
  StartSsoUseCase,
  CompleteSsoUseCase,
  ListUnitsUseCase,
  GetUnitUseCase,
  CreateUnitUseCase,
  MoveUnitUseCase,
  MergeUnitUseCase,
  RetireUnitUseCase,
  RenameUnitUseCase,
  SetUnitRemoteAreaUseCase,
  ListUsersUseCase,
  GetUserUseCase,
  CreateUserUseCase,
  SetUserDisabledUseCase,
  GrantRoleUseCase,
  RevokeRoleUseCase,
  QueryAuditLogUseCase,
  ExportAuditLogUseCase,
  ListRoleHoldersUseCase,
];

/** Accounts, sign-in, roles and unit scope, the organisation tree, and reading the audit trail. */
@Module({})
export class IdentityModule {
  static forRoot(options: IdentityOptions): DynamicModule {
    return {
      module: IdentityModule,
      providers: [
        { provide: IDENTITY_OPTIONS, useValue: options },
        AccessPolicy,
        AccessTokenService,
        SessionIssuer,
        OidcClient,
        AuditLogReader,
        NameDirectory,
        ...USE_CASES,
      ],
      exports: [AccessPolicy, NameDirectory, ...USE_CASES],
    };
  }
}
