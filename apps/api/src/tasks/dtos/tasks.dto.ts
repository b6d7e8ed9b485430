import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { DossierStage } from '@tdkt/contracts';
import { TaskDto } from '../../dossiers/dtos/dossier-response.dto';
import { PageQueryDto } from '../../http/page-query.dto';
import { Optional } from '../../http/optional';

export class ListTasksQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'true: chỉ việc giao/nhận cho tôi' })
  @Optional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';

  @ApiPropertyOptional({ enum: ['open', 'closed'], default: 'open' })
  @Optional()
  @IsIn(['open', 'closed'])
  status?: 'open' | 'closed';

  @ApiPropertyOptional({ example: 'dossier.review' })
  @Optional()
  @IsString()
  @MaxLength(64)
  type?: string;

  @ApiPropertyOptional({ description: 'true: chỉ việc quá hạn' })
  @Optional()
  @IsIn(['true', 'false'])
  overdue?: 'true' | 'false';

  @ApiPropertyOptional({
    example: 'CSTDCS',
    description: 'Chỉ việc của hồ sơ đề nghị danh hiệu này',
  })
  @Optional()
  @IsString()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/)
  awardCode?: string;

  @ApiPropertyOptional({ example: 2024, description: 'Chỉ việc của hồ sơ năm này' })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({
    enum: Object.values(DossierStage),
    description: 'Chỉ việc của hồ sơ đang ở bước này',
  })
  @Optional()
  @IsIn(Object.values(DossierStage))
  stage?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Chỉ việc của đơn vị này (kể cả trực thuộc)',
  })
  @Optional()
  @IsUUID()
  unitId?: string;
}

export class CompleteTaskDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Kết quả theo loại nhiệm vụ. Thẩm định: {decision: accept|return|reject, ...}; bổ sung: {note, attachmentIds}; quyết định: {decision: approve|refuse, ...}',
    example: {
      decision: 'return',
      items: [{ item: 'BIEN_BAN_BINH_XET', reason: 'Thiếu biên bản bình xét' }],
      deadlineWorkingDays: 10,
    },
  })
  @IsObject()
  outcome!: Record<string, unknown>;
}

export class AssignTaskDto {
  @ApiProperty({ format: 'uuid', description: 'Người được giao (phải có vai trò mà nhiệm vụ cần)' })
  @IsUUID()
  assigneeId!: string;
}

export class TaskPageDto {
  @ApiProperty({ type: [TaskDto] }) items!: TaskDto[];
  @ApiProperty() total!: number;
}

export class TaskCandidateDto {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'demo.reviewer.cm' }) username!: string;
  @ApiProperty({ example: 'Nguyễn Văn A' }) fullName!: string;
  @ApiProperty({ description: 'Nơi công tác' }) workUnitName!: string;
}

export class TaskCandidatesDto {
  @ApiProperty({ type: [TaskCandidateDto] }) items!: TaskCandidateDto[];
}
