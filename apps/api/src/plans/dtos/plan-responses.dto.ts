import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PLAN_ITEM_KINDS } from '@tdkt/domain';
import { LocalizedTextDto } from '../../dossiers/dtos/dossier-response.dto';

/** The answers of the plan routes, as the web app's client reads them. */

const OUTCOMES = ['ON_TIME', 'DONE_LATE', 'OVERDUE', 'OPEN'];
const PLAN_STATUSES = ['DRAFT', 'ACTIVE', 'CLOSED'];

export class PlanUnitRefDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() name!: string;
}

export class PlanIssuerDto extends PlanUnitRefDto {
  @ApiProperty({ description: 'Tên cơ quan ban hành như văn bản ghi' }) nameInDocument!: string;
}

export class PlanEvidenceDto {
  @ApiProperty({ enum: ['document', 'link'] }) type!: 'document' | 'link';
  @ApiPropertyOptional({ description: 'Số văn bản' }) number?: string;
  @ApiPropertyOptional({ format: 'date' }) issuedOn?: string;
  @ApiPropertyOptional() url?: string;
  @ApiProperty({ type: String, nullable: true }) title!: string | null;
}

export class PlanItemNoticeDto {
  @ApiProperty({ enum: ['reminder', 'overdue'] }) kind!: string;
  @ApiProperty({ format: 'date-time' }) sentAt!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Số ngày làm việc trước hạn' })
  workingDaysBefore!: number | null;
  @ApiProperty({ description: 'Số người nhận' }) recipients!: number;
}

export class PlanItemDto {
  @ApiProperty({ example: 'q2-june-11-anniversary' }) key!: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) quarter!: number;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty() dueExplicit!: boolean;
  @ApiProperty({ type: PlanUnitRefDto, description: 'Đơn vị chủ trì' }) owner!: PlanUnitRefDto;
  @ApiProperty({ enum: PLAN_ITEM_KINDS }) kind!: string;
  @ApiProperty({ type: LocalizedTextDto }) text!: LocalizedTextDto;
  @ApiProperty() recurring!: boolean;
  @ApiProperty({ type: [String] }) participantUnitIds!: string[];
  @ApiProperty({ enum: ['OPEN', 'DONE'] }) status!: string;
  @ApiProperty({ enum: OUTCOMES, description: 'Đúng hạn, xong muộn, quá hạn, chưa đến hạn' })
  outcome!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  completedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  completedBy!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Họ tên người hoàn thành (khi đọc cả kế hoạch)',
  })
  completedByName?: string | null;
  @ApiProperty({ type: PlanEvidenceDto, nullable: true }) evidence!: PlanEvidenceDto | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() revision!: number;
  @ApiProperty({ type: [PlanItemNoticeDto], description: 'Nhắc hạn và báo quá hạn đã gửi' })
  notices!: PlanItemNoticeDto[];
}

export class PlanDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true, example: '11/KH-UBND' })
  number!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) issuedOn!: string | null;
  @ApiProperty({ type: PlanIssuerDto }) issuer!: PlanIssuerDto;
  @ApiProperty({ type: String, nullable: true }) signer!: string | null;
  @ApiProperty({ type: PlanUnitRefDto, description: 'Cơ quan thường trực' })
  standingBody!: PlanUnitRefDto;
  @ApiProperty({ type: [String] }) legalBasis!: string[];
  @ApiProperty({ type: [String] }) goals!: string[];
  @ApiProperty({ type: [String] }) standingDuties!: string[];
  @ApiProperty({ type: [String] }) recipients!: string[];
  @ApiProperty({ type: [Number] }) reminderOffsets!: number[];
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  sourcePlanId!: string | null;
  @ApiProperty({ type: [PlanItemDto] }) items!: PlanItemDto[];
}

export class PlanItemCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() done!: number;
  @ApiProperty() overdue!: number;
}

export class PlanListEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: PlanUnitRefDto }) issuer!: PlanUnitRefDto;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ type: PlanItemCountsDto }) items!: PlanItemCountsDto;
}

export class OwnerTallyDto {
  @ApiProperty({ description: 'Đơn vị chủ trì; * cho tổng' }) ownerUnitId!: string;
  @ApiPropertyOptional() ownerName?: string;
  @ApiProperty() total!: number;
  @ApiProperty() onTime!: number;
  @ApiProperty() late!: number;
  @ApiProperty() open!: number;
}

export class QuarterSummaryItemDto {
  @ApiProperty() itemKey!: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId!: string;
  @ApiProperty({ format: 'date' }) dueOn!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  completedOn!: string | null;
  @ApiProperty({ enum: OUTCOMES }) outcome!: string;
}

export class QuarterSummaryDto {
  @ApiProperty({ enum: [1, 2, 3, 4] }) quarter!: number;
  @ApiProperty({ format: 'date', description: 'Ngày tổng hợp' }) asOf!: string;
  @ApiProperty({ type: OwnerTallyDto }) totals!: OwnerTallyDto;
  @ApiProperty({ type: [OwnerTallyDto] }) owners!: OwnerTallyDto[];
  @ApiProperty({ type: [QuarterSummaryItemDto] }) items!: QuarterSummaryItemDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PlanWindowUnitDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: ['OPEN', 'COMPLETED', 'CANCELLED'],
    description: 'Nhiệm vụ của đơn vị; null khi đợt chưa mở',
  })
  taskStatus!: string | null;
  @ApiProperty({ description: 'Số hồ sơ đơn vị đã nộp trong đợt' }) dossiersSubmitted!: number;
  @ApiProperty({ description: 'Số danh hiệu đơn vị đã đăng ký (đợt đăng ký thi đua)' })
  registrations!: number;
}

export class PlanWindowDto {
  @ApiProperty() itemKey!: string;
  @ApiProperty({ enum: ['dossier-collection', 'emulation-registration'] }) kind!: string;
  @ApiProperty({ enum: ['NOT_OPENED', 'OPEN', 'CLOSED'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  opensAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  closesAt!: string | null;
  @ApiProperty({ type: [PlanWindowUnitDto] }) units!: PlanWindowUnitDto[];
}

export class ImportPlanResultDto {
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty({ description: 'false khi văn bản này đã được nhập trước đó' }) created!: boolean;
  @ApiProperty({ enum: PLAN_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) workflowId!: string | null;
  @ApiProperty({ description: 'Số nội dung' }) items!: number;
}

export class PlanItemCompletedDto {
  @ApiProperty({ enum: [true] }) accepted!: true;
  @ApiProperty({ format: 'date-time' }) completedAt!: string;
}

export class PlanSimulationEventDto {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({
    enum: [
      'reminder',
      'overdue',
      'window-opens',
      'window-closes',
      'quarter-summary',
      'next-year-draft',
    ],
  })
  kind!: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) quarter!: number;
  @ApiProperty({ type: String, nullable: true }) itemKey!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: PLAN_ITEM_KINDS })
  itemKind!: string | null;
  @ApiProperty({ type: LocalizedTextDto, nullable: true }) text!: LocalizedTextDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Đơn vị chủ trì, như văn bản ghi',
  })
  owner!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) dueOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) workingDaysBefore!: number | null;
  @ApiProperty({ description: 'Trước ngày ban hành kế hoạch' }) beforeIssue!: boolean;
}

export class PlanSimulationDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: String, nullable: true }) number!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) issuedOn!: string | null;
  @ApiProperty({ description: 'Cơ quan ban hành, như văn bản ghi' }) issuer!: string;
  @ApiProperty() items!: number;
  @ApiProperty({ type: [PlanSimulationEventDto] }) events!: PlanSimulationEventDto[];
}
