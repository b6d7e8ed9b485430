import { ApiProperty } from '@nestjs/swagger';
import { REVOCATION_GROUND_CODES } from '@tdkt/domain';

/** A revoked award (Law 06/2022 Art. 93), as a decision and a dossier show it. */
export class RevocationSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '126/QĐ-UBND', description: 'Số quyết định hủy bỏ' }) number!: string;
  @ApiProperty({ format: 'date' }) signedOn!: string;
  @ApiProperty({ enum: REVOCATION_GROUND_CODES, description: 'Điều 93 khoản 2 điểm a–d' })
  ground!: string;
  @ApiProperty({ description: 'Tiền thưởng phải thu hồi (đồng)' }) bonusToRecoverVnd!: number;
}
