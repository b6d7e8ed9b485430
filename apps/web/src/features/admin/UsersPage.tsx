import { SearchOutlined, UserAddOutlined } from '../../components/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Drawer,
  Form,
  Grid,
  Input,
  List,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, call, type Schemas } from '../../api/client';
import { ApiErrorAlert, errorMessage } from '../../components/ApiErrorAlert';
import { EmptyState } from '../../components/EmptyState';
import { showFieldErrors } from '../../components/form-errors';
import { roleLabel } from '../../components/labels';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/format';

type User = Schemas['UserDto'];
type Role = Schemas['GrantRoleDto']['role'];
const ROLES: Role[] = [
  'UNIT_OFFICER',
  'UNIT_HEAD',
  'REVIEWER',
  'COUNCIL_SECRETARY',
  'COUNCIL_MEMBER',
  'LEADER',
  'ADMIN',
  'AUDITOR',
];

/** `nguyen` finds `Nguyễn`: search without diacritics, as people type on a phone. */
export function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/**
 * Accounts and their roles: each role is granted on a unit and covers the units below it. The
 * administrator creates accounts, grants and revokes roles, disables and enables accounts; every
 * change is audited.
 */
export function UsersPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const query = params.get('q') ?? '';
  const users = useQuery({
    queryKey: ['admin', 'users'],
    queryFn: () => call(api.GET('/api/v1/users')),
  });
  const units = useQuery({
    queryKey: ['units'],
    queryFn: () => call(api.GET('/api/v1/units', { params: { query: {} } })),
    staleTime: 10 * 60_000,
  });
  const unitName = useMemo(
    () => new Map((units.data ?? []).map((unit) => [unit.id, unit.name])),
    [units.data],
  );
  const shown = (users.data ?? []).filter(
    (user) => query === '' || plain(`${user.fullName} ${user.username}`).includes(plain(query)),
  );
  const openId = params.get('user');
  const open = (users.data ?? []).find((user) => user.id === openId);

  const columns: ColumnsType<User> = [
    {
      title: t('users.person'),
      key: 'person',
      render: (_, user) => (
        <div>
          <Button
            type="link"
            className="task-link"
            onClick={() => setParams({ q: query, user: user.id })}
          >
            {user.fullName}
          </Button>
          <div className="task-subject">
            {user.username} · {unitName.get(user.unitId) ?? '—'}
          </div>
        </div>
      ),
    },
    {
      title: t('users.roles'),
      key: 'roles',
      responsive: ['md'],
      render: (_, user) => (
        <Space wrap size={[4, 4]}>
          {user.grants.map((grant) => (
            <Tag key={grant.id} color="blue">
              {roleLabel(t, grant.role)} – {unitName.get(grant.unitId) ?? '—'}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.state'),
      key: 'state',
      render: (_, user) =>
        user.disabled ? (
          <Tag color="error">{t('users.disabled')}</Tag>
        ) : user.lockedUntil && Date.parse(user.lockedUntil) > Date.now() ? (
          <Tag color="warning">
            {t('users.locked', { until: formatDateTime(user.lockedUntil) })}
          </Tag>
        ) : (
          <Tag color="success">{t('users.enabled')}</Tag>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={t('users.subtitle')}
        extra={
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card className="filters-card">
        <Input
          allowClear
          className="filter-search"
          prefix={<SearchOutlined />}
          aria-label={t('users.search')}
          placeholder={t('users.search')}
          value={query}
          onChange={(event) => setParams(event.target.value ? { q: event.target.value } : {})}
        />
      </Card>
      {users.error ? (
        <ApiErrorAlert error={users.error} />
      ) : screens.md ? (
        <Table<User>
          rowKey="id"
          loading={users.isPending}
          columns={columns}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          locale={{ emptyText: <EmptyState text={t('users.empty')} /> }}
        />
      ) : (
        <List<User>
          loading={users.isPending}
          dataSource={shown}
          pagination={{ pageSize: 20, hideOnSinglePage: true, size: 'small' }}
          renderItem={(user) => (
            <List.Item key={user.id}>
              <div className="inbox-card">
                <Button
                  type="link"
                  className="task-link"
                  onClick={() => setParams({ q: query, user: user.id })}
                >
                  {user.fullName}
                </Button>
                <div className="task-subject">{user.username}</div>
                <Space wrap size={[4, 4]}>
                  {user.grants.map((grant) => (
                    <Tag key={grant.id} color="blue">
                      {roleLabel(t, grant.role)}
                    </Tag>
                  ))}
                </Space>
              </div>
            </List.Item>
          )}
        />
      )}
      <Drawer
        open={open !== undefined}
        onClose={() => setParams(query ? { q: query } : {})}
        size={screens.md ? 560 : '100%'}
        title={open?.fullName ?? ''}
        destroyOnHidden
      >
        {open && <UserGrants user={open} unitName={unitName} units={units.data ?? []} />}
      </Drawer>
      {creating && <CreateUserModal units={units.data ?? []} onClose={() => setCreating(false)} />}
    </>
  );
}

function UserGrants({
  user,
  unitName,
  units,
}: {
  user: User;
  unitName: ReadonlyMap<string, string>;
  units: readonly Schemas['UnitDto'][];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ role: Role; unitId: string }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await action();
      void message.success(done);
      await refresh();
    } catch (failure) {
      setError(failure);
      void message.error(errorMessage(failure, lang, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Typography.Paragraph type="secondary">
        {user.username} · {unitName.get(user.unitId) ?? '—'}
        {user.email ? ` · ${user.email}` : ''}
      </Typography.Paragraph>
      <Card size="small" title={t('users.grants')} className="detail-section">
        <List
          size="small"
          dataSource={user.grants}
          locale={{ emptyText: t('users.noGrants') }}
          renderItem={(grant) => (
            <List.Item
              key={grant.id}
              actions={[
                <Popconfirm
                  key="revoke"
                  title={t('users.revokeConfirm')}
                  okText={t('users.revoke')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    void act(
                      () =>
                        call(
                          api.POST('/api/v1/role-grants/{id}/revoke', {
                            params: { path: { id: grant.id } },
                            body: { reason: t('users.revokeReason') },
                          }),
                        ),
                      t('users.revoked'),
                    )
                  }
                >
                  <Button size="small" danger disabled={busy}>
                    {t('users.revoke')}
                  </Button>
                </Popconfirm>,
              ]}
            >
              <List.Item.Meta
                title={roleLabel(t, grant.role)}
                description={t('users.onUnit', {
                  unit: unitName.get(grant.unitId) ?? '—',
                  since: formatDateTime(grant.grantedAt),
                })}
              />
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('users.grant')} className="detail-section">
        <Typography.Paragraph type="secondary">{t('users.grantHint')}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          disabled={busy}
          onFinish={(values) =>
            void act(
              () =>
                call(
                  api.POST('/api/v1/users/{id}/grants', {
                    params: { path: { id: user.id } },
                    body: values,
                  }),
                ),
              t('users.granted'),
            ).then(() => form.resetFields())
          }
        >
          <Form.Item
            name="role"
            label={t('users.role')}
            rules={[{ required: true, message: t('units.required') }]}
          >
            <Select options={ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))} />
          </Form.Item>
          <Form.Item
            name="unitId"
            label={t('users.scope')}
            rules={[{ required: true, message: t('units.required') }]}
          >
            <Select
              showSearch
              optionFilterProp="label"
              options={units.map((unit) => ({
                value: unit.id,
                label: `${unit.name} (${unit.code})`,
              }))}
            />
          </Form.Item>
          <Button htmlType="submit" type="primary">
            {t('users.grant')}
          </Button>
        </Form>
      </Card>
      {error !== null && <ApiErrorAlert error={error} />}
      <Space wrap>
        {user.disabled ? (
          <Button
            disabled={busy}
            onClick={() =>
              void act(
                () =>
                  call(
                    api.POST('/api/v1/users/{id}/enable', {
                      params: { path: { id: user.id } },
                      body: { reason: t('users.enableReason') },
                    }),
                  ),
                t('users.enabledDone'),
              )
            }
          >
            {t('users.enable')}
          </Button>
        ) : (
          <Popconfirm
            title={t('users.disableConfirm')}
            okText={t('users.disable')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              void act(
                () =>
                  call(
                    api.POST('/api/v1/users/{id}/disable', {
                      params: { path: { id: user.id } },
                      body: { reason: t('users.disableReason') },
                    }),
                  ),
                t('users.disabledDone'),
              )
            }
          >
            <Button danger disabled={busy}>
              {t('users.disable')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </>
  );
}

function CreateUserModal({
  units,
  onClose,
}: {
  units: readonly Schemas['UnitDto'][];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Schemas['CreateUserDto']>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (values: Schemas['CreateUserDto']) => {
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/api/v1/users', {
          body: {
            username: values.username.trim(),
            fullName: values.fullName.trim(),
            unitId: values.unitId,
            ...(values.email?.trim() ? { email: values.email.trim() } : {}),
            ...(values.password ? { password: values.password } : {}),
          },
        }),
      );
      void message.success(t('users.created'));
      await queryClient.invalidateQueries({ queryKey: ['admin', 'users'] });
      onClose();
    } catch (failure) {
      setError(failure);
      showFieldErrors(form, failure, lang);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('users.create')}
      okText={t('users.create')}
      okButtonProps={{ loading: busy }}
      cancelText={t('common.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
        <Form.Item
          name="fullName"
          label={t('users.fullName')}
          rules={[{ required: true, whitespace: true, message: t('units.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <Input maxLength={64} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('users.workUnit')}
          rules={[{ required: true, message: t('units.required') }]}
        >
          <Select
            showSearch
            optionFilterProp="label"
            options={units.map((unit) => ({
              value: unit.id,
              label: `${unit.name} (${unit.code})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="email" label={t('users.email')}>
          <Input type="email" maxLength={200} />
        </Form.Item>
        <Form.Item name="password" label={t('users.password')} extra={t('users.passwordHint')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
