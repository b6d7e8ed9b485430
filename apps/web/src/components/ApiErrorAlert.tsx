import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { localized } from '../format/format';

/** The message of a failed action in the person's language, followed by what each field broke. */
export function errorMessage(error: unknown, lang: 'vi' | 'en', fallback: string): string {
  if (!(error instanceof ApiError) || !error.localizedMessage) return fallback;
  return [error.localizedMessage, ...error.fields.map((problem) => problem.message)]
    .map((message) => localized(message, lang))
    .join(' ');
}

/** A refusal or failure shown beside the action it concerns. */
export function ApiErrorAlert({
  error,
  showFields = true,
}: {
  error: unknown;
  showFields?: boolean;
}) {
  const { t, i18n } = useTranslation();
  if (error === null || error === undefined) return null;
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const networkDown = error instanceof ApiError && error.code === 'NETWORK_ERROR';
  const fields = error instanceof ApiError && showFields ? error.fields : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="api-error"
      message={
        networkDown ? t('errors.network') : errorMessage(error, lang, t('errors.unexpected'))
      }
      description={
        fields.length > 0 ? (
          <ul className="field-problems">
            {fields.map((problem) => (
              <li key={`${problem.field}-${problem.rule}`}>{localized(problem.message, lang)}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
