import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { REVOCATION_GROUND_CODES, type RevocationGroundCode } from '@tdkt/domain';
import { Optional } from '../../http/optional';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class FileComplaintDto {
  @ApiProperty({
    description: 'Nội dung khiếu nại: yêu cầu và lý do',
    example: 'Đề nghị xem xét lại…',
  })
  @IsString()
  @MinLength(10)
  @MaxLength(10000)
  content!: string;

  @ApiProperty({
    description: 'Ngày nhận được hoặc biết được quyết định (Luật Khiếu nại Điều 9)',
    example: '2026-12-01',
  })
  @Matches(ISO_DATE)
  knownOn!: string;

  @ApiPropertyOptional({
    description: 'Số ngày có trở ngại khách quan không tính vào thời hiệu (Điều 9)',
    minimum: 0,
    maximum: 365,
  })
  @Optional()
  @IsInt()
  @Min(0)
  @Max(365)
  obstacleDays?: number;

  @ApiPropertyOptional({ description: 'Trở ngại khách quan: ốm đau, thiên tai, đi công tác…' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  obstacleReason?: string;

  @ApiPropertyOptional({ description: 'Vùng sâu, vùng xa đi lại khó khăn (thời hạn dài hơn)' })
  @Optional()
  @IsBoolean()
  remote?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Khiếu nại lần hai: khiếu nại lần đầu đã được giải quyết hoặc không thụ lý',
  })
  @Optional()
  @IsUUID()
  previousComplaintId?: string;
}

export class RevokeAwardDto {
  @ApiProperty({ format: 'uuid', description: 'Hồ sơ được khen thưởng trong quyết định' })
  @IsUUID()
  dossierId!: string;

  @ApiProperty({
    enum: REVOCATION_GROUND_CODES,
    description: 'Căn cứ hủy bỏ: Luật Thi đua, khen thưởng Điều 93 khoản 2 điểm a–d',
  })
  @IsIn(REVOCATION_GROUND_CODES)
  ground!: RevocationGroundCode;

  @ApiProperty({ description: 'Lý do hủy bỏ' })
  @IsString()
  @MinLength(5)
  @MaxLength(5000)
  reason!: string;

  @ApiPropertyOptional({
    description: 'Kết luận, quyết định, bản án của cơ quan có thẩm quyền (số, ngày, cơ quan)',
  })
  @Optional()
  @IsString()
  @MaxLength(2000)
  conclusion?: string;
}
