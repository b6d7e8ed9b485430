import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LocalizedTextDto } from '../../dossiers/dtos/dossier-response.dto';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'dossier.returned' }) template!: string;
  @ApiProperty({ type: LocalizedTextDto }) title!: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) body!: LocalizedTextDto;
  @ApiProperty({ type: 'object', additionalProperties: true })
  params!: Record<string, string | number | boolean | null>;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Đường dẫn tới việc liên quan',
  })
  link!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'date-time' }) readAt!:
    string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items!: NotificationDto[];
  @ApiProperty({ description: 'Số thông báo chưa đọc' }) unread!: number;
}

export class UnreadCountDto {
  @ApiProperty() unread!: number;
}

export class MarkedReadDto {
  @ApiProperty() marked!: number;
}

export class NotificationPreferencesViewDto {
  @ApiProperty() inApp!: boolean;
  @ApiProperty() email!: boolean;
  @ApiProperty() webhook!: boolean;
  @ApiProperty({ enum: ['vi', 'en'] }) locale!: 'vi' | 'en';
}
