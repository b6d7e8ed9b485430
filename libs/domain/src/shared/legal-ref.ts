/**
 * A pointer into a legal text. `instrument` is the short number used in Vietnamese practice
 * (e.g. "Luật 06/2022/QH15", "NĐ 98/2023/NĐ-CP"); `article` may also name a section of an
 * administrative decision (e.g. "II.B(4)").
 */
export interface LegalRef {
  readonly instrument: string;
  readonly article: string;
  readonly clause?: string;
  readonly point?: string;
  readonly note?: string;
}

/** Formats a reference the way Vietnamese officials cite it, e.g. "Điều 30 khoản 7 NĐ 98/2023/NĐ-CP". */
export function formatLegalRef(ref: LegalRef, lang: 'vi' | 'en' = 'vi'): string {
  const article = /^\d/.test(ref.article)
    ? lang === 'vi'
      ? `Điều ${ref.article}`
      : `Art. ${ref.article}`
    : ref.article;
  const clause = ref.clause ? (lang === 'vi' ? ` khoản ${ref.clause}` : `(${ref.clause})`) : '';
  const point = ref.point ? (lang === 'vi' ? ` điểm ${ref.point}` : `(${ref.point})`) : '';
  return lang === 'vi'
    ? `${article}${clause}${point} ${ref.instrument}`
    : `${ref.instrument} ${article}${clause}${point}`;
}
