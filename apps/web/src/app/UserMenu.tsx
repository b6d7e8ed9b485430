import { DownOutlined, LogoutOutlined, SettingOutlined, UserOutlined } from '../components/icons';
import { Avatar, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type Me, session } from '../auth/session';
import { roleLabel } from '../components/labels';

/** The signed-in person: name, roles with their units, preferences, sign-out. */
export function UserMenu({ user, compact }: { user: Me; compact: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const roles = user.grants.map(
    (grant) => `${roleLabel(t, grant.role)}${grant.unitName ? ` – ${grant.unitName}` : ''}`,
  );
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'who',
            type: 'group',
            label: (
              <div className="user-menu-who">
                <strong>{user.fullName}</strong>
                <span>{user.unitName ?? ''}</span>
                {roles.map((role) => (
                  <span key={role} className="user-menu-role">
                    {role}
                  </span>
                ))}
              </div>
            ),
          },
          { type: 'divider' },
          {
            key: 'preferences',
            icon: <SettingOutlined />,
            label: t('nav.preferences'),
            onClick: () => void navigate('/settings/notifications'),
          },
          {
            key: 'sign-out',
            icon: <LogoutOutlined />,
            label: t('nav.signOut'),
            onClick: () => void session.signOut(),
          },
        ],
      }}
    >
      <Button
        type="text"
        className="header-user"
        aria-label={t('nav.account', { name: user.fullName })}
      >
        <Avatar size="small" icon={<UserOutlined />} />
        {!compact && <span className="header-user-name">{user.fullName}</span>}
        <DownOutlined />
      </Button>
    </Dropdown>
  );
}
