import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  Max,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { BULK_REPAIR_ACTIONS, type BulkRepairAction, type ResetPoint } from '@tdkt/contracts';
import { StuckFilterDto } from './stuck-filter.dto';
import { Optional } from '../../http/optional';

/** Every repair says why; the reason goes into the audit trail. */
export class RepairReasonDto {
  @ApiProperty({
    example: 'PostgreSQL đã hoạt động lại sau sự cố',
    description: 'Lý do (ghi nhật ký)',
  })
  @IsString()
  @MinLength(5)
  @MaxLength(1000)
  reason!: string;
}

export class RetryActivitiesDto extends RepairReasonDto {
  @ApiPropertyOptional({ description: 'Chỉ hoạt động này (mặc định: mọi hoạt động đang thử lại)' })
  @Optional()
  @IsString()
  @MaxLength(255)
  activityId?: string;
}

const RESET_TARGETS = ['start', 'last-good', 'event'] as const;

export class ResetWorkflowDto extends RepairReasonDto {
  @ApiProperty({
    enum: RESET_TARGETS,
    description:
      'start: chạy lại từ đầu với mã hiện hành; last-good: trước lần lỗi đầu tiên; event: một sự kiện WorkflowTaskCompleted',
  })
  @IsIn(RESET_TARGETS)
  to!: (typeof RESET_TARGETS)[number];

  @ApiPropertyOptional({ description: 'Với to=event: mã sự kiện WorkflowTaskCompleted' })
  @ValidateIf((dto: ResetWorkflowDto) => dto.to === 'event')
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // Far above Temporal's history limit (51,200 events by default).
  @Max(10_000_000)
  eventId?: number;

  /** The reset point as the use cases take it. */
  point(): ResetPoint {
    return this.to === 'event' ? { to: 'event', eventId: this.eventId ?? 0 } : { to: this.to };
  }
}

export class ReassignTaskDto extends RepairReasonDto {
  @ApiProperty({ format: 'uuid', description: 'Người nhận (phải có vai trò nhiệm vụ cần)' })
  @IsUUID()
  assigneeId!: string;
}

export class BulkRepairDto extends RepairReasonDto {
  @ApiProperty({ enum: BULK_REPAIR_ACTIONS })
  @IsIn(BULK_REPAIR_ACTIONS)
  action!: BulkRepairAction;

  @ApiProperty({ type: StuckFilterDto, description: 'Các quy trình bị kẹt được chọn' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => StuckFilterDto)
  filter!: StuckFilterDto;

  @ApiPropertyOptional({ default: false, description: 'true: chỉ cho xem sẽ thay đổi gì' })
  @Optional()
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ default: 4, description: 'Số quy trình xử lý cùng lúc' })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(32)
  concurrency?: number;

  @ApiPropertyOptional({ enum: ['start', 'last-good'], description: 'Với action=reset' })
  // Required for a reset; checked whenever it is sent, so a wrong value is never silently ignored.
  @ValidateIf((dto: BulkRepairDto) => dto.action === 'reset' || dto.resetTo !== undefined)
  @IsIn(['start', 'last-good'])
  resetTo?: 'start' | 'last-good';
}
