import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { COUNCIL_POSITIONS, type CouncilPosition, INITIATIVE_SCOPE_VALUES } from '@tdkt/contracts';
import { Optional } from '../../http/optional';
import { IsDossierReference } from '../../dossiers/dossier-reference';

export class CouncilMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;

  @ApiProperty({ enum: COUNCIL_POSITIONS, description: 'Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên' })
  @IsIn(COUNCIL_POSITIONS)
  position!: CouncilPosition;
}

export class CreateCouncilMeetingDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị có Hội đồng (ví dụ UBND huyện)' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 'Phiên họp xét khen thưởng tổng kết năm 2024' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({
    example: '2024-12-16T08:00',
    description:
      'Thời điểm khai mạc, giờ Việt Nam (2024-12-16T08:00); có thể ghi múi giờ (…+07:00, …Z)',
  })
  @IsISO8601({ strict: true })
  scheduledAt!: string;

  @ApiProperty({ example: 'Hội trường UBND huyện Cẩm Mỹ' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  location!: string;

  @ApiProperty({ type: [CouncilMemberDto] })
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => CouncilMemberDto)
  members!: CouncilMemberDto[];

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Phiên họp đã kết thúc mà phiên này đính chính',
  })
  @Optional()
  @IsUUID()
  correctsMeetingId?: string;
}

export class AgendaItemDto {
  @ApiProperty({ description: 'Mã hồ sơ (HS-2024-000001) hoặc mã UUID của hồ sơ' })
  @IsDossierReference()
  dossierId!: string;
}

export class AttendanceDto {
  @ApiProperty({ type: [String], description: 'Thành viên có mặt' })
  @IsArray()
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true })
  present!: string[];
}

export class BallotDto {
  @ApiProperty({ description: 'Mã hồ sơ (HS-2024-000001) hoặc mã UUID của hồ sơ' })
  @IsDossierReference()
  dossierId!: string;

  @ApiProperty({
    type: [String],
    description:
      'Thành viên đã bỏ phiếu (có mặt) hoặc gửi ý kiến bằng văn bản (vắng mặt, nếu quy định cho phép)',
  })
  @IsArray()
  @ArrayMaxSize(60)
  @IsUUID('all', { each: true })
  castBy!: string[];

  @ApiProperty({ description: 'Số phiếu đồng ý' })
  @IsInt()
  @Min(0)
  @Max(60)
  votesFor!: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Chỉ khi biểu quyết công khai: những người đồng ý',
  })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  inFavour?: string[];
}

export class ApplyInitiativeDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị của tác giả, nơi tiếp nhận đơn' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 'Dạy học bằng sơ đồ tư duy' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({ description: 'Mô tả giải pháp, tính mới, hiệu quả áp dụng' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description!: string;

  @ApiPropertyOptional({ type: [String], description: 'Tác giả (mặc định: người nộp)' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  authorIds?: string[];
}

export class ReviewInitiativeDto {
  @ApiProperty({ description: 'Số thành viên Hội đồng sáng kiến' })
  @IsInt()
  @Min(1)
  @Max(100)
  membersTotal!: number;

  @ApiProperty({ description: 'Số thành viên đồng ý công nhận (cần ít nhất 2/3)' })
  @IsInt()
  @Min(0)
  @Max(100)
  votesFor!: number;

  @ApiPropertyOptional({
    enum: INITIATIVE_SCOPE_VALUES,
    description: 'Phạm vi ảnh hưởng khi công nhận',
  })
  @Optional()
  @IsIn(INITIATIVE_SCOPE_VALUES)
  scope?: (typeof INITIATIVE_SCOPE_VALUES)[number];

  @ApiPropertyOptional({ description: 'Lý do khi không công nhận' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  reasons?: string;
}

export class ApproveDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'Cấp ban hành quyết định (đơn vị của người ký)' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({
    type: [String],
    description:
      'Hồ sơ chờ quyết định được khen trong cùng quyết định (mã hồ sơ HS-2024-000001 hoặc mã UUID)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsDossierReference({ each: true })
  dossierIds!: string[];
}
