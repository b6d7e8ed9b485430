import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { LegalSourceDto, LocalizedNameDto } from './legal-data.dto';

/** Who published. */
export class PublisherDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Nguyễn Văn A' })
  name!: string | null;
}

/** One entry of the publication log. */
export class LegalPublicationDto {
  @ApiProperty({ example: 3, description: 'Số phiên bản, tăng dần, không bao giờ sửa' })
  revision!: number;

  @ApiProperty({ enum: ['holiday-schedule', 'base-salary-step'] })
  kind!: 'holiday-schedule' | 'base-salary-step';

  @ApiProperty({
    example: '2027',
    description: 'Năm của lịch nghỉ, hoặc ngày hiệu lực của mức lương cơ sở',
  })
  key!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Dữ liệu đã công bố (lịch nghỉ của năm, hoặc bậc lương cơ sở) kèm văn bản nguồn',
  })
  value!: unknown;

  @ApiProperty({ format: 'date-time' })
  publishedAt!: string;

  @ApiProperty({ type: PublisherDto })
  publishedBy!: PublisherDto;
}

/** An entry of the log, with whether a later publication of the same key has replaced it. */
export class LegalPublicationEntryDto extends LegalPublicationDto {
  @ApiProperty({
    description: 'Sai khi một công bố sau của cùng năm / cùng ngày hiệu lực thay thế',
  })
  inEffect!: boolean;
}

/** What looks odd in a publication but may be lawful. */
export class PublicationWarningDto {
  @ApiProperty({ example: 'breaks' })
  field!: string;

  @ApiProperty({ example: 'statutory-holiday-outside-breaks' })
  rule!: string;

  @ApiProperty({ type: LocalizedNameDto })
  message!: LocalizedNameDto;
}

/** Whether the running workflows were told. */
export class CalendarPropagationDto {
  @ApiProperty({ description: 'Sai khi Temporal không nhận: gọi lại `retry`' })
  started!: boolean;

  @ApiPropertyOptional({ example: 'calendar-propagation-3' })
  workflowId?: string;

  @ApiPropertyOptional({ example: 'POST /api/v1/legal-data/publications/3/propagate' })
  retry?: string;
}

/** A new publication: the entry, its warnings. */
export class PublishedLegalDataDto extends LegalPublicationDto {
  @ApiProperty({ type: [PublicationWarningDto] })
  warnings!: PublicationWarningDto[];
}

/** A new holiday schedule: the entry, its warnings and the propagation to running workflows. */
export class PublishedHolidayScheduleDto extends PublishedLegalDataDto {
  @ApiProperty({ type: CalendarPropagationDto })
  propagation!: CalendarPropagationDto;
}

/** A repeated propagation. */
export class RepeatedPropagationDto {
  @ApiProperty({ example: 3 })
  revision!: number;

  @ApiProperty({ type: CalendarPropagationDto })
  propagation!: CalendarPropagationDto;
}

/** A base-salary step in effect. */
export class SalaryStepDto {
  @ApiProperty({ example: '2026-07-01', description: 'Áp dụng từ ngày' })
  from!: string;

  @ApiProperty({ example: 2_530_000, description: 'Mức lương cơ sở (đồng/tháng)' })
  vnd!: number;

  @ApiProperty({ type: LegalSourceDto })
  source!: LegalSourceDto;

  @ApiProperty({
    enum: ['published', 'release'],
    description: 'Công bố qua API, hoặc có sẵn trong phiên bản',
  })
  origin!: 'published' | 'release';

  @ApiProperty({ type: Number, nullable: true, description: 'Phiên bản công bố, nếu có' })
  revision!: number | null;
}

/**
 * A source as recorded with the built-in calendar: the statutory days and the schedules recorded
 * before statuses were kept carry no status (a publication always does).
 */
export class RecordedLegalSourceDto extends OmitType(LegalSourceDto, ['status'] as const) {
  @ApiPropertyOptional({
    enum: ['confirmed', 'unconfirmed'],
    description: 'Absent on sources recorded before statuses were kept, and on statutory days',
  })
  status?: 'confirmed' | 'unconfirmed';
}

/** A day off of a year's calendar, with the document it comes from. */
export class DayOffDto {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ type: LocalizedNameDto }) name!: LocalizedNameDto;
  @ApiProperty({ type: RecordedLegalSourceDto }) source!: RecordedLegalSourceDto;
}

/** A Saturday worked in exchange for a weekday off. */
export class WorkingSaturdayViewDto extends DayOffDto {
  @ApiProperty({ format: 'date', description: 'Ngày thường được nghỉ đổi lại' })
  inLieuOf!: string;
}

/** A year's days off for public servants, and where the schedule comes from. */
export class HolidayYearDto {
  @ApiProperty() year!: number;
  @ApiProperty({
    description:
      'Sai khi chưa có lịch chính thức: tính theo Bộ luật Lao động (tạm tính), có thể thay đổi khi lịch được công bố',
  })
  official!: boolean;
  @ApiProperty({ type: [DayOffDto] }) daysOff!: DayOffDto[];
  @ApiProperty({ type: [WorkingSaturdayViewDto] }) workingSaturdays!: WorkingSaturdayViewDto[];
  @ApiProperty({
    enum: ['release', 'published', 'provisional'],
    description: 'Có sẵn trong phiên bản, đã công bố qua hệ thống, hoặc tạm tính',
  })
  origin!: 'release' | 'published' | 'provisional';
  @ApiProperty({ type: Number, nullable: true }) revision!: number | null;
}

export class PropagationResultDto {
  @ApiProperty({ description: 'Số quy trình đã được báo' }) signalled!: number;
  @ApiProperty({ description: 'Số quy trình đã kết thúc trước khi được báo' }) gone!: number;
}

export class MovedDeadlineDto {
  @ApiProperty({ example: 'HS-2026-000012' }) code!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() awardCode!: string;
  @ApiProperty({ example: 'review:district' }) taskKey!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

/** What a holiday publication did to the running workflows. */
export class PropagationEffectsDto {
  @ApiProperty() revision!: number;
  @ApiProperty({
    example: 'COMPLETED',
    description: 'NOT_STARTED (gọi lại propagate), RUNNING, COMPLETED, FAILED…',
  })
  status!: string;
  @ApiProperty({ type: PropagationResultDto, nullable: true })
  result!: PropagationResultDto | null;
  @ApiProperty({ type: [MovedDeadlineDto], description: 'Các thời hạn của hồ sơ đã dời' })
  moved!: MovedDeadlineDto[];
}
