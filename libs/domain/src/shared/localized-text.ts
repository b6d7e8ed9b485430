/** Text shown to people, Vietnamese first (the default UI language), English second. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}
