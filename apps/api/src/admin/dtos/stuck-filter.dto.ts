import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { DossierStage, STUCK_REASONS, type StuckFilter, type StuckReason } from '@tdkt/contracts';
import { Optional } from '../../http/optional';

const DURATION = /^\d{1,6}[smhd]$/;
const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Which workflows an operator looks at, in the query of a list or the body of a bulk repair. */
export class StuckFilterDto {
  @ApiPropertyOptional({
    example: 'dossierWorkflow',
    description: 'Loại quy trình (workflow type)',
  })
  @Optional()
  @IsString()
  @MaxLength(100)
  workflowType?: string;

  @ApiPropertyOptional({ enum: Object.values(DossierStage), description: 'Bước của hồ sơ' })
  @Optional()
  @IsIn(Object.values(DossierStage))
  stage?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Đơn vị đề nghị (gồm các đơn vị trực thuộc)',
  })
  @Optional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional({ example: 'CSTDCS' })
  @Optional()
  @IsString()
  @MaxLength(64)
  awardCode?: string;

  @ApiPropertyOptional({ example: 2024 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ enum: STUCK_REASONS, description: 'Lý do bị kẹt' })
  @Optional()
  @IsIn(STUCK_REASONS)
  reason?: StuckReason;

  @ApiPropertyOptional({
    example: '2d',
    description: 'Chỉ những trường hợp đã kẹt ít nhất chừng này (90s, 30m, 12h, 2d)',
  })
  @Optional()
  @Matches(DURATION, { message: 'age must be a duration such as 90s, 30m, 12h or 2d' })
  age?: string;

  /** The filter as the use cases take it. */
  toFilter(): StuckFilter {
    const match = this.age === undefined ? null : /^(\d+)([smhd])$/.exec(this.age);
    return {
      ...(this.workflowType === undefined ? {} : { workflowType: this.workflowType }),
      ...(this.stage === undefined ? {} : { stage: this.stage }),
      ...(this.unitId === undefined ? {} : { unitId: this.unitId }),
      ...(this.awardCode === undefined ? {} : { awardCode: this.awardCode }),
      ...(this.year === undefined ? {} : { year: this.year }),
      ...(this.reason === undefined ? {} : { reason: this.reason }),
      ...(match === null
        ? {}
        : { minAgeSeconds: Number(match[1]) * (UNIT_SECONDS[match[2] ?? 's'] ?? 1) }),
    };
  }
}

/** A page of the stuck list: the filter, how many running workflows a page examines, where it begins. */
export class StuckListQueryDto extends StuckFilterDto {
  @ApiPropertyOptional({
    default: 100,
    minimum: 1,
    maximum: 1000,
    description:
      'Số quy trình đang chạy xét trong một trang (running workflows examined per page; the stuck ones among them are listed)',
  })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  pageSize?: number;

  @ApiPropertyOptional({
    description: 'nextPageToken của trang trước (the previous page’s nextPageToken; same filter)',
  })
  @Optional()
  @Matches(/^[A-Za-z0-9_-]{1,4096}$/, {
    message: 'pageToken must be the nextPageToken of a previous page',
  })
  pageToken?: string;
}
