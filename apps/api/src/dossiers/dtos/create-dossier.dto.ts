import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
} from 'class-validator';
import type { NomineeKind } from '@tdkt/contracts';
import {
  ACHIEVEMENT_CLAIMS,
  NOMINEE_KINDS,
  PERFORMANCE_RATINGS,
  type AchievementClaim,
  type PerformanceRating,
} from '@tdkt/domain';
import { Optional } from '../../http/optional';

export class NomineeDto {
  @ApiProperty({
    enum: NOMINEE_KINDS,
    description: 'Cá nhân, tập thể hay hộ gia đình (individual, collective or household)',
  })
  @IsIn([...NOMINEE_KINDS])
  kind!: NomineeKind;

  @ApiProperty({ example: 'Nguyễn Thị Lan', description: 'Họ tên cá nhân hoặc tên tập thể' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'Giáo viên', description: 'Chức vụ' })
  @Optional()
  @IsString()
  @MaxLength(200)
  position?: string;

  @ApiPropertyOptional({
    description:
      'Công nhân, nông dân, người lao động trực tiếp (cá nhân, hộ gia đình; để thống kê theo chỉ tiêu của kế hoạch)',
  })
  @Optional()
  @IsBoolean()
  directWorker?: boolean;

  @ApiPropertyOptional({ enum: ['female', 'male'], description: 'Giới tính (cá nhân)' })
  @Optional()
  @IsIn(['female', 'male'])
  gender?: 'female' | 'male';

  @ApiPropertyOptional({ description: 'Người dân tộc thiểu số (cá nhân, hộ gia đình)' })
  @Optional()
  @IsBoolean()
  ethnicMinority?: boolean;

  @ApiPropertyOptional({ description: 'Giữ chức vụ lãnh đạo, quản lý (cá nhân)' })
  @Optional()
  @IsBoolean()
  leaderOrManager?: boolean;

  @ApiPropertyOptional({
    enum: PERFORMANCE_RATINGS,
    description: 'Xếp loại mức độ hoàn thành nhiệm vụ năm xét khen thưởng, do đơn vị nêu',
  })
  @Optional()
  @IsIn([...PERFORMANCE_RATINGS])
  rating?: PerformanceRating;

  @ApiPropertyOptional({ example: 1985 })
  @Optional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  birthYear?: number;

  @ApiPropertyOptional({
    enum: ACHIEVEMENT_CLAIMS,
    isArray: true,
    description:
      'Thành tích đơn vị nêu để Hội đồng đánh giá, theo các tiêu chuẩn thay thế nhau của danh hiệu, hình thức khen thưởng (achievements the unit states, judged by the reviewers)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(ACHIEVEMENT_CLAIMS.length)
  @IsIn([...ACHIEVEMENT_CLAIMS], { each: true })
  claimedAchievements?: AchievementClaim[];
}

export class CreateDossierDto {
  @ApiProperty({ example: 2024, description: 'Năm xét khen thưởng' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({
    example: 'CSTDCS',
    description: 'Mã danh hiệu / hình thức khen thưởng (GET /api/v1/awards)',
  })
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

  @ApiPropertyOptional({
    type: [String],
    description: 'Sáng kiến làm căn cứ khen thưởng (mỗi sáng kiến chỉ dùng cho một hồ sơ)',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  initiativeIds?: string[];

  @ApiPropertyOptional({ default: true, description: 'false: chỉ lưu bản nháp, chưa nộp' })
  @Optional()
  @IsBoolean()
  submit?: boolean;
}

/** The fields of a draft that can be edited before it is submitted. */
export class UpdateDraftDto extends PartialType(
  PickType(CreateDossierDto, [
    'year',
    'awardCode',
    'nominee',
    'achievementsSummary',
    'initiativeIds',
  ] as const),
) {}

export class BatchSubmitDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị của cả lô' })
  @IsUUID()
  proposingUnitId!: string;

  @ApiProperty({
    type: [
      PickType(CreateDossierDto, ['year', 'awardCode', 'nominee', 'achievementsSummary'] as const),
    ],
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => BatchItemDto)
  items!: BatchItemDto[];
}

export class BatchItemDto extends PickType(CreateDossierDto, [
  'year',
  'awardCode',
  'nominee',
  'achievementsSummary',
] as const) {}
