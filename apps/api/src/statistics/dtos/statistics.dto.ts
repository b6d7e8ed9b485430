import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { RECIPIENT_GROUPS, TARGET_KINDS } from '@tdkt/domain';
import { LocalizedTextDto } from '../../spreadsheets/dtos/dossier-import.dto';

export class StatisticsQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị (kể cả các đơn vị trực thuộc)' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class AwardCountDto {
  @ApiProperty({ description: 'Mã danh hiệu, cấp, id đơn vị hoặc năm' })
  key!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  count!: number;
}

export class StatisticsTotalsDto {
  @ApiProperty({ description: 'Hồ sơ đã nộp (không kể bản nháp, hồ sơ rút)' })
  proposed!: number;

  @ApiProperty({ description: 'Được khen thưởng' })
  awarded!: number;

  @ApiProperty({ description: 'Không được khen thưởng hoặc bị trả lại' })
  notAwarded!: number;
}

export class GroupShareCountDto {
  @ApiProperty()
  count!: number;

  @ApiProperty({ description: 'Số khen thưởng có thể thuộc nhóm (mẫu số)' })
  of!: number;

  @ApiProperty({ description: 'Số hồ sơ không ghi thông tin này (tính vào mẫu số)' })
  unstated!: number;
}

export class PlanTargetDto {
  @ApiProperty({ enum: RECIPIENT_GROUPS })
  group!: (typeof RECIPIENT_GROUPS)[number];

  @ApiProperty({ enum: TARGET_KINDS })
  kind!: (typeof TARGET_KINDS)[number];

  @ApiProperty({ type: Number, nullable: true })
  percent!: number | null;

  @ApiProperty({ type: LocalizedTextDto, description: 'Lời văn của kế hoạch' })
  text!: LocalizedTextDto;

  @ApiProperty({ description: 'Vị trí trong kế hoạch' })
  source!: string;
}

export class GroupShareDto {
  @ApiProperty({ enum: RECIPIENT_GROUPS })
  group!: (typeof RECIPIENT_GROUPS)[number];

  @ApiProperty({ type: LocalizedTextDto })
  name!: LocalizedTextDto;

  @ApiProperty({ type: GroupShareCountDto })
  share!: GroupShareCountDto;

  @ApiProperty({ type: Number, nullable: true })
  percent!: number | null;

  @ApiProperty({ type: GroupShareCountDto })
  previous!: GroupShareCountDto;

  @ApiProperty({ type: Number, nullable: true })
  previousPercent!: number | null;

  @ApiProperty({ type: PlanTargetDto, nullable: true })
  target!: PlanTargetDto | null;

  @ApiProperty({ enum: ['met', 'not-met', 'not-judged'] })
  verdict!: 'met' | 'not-met' | 'not-judged';
}

export class LeaderCountsDto {
  @ApiProperty()
  leaders!: number;

  @ApiProperty()
  nonLeaders!: number;

  @ApiProperty()
  unstated!: number;
}

export class StepTimingDto {
  @ApiProperty()
  type!: string;

  @ApiProperty({ type: LocalizedTextDto })
  name!: LocalizedTextDto;

  @ApiProperty()
  closed!: number;

  @ApiProperty({ type: Number, nullable: true })
  averageDays!: number | null;

  @ApiProperty()
  withDeadline!: number;

  @ApiProperty()
  onTime!: number;

  @ApiProperty({ type: Number, nullable: true })
  onTimePercent!: number | null;
}

export class StatisticsPlanDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  number!: string | null;

  @ApiProperty()
  issuerName!: string;

  @ApiProperty({ type: [PlanTargetDto] })
  targets!: PlanTargetDto[];
}

export class AwardStatisticsDto {
  @ApiProperty()
  year!: number;

  @ApiProperty({ format: 'uuid' })
  unitId!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty({ type: StatisticsTotalsDto })
  totals!: StatisticsTotalsDto;

  @ApiProperty({ type: [AwardCountDto] })
  byAward!: AwardCountDto[];

  @ApiProperty({ type: [AwardCountDto] })
  byLevel!: AwardCountDto[];

  @ApiProperty({ type: [AwardCountDto] })
  byUnit!: AwardCountDto[];

  @ApiProperty({ type: [AwardCountDto], description: 'Năm nay và bốn năm trước' })
  byYear!: AwardCountDto[];

  @ApiProperty({ type: [GroupShareDto] })
  groups!: GroupShareDto[];

  @ApiProperty({ type: LeaderCountsDto })
  leaders!: LeaderCountsDto;

  @ApiProperty({ type: [StepTimingDto] })
  steps!: StepTimingDto[];

  @ApiProperty({ type: StatisticsPlanDto, nullable: true })
  plan!: StatisticsPlanDto | null;
}
