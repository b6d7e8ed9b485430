import { type DynamicModule, Module } from '@nestjs/common';
import { DeliveryLedger } from './channels/delivery-ledger';
import { EmailChannel } from './channels/email-channel';
import { InAppChannel } from './channels/in-app-channel';
import { WebhookChannel } from './channels/webhook-channel';
import { CountUnreadNotificationsUseCase } from './inbox/count-unread-notifications/count-unread-notifications.use-case';
import { ListMyNotificationsUseCase } from './inbox/list-my-notifications/list-my-notifications.use-case';
import { MarkNotificationsReadUseCase } from './inbox/mark-notifications-read/mark-notifications-read.use-case';
import { NotificationDeliverySettings } from './notification-settings';
import { GetNotificationPreferencesUseCase } from './preferences/get-notification-preferences/get-notification-preferences.use-case';
import { UpdateNotificationPreferencesUseCase } from './preferences/update-notification-preferences/update-notification-preferences.use-case';
import { RecipientDirectory } from './recipients/recipient-directory';
import { SendNotificationUseCase } from './send-notification/send-notification.use-case';

const READ_SIDE = [
  ListMyNotificationsUseCase,
  CountUnreadNotificationsUseCase,
  MarkNotificationsReadUseCase,
  GetNotificationPreferencesUseCase,
  UpdateNotificationPreferencesUseCase,
];

/** What people do with their notifications (list, count, mark read, preferences): for the API. */
@Module({ providers: READ_SIDE, exports: READ_SIDE })
export class NotificationInboxModule {}

/** Sending notifications on every channel: for the worker, configured with its SMTP and webhook settings. */
@Module({})
export class NotificationDeliveryModule {
  static forRoot(settings: NotificationDeliverySettings): DynamicModule {
    return {
      module: NotificationDeliveryModule,
      providers: [
        { provide: NotificationDeliverySettings, useValue: settings },
        RecipientDirectory,
        DeliveryLedger,
        InAppChannel,
        EmailChannel,
        WebhookChannel,
        SendNotificationUseCase,
      ],
      exports: [SendNotificationUseCase, RecipientDirectory],
    };
  }
}
