import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsObject, IsString, Matches, Max, Min } from 'class-validator';
import { Optional } from '../../http/optional';

/**
 * The request's envelope. The nominee's record is validated field by field by the domain rules
 * (libs/domain), which name every bad field, e.g. `nominee.titles[2].year`.
 */
export class EligibilityRequestDto {
  @ApiProperty({ example: 'CSTDCS' })
  @IsString()
  awardCode!: string;

  @ApiProperty({ example: '2024-12-15' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  asOf!: string;

  @ApiPropertyOptional({
    example: 'VN-2024',
    description: 'Bộ quy tắc cố định; mặc định: bộ có hiệu lực ngày asOf',
  })
  @Optional()
  @IsString()
  ruleSetId?: string;

  @ApiPropertyOptional({
    example: '2026-09-20',
    description:
      'Ngày tiếp nhận hồ sơ để thẩm định, cùng ruleSetId: quy định chuyển tiếp của bộ quy tắc sau (vd. Luật 06/2026/QH16) áp dụng tiêu chuẩn mới nếu có lợi hơn (the day the dossier was received, with a pinned ruleSetId: a later rule set’s transition rule applies its standard when more favourable)',
  })
  @Optional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  @IsISO8601({ strict: true })
  receivedOn?: string;

  @ApiPropertyOptional({ example: 2024, description: 'Năm thi đua (mặc định: năm của asOf)' })
  @Optional()
  @IsInt()
  @Min(1945)
  @Max(2199)
  awardYear?: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Người/tập thể được đề nghị',
    example: {
      kind: 'individual',
      unitLevel: 'district',
      titles: [{ year: 2024, code: 'LDTT' }],
      ratings: [{ year: 2024, rating: 'HTTNV' }],
      initiatives: [],
    },
  })
  @IsObject()
  nominee!: Record<string, unknown>;
}
