import { ApiProperty } from '@nestjs/swagger';
import { ComplaintStatus } from '@tdkt/contracts';
import { REVOCATION_GROUND_CODES } from '@tdkt/domain';

export class ComplaintDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() workflowId!: string;
  @ApiProperty({ enum: [1, 2] }) instance!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) previousComplaintId!:
    string | null;
  @ApiProperty({ enum: ['decision', 'refusal'] }) subjectKind!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) decisionId!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionNumber!: string | null;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty() dossierCode!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ format: 'uuid' }) handlingUnitId!: string;
  @ApiProperty() handlingUnitName!: string;
  @ApiProperty({ format: 'uuid' }) complainantId!: string;
  @ApiProperty() complainantName!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ format: 'date' }) knownOn!: string;
  @ApiProperty({ format: 'date' }) filedOn!: string;
  @ApiProperty() obstacleDays!: number;
  @ApiProperty({ type: String, nullable: true }) obstacleReason!: string | null;
  @ApiProperty({ format: 'date', description: 'Ngày cuối của thời hiệu khiếu nại' })
  filingLastDay!: string;
  @ApiProperty({
    description: 'Gửi sau thời hiệu chưa được xác nhận: vẫn tiếp nhận, kèm cảnh báo',
  })
  filedLate!: boolean;
  @ApiProperty() rulesId!: string;
  @ApiProperty() remote!: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) complex!: boolean | null;
  @ApiProperty({ enum: Object.values(ComplaintStatus) }) status!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) reasons!: string | null;
  @ApiProperty({ type: String, nullable: true }) verification!: string | null;
  @ApiProperty({ type: String, nullable: true }) remedy!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) acceptedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) settledOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  secondComplaintLastDay!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class ComplaintListDto {
  @ApiProperty({ type: [ComplaintDto] }) items!: ComplaintDto[];
}

export class AwardRevocationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) decisionId!: string;
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: '126/QĐ-UBND' }) number!: string;
  @ApiProperty({ format: 'date' }) signedOn!: string;
  @ApiProperty({ format: 'uuid' }) signedBy!: string;
  @ApiProperty({ enum: REVOCATION_GROUND_CODES }) ground!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, nullable: true }) conclusion!: string | null;
  @ApiProperty({ description: 'Tiền thưởng phải thu hồi (đồng), bằng số đã chi theo quyết định' })
  bonusToRecoverVnd!: number;
}
