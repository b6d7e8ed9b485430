import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

/** Whatever throws while rendering, the person sees what happened and a way on, never a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('The page failed to render', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Result
            status="error"
            title={t('errors.pageFailed')}
            subTitle={t('errors.pageFailedHint')}
            extra={
              <Button type="primary" onClick={() => window.location.assign('/')}>
                {t('errors.backHome')}
              </Button>
            }
          />
        )}
      </Translation>
    );
  }
}
