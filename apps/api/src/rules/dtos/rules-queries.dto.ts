import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsISO8601, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class AwardsQueryDto {
  @ApiPropertyOptional({
    example: '2024-12-15',
    description: 'Ngày áp dụng (mặc định: hôm nay, giờ Việt Nam)',
  })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({
    example: 'DN',
    description: 'Quy định riêng của tỉnh (provincial profile id)',
  })
  @IsOptional()
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
