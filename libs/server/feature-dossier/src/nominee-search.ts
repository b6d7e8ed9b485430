/** A name lower-cased without Vietnamese diacritics, so that "nguyen thi lan" finds "Nguyễn Thị Lan". */
export function searchableText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
