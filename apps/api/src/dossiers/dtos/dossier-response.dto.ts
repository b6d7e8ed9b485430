import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { DossierView } from '@tdkt/server-feature-dossier';
import { NomineeDto } from './create-dossier.dto';

export class WorkflowStatusDto {
  @ApiProperty({ example: 'HS-2024-000001' })
  workflowId!: string;

  @ApiPropertyOptional({ nullable: true })
  runId!: string | null;

  @ApiProperty({
    example: 'RUNNING',
    description: 'Temporal execution status, or UNKNOWN when Temporal is unreachable',
  })
  status!: string;
}

export class DossierResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'HS-2024-000001' })
  code!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  awardCode!: string;

  @ApiProperty({ format: 'uuid' })
  proposingUnitId!: string;

  @ApiProperty({ type: NomineeDto })
  nominee!: NomineeDto;

  @ApiProperty()
  achievementsSummary!: string;

  @ApiProperty({ example: 'SUBMITTED' })
  stage!: string;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Người lập hồ sơ' })
  submittedBy!: string | null;

  @ApiProperty({ type: WorkflowStatusDto })
  workflow!: WorkflowStatusDto;

  static from(view: DossierView): DossierResponseDto {
    const { dossier, workflow } = view;
    return {
      id: dossier.id,
      code: dossier.code,
      year: dossier.year,
      awardCode: dossier.awardCode,
      proposingUnitId: dossier.proposingUnitId,
      nominee: dossier.nominee,
      achievementsSummary: dossier.achievementsSummary,
      stage: dossier.stage,
      submittedAt: dossier.submittedAt.toISOString(),
      submittedBy: dossier.submittedBy,
      workflow,
    };
  }
}

/** Answer of a submit that the worker has not recorded yet (202 Accepted). */
export class DossierAcceptedDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'HS-2024-000001' })
  code!: string;

  @ApiProperty({
    example: false,
    description: 'False: the dossier is being recorded; read it again shortly',
  })
  recorded!: boolean;
}
