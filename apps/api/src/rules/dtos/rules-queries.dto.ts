import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { Optional } from '../../http/optional';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AwardsQueryDto {
  @ApiPropertyOptional({
    example: '2024-12-15',
    description:
      'Ngày áp dụng (mặc định: ngày áp dụng cho hồ sơ nộp mới — hôm nay theo giờ Việt Nam, hoặc RULES_AS_OF)',
  })
  @Optional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    example: 'DN',
    description:
      'Quy định riêng của tỉnh (provincial profile id); mặc định: RULES_PROFILE của hệ thống',
  })
  @Optional()
  @IsString()
  profile?: string;
}

export class HolidaysQueryDto {
  @ApiProperty({ example: 2025 })
  @Type(() => Number)
  @IsInt()
  @Min(1901)
  @Max(2198)
  year!: number;
}

export class DueDateQueryDto {
  @ApiProperty({
    example: '2025-01-22',
    description: 'Ngày bắt đầu (không tính ngày này, Điều 147 BLDS 2015)',
  })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: 20, description: 'Số ngày làm việc' })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(3650)
  workingDays!: number;
}

export class RatioCapQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 2024, description: 'Năm thi đua' })
  @Type(() => Number)
  @IsInt()
  @Min(1945)
  @Max(2199)
  year!: number;

  @ApiProperty({ example: 'CSTDCS' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode!: string;

  @ApiProperty({
    example: 20,
    description:
      'Số làm căn cứ tính tỷ lệ (vd. số cá nhân đạt Lao động tiên tiến của đơn vị trong năm)',
  })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  base!: number;
}
