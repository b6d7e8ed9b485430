import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../http/optional';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The document a publication rests on. The domain rules check it again and name each bad field. */
export class LegalSourceDto {
  @ApiProperty({ example: 'Thông báo 123/TB-BNV', description: 'Số, ký hiệu văn bản' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  document!: string;

  @ApiPropertyOptional({ example: '3(2)', description: 'Điều, khoản (article)' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  article?: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'Ngày ban hành' })
  @Optional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  issuedOn?: string;

  @ApiPropertyOptional({ example: 'Bộ Nội vụ', description: 'Cơ quan ban hành' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  issuer?: string;

  @ApiPropertyOptional({ example: 'https://vanban.chinhphu.vn/...', description: 'Văn bản gốc' })
  @Optional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(1000)
  url?: string;

  @ApiProperty({
    enum: ['confirmed', 'unconfirmed'],
    description:
      'confirmed: đã đối chiếu với văn bản gốc; unconfirmed: theo nguồn thứ cấp (checked against the official text, or not)',
  })
  @IsIn(['confirmed', 'unconfirmed'])
  status!: 'confirmed' | 'unconfirmed';

  @ApiPropertyOptional({ description: 'Ghi chú' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note?: string;
}

export class LocalizedNameDto {
  @ApiProperty({ example: 'Tết Nguyên đán' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  vi!: string;

  @ApiProperty({ example: 'Lunar New Year (Tết)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  en!: string;
}

export class HolidayBreakDto {
  @ApiProperty({ example: '2027-02-04', description: 'Ngày đầu đợt nghỉ (kể cả cuối tuần)' })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  from!: string;

  @ApiProperty({ example: '2027-02-12', description: 'Ngày cuối đợt nghỉ' })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  to!: string;

  @ApiProperty({ type: LocalizedNameDto })
  @ValidateNested()
  @Type(() => LocalizedNameDto)
  name!: LocalizedNameDto;

  @ApiPropertyOptional({
    type: LegalSourceDto,
    description: 'Văn bản riêng của đợt nghỉ này, nếu khác văn bản chung',
  })
  @Optional()
  @ValidateNested()
  @Type(() => LegalSourceDto)
  source?: LegalSourceDto;
}

export class WorkingSaturdayDto {
  @ApiProperty({ example: '2027-02-20', description: 'Thứ Bảy làm bù' })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  date!: string;

  @ApiProperty({ example: '2027-02-12', description: 'Ngày thường được nghỉ đổi lại' })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  inLieuOf!: string;
}

/** A year's schedule of days off for public servants, as the Government announced it. */
export class PublishHolidayScheduleDto {
  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(1901)
  @Max(2198)
  year!: number;

  @ApiProperty({ type: [HolidayBreakDto], description: 'Mọi đợt nghỉ của năm, mỗi đợt liền mạch' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => HolidayBreakDto)
  breaks!: HolidayBreakDto[];

  @ApiPropertyOptional({ type: [WorkingSaturdayDto], description: 'Các ngày thứ Bảy làm bù' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => WorkingSaturdayDto)
  workingSaturdays?: WorkingSaturdayDto[];

  @ApiProperty({ type: LegalSourceDto })
  @ValidateNested()
  @Type(() => LegalSourceDto)
  source!: LegalSourceDto;
}

/** A step of the base salary (mức lương cơ sở) with the decree that sets it. */
export class PublishBaseSalaryStepDto {
  @ApiProperty({ example: '2027-07-01', description: 'Ngày bắt đầu áp dụng' })
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  effectiveFrom!: string;

  @ApiProperty({ example: 2_800_000, description: 'Đồng/tháng' })
  @IsInt()
  @Min(100_000)
  @Max(100_000_000)
  vnd!: number;

  @ApiProperty({ type: LegalSourceDto })
  @ValidateNested()
  @Type(() => LegalSourceDto)
  source!: LegalSourceDto;
}

export class LegalPublicationsQueryDto {
  @ApiPropertyOptional({ enum: ['holiday-schedule', 'base-salary-step'] })
  @Optional()
  @IsIn(['holiday-schedule', 'base-salary-step'])
  kind?: 'holiday-schedule' | 'base-salary-step';
}
