import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class ReportsQueryDto {
  @ApiPropertyOptional({ example: 2024, description: 'Năm khen thưởng (mặc định: mọi năm)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class StuckHistoryQueryDto {
  @ApiPropertyOptional({ example: 7, description: 'Số ngày gần nhất (mặc định 7)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(90)
  days?: number;
}

export class StageAwardCountDto {
  @ApiProperty({ example: 'UNIT_REVIEW' }) stage!: string;
  @ApiProperty({ example: 'CSTDCS' }) awardCode!: string;
  @ApiProperty() count!: number;
}

export class StepTimelinessDto {
  @ApiProperty({ example: 'dossier.review' }) taskType!: string;
  @ApiProperty({ description: 'Số việc đã xong' }) completed!: number;
  @ApiProperty({ description: 'Số việc xong trong thời hạn' }) completedOnTime!: number;
  @ApiProperty({ description: 'Số việc đang mở' }) open!: number;
  @ApiProperty({ description: 'Số việc đang mở đã quá hạn' }) openOverdue!: number;
}

export class ReviewerWorkloadDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() fullName!: string;
  @ApiProperty() open!: number;
  @ApiProperty() overdue!: number;
  @ApiProperty() completedLast30Days!: number;
}

export class DossierStatisticsDto {
  @ApiProperty({ type: Number, nullable: true }) year!: number | null;
  @ApiProperty({ type: [StageAwardCountDto] }) byStageAndAward!: StageAwardCountDto[];
  @ApiProperty({ type: [StepTimelinessDto] }) steps!: StepTimelinessDto[];
  @ApiProperty({ type: [ReviewerWorkloadDto] }) reviewers!: ReviewerWorkloadDto[];
}

export class StuckCensusDto {
  @ApiProperty({ format: 'date-time' }) takenAt!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Số quy trình bị kẹt theo từng lý do',
  })
  counts!: Record<string, number>;
  @ApiProperty({ description: 'Số quy trình đang chạy đã xem xét' }) scanned!: number;
}

export class StuckHistoryDto {
  @ApiProperty({ type: [StuckCensusDto] }) items!: StuckCensusDto[];
}
