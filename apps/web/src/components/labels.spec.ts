import i18n from '../i18n/i18n';
import { closingReasonText } from './labels';

describe('why a dossier ended, in words', () => {
  it.each([
    ['vi', 'COUNCIL_VOTE_FAILED: 3/9', 'Hội đồng bỏ phiếu không đạt, số phiếu đồng ý 3/9'],
    ['en', 'COUNCIL_VOTE_FAILED: 3/9', 'the council vote failed, votes in favour 3/9'],
    ['vi', 'COUNCIL_VOTE_FAILED:3/9', 'Hội đồng bỏ phiếu không đạt, số phiếu đồng ý 3/9'],
    ['vi', 'REJECTED_IN_REVIEW', 'hồ sơ không đạt khi thẩm định'],
    ['en', 'WITHDRAWN_BY_UNIT', 'withdrawn by the unit'],
    ['vi', 'CANCELLED_BY_ADMINISTRATOR', 'quản trị hệ thống hủy quy trình'],
    // A code the message files do not know stays as written, detail and all.
    ['vi', 'SOMETHING_NEW: x', 'SOMETHING_NEW: x'],
    // An operator's own reason is shown as written.
    ['vi', 'Đơn vị đề nghị dừng hồ sơ', 'Đơn vị đề nghị dừng hồ sơ'],
    ['en', 'duplicate of HS-2026-0012', 'duplicate of HS-2026-0012'],
  ] as const)('in %s, %s reads "%s"', async (lang, reason, text) => {
    await i18n.changeLanguage(lang);
    expect(closingReasonText(i18n.t, reason)).toBe(text);
  });
});
