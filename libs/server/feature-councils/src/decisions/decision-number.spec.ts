import { formatDecisionNumber } from './decision-number';

describe('decision numbers', () => {
  it('takes the official form of the issuing body', () => {
    expect(formatDecisionNumber(125, 'UBND huyện Cẩm Mỹ')).toBe('125/QĐ-UBND');
    expect(formatDecisionNumber(7, 'Ủy ban nhân dân tỉnh Đồng Nai')).toBe('7/QĐ-UBND');
    expect(formatDecisionNumber(3, 'Sở Nội vụ tỉnh Đồng Nai')).toBe('3/QĐ');
  });
});
