import { deepFreeze } from '../shared/deep-freeze';
import type { HolidaySource, OfficialSchedule } from './holiday-types';

const LABOUR_CODE: HolidaySource = {
  document: 'Bộ luật Lao động 45/2019/QH14, Điều 112 khoản 1 và Điều 111 khoản 3',
  issuedOn: '2019-11-20',
  note: 'Statutory day; no separate notice needed.',
};

const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration Day" },
  reunification: {
    vi: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5',
    en: 'Reunification Day (30 April) and International Labour Day (1 May)',
  },
  nationalDay: { vi: 'Quốc khánh 2/9', en: 'National Day (2 September)' },
  swap: { vi: 'Làm bù (hoán đổi ngày làm việc)', en: 'Working Saturday (swapped working day)' },
  cultureDay: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnamese Culture Day (24 November)' },
} as const;

/**
 * Vietnamese Culture Day, a paid day off every 24 November from 1 July 2026. Its Article 2 is quoted
 * word for word by several sources ("Ngày 24 tháng 11 hằng năm là Ngày Văn hóa Việt Nam; người lao
 * động được nghỉ làm việc và hưởng nguyên lương"); the official text itself was not read here.
 */
export const NQ_28_2026_CULTURE_DAY: HolidaySource = {
  document: 'Nghị quyết 28/2026/QH16 về phát triển văn hóa Việt Nam',
  article: '2',
  issuer: 'Quốc hội',
  url: 'https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm',
  status: 'unconfirmed',
  note: 'In force 2026-07-01; implements Politburo Resolution 80-NQ/TW (2026-01-07). The proposed 2026 swap (Monday 23/11 off, Saturday 28/11 worked) was a proposal only, not adopted: not in the calendar.',
};

const TB_5015_2023: HolidaySource = {
  document: 'Thông báo 5015/TB-LĐTBXH (theo Công văn 8662/VPCP-KGVX ngày 03/11/2023)',
  issuedOn: '2023-11-22',
  issuer: 'Bộ Lao động - Thương binh và Xã hội',
  url: 'http://huyendakha.kontum.gov.vn/tin-tuc/thong-bao-ve-viec-nghi-tet-am-lich-va-nghi-le-quoc-khanh-nam-2024-doi-voi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong.html',
};
const VPCP_2450_2024: HolidaySource = {
  document: 'Công văn 2450/VPCP-KGVX (hoán đổi ngày làm việc dịp 30/4 và 1/5/2024)',
  issuedOn: '2024-04-12',
  issuer: 'Văn phòng Chính phủ',
  url: 'https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html',
};
const TB_6150_2024: HolidaySource = {
  document: 'Thông báo 6150/TB-BLĐTBXH (theo Công văn 8726/VPCP-KGVX ngày 26/11/2024)',
  issuer: 'Bộ Lao động - Thương binh và Xã hội',
  url: 'https://baodanang.vn/chi-tiet-lich-nghi-le-quoc-khanh-2-9-nam-nay-cho-cong-chuc-vien-chuc-va-nguoi-lao-dong-3299118.html',
  note: 'Issued in late 2024 after the Prime Minister approved the schedule (letter 8726/VPCP-KGVX).',
};
const VPCP_12729_2025: HolidaySource = {
  document: 'Công văn 12729/VPCP-KGVX (hoán đổi ngày làm việc dịp Tết Dương lịch 2026)',
  issuedOn: '2025-12-25',
  issuer: 'Văn phòng Chính phủ; Bộ Nội vụ thông báo cùng ngày',
  url: 'https://www.24h.com.vn/tin-tuc-trong-ngay/ai-duoc-hoan-doi-de-nghi-tet-duong-lich-4-ngay-c46a1724830.html',
};
const TB_9441_2025: HolidaySource = {
  document: 'Thông báo 9441/TB-BNV',
  issuedOn: '2025-10-16',
  issuer: 'Bộ Nội vụ',
  url: 'https://vietnamnews.vn/politics-laws/1727514/ministry-of-home-affairs-announces-2026-holiday-schedule-for-lunar-new-year-national-day.html',
};

/**
 * Schedules announced for public servants (công chức, viên chức). Each break lists every
 * calendar day of the break, weekends included, exactly as the notice states it.
 */
export const OFFICIAL_SCHEDULES: Readonly<Record<number, OfficialSchedule>> = deepFreeze({
  2024: {
    year: 2024,
    breaks: [
      { from: '2024-01-01', to: '2024-01-01', name: NAMES.newYear, source: LABOUR_CODE },
      {
        from: '2024-02-08',
        to: '2024-02-14',
        name: NAMES.tet,
        source: { ...TB_5015_2023, note: '29 tháng Chạp Quý Mão – mùng 5 Tết Giáp Thìn.' },
      },
      { from: '2024-04-18', to: '2024-04-18', name: NAMES.hungKings, source: LABOUR_CODE },
      { from: '2024-04-27', to: '2024-05-01', name: NAMES.reunification, source: VPCP_2450_2024 },
      { from: '2024-08-31', to: '2024-09-03', name: NAMES.nationalDay, source: TB_5015_2023 },
    ],
    workingSaturdays: [
      { date: '2024-05-04', inLieuOf: '2024-04-29', name: NAMES.swap, source: VPCP_2450_2024 },
    ],
  },
  2025: {
    year: 2025,
    breaks: [
      { from: '2025-01-01', to: '2025-01-01', name: NAMES.newYear, source: LABOUR_CODE },
      {
        from: '2025-01-25',
        to: '2025-02-02',
        name: NAMES.tet,
        source: { ...TB_6150_2024, note: '26 tháng Chạp Giáp Thìn – mùng 5 Tết Ất Tỵ.' },
      },
      { from: '2025-04-07', to: '2025-04-07', name: NAMES.hungKings, source: LABOUR_CODE },
      { from: '2025-04-30', to: '2025-05-04', name: NAMES.reunification, source: TB_6150_2024 },
      {
        from: '2025-08-30',
        to: '2025-09-02',
        name: NAMES.nationalDay,
        source: {
          ...TB_6150_2024,
          url: 'https://vietnamnews.vn/society/1722634/national-day-holiday-to-last-four-days.html',
        },
      },
    ],
    workingSaturdays: [
      { date: '2025-02-08', inLieuOf: '2025-01-27', name: NAMES.swap, source: TB_6150_2024 },
      { date: '2025-04-26', inLieuOf: '2025-05-02', name: NAMES.swap, source: TB_6150_2024 },
    ],
  },
  2026: {
    year: 2026,
    breaks: [
      { from: '2026-01-01', to: '2026-01-04', name: NAMES.newYear, source: VPCP_12729_2025 },
      {
        from: '2026-02-14',
        to: '2026-02-22',
        name: NAMES.tet,
        source: { ...TB_9441_2025, note: '27 tháng Chạp Ất Tỵ – mùng 6 Tết Bính Ngọ.' },
      },
      {
        from: '2026-04-26',
        to: '2026-04-27',
        name: NAMES.hungKings,
        source: {
          ...LABOUR_CODE,
          note: '10/3 âm lịch falls on Sunday 26/4; compensated on Monday 27/4 (Art. 111(3)).',
          url: 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm',
        },
      },
      { from: '2026-04-30', to: '2026-05-01', name: NAMES.reunification, source: LABOUR_CODE },
      { from: '2026-08-29', to: '2026-09-02', name: NAMES.nationalDay, source: TB_9441_2025 },
      {
        from: '2026-11-24',
        to: '2026-11-24',
        name: NAMES.cultureDay,
        source: NQ_28_2026_CULTURE_DAY,
      },
    ],
    workingSaturdays: [
      { date: '2026-01-10', inLieuOf: '2026-01-02', name: NAMES.swap, source: VPCP_12729_2025 },
      { date: '2026-08-22', inLieuOf: '2026-08-31', name: NAMES.swap, source: TB_9441_2025 },
    ],
  },
});
