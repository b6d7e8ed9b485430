import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Type } from 'class-transformer';
import { PageQueryDto } from '../../http/page-query.dto';
import { DossierStage } from '@tdkt/contracts';
import { Optional } from '../../http/optional';

export class WithdrawDossierDto {
  @ApiProperty({ example: 'Đơn vị xin rút hồ sơ để bổ sung thành tích năm sau' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

export class SupplementDossierDto {
  @ApiPropertyOptional({ example: 'Đã bổ sung biên bản bình xét' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  note?: string;

  @ApiPropertyOptional({ type: [String], description: 'Tệp đã tải lên cho lần bổ sung này' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  attachmentIds?: string[];
}

export class FileObjectionDto {
  @ApiProperty({ example: 'Trần Văn Hùng', description: 'Người phản ánh' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  filerName!: string;

  @ApiProperty({ example: 'Thành tích kê khai chưa đúng thực tế' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  text!: string;
}

export class AddCommentDto {
  @ApiProperty({ example: 'Đề nghị đơn vị kiểm tra lại số liệu năm 2023' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  body!: string;
}

export class ListDossiersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    enum: Object.values(DossierStage),
    isArray: true,
    description: 'Bước (có thể lặp lại)',
  })
  @Optional()
  @Type(() => String)
  @IsIn(Object.values(DossierStage), { each: true })
  stage?: string | string[];

  @ApiPropertyOptional({ example: 'CSTDCS' })
  @Optional()
  @IsString()
  awardCode?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Đơn vị (kể cả đơn vị trực thuộc)' })
  @Optional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: 2024 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ description: 'Chỉ hồ sơ quá hạn ở bước hiện tại' })
  @Optional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    description:
      'Tên người/tập thể được đề nghị (có dấu hoặc không dấu) hoặc mã hồ sơ (HS-2024-000001)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;
}

export class UploadAttachmentDto {
  @ApiPropertyOptional({
    example: 'BIEN_BAN_BINH_XET',
    description: 'Thành phần hồ sơ mà tệp này đáp ứng',
  })
  @Optional()
  @IsString()
  @MaxLength(64)
  documentCode?: string;
}

export class RoutePreviewQueryDto {
  @ApiProperty({ format: 'uuid', description: 'Đơn vị đề nghị' })
  @IsUUID()
  proposingUnitId!: string;

  @ApiProperty({ example: 'CSTDCS' })
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode!: string;

  @ApiPropertyOptional({
    example: 2026,
    description:
      'Năm xét khen thưởng: chọn bộ quy tắc như khi nộp (mặc định: năm của ngày áp dụng)',
  })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
