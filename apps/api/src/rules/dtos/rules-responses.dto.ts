import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LegalRefDto, LocalizedTextDto } from '../../dossiers/dtos/dossier-response.dto';

export class DocumentDefinitionDto {
  @ApiProperty({ example: 'BIEN_BAN_BINH_XET' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty({ type: LegalRefDto }) legalRef!: LegalRefDto;
}

export class AwardDto {
  @ApiProperty({ example: 'CSTDCS' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) name!: LocalizedTextDto;
  @ApiProperty({ enum: ['emulation-title', 'commendation'] }) kind!: string;
  @ApiProperty({ enum: ['individual', 'collective', 'household'], isArray: true })
  nomineeKinds!: readonly string[];
  @ApiProperty({ description: 'Khen thưởng theo thủ tục đơn giản' }) simplifiedProcedure!: boolean;
  @ApiProperty({
    enum: ['periodic', 'ad-hoc', 'thematic', 'central'],
    description:
      'Loại hồ sơ: thường xuyên, đột xuất (thủ tục đơn giản), chuyên đề, đề nghị Trung ương',
  })
  track!: 'periodic' | 'ad-hoc' | 'thematic' | 'central';
  @ApiProperty({
    type: [DocumentDefinitionDto],
    description: 'Thành phần hồ sơ bắt buộc theo bộ quy tắc',
  })
  documents!: readonly DocumentDefinitionDto[];
  @ApiProperty({ type: [LegalRefDto] }) legalRefs!: readonly LegalRefDto[];
  @ApiPropertyOptional({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: 'Ngưỡng biểu quyết của Hội đồng (tính trên tổng số thành viên)',
  })
  ballot!: object | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Cấp quyết định' })
  deciding!: object;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Tiêu chuẩn' })
  criteria!: object;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Hệ số tiền thưởng' })
  bonus!: object;
}

export class AwardCatalogDto {
  @ApiProperty({ example: '2024-12-16' }) asOf!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Bộ quy tắc có hiệu lực: căn cứ pháp lý, cấp, thời hạn, quy định riêng của tỉnh',
  })
  ruleSet!: { id: string } & Record<string, unknown>;
  @ApiProperty({ type: [AwardDto] }) awards!: AwardDto[];
}

export class EligibilityReasonDto {
  @ApiProperty({ example: 'RATING_HTXS_REQUIRED' }) code!: string;
  @ApiProperty({ type: LocalizedTextDto }) message!: LocalizedTextDto;
  @ApiProperty({ type: LegalRefDto }) legalRef!: LegalRefDto;
}

export class CouncilThresholdDto {
  @ApiProperty() numerator!: number;
  @ApiProperty() denominator!: number;
  @ApiProperty({ example: 80 }) percent!: number;
  @ApiProperty({ enum: ['all-members'] }) basis!: string;
}

export class EligibilityResultDto {
  @ApiProperty() eligible!: boolean;
  @ApiProperty({ example: 'VN-2024' }) ruleSet!: string;
  @ApiProperty({ example: 'CSTDCS' }) awardCode!: string;
  @ApiProperty({ example: 2024 }) awardYear!: number;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'district' }) decidingLevel!:
    string | null;
  @ApiPropertyOptional({ nullable: true, type: LocalizedTextDto })
  decider!: LocalizedTextDto | null;
  @ApiProperty({ type: [String], example: ['district'] }) approvalPath!: readonly string[];
  @ApiPropertyOptional({ type: CouncilThresholdDto }) councilThreshold?: CouncilThresholdDto;
  @ApiProperty({ type: [DocumentDefinitionDto] })
  requiredDocuments!: readonly DocumentDefinitionDto[];
  @ApiPropertyOptional({ type: Number, nullable: true, example: 1 }) bonusCoefficient!:
    number | null;
  @ApiProperty({
    type: [EligibilityReasonDto],
    description: 'Mỗi tiêu chuẩn chưa đạt, với căn cứ pháp lý',
  })
  reasons!: readonly EligibilityReasonDto[];
}
