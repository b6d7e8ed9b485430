import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  MAX_REMINDER_OFFSET_WORKING_DAYS,
  PLAN_ITEM_KINDS,
  QUARTERS,
  type PlanItemKind,
  type Quarter,
} from '@tdkt/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Optional } from '../../http/optional';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An optional list of at most `maxItems` non-empty texts of up to 2000 characters (a plan's sections). */
function OptionalTexts(description: string, maxItems = 100): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [String], description }),
    Optional(),
    IsArray(),
    ArrayMaxSize(maxItems),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(2000, { each: true }),
  );
}

export class ImportPlanDto {
  @ApiProperty({ description: 'Kế hoạch dạng YAML hoặc JSON, theo mẫu infra/seed/plan-2024.yaml' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  source!: string;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị ban hành kế hoạch' })
  @IsUUID()
  issuerUnitId!: string;

  @ApiPropertyOptional({ default: true, description: 'false: chỉ lưu dự thảo, chưa ban hành' })
  @Optional()
  @IsBoolean()
  activate?: boolean;
}

/** A plan document to simulate: its year as the workflow would live it, nothing stored. */
export class SimulatePlanDto {
  @ApiProperty({ description: 'Kế hoạch dạng YAML hoặc JSON, theo mẫu infra/seed/plan-2024.yaml' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1_000_000)
  source!: string;
}

/** The header of a draft plan (chiefly next year's draft): what the standing body fills in before issuing it. */
export class EditDraftPlanDto {
  @ApiPropertyOptional({
    example: '12/KH-UBND',
    description: 'Số văn bản (bắt buộc trước khi ban hành)',
  })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  number?: string;

  @ApiPropertyOptional({
    type: String,
    example: '2025-01-10',
    nullable: true,
    description: 'Ngày ban hành',
  })
  @IsOptional()
  @Matches(ISO_DATE)
  @IsISO8601({ strict: true })
  issuedOn?: string | null;

  @ApiPropertyOptional({ type: String, example: 'Phó Chủ tịch UBND huyện', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  signer?: string | null;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Cơ quan thường trực: đơn vị ban hành hoặc đơn vị trực thuộc',
  })
  @Optional()
  @IsUUID()
  standingBodyUnitId?: string;

  @OptionalTexts('Căn cứ ban hành')
  legalBasis?: string[];

  @OptionalTexts('Mục tiêu')
  goals?: string[];

  @OptionalTexts('Nhiệm vụ thường xuyên')
  standingDuties?: string[];

  @OptionalTexts('Nơi nhận', 500)
  recipients?: string[];

  @ApiPropertyOptional({
    type: [Number],
    example: [10, 3],
    description: 'Số ngày làm việc trước hạn gửi nhắc việc',
  })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(MAX_REMINDER_OFFSET_WORKING_DAYS, { each: true })
  reminderOffsets?: number[];
}

export class LocalizedTextInputDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) vi!: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) en!: string;
}

export class PlanItemChangesDto {
  @ApiPropertyOptional({ enum: QUARTERS, description: 'Quý 1–4' })
  @Optional()
  @Type(() => Number)
  @IsIn(QUARTERS)
  quarter?: Quarter;

  @ApiPropertyOptional({
    type: String,
    example: '2024-06-11',
    nullable: true,
    description: 'Hạn cụ thể trong quý (mặc định: ngày cuối quý)',
  })
  @IsOptional()
  @Matches(ISO_DATE)
  dueOn?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  ownerUnitId?: string;

  @ApiPropertyOptional({ enum: PLAN_ITEM_KINDS })
  @Optional()
  @IsIn(PLAN_ITEM_KINDS)
  kind?: PlanItemKind;

  @ApiPropertyOptional({ type: LocalizedTextInputDto })
  @Optional()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextInputDto)
  text?: LocalizedTextInputDto;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  recurring?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Đơn vị tham gia đợt nộp hồ sơ / đăng ký' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  participantUnitIds?: string[];
}

export class AddPlanItemDto {
  @ApiProperty({ example: 'q3-extra-training' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{1,63}$/)
  key!: string;

  @ApiProperty({ enum: QUARTERS, description: 'Quý 1–4' }) @IsIn(QUARTERS) quarter!: Quarter;
  @ApiPropertyOptional({ type: String, example: '2024-09-15', nullable: true })
  @IsOptional()
  @Matches(ISO_DATE)
  dueOn?: string | null;
  @ApiProperty({ format: 'uuid' }) @IsUUID() ownerUnitId!: string;
  @ApiProperty({ enum: PLAN_ITEM_KINDS }) @IsIn(PLAN_ITEM_KINDS) kind!: PlanItemKind;

  @ApiProperty({ type: LocalizedTextInputDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LocalizedTextInputDto)
  text!: LocalizedTextInputDto;

  @ApiPropertyOptional() @Optional() @IsBoolean() recurring?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  participantUnitIds?: string[];
}

export class EvidenceDto {
  @ApiProperty({ enum: ['document', 'link'] })
  @IsIn(['document', 'link'])
  type!: 'document' | 'link';

  @ApiPropertyOptional({ example: '125/BC-UBND', description: 'Số văn bản (khi type = document)' })
  @Optional()
  @IsString()
  @MaxLength(64)
  number?: string;

  @ApiPropertyOptional({
    example: '2024-06-10',
    description: 'Ngày ban hành (khi type = document)',
  })
  @Optional()
  @Matches(ISO_DATE)
  issuedOn?: string;

  @ApiPropertyOptional({
    example: 'https://cammy.dongnai.gov.vn/…',
    description: 'Đường dẫn (khi type = link)',
  })
  @Optional()
  @IsUrl({ require_protocol: true })
  url?: string;

  @ApiPropertyOptional({ example: 'Báo cáo kết quả tổ chức kỷ niệm 11/6' })
  @Optional()
  @IsString()
  @MaxLength(500)
  title?: string;
}

export class CompletePlanItemDto {
  @ApiProperty({ type: EvidenceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => EvidenceDto)
  evidence!: EvidenceDto;

  @ApiPropertyOptional({ example: 'Đã tổ chức lễ kỷ niệm, có báo cáo kèm theo' })
  @Optional()
  @IsString()
  @MaxLength(2000)
  note?: string;

  @ApiPropertyOptional({
    example: '2024-06-11',
    description:
      'Ngày thực hiện xong, khi cập nhật muộn (không sau hôm nay); mặc định hôm nay. Kế hoạch đã kết thúc vẫn ghi nhận được.',
  })
  @Optional()
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  completedOn?: string;
}

export class RegistrationEntryDto {
  @ApiProperty({ example: 'CSTDCS' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode!: string;
  @ApiProperty({ enum: ['individual', 'collective'] })
  @IsIn(['individual', 'collective'])
  nomineeKind!: 'individual' | 'collective';
  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  nomineeName!: string;
}

export class RegisterForEmulationDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị đăng ký' })
  @IsUUID()
  unitId!: string;

  @ApiProperty({ type: [RegistrationEntryDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => RegistrationEntryDto)
  entries!: RegistrationEntryDto[];
}

export class ListPlansQueryDto {
  @ApiPropertyOptional()
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
  @ApiPropertyOptional({ enum: ['DRAFT', 'ACTIVE', 'CLOSED'] })
  @Optional()
  @IsIn(['DRAFT', 'ACTIVE', 'CLOSED'])
  status?: 'DRAFT' | 'ACTIVE' | 'CLOSED';
}

export class ListPlanItemsQueryDto {
  @ApiPropertyOptional({ enum: QUARTERS })
  @Optional()
  @Type(() => Number)
  @IsIn(QUARTERS)
  quarter?: Quarter;
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @IsUUID() ownerUnitId?: string;
}

export class ListRegistrationsQueryDto {
  @ApiProperty({ example: 2025 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
  @ApiPropertyOptional({ format: 'uuid' }) @Optional() @IsUUID() unitId?: string;
}
