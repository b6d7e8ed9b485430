import { BellOutlined, FileAddOutlined, InboxOutlined } from '../../components/icons';
import { Badge, Button, Card, Col, List, Progress, Row, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DossierSummary, useDossiers, useNotifications, useTasks } from '../../api/queries';
import { can } from '../../auth/session';
import { useMe } from '../../auth/useSession';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DeadlineTag } from '../../components/DeadlineTag';
import { EmptyState } from '../../components/EmptyState';
import { roleLabel, stageLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime, localized } from '../../format/format';
import { STAGE_ORDER } from '../dossiers/stages';
import { appPath } from '../notifications/NotificationBell';

/** A week of working days: what "deadlines this week" covers. */
const THIS_WEEK_WORKING_DAYS = 5;

/** Each person's start: their open tasks by deadline, their dossiers by stage, the week's deadlines, unread news. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const me = useMe();
  const readsDossiers = can(me, 'dossier:read');
  const tasks = useTasks({ status: 'open', limit: 50 });
  const dossiers = useDossiers({ limit: 200 }, readsDossiers);
  const unread = useNotifications(true, 5);

  const byStage = useMemo(() => countByStage(dossiers.data?.items ?? []), [dossiers.data]);
  const thisWeek = (tasks.data?.items ?? []).filter(
    (task) =>
      typeof task.workingDaysLeft === 'number' && task.workingDaysLeft <= THIS_WEEK_WORKING_DAYS,
  );
  const roles = [...new Set(me.grants.map((grant) => roleLabel(t, grant.role)))];

  return (
    <>
      <PageHeader
        title={t('home.greeting', { name: me.fullName })}
        subtitle={
          <Space wrap size={[4, 4]}>
            {me.unitName && <span>{me.unitName}</span>}
            {roles.map((role) => (
              <Tag key={role} color="blue">
                {role}
              </Tag>
            ))}
          </Space>
        }
        extra={
          <Space wrap>
            {can(me, 'dossier:create') && (
              <Link to="/dossiers/new">
                <Button type="primary" icon={<FileAddOutlined />}>
                  {t('nav.newDossier')}
                </Button>
              </Link>
            )}
            <Link to="/inbox">
              <Button icon={<InboxOutlined />}>{t('home.openInbox')}</Button>
            </Link>
          </Space>
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={
              <Space>
                {t('home.myTasks')}
                <Badge count={tasks.data?.total ?? 0} showZero color="#0b5cab" />
              </Space>
            }
            extra={<Link to="/inbox">{t('home.seeAll')}</Link>}
            loading={tasks.isPending}
          >
            {tasks.error ? (
              <ApiErrorAlert error={tasks.error} />
            ) : (tasks.data?.items.length ?? 0) === 0 ? (
              <EmptyState text={t('home.noTasks')} />
            ) : (
              <List
                itemLayout="vertical"
                dataSource={tasks.data?.items.slice(0, 6)}
                renderItem={(task) => (
                  <List.Item key={task.id}>
                    <div className="home-task">
                      <Link to={`/inbox?task=${task.id}`} className="home-task-title">
                        {localized(task.title, lang)}
                      </Link>
                      <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
                    </div>
                    <Typography.Text type="secondary">
                      {task.dossier
                        ? `${task.dossier.code} · ${task.dossier.nominee.name}`
                        : task.subject.label}
                      {task.subject.unitName ? ` · ${task.subject.unitName}` : ''}
                    </Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('home.thisWeek')} loading={tasks.isPending}>
            {thisWeek.length === 0 ? (
              <EmptyState text={t('home.nothingThisWeek')} />
            ) : (
              <List
                size="small"
                dataSource={thisWeek}
                renderItem={(task) => (
                  <List.Item key={task.id}>
                    <div className="home-deadline">
                      <span>
                        {task.dossier?.code ?? task.subject.label} · {localized(task.title, lang)}
                      </span>
                      <DeadlineTag dueAt={task.dueAt} workingDaysLeft={task.workingDaysLeft} />
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        {readsDossiers && (
          <Col xs={24} xl={14}>
            <Card
              title={t('home.dossiersByStage')}
              extra={<Link to="/dossiers">{t('home.seeAll')}</Link>}
              loading={dossiers.isPending}
            >
              {dossiers.error ? (
                <ApiErrorAlert error={dossiers.error} />
              ) : byStage.length === 0 ? (
                <EmptyState
                  text={t('home.noDossiers')}
                  action={
                    can(me, 'dossier:create') ? (
                      <Link to="/dossiers/new">
                        <Button type="primary">{t('nav.newDossier')}</Button>
                      </Link>
                    ) : undefined
                  }
                />
              ) : (
                <ul className="stage-bars">
                  {byStage.map(({ stage, count }) => (
                    <li key={stage}>
                      <Link to={`/dossiers?stage=${stage}`} className="stage-bar-label">
                        {stageLabel(t, stage)}
                      </Link>
                      <Progress
                        percent={Math.round((count / (dossiers.data?.items.length ?? 1)) * 100)}
                        format={() => count}
                        aria-label={t('home.stageCount', { stage: stageLabel(t, stage), count })}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        )}
        <Col xs={24} xl={10}>
          <Card
            title={
              <Space>
                <BellOutlined />
                {t('home.unread')}
              </Space>
            }
            extra={<Link to="/notifications">{t('home.seeAll')}</Link>}
            loading={unread.isPending}
          >
            {(unread.data?.items.length ?? 0) === 0 ? (
              <EmptyState text={t('home.noUnread')} />
            ) : (
              <List
                size="small"
                dataSource={unread.data?.items}
                renderItem={(notification) => (
                  <List.Item key={notification.id}>
                    <List.Item.Meta
                      title={
                        appPath(notification.link) ? (
                          <Link to={appPath(notification.link) ?? '/notifications'}>
                            {localized(notification.title, lang)}
                          </Link>
                        ) : (
                          localized(notification.title, lang)
                        )
                      }
                      description={formatDateTime(notification.createdAt)}
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}

function countByStage(dossiers: DossierSummary[]): { stage: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const dossier of dossiers) counts.set(dossier.stage, (counts.get(dossier.stage) ?? 0) + 1);
  return STAGE_ORDER.filter((stage) => counts.has(stage)).map((stage) => ({
    stage,
    count: counts.get(stage) ?? 0,
  }));
}
