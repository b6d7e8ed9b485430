import { ApiProperty } from '@nestjs/swagger';
import { LegalRefDto, LocalizedTextDto } from '../../dossiers/dtos/dossier-response.dto';

export class LegalInstrumentDto {
  @ApiProperty({ example: 'LUAT_06_2022' }) id!: string;
  @ApiProperty({ example: 'Luật 06/2022/QH15' }) number!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedTextDto;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date',
    description: 'Ngày ký; null khi chưa đối chiếu được với văn bản gốc',
  })
  issuedOn!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  effectiveFrom!: string | null;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
}

export class UnconfirmedItemDto {
  @ApiProperty({ example: 'awards.CSTDCS.criteria' }) path!: string;
  @ApiProperty({ type: LocalizedTextDto }) note!: LocalizedTextDto;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Trường của quy định riêng của tỉnh có thể thay thế',
  })
  configurableVia!: string | null;
}

export class RuleSetTransitionDto {
  @ApiProperty({ example: 'VN-2025-07' }) previous!: string;
  @ApiProperty({ format: 'date' }) receivedBefore!: string;
  @ApiProperty({ type: LegalRefDto }) legalRef!: LegalRefDto;
  @ApiProperty() confirmed!: boolean;
}

export class RuleSetSummaryDto {
  @ApiProperty({ example: 'VN-2026-10+DN' }) id!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty({ format: 'date' }) effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date' })
  effectiveTo!: string | null;
  @ApiProperty({ description: 'Bộ quy tắc hồ sơ mới được áp dụng' }) inForce!: boolean;
  @ApiProperty({ type: [LegalInstrumentDto] }) legalBasis!: LegalInstrumentDto[];
  @ApiProperty({ description: 'Số danh hiệu, hình thức khen thưởng' }) awards!: number;
  @ApiProperty({
    type: [UnconfirmedItemDto],
    description: 'Những giá trị chưa đối chiếu được với văn bản gốc (chỉ cảnh báo, không từ chối)',
  })
  unconfirmed!: UnconfirmedItemDto[];
  @ApiProperty({ type: RuleSetTransitionDto, nullable: true })
  transition!: RuleSetTransitionDto | null;
}

export class RuleSetListDto {
  @ApiProperty({ format: 'date', description: 'Ngày xác định bộ quy tắc đang áp dụng' })
  asOf!: string;
  @ApiProperty({ type: String, nullable: true, example: 'DN' }) profile!: string | null;
  @ApiProperty({ type: [RuleSetSummaryDto], description: 'Mới nhất trước' })
  items!: RuleSetSummaryDto[];
}
