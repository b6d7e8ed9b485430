import { getRuleSet } from '@tdkt/domain';
import { legalBases } from './legal-bases';

describe('legalBases: the "Căn cứ" lines of a decision follow its rule set', () => {
  it.each([
    [
      'VN-2024: Luật 77/2015/QH13 (before the two-tier reform), dated',
      'VN-2024',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13 ngày 19 tháng 6 năm 2015;',
    ],
    [
      'VN-2025-07: Luật 72/2025/QH15 (two-tier local government), undated as official texts cite it',
      'VN-2025-07',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    ],
    [
      'VN-2026-10: Luật 72/2025/QH15 first',
      'VN-2026-10',
      'Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;',
    ],
  ])('%s', (_name, ruleSetId, first) => {
    const lines = legalBases(getRuleSet(ruleSetId), { citesInitiatives: false });
    expect(lines[0]).toBe(first);
    expect(lines[1]).toBe(
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;',
    );
    expect(lines.join('\n')).not.toContain('13/2012');
  });

  it('VN-2026-10 cites the amending Law 06/2026/QH16 after the 2022 Law', () => {
    const lines = legalBases(getRuleSet('VN-2026-10'), { citesInitiatives: false });
    expect(lines[2]).toBe(
      'Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng số 06/2026/QH16;',
    );
    expect(lines.filter((line) => line.includes('72/2025'))).toHaveLength(1);
  });

  it('cites the initiative charter only for a decision relying on an initiative', () => {
    const lines = legalBases(getRuleSet('VN-2025-07'), { citesInitiatives: true });
    expect(lines.some((line) => line.includes('Nghị định số 13/2012/NĐ-CP'))).toBe(true);
  });
});
