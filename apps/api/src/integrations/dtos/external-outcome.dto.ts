import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Optional } from '../../http/optional';

export class ExternalOutcomeDto {
  @ApiProperty({ description: 'Được khen thưởng hay không' })
  @IsBoolean()
  approved!: boolean;

  @ApiProperty({ example: 'DN-2027-77', description: 'Mã hồ sơ bên hệ thống nhận' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  reference!: string;

  @ApiPropertyOptional({ description: 'Lý do khi không được khen thưởng' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  reason?: string;

  @ApiPropertyOptional({ example: '88/QĐ-UBND' })
  @Optional()
  @IsString()
  @MaxLength(64)
  decisionNumber?: string;

  @ApiPropertyOptional({ example: '2027-04-02' })
  @Optional()
  @IsISO8601({ strict: true })
  decidedOn?: string;
}
