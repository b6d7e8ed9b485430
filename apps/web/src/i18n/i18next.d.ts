import 'i18next';
import type vi from './locales/vi.json';

// Every key passed to t() must exist in the Vietnamese messages: a typo is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}
