import { searchableText } from './nominee-search';

describe('searchableText', () => {
  it.each([
    ['Nguyễn Thị Lan', 'nguyen thi lan'],
    ['ĐỖ  Văn   Đức', 'do van duc'],
    ['Trường THCS Xuân Mỹ', 'truong thcs xuan my'],
    ['  Lê Ánh Tuyết ', 'le anh tuyet'],
  ])('%s → %s', (input, expected) => {
    expect(searchableText(input)).toBe(expected);
  });
});
