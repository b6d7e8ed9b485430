/** A unit of the demo organisation tree; parents are referred to by code. */
export interface DemoUnit {
  code: string;
  /** The unit's name from `validFrom`. */
  name: string;
  level: string;
  parentCode: string | null;
  validFrom: string;
  validTo?: string;
  /** Later names and the act that gave each (the tree's dated names). */
  renamed?: readonly { name: string; from: string; legalBasis: string }[];
  /** Which demo cycle the unit belongs to: the 2024 replay, the 2026 cycle, or both (the city). */
  cycle: DemoCycle;
}

/** The demo's two cycles: 2024 replayed under the district-level rules, 2026 under today's. */
export type DemoCycle = '2024' | '2026' | 'both';

/**
 * Đồng Nai became a centrally-run city from 30/4/2026 (reported; the resolution's text was not read
 * here): https://vanban.chinhphu.vn/?classid=1&docid=218009&orggroupid=1&pageid=27160
 */
const CITY_FROM_2026 = {
  from: '2026-04-30',
  legalBasis: 'Nghị quyết 30/2026/QH16 (chưa đối chiếu văn bản)',
};

/**
 * The communes that replaced Cẩm Mỹ district from 1/7/2025, as secondary sources quote the Standing
 * Committee's resolution on Đồng Nai's commune-level units (NQ 1662/NQ-UBTVQH15, 16/6/2025; text not
 * read): xã Cẩm Mỹ (thị trấn Long Giao, xã Nhân Nghĩa, Xuân Mỹ, Bảo Bình), xã Xuân Quế (Sông Nhạn,
 * Xuân Quế), xã Xuân Đường (Cẩm Đường, Thừa Đức, Xuân Đường), xã Sông Ray (Lâm San, Sông Ray); Xuân
 * Tây and Xuân Đông went to xã Xuân Đông, Xuân Bảo to xã Xuân Định. Names UNCONFIRMED.
 */
const COMMUNES_FROM_2025 = '2025-07-01';

/**
 * Two cycles on one tree. The 2024 cycle: the organisations the 2024 Cẩm Mỹ plan (11/KH-UBND) was
 * sent to, plus a few communes and schools so that every role has a unit to act for; the district
 * existed until 2025-06-30 (Decree 129/2025). The 2026 cycle: the communes that replaced it, directly
 * under the province, which is Thành phố Đồng Nai from 30/4/2026.
 */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    code: 'DN',
    name: 'UBND tỉnh Đồng Nai',
    level: 'province',
    parentCode: null,
    validFrom: '2004-01-01',
    renamed: [{ name: 'UBND Thành phố Đồng Nai', ...CITY_FROM_2026 }],
    cycle: 'both',
  },
  {
    code: 'DN-SNV',
    name: 'Sở Nội vụ tỉnh Đồng Nai (Ban Thi đua - Khen thưởng)',
    level: 'agency',
    parentCode: 'DN',
    validFrom: '2004-01-01',
    renamed: [
      { name: 'Sở Nội vụ Thành phố Đồng Nai (Ban Thi đua - Khen thưởng)', ...CITY_FROM_2026 },
    ],
    cycle: 'both',
  },
  {
    code: 'DN-CM',
    name: 'UBND huyện Cẩm Mỹ',
    level: 'district',
    parentCode: 'DN',
    validFrom: '2004-01-01',
    validTo: '2025-06-30',
    cycle: '2024',
  },
  {
    code: 'DN-CM-PNV',
    name: 'Phòng Nội vụ huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-PGD',
    name: 'Phòng Giáo dục và Đào tạo huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-HU',
    name: 'Huyện ủy Cẩm Mỹ (Văn phòng Huyện ủy và các Ban xây dựng Đảng)',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-HDND',
    name: 'Thường trực HĐND huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-MTTQ',
    name: 'Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ và các đoàn thể huyện',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-LG',
    name: 'UBND xã Long Giao',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-XM',
    name: 'UBND xã Xuân Mỹ',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-SR',
    name: 'UBND xã Sông Ray',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-TH-LG',
    name: 'Trường Tiểu học Long Giao',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-THCS-XM',
    name: 'Trường THCS Xuân Mỹ',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  {
    code: 'DN-CM-MN-SR',
    name: 'Trường Mầm non Sông Ray',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
    cycle: '2024',
  },
  // The 2026 cycle: the communes that replaced Cẩm Mỹ district, directly under the city.
  {
    code: 'DN-XCM',
    name: 'UBND xã Cẩm Mỹ',
    level: 'commune',
    parentCode: 'DN',
    validFrom: COMMUNES_FROM_2025,
    cycle: '2026',
  },
  {
    code: 'DN-XCM-VP',
    name: 'Văn phòng HĐND và UBND xã Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-XCM',
    validFrom: COMMUNES_FROM_2025,
    cycle: '2026',
  },
  {
    code: 'DN-XXQ',
    name: 'UBND xã Xuân Quế',
    level: 'commune',
    parentCode: 'DN',
    validFrom: COMMUNES_FROM_2025,
    cycle: '2026',
  },
  {
    code: 'DN-XXD',
    name: 'UBND xã Xuân Đường',
    level: 'commune',
    parentCode: 'DN',
    validFrom: COMMUNES_FROM_2025,
    cycle: '2026',
  },
  {
    code: 'DN-XSR',
    name: 'UBND xã Sông Ray',
    level: 'commune',
    parentCode: 'DN',
    validFrom: COMMUNES_FROM_2025,
    cycle: '2026',
  },
];
