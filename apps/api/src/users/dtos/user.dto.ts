import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { type Role, ROLES } from '@tdkt/contracts';
import type { RoleGrantView, UserView } from '@tdkt/server-feature-identity';

export class CreateUserDto {
  @ApiProperty({ example: 'nguyen.van.a', description: 'Tên đăng nhập: chữ thường, số, . _ -' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9._-]{2,63}$/)
  username!: string;

  @ApiProperty({ example: 'Nguyễn Văn A', description: 'Họ và tên' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fullName!: string;

  @ApiPropertyOptional({ example: 'a.nv@dongnai.gov.vn' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị công tác (needs user:manage on it)' })
  @IsUUID()
  unitId!: string;

  @ApiPropertyOptional({
    format: 'password',
    description: 'At least 12 characters; omit for accounts that sign in only through SSO',
  })
  @IsOptional()
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password?: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Chuyển công tác', description: 'Lý do (ghi vào nhật ký kiểm toán)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class GrantRoleDto {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị được phân quyền (needs user:manage on it)' })
  @IsUUID()
  unitId!: string;
}

export class RoleGrantDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty({ format: 'date-time' })
  grantedAt!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  grantedBy!: string | null;

  static from(grant: RoleGrantView): RoleGrantDto {
    return { ...grant };
  }
}

export class UserDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  username!: string;

  @ApiProperty()
  fullName!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty()
  disabled!: boolean;

  @ApiPropertyOptional({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Locked after repeated failed log-ins until then',
  })
  lockedUntil!: string | null;

  @ApiProperty({ description: 'False for accounts that sign in only through SSO' })
  hasPassword!: boolean;

  @ApiProperty({ type: [RoleGrantDto] })
  grants!: RoleGrantDto[];

  static from(user: UserView): UserDto {
    return { ...user, grants: user.grants.map(RoleGrantDto.from) };
  }
}
