/** A unit of the demo organisation tree; parents are referred to by code. */
export interface DemoUnit {
  code: string;
  name: string;
  level: string;
  parentCode: string | null;
  validFrom: string;
  validTo?: string;
}

/**
 * The organisations the 2024 Cẩm Mỹ plan (11/KH-UBND) was sent to, plus a few communes and schools
 * so that every role has a unit to act for. The district existed until 2025-06-30 (Decree 129/2025).
 */
export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    code: 'DN',
    name: 'UBND tỉnh Đồng Nai',
    level: 'province',
    parentCode: null,
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-SNV',
    name: 'Sở Nội vụ tỉnh Đồng Nai (Ban Thi đua - Khen thưởng)',
    level: 'agency',
    parentCode: 'DN',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM',
    name: 'UBND huyện Cẩm Mỹ',
    level: 'district',
    parentCode: 'DN',
    validFrom: '2004-01-01',
    validTo: '2025-06-30',
  },
  {
    code: 'DN-CM-PNV',
    name: 'Phòng Nội vụ huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-PGD',
    name: 'Phòng Giáo dục và Đào tạo huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-HU',
    name: 'Huyện ủy Cẩm Mỹ (Văn phòng Huyện ủy và các Ban xây dựng Đảng)',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-HDND',
    name: 'Thường trực HĐND huyện Cẩm Mỹ',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-MTTQ',
    name: 'Ủy ban MTTQ Việt Nam huyện Cẩm Mỹ và các đoàn thể huyện',
    level: 'agency',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-LG',
    name: 'UBND xã Long Giao',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-XM',
    name: 'UBND xã Xuân Mỹ',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-SR',
    name: 'UBND xã Sông Ray',
    level: 'commune',
    parentCode: 'DN-CM',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-TH-LG',
    name: 'Trường Tiểu học Long Giao',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-THCS-XM',
    name: 'Trường THCS Xuân Mỹ',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
  },
  {
    code: 'DN-CM-MN-SR',
    name: 'Trường Mầm non Sông Ray',
    level: 'school',
    parentCode: 'DN-CM-PGD',
    validFrom: '2004-01-01',
  },
];
