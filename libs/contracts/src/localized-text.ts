/** Text shown to people, Vietnamese first (the default UI language), English second. */
export interface LocalizedText {
  vi: string;
  en: string;
}
