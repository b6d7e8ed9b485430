import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

export class UploadDossierImportQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị (đơn vị gửi danh sách)' })
  @IsUUID()
  proposingUnitId!: string;
}

export class ListTemplateQueryDto {
  @ApiProperty({ example: 'CSTDCS' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode!: string;

  @ApiProperty({ example: 2024 })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị (in trên tiêu đề danh sách)' })
  @IsUUID()
  unitId!: string;
}

export class LocalizedTextDto {
  @ApiProperty()
  vi!: string;

  @ApiProperty()
  en!: string;
}

export class ImportErrorDto {
  @ApiProperty({ type: Number, nullable: true, description: 'Dòng trong Excel; null: cả tệp' })
  row!: number | null;

  @ApiProperty({ type: String, nullable: true, example: 'C', description: 'Cột trong Excel' })
  column!: string | null;

  @ApiProperty({ type: LocalizedTextDto, nullable: true })
  columnName!: LocalizedTextDto | null;

  @ApiProperty({ example: 'nominee.birthYear' })
  field!: string;

  @ApiProperty({ example: 'year-range' })
  rule!: string;

  @ApiProperty({ type: LocalizedTextDto })
  message!: LocalizedTextDto;
}

export class DossierImportRowDto {
  @ApiProperty()
  rowNumber!: number;

  @ApiProperty()
  nomineeName!: string;

  @ApiProperty()
  awardCode!: string;

  @ApiProperty()
  year!: number;

  @ApiProperty({ enum: ['PENDING', 'DRAFTED', 'SUBMITTED', 'FAILED'] })
  status!: 'PENDING' | 'DRAFTED' | 'SUBMITTED' | 'FAILED';

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  dossierId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'HS-2024-000001' })
  dossierCode!: string | null;

  @ApiProperty({ type: LocalizedTextDto, nullable: true })
  error!: LocalizedTextDto | null;
}

export class DossierImportProgressDto {
  @ApiProperty()
  total!: number;

  @ApiProperty()
  submitted!: number;

  @ApiProperty()
  failed!: number;

  @ApiProperty()
  pending!: number;
}

export class DossierImportDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty({ format: 'uuid' })
  proposingUnitId!: string;

  @ApiProperty()
  proposingUnitName!: string;

  @ApiProperty({
    enum: ['INVALID', 'VALIDATED', 'IMPORTING', 'DONE', 'FAILED'],
    description:
      'INVALID: còn dòng lỗi, không nhập; VALIDATED: mọi dòng hợp lệ, chờ nhập; IMPORTING; DONE; FAILED: không hồ sơ nào được tạo',
  })
  status!: 'INVALID' | 'VALIDATED' | 'IMPORTING' | 'DONE' | 'FAILED';

  @ApiProperty({ description: 'Số dòng đề nghị đọc được' })
  totalRows!: number;

  @ApiProperty({ type: [ImportErrorDto] })
  errors!: ImportErrorDto[];

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  startedAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  finishedAt!: string | null;

  @ApiPropertyOptional({
    description: 'Tệp này đã được tải lên trước đó: trả lại lần nhập cũ, không tạo gì mới',
  })
  replayed!: boolean;

  @ApiProperty({ type: DossierImportProgressDto })
  progress!: DossierImportProgressDto;

  @ApiProperty({ type: [DossierImportRowDto] })
  rows!: DossierImportRowDto[];
}
