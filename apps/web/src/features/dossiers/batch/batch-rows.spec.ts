import { parsePastedRows } from './batch-rows';

describe('rows pasted from a spreadsheet', () => {
  it('take name, position and achievements from tab-separated columns and skip blank lines', () => {
    expect(
      parsePastedRows(
        'Nguyễn Thị Lan\tGiáo viên\tDạy giỏi cấp huyện\r\n\nTrần Văn Hùng\tTổ trưởng\n  \nLê Minh\n',
      ),
    ).toEqual([
      { name: 'Nguyễn Thị Lan', position: 'Giáo viên', achievementsSummary: 'Dạy giỏi cấp huyện' },
      { name: 'Trần Văn Hùng', position: 'Tổ trưởng', achievementsSummary: '' },
      { name: 'Lê Minh', position: '', achievementsSummary: '' },
    ]);
  });

  it('keep extra columns as part of the achievements', () => {
    expect(parsePastedRows('A\tB\tC\tD')[0]?.achievementsSummary).toBe('C D');
  });
});
