import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n/i18n';

/** Vietnamese or English, remembered on this device. */
export function LanguageSwitch({ compact }: { compact: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      className="language-switch"
      size="small"
      aria-label={t('app.language')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(language) => void changeLanguage(language)}
      options={[
        { value: 'vi', label: compact ? 'VI' : t('app.languages.vi') },
        { value: 'en', label: compact ? 'EN' : t('app.languages.en') },
      ]}
    />
  );
}
