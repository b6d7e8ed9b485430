import { BellOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Badge, Button, Empty, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { type Notification, queryKeys, useNotifications, useUnreadCount } from '../../api/queries';
import { formatDateTime, localized } from '../../format/format';

/** Where a notification's link leads inside the app (links in e-mails carry the full address). */
export function appPath(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, window.location.origin);
    // Links to the API itself (e.g. administrators' alerts) are not screens of this app.
    if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return null;
    return `${url.pathname}${url.search}`;
  } catch {
    return null;
  }
}

/** The bell: unread count, the latest notifications, marking them read. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const unread = useUnreadCount();
  const latest = useNotifications(false, 8);
  const count = unread.data?.unread ?? 0;

  const markRead = async (notification?: Notification) => {
    await call(
      api.POST('/api/v1/notifications/read', {
        body: notification ? { ids: [notification.id] } : { all: true },
      }),
    );
    await queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  };

  const follow = (notification: Notification) => {
    if (!notification.readAt) void markRead(notification);
    const path = appPath(notification.link);
    setOpen(false);
    if (path) void navigate(path);
  };

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={
        <div className="bell-title">
          <span>{t('notifications.title')}</span>
          {count > 0 && (
            <Button type="link" size="small" onClick={() => void markRead()}>
              {t('notifications.markAllRead')}
            </Button>
          )}
        </div>
      }
      content={
        <div className="bell-panel">
          {(latest.data?.items.length ?? 0) === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
          ) : (
            <List
              size="small"
              dataSource={latest.data?.items}
              renderItem={(notification) => (
                <List.Item
                  key={notification.id}
                  className={notification.readAt ? 'notification-read' : 'notification-unread'}
                >
                  <button
                    type="button"
                    className="notification-item"
                    onClick={() => follow(notification)}
                  >
                    <Typography.Text strong={!notification.readAt}>
                      {localized(notification.title, lang)}
                    </Typography.Text>
                    <span className="notification-time">
                      {formatDateTime(notification.createdAt)}
                    </span>
                  </button>
                </List.Item>
              )}
            />
          )}
          <Link to="/notifications" onClick={() => setOpen(false)} className="bell-all">
            {t('notifications.seeAll')}
          </Link>
        </div>
      }
    >
      <Button
        type="text"
        className="header-icon-button"
        aria-label={t('notifications.bell', { count })}
        icon={
          <Badge count={count} size="small" overflowCount={99}>
            <BellOutlined className="bell-icon" />
          </Badge>
        }
      />
    </Popover>
  );
}
