import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

export class AwardRegisterQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị (kể cả các đơn vị trực thuộc)' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}
