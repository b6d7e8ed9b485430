import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsUUID,
  Max,
  Min,
} from 'class-validator';

export class ListNotificationsQueryDto {
  @ApiPropertyOptional({ description: 'true: chỉ thông báo chưa đọc' })
  @IsOptional()
  @IsIn(['true', 'false'])
  unreadOnly?: 'true' | 'false';

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Trang tiếp theo: thông báo tạo trước thời điểm này',
  })
  @IsOptional()
  @IsISO8601()
  before?: string;
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Các thông báo đã đọc' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'true: đánh dấu tất cả đã đọc' })
  @IsOptional()
  @IsBoolean()
  all?: boolean;
}

export class NotificationPreferencesDto {
  @ApiPropertyOptional() @IsOptional() @IsBoolean() inApp?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() email?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() webhook?: boolean;
  @ApiPropertyOptional({ enum: ['vi', 'en'] }) @IsOptional() @IsIn(['vi', 'en']) locale?:
    'vi' | 'en';
}
