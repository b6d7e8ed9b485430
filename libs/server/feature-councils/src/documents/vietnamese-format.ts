import type { IsoDate } from '@tdkt/domain';

/**
 * A date as administrative documents write it: "ngày 16 tháng 12 năm 2024", with a leading zero for
 * days below 10 and for January and February (Nghị định 30/2020/NĐ-CP, Phụ lục I).
 */
export function vietnameseLongDate(date: IsoDate): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `ngày ${dd} tháng ${mm} năm ${year}`;
}

/** An amount in đồng with dots between thousands: 2340000 → "2.340.000". */
export function vietnameseMoney(amount: number): string {
  return String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A coefficient in thousandths as written in Vietnamese: 300 → "0,3", 1000 → "1,0". */
export function vietnameseCoefficient(thousandths: number): string {
  const whole = Math.floor(thousandths / 1000);
  const fraction = String(thousandths % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return `${whole},${fraction === '' ? '0' : fraction}`;
}

const PEOPLES_COMMITTEE = /^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+/i;
const ADMINISTRATIVE_PREFIX = /^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/i;

/** The issuing body as the header writes it: "UBND huyện Cẩm Mỹ" → ["ỦY BAN NHÂN DÂN", "HUYỆN CẨM MỸ"]. */
export function issuerHeaderLines(unitName: string): string[] {
  if (!PEOPLES_COMMITTEE.test(unitName)) return [unitName.toUpperCase()];
  return ['ỦY BAN NHÂN DÂN', unitName.replace(PEOPLES_COMMITTEE, '').toUpperCase()];
}

/** The place a document is dated at: "UBND huyện Cẩm Mỹ" → "Cẩm Mỹ". */
export function placeName(unitName: string): string {
  return unitName.replace(PEOPLES_COMMITTEE, '').replace(ADMINISTRATIVE_PREFIX, '');
}

/** The issuer's full name in running text: "UBND huyện Cẩm Mỹ" → "Ủy ban nhân dân huyện Cẩm Mỹ". */
export function issuerFullName(unitName: string): string {
  return unitName.replace(/^UBND\s+/, 'Ủy ban nhân dân ');
}

/** True when the issuer is a People's Committee, whose decisions are numbered …/QĐ-UBND. */
export function isPeoplesCommittee(unitName: string): boolean {
  return PEOPLES_COMMITTEE.test(unitName);
}

/** The national motto lines every document carries at the top right. */
export const NATIONAL_HEADER = [
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
];

/** A file name without diacritics or spaces: "Quyết định 125/QĐ-UBND" → "quyet-dinh-125-qd-ubnd". */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
