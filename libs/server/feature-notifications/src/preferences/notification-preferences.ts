/** A person's choice of channels and language; what applies when they never chose. */
export interface NotificationPreferences {
  inApp: boolean;
  email: boolean;
  webhook: boolean;
  locale: 'vi' | 'en';
}

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  inApp: true,
  email: true,
  webhook: false,
  locale: 'vi',
};
