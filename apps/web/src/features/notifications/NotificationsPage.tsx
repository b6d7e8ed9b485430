import { CheckOutlined, SettingOutlined } from '../../components/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import { type Notification, queryKeys, useNotifications } from '../../api/queries';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, localized } from '../../format/format';
import { appPath } from './NotificationBell';

/** All my notifications, newest first; unread ones stand out and can be marked read. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notifications = useNotifications(unreadOnly, 100);

  const markRead = async (ids?: string[]) => {
    await call(api.POST('/api/v1/notifications/read', { body: ids ? { ids } : { all: true } }));
    await queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  };
  const follow = (notification: Notification) => {
    if (!notification.readAt) void markRead([notification.id]);
    const path = appPath(notification.link);
    if (path) void navigate(path);
  };

  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        subtitle={t('notifications.subtitle', { count: notifications.data?.unread ?? 0 })}
        extra={
          <Space wrap>
            <Button
              icon={<CheckOutlined />}
              onClick={() => void markRead()}
              disabled={!notifications.data?.unread}
            >
              {t('notifications.markAllRead')}
            </Button>
            <Link to="/settings/notifications">
              <Button icon={<SettingOutlined />}>{t('nav.preferences')}</Button>
            </Link>
          </Space>
        }
      />
      <Card>
        <Segmented
          aria-label={t('notifications.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(value) => setUnreadOnly(value === 'unread')}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: t('notifications.unreadOnly') },
          ]}
          className="notifications-filter"
        />
        {notifications.error ? (
          <ApiErrorAlert error={notifications.error} />
        ) : (
          <List
            loading={notifications.isPending}
            dataSource={notifications.data?.items ?? []}
            locale={{ emptyText: <EmptyState text={t('notifications.empty')} /> }}
            renderItem={(notification) => (
              <List.Item
                key={notification.id}
                className={notification.readAt ? 'notification-read' : 'notification-unread'}
                actions={
                  notification.readAt
                    ? []
                    : [
                        <Button
                          key="read"
                          type="link"
                          onClick={() => void markRead([notification.id])}
                        >
                          {t('notifications.markRead')}
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      {!notification.readAt && <Tag color="blue">{t('notifications.new')}</Tag>}
                      {appPath(notification.link) ? (
                        <Button
                          type="link"
                          className="notification-title"
                          onClick={() => follow(notification)}
                        >
                          {localized(notification.title, lang)}
                        </Button>
                      ) : (
                        <Typography.Text strong>
                          {localized(notification.title, lang)}
                        </Typography.Text>
                      )}
                    </Space>
                  }
                  description={
                    <>
                      <div className="notification-body">{localized(notification.body, lang)}</div>
                      <div className="notification-footer">
                        <time dateTime={notification.createdAt} className="notification-time">
                          {formatDateTime(notification.createdAt)}
                        </time>
                        {!notification.readAt && (
                          <Button
                            type="link"
                            size="small"
                            onClick={() => void markRead([notification.id])}
                          >
                            {t('notifications.markRead')}
                          </Button>
                        )}
                      </div>
                    </>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
