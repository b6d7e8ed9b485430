import { RevocationSummaryDto } from '../../http/revocation-summary.dto';
import { ApiProperty } from '@nestjs/swagger';
import { COUNCIL_POSITIONS, type LocalizedText } from '@tdkt/contracts';
import { LegalRefDto, LocalizedTextDto } from '../../dossiers/dtos/dossier-response.dto';

/** The answers of the council, initiative and decision routes, as the web app's client reads them. */

export class RatioDto {
  @ApiProperty({ example: 4 }) numerator!: number;
  @ApiProperty({ example: 5 }) denominator!: number;
}

export class StoredDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({
    example: 'decision-pdf',
    description: 'decision-docx, decision-pdf, certificate-pdf, minutes-docx, minutes-pdf…',
  })
  kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ example: 'quyet-dinh-1-qd-ubnd.pdf' }) fileName!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty() sha256!: string;
}

export class CouncilMeetingMemberDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) fullName!: string;
  @ApiProperty({ enum: COUNCIL_POSITIONS }) position!: string;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Có mặt; null khi chưa ghi danh sách có mặt',
  })
  present!: boolean | null;
}

export class CouncilAgendaItemDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty() nomineeName!: string;
  @ApiProperty({ example: 'CSTDCS' }) awardCode!: string;
  @ApiProperty({ type: LocalizedTextDto }) awardName!: LocalizedText;
  @ApiProperty({ type: Number, nullable: true, description: 'Số phiếu thu về' })
  ballotsCast!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Số phiếu đồng ý' })
  votesFor!: number | null;
  @ApiProperty({
    type: RatioDto,
    description: 'Tỷ lệ phiếu đồng ý cần đạt, tính trên tổng số thành viên Hội đồng',
  })
  threshold!: RatioDto;
  @ApiProperty({ description: 'Số phiếu đồng ý tối thiểu trên tổng số thành viên' })
  votesRequired!: number;
  @ApiProperty({ type: LegalRefDto, nullable: true })
  thresholdLegalRef!: LegalRefDto | null;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Kết quả do hệ thống tính khi kết thúc phiên họp; null khi chưa kết thúc',
  })
  passed!: boolean | null;
}

export class CouncilRulesDto {
  @ApiProperty({ description: 'Bỏ phiếu kín: chỉ ghi số phiếu' }) secretBallot!: boolean;
  @ApiProperty({ description: 'Thành viên vắng mặt được gửi ý kiến bằng văn bản' })
  absentMembersGiveWrittenOpinion!: boolean;
  @ApiProperty({ type: RatioDto, description: 'Tỷ lệ thành viên có mặt để xét khen thưởng' })
  quorum!: RatioDto;
  @ApiProperty({ description: 'Số thành viên có mặt tối thiểu' }) quorumRequired!: number;
  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'Đủ số thành viên có mặt; null khi chưa ghi danh sách có mặt',
  })
  quorumMet!: boolean | null;
  @ApiProperty({ type: LegalRefDto }) quorumLegalRef!: LegalRefDto;
  @ApiProperty({ type: LegalRefDto }) ballotLegalRef!: LegalRefDto;
}

class CouncilMeetingFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty({ example: 'UBND huyện Cẩm Mỹ' }) unitName!: string;
  @ApiProperty({ example: 'district' }) level!: string;
  @ApiProperty({ example: 'VN-2024' }) ruleSetId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) scheduledAt!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ enum: ['SCHEDULED', 'OPEN', 'CLOSED'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  correctsMeetingId!: string | null;
}

export class CouncilMeetingSummaryDto extends CouncilMeetingFieldsDto {
  @ApiProperty() membersTotal!: number;
  @ApiProperty({ description: 'Số hồ sơ trong chương trình' }) agendaTotal!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: COUNCIL_POSITIONS,
    description: 'Vị trí của người đọc trong Hội đồng, nếu có',
  })
  myPosition!: string | null;
}

export class CouncilMeetingListDto {
  @ApiProperty({ type: [CouncilMeetingSummaryDto] }) items!: CouncilMeetingSummaryDto[];
}

export class CouncilMeetingDto extends CouncilMeetingFieldsDto {
  @ApiProperty({ type: [CouncilMeetingMemberDto] }) members!: CouncilMeetingMemberDto[];
  @ApiProperty({ type: [CouncilAgendaItemDto] }) agenda!: CouncilAgendaItemDto[];
  @ApiProperty({ type: CouncilRulesDto }) rules!: CouncilRulesDto;
  @ApiProperty({ type: [StoredDocumentDto], description: 'Biên bản họp (DOCX, PDF)' })
  documents!: StoredDocumentDto[];
}

export class CouncilCandidateDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty() nomineeName!: string;
  @ApiProperty() awardCode!: string;
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'Đơn vị đề nghị' }) unitName!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  submittedAt!: string | null;
}

export class CouncilCandidateListDto {
  @ApiProperty({ type: [CouncilCandidateDto] }) items!: CouncilCandidateDto[];
}

export class DecisionAwardeeDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty({ description: 'Số thứ tự trong phụ lục' }) position!: number;
  @ApiProperty() nomineeName!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() awardCode!: string;
  @ApiProperty() awardName!: string;
  @ApiProperty({ description: 'Hệ số tiền thưởng × 1000 (1,0 → 1000)' })
  coefficientThousandths!: number;
  @ApiProperty({ description: 'Tiền thưởng (đồng)' }) bonusVnd!: number;
  @ApiProperty({ type: RevocationSummaryDto, nullable: true, description: 'Đã bị hủy bỏ' })
  revocation!: RevocationSummaryDto | null;
}

class DecisionFieldsDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '1/QĐ-UBND' }) number!: string;
  @ApiProperty({ format: 'date', example: '2024-12-16' }) signedOn!: string;
  @ApiProperty({ format: 'uuid' }) signedBy!: string;
  @ApiProperty({ description: 'Họ tên người ký' }) signerName!: string;
  @ApiProperty({ format: 'uuid' }) issuerUnitId!: string;
  @ApiProperty({ description: 'Cơ quan ban hành, theo tên vào ngày ký' }) issuerName!: string;
  @ApiProperty() level!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Tổng tiền thưởng (đồng)' }) totalBonusVnd!: number;
}

export class DecisionSummaryDto extends DecisionFieldsDto {
  @ApiProperty() awardeesTotal!: number;
}

export class DecisionPageDto {
  @ApiProperty({ type: [DecisionSummaryDto] }) items!: DecisionSummaryDto[];
  @ApiProperty() total!: number;
}

export class DecisionDto extends DecisionFieldsDto {
  @ApiProperty({ type: [DecisionAwardeeDto] }) awardees!: DecisionAwardeeDto[];
  @ApiProperty({
    type: [StoredDocumentDto],
    description: 'Quyết định (DOCX, PDF) và giấy chứng nhận, bằng, giấy khen của từng người',
  })
  documents!: StoredDocumentDto[];
}

export class DecisionQueuedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: [false], description: 'Đang đánh số và tạo văn bản' }) issued!: false;
}

export class DecisionPreviewAwardeeDto {
  @ApiProperty({ format: 'uuid' }) dossierId!: string;
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty() position!: number;
  @ApiProperty() nomineeName!: string;
  @ApiProperty({ enum: ['individual', 'collective', 'household'] }) nomineeKind!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Chức vụ' })
  nomineeTitle!: string | null;
  @ApiProperty() unitName!: string;
  @ApiProperty() awardCode!: string;
  @ApiProperty() awardName!: string;
  @ApiProperty() coefficientThousandths!: number;
  @ApiProperty() bonusVnd!: number;
}

export class DecisionPreviewDto {
  @ApiProperty({ format: 'uuid' }) issuerUnitId!: string;
  @ApiProperty() issuerName!: string;
  @ApiProperty({ format: 'date', description: 'Ngày quyết định sẽ mang nếu ký hôm nay' })
  signedOn!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [String], description: 'Các căn cứ (Căn cứ …)' }) legalBases!: string[];
  @ApiProperty({ description: 'Mức lương cơ sở ngày ký (đồng)' }) baseSalaryVnd!: number;
  @ApiProperty({ type: [DecisionPreviewAwardeeDto] }) awardees!: DecisionPreviewAwardeeDto[];
  @ApiProperty() totalBonusVnd!: number;
}

export class InitiativeUseDto {
  @ApiProperty({ example: 'HS-2024-000001' }) code!: string;
  @ApiProperty({ example: 'CSTDCS' }) awardCode!: string;
  @ApiProperty({ example: 'COUNCIL_PENDING' }) stage!: string;
}

export class InitiativeSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) authorIds!: string[];
  @ApiProperty({ type: [String], description: 'Họ tên các tác giả' }) authorNames!: string[];
  @ApiProperty({ enum: ['RECEIVED', 'RECOGNIZED', 'REFUSED'], example: 'RECEIVED' })
  status!: string;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ format: 'date', description: 'Hạn công nhận theo quy định (3 tháng)' })
  dueDate!: string;
  @ApiProperty({ type: String, nullable: true, enum: ['unit', 'province', 'national'] })
  scope!: string | null;
  @ApiProperty({ type: String, nullable: true }) reasons!: string | null;
  @ApiProperty({ type: Number, nullable: true }) votesFor!: number | null;
  @ApiProperty({ type: Number, nullable: true }) membersTotal!: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) decidedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  usedByDossierId!: string | null;
  @ApiProperty({
    type: InitiativeUseDto,
    nullable: true,
    description: 'Hồ sơ khen thưởng sử dụng sáng kiến (mỗi sáng kiến chỉ dùng một lần)',
  })
  usedBy!: InitiativeUseDto | null;
}

export class InitiativeAttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'mo-ta-sang-kien.pdf' }) fileName!: string;
  @ApiProperty({ description: 'Detected from the content', example: 'application/pdf' })
  contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
}

export class InitiativeDto extends InitiativeSummaryDto {
  @ApiProperty({
    type: [StoredDocumentDto],
    description: 'Giấy chứng nhận hoặc văn bản từ chối do hệ thống lập',
  })
  documents!: StoredDocumentDto[];

  @ApiProperty({
    type: [InitiativeAttachmentDto],
    description: 'Tệp tác giả nộp kèm đơn (mô tả, bản vẽ, minh chứng hiệu quả)',
  })
  attachments!: InitiativeAttachmentDto[];
}

export class InitiativeListDto {
  @ApiProperty({ type: [InitiativeSummaryDto] }) items!: InitiativeSummaryDto[];
}
