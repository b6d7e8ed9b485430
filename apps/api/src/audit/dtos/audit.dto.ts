import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import type { AuditFilter, AuditPage, AuditRecordView } from '@tdkt/server-feature-identity';

/** Filters of the audit log; they combine with AND. */
export class AuditFilterDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'From (inclusive)' })
  @IsOptional()
  @IsISO8601()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'To (exclusive)' })
  @IsOptional()
  @IsISO8601()
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ example: 'dossier.submitted' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_.]{0,63}$/)
  action?: string;

  @ApiPropertyOptional({ example: 'dossier' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,31}$/)
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Rows about this unit or any unit below it' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(128)
  requestId?: string;

  @ApiPropertyOptional({ example: 'HS-2024-000001' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  workflowId?: string;

  toFilter(): AuditFilter {
    return {
      from: this.from === undefined ? undefined : new Date(this.from),
      to: this.to === undefined ? undefined : new Date(this.to),
      actorId: this.actorId,
      action: this.action,
      entityType: this.entityType,
      entityId: this.entityId,
      unitId: this.unitId,
      requestId: this.requestId,
      workflowId: this.workflowId,
    };
  }
}

export class AuditQueryDto extends AuditFilterDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,19}$/)
  before?: string;
}

export class AuditRecordDto {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt!: string;

  @ApiProperty({ enum: ['user', 'system', 'worker', 'scheduler', 'anonymous'] })
  actorKind!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  actorId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  actorUsername!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'UNIT_OFFICER' })
  actorRole!: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Unit the actor acted for',
  })
  actorUnitId!: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Unit the change concerns',
  })
  unitId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  unitCode!: string | null;

  @ApiProperty({ example: 'dossier.submitted' })
  action!: string;

  @ApiProperty({ example: 'dossier' })
  entityType!: string;

  @ApiProperty()
  entityId!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  before!: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true })
  after!: Record<string, unknown> | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  requestId!: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  workflowId!: string | null;

  static from(record: AuditRecordView): AuditRecordDto {
    return { ...record };
  }
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditRecordDto] })
  items!: AuditRecordDto[];

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Pass as `before` for the next page',
  })
  nextCursor!: string | null;

  static from(page: AuditPage): AuditPageDto {
    return { items: page.items.map(AuditRecordDto.from), nextCursor: page.nextCursor };
  }
}
