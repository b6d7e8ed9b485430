import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import type { UnitDetailView, UnitView } from '@tdkt/server-feature-identity';
import { Optional } from '../../http/optional';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateUnitDto {
  @ApiProperty({ example: 'DN-CM-TH-LG2', description: 'Mã đơn vị: chữ in hoa, số, dấu gạch' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{1,63}$/)
  code!: string;

  @ApiProperty({ example: 'Trường Tiểu học Long Giao 2', description: 'Tên đơn vị' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiProperty({
    example: 'school',
    description: 'Cấp: province, district, commune, agency, school…',
  })
  @IsString()
  @Matches(/^[a-z][a-z_]{1,31}$/)
  level!: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị cấp trên (needs unit:manage on it)' })
  @IsUUID()
  parentId!: string;

  @ApiProperty({ example: '2025-07-01', description: 'Ngày bắt đầu hoạt động' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  validFrom!: string;
}

export class MoveUnitDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị cấp trên mới (needs unit:manage on it)' })
  @IsUUID()
  parentId!: string;

  @ApiProperty({ example: '2025-07-01', description: 'Ngày trực thuộc đơn vị mới' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  effectiveFrom!: string;
}

export class MergeUnitDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị tiếp nhận (needs unit:manage on it)' })
  @IsUUID()
  intoUnitId!: string;

  @ApiProperty({ example: '2025-07-01', description: 'Ngày sáp nhập có hiệu lực' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  effectiveFrom!: string;
}

export class RetireUnitDto {
  @ApiProperty({ example: '2025-06-30', description: 'Ngày cuối cùng đơn vị hoạt động' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  validTo!: string;
}

export class RenameUnitDto {
  @ApiProperty({ example: 'UBND Thành phố Đồng Nai', description: 'Tên mới' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: '2026-04-30', description: 'Ngày bắt đầu mang tên mới' })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  effectiveFrom!: string;

  @ApiPropertyOptional({ example: 'Nghị quyết 30/2026/QH16', description: 'Văn bản đổi tên' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  legalBasis?: string;
}

export class SetUnitRemoteAreaDto {
  @ApiProperty({
    description:
      'Thuộc vùng sâu, vùng xa, vùng đặc biệt khó khăn (counted in the plan’s remote-area share)',
  })
  @IsBoolean()
  remoteArea!: boolean;

  @ApiProperty({
    example: '2024-01-01',
    description:
      'Ngày áp dụng (today at the latest): the dossiers the unit submitted from this day on take the classification',
  })
  @Matches(DATE)
  @IsISO8601({ strict: true })
  effectiveFrom!: string;

  @ApiPropertyOptional({
    example: 'Quyết định 861/QĐ-TTg ngày 04/6/2021',
    description: 'Văn bản xác định vùng (required when remoteArea is true)',
  })
  @Optional()
  @IsString()
  @MaxLength(300)
  legalBasis?: string;
}

export class ListUnitsQueryDto {
  @ApiPropertyOptional({ description: 'Include retired and merged units' })
  @Optional()
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean()
  includeInactive?: boolean;
}

export class UnitDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'DN-CM-TH-LG' })
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ example: 'school' })
  level!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty({ example: '2004-01-01' })
  validFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-06-30' })
  validTo!: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Đã sáp nhập vào đơn vị',
  })
  mergedIntoId!: string | null;

  @ApiProperty({ description: 'Not retired or merged as of today' })
  active!: boolean;

  @ApiProperty({ description: 'Thuộc vùng sâu, vùng xa, vùng đặc biệt khó khăn' })
  remoteArea!: boolean;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Văn bản xác định vùng',
    example: 'Quyết định 861/QĐ-TTg ngày 04/6/2021',
  })
  remoteAreaBasis!: string | null;

  static from(unit: UnitView): UnitDto {
    return { ...unit };
  }
}

export class UnitRemoteAreaSetDto extends UnitDto {
  @ApiProperty({
    description:
      'Dossiers of the unit submitted from the effective date whose classification changed',
  })
  dossiersReclassified!: number;
}

export class ParentPeriodDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty()
  validFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  validTo!: string | null;
}

export class UnitNamePeriodDto {
  @ApiProperty({ example: 'UBND Thành phố Đồng Nai' })
  name!: string;

  @ApiProperty({ example: '2026-04-30' })
  validFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Nghị quyết 30/2026/QH16' })
  legalBasis!: string | null;
}

export class UnitDetailDto extends UnitDto {
  @ApiProperty({ type: [ParentPeriodDto], description: 'Lịch sử trực thuộc' })
  parentHistory!: ParentPeriodDto[];

  @ApiProperty({ type: [UnitNamePeriodDto], description: 'Lịch sử tên gọi' })
  nameHistory!: UnitNamePeriodDto[];

  static fromDetail(unit: UnitDetailView): UnitDetailDto {
    return {
      ...unit,
      parentHistory: unit.parentHistory.map((period) => ({ ...period })),
      nameHistory: unit.nameHistory.map((period) => ({ ...period })),
    };
  }
}
