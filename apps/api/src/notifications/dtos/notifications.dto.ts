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
  IsUUID,
  Max,
  Min,
} from 'class-validator';
import { Optional } from '../../http/optional';

export class ListNotificationsQueryDto {
  @ApiPropertyOptional({ description: 'true: chỉ thông báo chưa đọc' })
  @Optional()
  @IsIn(['true', 'false'])
  unreadOnly?: 'true' | 'false';

  @ApiPropertyOptional({ default: 20 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Trang tiếp theo: thông báo tạo trước thời điểm này',
  })
  @Optional()
  @IsISO8601()
  before?: string;
}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Các thông báo đã đọc' })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  ids?: string[];

  @ApiPropertyOptional({ description: 'true: đánh dấu tất cả đã đọc' })
  @Optional()
  @IsBoolean()
  all?: boolean;
}

export class NotificationPreferencesDto {
  @ApiPropertyOptional() @Optional() @IsBoolean() inApp?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() email?: boolean;
  @ApiPropertyOptional() @Optional() @IsBoolean() webhook?: boolean;
  @ApiPropertyOptional({ enum: ['vi', 'en'] }) @Optional() @IsIn(['vi', 'en']) locale?: 'vi' | 'en';
}
