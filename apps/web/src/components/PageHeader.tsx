import { Breadcrumb, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A screen's title (also the tab's), its place in the app, a line about it and its actions. */
export function PageHeader({
  title,
  subtitle,
  extra,
  trail = [],
}: {
  title: string;
  subtitle?: ReactNode;
  extra?: ReactNode;
  trail?: { label: string; to: string }[];
}) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <header className="page-header">
      {trail.length > 0 && (
        <Breadcrumb
          items={[{ title: <Link to="/">{t('nav.home')}</Link> }]
            .concat(trail.map((step) => ({ title: <Link to={step.to}>{step.label}</Link> })))
            .concat([{ title: <span>{title}</span> }])}
        />
      )}
      <div className="page-header-row">
        <div className="page-header-text">
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {subtitle && <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>}
        </div>
        {extra && <div className="page-header-extra">{extra}</div>}
      </div>
    </header>
  );
}
