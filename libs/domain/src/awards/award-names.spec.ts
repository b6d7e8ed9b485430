import { getRuleSet } from '../rules/registry';
import { awardNameUnder } from './award-names';
import { awardOf } from './deciding';

describe('award names follow the deciding People’s Committee’s name on the date', () => {
  const rules = getRuleSet('VN-2026-10');
  it.each([
    // NQ 30/2026/QH16 (reported): Đồng Nai is a centrally-run city from 30/4/2026.
    [
      'BANG_KHEN_TINH',
      'UBND tỉnh Đồng Nai',
      'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Đồng Nai',
    ],
    [
      'BANG_KHEN_TINH',
      'UBND Thành phố Đồng Nai',
      'Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố Đồng Nai',
    ],
    [
      'CO_THI_DUA_TINH',
      'UBND Thành phố Đồng Nai',
      'Cờ thi đua của Ủy ban nhân dân Thành phố Đồng Nai',
    ],
    ['GIAY_KHEN', 'UBND xã Cẩm Mỹ', 'Giấy khen của Chủ tịch Ủy ban nhân dân xã Cẩm Mỹ'],
    [
      'GIAY_KHEN_CHUYEN_DE',
      'UBND xã Cẩm Mỹ',
      'Giấy khen của Chủ tịch Ủy ban nhân dân xã Cẩm Mỹ (khen thưởng chuyên đề)',
    ],
    [
      'BANG_KHEN_TINH_DOT_XUAT',
      'UBND Thành phố Đồng Nai',
      'Bằng khen của Chủ tịch Ủy ban nhân dân Thành phố Đồng Nai (đột xuất)',
    ],
    ['GIAY_KHEN', 'Sở Nội vụ Thành phố Đồng Nai', 'Giấy khen của Chủ tịch Ủy ban nhân dân'],
    ['LDTT', 'UBND xã Cẩm Mỹ', 'Lao động tiên tiến'],
  ] as const)('%s decided by %s is "%s"', (code, decider, name) => {
    expect(awardNameUnder(awardOf(rules, code), decider).vi).toBe(name);
  });
});
