import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  IsDefined,
  IsObject,
} from 'class-validator';
import type { NomineeKind } from '@tdkt/contracts';

export class NomineeDto {
  @ApiProperty({ enum: ['individual', 'collective'], description: 'Cá nhân hay tập thể' })
  @IsIn(['individual', 'collective'])
  kind!: NomineeKind;

  @ApiProperty({ example: 'Nguyễn Thị Lan', description: 'Họ tên cá nhân hoặc tên tập thể' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;
}

export class CreateDossierDto {
  @ApiProperty({ example: 2024, description: 'Năm xét khen thưởng' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ example: 'CSTDCS', description: 'Mã danh hiệu / hình thức khen thưởng' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode!: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị' })
  @IsUUID()
  proposingUnitId!: string;

  @ApiProperty({ type: NomineeDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => NomineeDto)
  nominee!: NomineeDto;

  @ApiProperty({ description: 'Tóm tắt thành tích' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  achievementsSummary!: string;
}
