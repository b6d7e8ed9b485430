import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsObject, IsString, IsUUID, MaxLength } from 'class-validator';
import { TaskDto } from '../dossiers/dtos/dossier-response.dto';
import { PageQueryDto } from '../http/page-query.dto';
import { Optional } from '../http/optional';

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
