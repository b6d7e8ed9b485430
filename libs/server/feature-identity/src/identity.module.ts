import { type DynamicModule, Module } from '@nestjs/common';
import { AccessPolicy } from './access/access-policy';
import { AuditLogReader } from './audit/audit-log-reader';
import { ExportAuditLogUseCase } from './audit/export-audit-log/export-audit-log.use-case';
import { QueryAuditLogUseCase } from './audit/query-audit-log/query-audit-log.use-case';
import { AuthenticateUseCase } from './authenticate/authenticate.use-case';
import { NameDirectory } from './directory/name-directory';
import { ListRoleHoldersUseCase } from './directory/role-holders/role-holders.use-case';
import { GrantRoleUseCase } from './grants/grant-role/grant-role.use-case';
import { RevokeRoleUseCase } from './grants/revoke-role/revoke-role.use-case';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity-options';
import { LogInUseCase } from './log-in/log-in.use-case';
import { LogOutUseCase } from './log-out/log-out.use-case';
import { RefreshSessionUseCase } from './refresh-session/refresh-session.use-case';
import { SessionIssuer } from './sessions/session-issuer.service';
import { CompleteSsoUseCase } from './sso/complete-sso/complete-sso.use-case';
import { OidcClient } from './sso/oidc-client';
import { StartSsoUseCase } from './sso/start-sso/start-sso.use-case';
import { AccessTokenService } from './tokens/access-tokens';
import { CreateUnitUseCase } from './units/create-unit/create-unit.use-case';
import { GetUnitUseCase } from './units/get-unit/get-unit.use-case';
import { ListUnitsUseCase } from './units/list-units/list-units.use-case';
import { MergeUnitUseCase } from './units/merge-unit/merge-unit.use-case';
import { MoveUnitUseCase } from './units/move-unit/move-unit.use-case';
import { RenameUnitUseCase } from './units/rename-unit/rename-unit.use-case';
import { RetireUnitUseCase } from './units/retire-unit/retire-unit.use-case';
import { CreateUserUseCase } from './users/create-user/create-user.use-case';
import { GetUserUseCase } from './users/get-user/get-user.use-case';
import { ListUsersUseCase } from './users/list-users/list-users.use-case';
import { SetUserDisabledUseCase } from './users/set-user-disabled/set-user-disabled.use-case';
import { SetUnitRemoteAreaUseCase } from './units/set-unit-remote-area/set-unit-remote-area.use-case';

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
