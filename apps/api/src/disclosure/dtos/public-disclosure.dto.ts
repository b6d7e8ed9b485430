import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class DisclosedNomineeDto {
  @ApiProperty({ format: 'uuid' })
  dossierId!: string;

  @ApiProperty({ example: 'HS-2024-000001' })
  code!: string;

  @ApiProperty()
  nomineeName!: string;

  @ApiProperty()
  unitName!: string;

  @ApiProperty()
  awardName!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty()
  achievementsSummary!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  disclosureEndsAt!: string | null;
}

export class PublicObjectionDto {
  @ApiProperty({ description: 'Họ và tên người phản ánh', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  filerName!: string;

  @ApiProperty({ description: 'Số điện thoại hoặc thư điện tử để liên hệ', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contact!: string;

  @ApiProperty({ description: 'Nội dung phản ánh', maxLength: 4000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  text!: string;
}

export class ObjectionReceivedDto {
  @ApiProperty()
  received!: boolean;
}
