import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

/** The interface languages: Vietnamese first, English second. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'tdkt.language';

function storedLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Switches the interface language and remembers the choice on this device. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

/** The current interface language. */
export function currentLanguage(): Language {
  return i18n.language === 'en' ? 'en' : 'vi';
}

i18n.on('languageChanged', (language: string) => {
  // The unit tests read the labels in Node, where there is no page.
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  dayjs.locale(language === 'en' ? 'en' : 'vi');
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export default i18n;
