import { ApiProperty } from '@nestjs/swagger';

export class ClusterYearEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 2024 }) year!: number;
  @ApiProperty({ example: 'PACT_SIGNING' }) status!: string;
  @ApiProperty({ format: 'uuid' }) leaderUnitId!: string;
  @ApiProperty() leaderUnitName!: string;
}

export class ClusterDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'CUM-02' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['cluster', 'block'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) organizerUnitId!: string;
  @ApiProperty({ type: [ClusterYearEntryDto], description: 'Các năm, mới nhất trước' })
  years!: ClusterYearEntryDto[];
}

export class ClusterListDto {
  @ApiProperty({ type: [ClusterDto] }) items!: ClusterDto[];
}

export class CreatedIdDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ScoringTableVersionDto {
  @ApiProperty({ example: 1 }) version!: number;
}

export class CriterionTitleDto {
  @ApiProperty() vi!: string;
  @ApiProperty() en!: string;
}

export class ClusterCriterionViewDto {
  @ApiProperty() code!: string;
  @ApiProperty({ type: CriterionTitleDto }) title!: CriterionTitleDto;
  @ApiProperty() maxPoints!: number;
}

export class ScoringTableDto {
  @ApiProperty() version!: number;
  @ApiProperty({ type: [ClusterCriterionViewDto] }) criteria!: ClusterCriterionViewDto[];
  @ApiProperty({ format: 'date-time' }) adoptedAt!: string;
}

export class ScoreEvidenceDto {
  @ApiProperty({ example: 'Báo cáo tổng kết năm 2024' }) title!: string;
  @ApiProperty({ example: 'Số 120/BC-UBND, hoặc đường dẫn' }) reference!: string;
}

export class ClusterMemberDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pactSignedAt!: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'Điểm tự chấm theo mã tiêu chí',
  })
  selfScores!: Record<string, number> | null;
  @ApiProperty({ type: [ScoreEvidenceDto] }) evidence!: ScoreEvidenceDto[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) selfScoredAt!: string | null;
  @ApiProperty({ description: 'Quá hạn mà không tự chấm' }) selfScoreMissed!: boolean;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'Điểm cụm thống nhất',
  })
  finalScores!: Record<string, number> | null;
  @ApiProperty({ type: Number, nullable: true }) total!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Thứ hạng; null khi không chấm' })
  rank!: number | null;
  @ApiProperty({ type: [String], description: 'Đồng hạng với' }) tiedWith!: string[];
  @ApiProperty({ type: String, nullable: true }) proposedAwardCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) proposalDossierId!: string | null;
}

export class ClusterReviewDto {
  @ApiProperty() minutes!: string;
  @ApiProperty({
    type: [String],
    description: 'Thứ tự cuộc họp thống nhất giữa các đơn vị bằng điểm',
  })
  tieBreak!: string[];
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
}

export class ClusterYearDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) clusterId!: string;
  @ApiProperty() clusterCode!: string;
  @ApiProperty() clusterName!: string;
  @ApiProperty({ enum: ['cluster', 'block'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) organizerUnitId!: string;
  @ApiProperty() year!: number;
  @ApiProperty({
    enum: [
      'FORMED',
      'PACT_SIGNING',
      'PACT_SIGNED',
      'SCORING',
      'REVIEWING',
      'REVIEWED',
      'HANDED_OVER',
    ],
  })
  status!: string;
  @ApiProperty({ format: 'uuid' }) leaderUnitId!: string;
  @ApiProperty() leaderUnitName!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) deputyUnitId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pactSignedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
  @ApiProperty({ type: Number, nullable: true }) scoringVersion!: number | null;
  @ApiProperty({ type: [ScoringTableDto] }) scoringTables!: ScoringTableDto[];
  @ApiProperty({ type: ClusterReviewDto, nullable: true }) review!: ClusterReviewDto | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) nextLeaderUnitId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) handedOverAt!: string | null;
  @ApiProperty({ type: [ClusterMemberDto] }) members!: ClusterMemberDto[];
}

export class ProposalWarningDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ example: 'NOT_CLUSTER_LEADER' }) code!: string;
  @ApiProperty({ type: CriterionTitleDto }) message!: CriterionTitleDto;
}

export class ProposalResultDto {
  @ApiProperty({ type: [ProposalWarningDto] }) warnings!: ProposalWarningDto[];
}

export class HandoverResultDto {
  @ApiProperty({ format: 'uuid', description: 'Năm sau của cụm, với cụm trưởng mới' })
  nextYearId!: string;
}
