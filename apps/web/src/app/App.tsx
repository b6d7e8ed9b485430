import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ApiError } from '../api/errors';
import { session } from '../auth/session';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { router } from './routes';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refusal will not change by asking again; an unreachable server may come back.
      retry: (failures, error) =>
        failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      refetchOnWindowFocus: true,
    },
  },
  queryCache: new QueryCache({
    onError: (error) => {
      // The token could not be renewed (the session ended elsewhere): back to the sign-in page.
      if (error instanceof ApiError && error.status === 401) void session.restore();
    },
  }),
});

/** The app: data cache, Ant Design in the person's language, the routes; never a blank page. */
export function App() {
  const { i18n } = useTranslation();
  return (
    <ErrorBoundary>
      <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>
    </ErrorBoundary>
  );
}
