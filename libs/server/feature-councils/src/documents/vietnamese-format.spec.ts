import {
  fileSlug,
  issuerHeaderLines,
  placeName,
  vietnameseCoefficient,
  vietnameseLongDate,
  vietnameseMoney,
} from './vietnamese-format';

describe('Vietnamese administrative formats', () => {
  it.each([
    ['2024-12-16', 'ngày 16 tháng 12 năm 2024'],
    ['2024-01-05', 'ngày 05 tháng 01 năm 2024'],
    ['2024-03-09', 'ngày 09 tháng 3 năm 2024'],
    ['2025-02-28', 'ngày 28 tháng 02 năm 2025'],
  ])('writes %s as "%s"', (date, text) => {
    expect(vietnameseLongDate(date)).toBe(text);
  });

  it.each([
    [2_340_000, '2.340.000'],
    [710_000, '710.000'],
    [0, '0'],
    [18_720_000, '18.720.000'],
  ])('writes %i đồng as %s', (amount, text) => {
    expect(vietnameseMoney(amount)).toBe(text);
  });

  it.each([
    [300, '0,3'],
    [1000, '1,0'],
    [1500, '1,5'],
    [8000, '8,0'],
  ])('writes coefficient %i‰ as %s', (thousandths, text) => {
    expect(vietnameseCoefficient(thousandths)).toBe(text);
  });

  it('derives the header, the place and a file name from the issuing unit', () => {
    expect(issuerHeaderLines('UBND huyện Cẩm Mỹ')).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CẨM MỸ']);
    expect(placeName('UBND huyện Cẩm Mỹ')).toBe('Cẩm Mỹ');
    expect(placeName('UBND tỉnh Đồng Nai')).toBe('Đồng Nai');
    expect(issuerHeaderLines('Sở Nội vụ')).toEqual(['SỞ NỘI VỤ']);
    expect(fileSlug('Quyết định 125/QĐ-UBND')).toBe('quyet-dinh-125-qd-ubnd');
  });
});
