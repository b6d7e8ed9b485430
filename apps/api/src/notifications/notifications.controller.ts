import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppError, type AuthenticatedUser } from '@tdkt/contracts';
import {
  CountUnreadNotificationsUseCase,
  GetNotificationPreferencesUseCase,
  ListMyNotificationsUseCase,
  MarkNotificationsReadUseCase,
  UpdateNotificationPreferencesUseCase,
} from '@tdkt/server-feature-notifications';
import { RequirePermission } from '../auth/access.decorators';
import { CurrentUser } from '../auth/current-user.decorator';
import {
  ListNotificationsQueryDto,
  MarkReadDto,
  NotificationPreferencesDto,
} from './dtos/notifications.dto';
import {
  MarkedReadDto,
  NotificationPageDto,
  NotificationPreferencesViewDto,
  UnreadCountDto,
} from './dtos/notification-responses.dto';

/** The signed-in person's own notifications and how they want to receive them. */
@ApiTags('notifications')
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(
    private readonly listMine: ListMyNotificationsUseCase,
    private readonly countUnread: CountUnreadNotificationsUseCase,
    private readonly markRead: MarkNotificationsReadUseCase,
    private readonly getPreferences: GetNotificationPreferencesUseCase,
    private readonly updatePreferences: UpdateNotificationPreferencesUseCase,
  ) {}

  @Get()
  @RequirePermission('notification:read')
  @ApiOperation({ summary: 'My notifications, newest first, with the unread count' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Query() query: ListNotificationsQueryDto, @CurrentUser() user: AuthenticatedUser) {
    return this.listMine.execute({
      userId: user.id,
      unreadOnly: query.unreadOnly === 'true',
      limit: query.limit,
      before: query.before,
    });
  }

  @Get('unread-count')
  @RequirePermission('notification:read')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountDto })
  unread(@CurrentUser() user: AuthenticatedUser) {
    return this.countUnread.execute({ userId: user.id });
  }

  @Post('read')
  @HttpCode(HttpStatus.OK)
  @RequirePermission('notification:read')
  @ApiOperation({ summary: 'Mark some (ids) or all (all: true) of my notifications read' })
  @ApiOkResponse({ type: MarkedReadDto })
  read(@Body() body: MarkReadDto, @CurrentUser() user: AuthenticatedUser) {
    if (body.all === true) return this.markRead.execute({ userId: user.id, all: true });
    if (body.ids === undefined) {
      throw new AppError('VALIDATION_FAILED', [
        {
          field: 'ids',
          rule: 'isDefined',
          message: { vi: 'Cần "ids" hoặc "all": true.', en: 'Send "ids" or "all": true.' },
        },
      ]);
    }
    return this.markRead.execute({ userId: user.id, ids: body.ids });
  }

  @Get('preferences')
  @RequirePermission('notification:read')
  @ApiOperation({ summary: 'My channels (in-app, e-mail, webhook) and language' })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  preferences(@CurrentUser() user: AuthenticatedUser) {
    return this.getPreferences.execute({ userId: user.id });
  }

  @Put('preferences')
  @RequirePermission('notification:read')
  @ApiOperation({ summary: 'Choose my channels and language' })
  // Each field is optional and an absent one is left as it is: an empty or absent body changes nothing.
  @ApiBody({ type: NotificationPreferencesDto, required: false })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  setPreferences(@Body() body: NotificationPreferencesDto, @CurrentUser() user: AuthenticatedUser) {
    return this.updatePreferences.execute({ userId: user.id, ...body });
  }
}
