import {
  type AppError,
  isNotificationTemplate,
  type NotificationTemplate,
  type NotificationTemplateParams,
} from '@tdkt/contracts';
import { NOTIFICATION_TEMPLATE_CODES, renderNotification } from './render-notification';

const plan = { planId: 'p', planNumber: '11/KH-UBND', year: 2024 };
const item = {
  ...plan,
  itemKey: 'q2-june-11-anniversary',
  itemTitleVi: 'Kỷ niệm ngày 11/6',
  itemTitleEn: 'The 11 June anniversary',
  ownerName: 'Phòng Nội vụ huyện Cẩm Mỹ',
  dueOn: '2024-06-11',
};
const dossier = {
  dossierCode: 'HS-2024-000123',
  nomineeName: 'Nguyễn Thị Lan',
  awardName: 'Chiến sĩ thi đua cơ sở',
  awardNameEn: 'Grassroots Emulation Fighter',
};
const task = {
  taskTitle: 'Thẩm định hồ sơ HS-2024-000123',
  taskTitleEn: 'Review dossier HS-2024-000123',
  dueDate: '2024-06-11',
};
const SAMPLES: { [T in NotificationTemplate]: NotificationTemplateParams[T] } = {
  'plan.item.reminder': { ...item, workingDaysLeft: 3 },
  'plan.item.overdue': item,
  'plan.quarter.summary': { ...plan, quarter: 2, total: 8, onTime: 5, late: 3, open: 2 },
  'plan.window.opened': { ...item, window: 'emulation-registration' },
  'plan.draft.ready': { ...plan, draftPlanId: 'd', nextYear: 2025, items: 23 },
  'task.reminder': { ...dossier, ...task, workingDaysLeft: 3 },
  'task.overdue': { ...dossier, ...task },
  'task.rescheduled': {
    ...dossier,
    ...task,
    dueDate: '2026-12-09',
    previousDueDate: '2026-12-08',
    document: 'Thông báo 100/TB-BNV',
  },
  'task.opened': {
    ...dossier,
    ...task,
    note: 'Đơn vị đã bổ sung hồ sơ theo yêu cầu.',
    noteEn: 'The unit has supplemented the dossier as asked.',
  },
  'dossier.returned': {
    ...dossier,
    dueDate: '2024-06-14',
    items: 'BIEN_BAN_BINH_XET: thiếu biên bản bình xét',
  },
  'dossier.escalated': { ...dossier, level: 'UBND tỉnh Đồng Nai' },
  'dossier.awaiting-council': { ...dossier, council: 'UBND huyện Cẩm Mỹ' },
  'dossier.closed': { ...dossier, stage: 'APPROVED', reason: null, decisionNumber: '125/QĐ-UBND' },
  'ops.stuck-threshold': {
    reason: 'activity-retrying',
    reasonName: 'Hoạt động đang thử lại',
    reasonNameEn: 'activity retrying',
    count: 12,
    threshold: 10,
  },
  'council.meeting.invited': {
    meetingTitle: 'Phiên họp Hội đồng TĐKT huyện Cẩm Mỹ, đợt tổng kết năm 2024',
    scheduledAt: '2024-12-16T01:00:00.000Z',
    location: 'Hội trường UBND huyện',
    agendaSize: 3,
  },
  'council.meeting.reminder': {
    meetingTitle: 'Phiên họp Hội đồng TĐKT huyện Cẩm Mỹ, đợt tổng kết năm 2024',
    scheduledAt: '2024-12-16T01:00:00.000Z',
    location: 'Hội trường UBND huyện',
    agendaSize: 3,
    workingDaysLeft: 1,
  },
  'council.meeting.agenda': {
    meetingTitle: 'Phiên họp Hội đồng TĐKT huyện Cẩm Mỹ, đợt tổng kết năm 2024',
    scheduledAt: '2024-12-16T01:00:00.000Z',
    location: 'Hội trường UBND huyện',
    agendaSize: 2,
    agenda:
      'HS-2024-000001 (Nguyễn Thị Lan — Chiến sĩ thi đua cơ sở); HS-2024-000002 (Trần Văn Hùng — Chiến sĩ thi đua cơ sở)',
  },
  'council.meeting.closed': {
    meetingTitle: 'Phiên họp Hội đồng TĐKT huyện Cẩm Mỹ, đợt tổng kết năm 2024',
    scheduledAt: '2024-12-16T01:00:00.000Z',
    location: 'Hội trường UBND huyện',
    agendaSize: 3,
    passed: 2,
    failed: 1,
    deferred: 0,
    results:
      'HS-2024-000001: đạt (9/9); HS-2024-000002: đạt (8/9); HS-2024-000003: không đạt (7/9)',
    resultsEn:
      'HS-2024-000001: passed (9/9 in favour); HS-2024-000002: passed (8/9); HS-2024-000003: failed (7/9)',
  },
  'complaint.updated': {
    complaintLabel: 'HS-2026-000001 · Nguyễn Văn A',
    status: 'ACCEPTED',
    dueDate: '2027-01-11',
    reasons: null,
  },
  'award.revoked': {
    revocationNumber: '12/QĐ-UBND',
    decisionNumber: '5/QĐ-UBND',
    nomineeName: 'Nguyễn Văn A',
    awardName: 'Giấy khen',
    ground: 'Luật Thi đua, khen thưởng Điều 93 khoản 2 điểm b',
    bonusToRecoverVnd: 760000,
  },
  'initiative.decided': {
    initiativeTitle: 'Dạy học bằng sơ đồ tư duy',
    recognized: false,
    scope: null,
    reasons: 'Không có tính mới',
  },
};

describe('notification templates', () => {
  it.each(NOTIFICATION_TEMPLATE_CODES)(
    '%s renders a title and a body in Vietnamese and English',
    (code) => {
      const rendered = renderNotification(code, { ...SAMPLES[code] });
      for (const text of [
        rendered.title.vi,
        rendered.title.en,
        rendered.body.vi,
        rendered.body.en,
      ]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/undefined|null|NaN/);
      }
    },
  );

  it('writes a meeting time in Vietnam time', () => {
    const rendered = renderNotification('council.meeting.invited', {
      ...SAMPLES['council.meeting.invited'],
    });
    expect(rendered.body.vi).toContain('lúc 08:00 ngày 16/12/2024');
  });

  it('writes dates the way each language does', () => {
    const { body } = renderNotification('plan.item.overdue', { ...SAMPLES['plan.item.overdue'] });
    expect(body.vi).toContain('quá hạn ngày 11/06/2024');
    expect(body.en).toContain('was due on 11 June 2024');
  });

  it('tells a registration window from a dossier collection', () => {
    const registration = renderNotification('plan.window.opened', {
      ...SAMPLES['plan.window.opened'],
    });
    const collection = renderNotification('plan.window.opened', {
      ...SAMPLES['plan.window.opened'],
      window: 'dossier-collection',
    });
    expect(registration.title.vi).toBe('Mở đăng ký thi đua năm 2025');
    expect(collection.title.vi).toBe('Mở đợt nộp hồ sơ: Kỷ niệm ngày 11/6');
  });

  it('says how a dossier ended, with its decision number or the reason', () => {
    const approved = renderNotification('dossier.closed', { ...SAMPLES['dossier.closed'] });
    const refused = renderNotification('dossier.closed', {
      ...SAMPLES['dossier.closed'],
      stage: 'NOT_APPROVED',
      reason: 'COUNCIL_VOTE_FAILED: 7/9',
      decisionNumber: null,
    });
    expect(approved.body.vi).toContain('đã được khen thưởng theo Quyết định số 125/QĐ-UBND');
    expect(refused.body.vi).toContain(
      'không được khen thưởng. Lý do: Hội đồng bỏ phiếu không đạt, số phiếu đồng ý: 7/9.',
    );
    expect(refused.body.en).toContain(
      'has not been approved. Reason: the council vote failed, votes in favour: 7/9.',
    );
  });

  /** Variants that once read badly: reasons ending with a full stop, codes for documents. */
  const VARIANTS: { code: NotificationTemplate; params: Record<string, unknown> }[] = [
    ...NOTIFICATION_TEMPLATE_CODES.map((code) => ({ code, params: { ...SAMPLES[code] } })),
    {
      code: 'dossier.returned',
      params: {
        ...SAMPLES['dossier.returned'],
        items: 'CHUNG_NHAN_SANG_KIEN: chưa có bản chứng nhận.; TO_TRINH: thiếu chữ ký.',
      },
    },
    {
      code: 'dossier.closed',
      params: {
        ...SAMPLES['dossier.closed'],
        stage: 'WITHDRAWN',
        reason: 'WITHDRAWN_BY_UNIT: Nộp nhầm.',
        decisionNumber: null,
      },
    },
    {
      code: 'dossier.closed',
      params: {
        ...SAMPLES['dossier.closed'],
        stage: 'REJECTED',
        reason: 'REJECTED_IN_REVIEW: thiếu minh chứng.',
      },
    },
    {
      code: 'initiative.decided',
      params: { ...SAMPLES['initiative.decided'], reasons: 'Không có tính mới.' },
    },
    {
      code: 'initiative.decided',
      params: {
        ...SAMPLES['initiative.decided'],
        recognized: true,
        scope: 'province',
        reasons: null,
      },
    },
    {
      code: 'council.meeting.invited',
      params: { ...SAMPLES['council.meeting.invited'], agendaSize: 0 },
    },
    { code: 'task.opened', params: { ...SAMPLES['task.opened'], note: '', noteEn: '' } },
  ];

  it.each(VARIANTS.map((variant) => [variant.code, variant] as const))(
    '%s reads as written prose: sentences start with a capital and end with one full stop, documents by name',
    (_code, { code, params }) => {
      const { title, body } = renderNotification(
        code,
        params as Record<string, string | number | boolean | null>,
      );
      for (const text of [body.vi, body.en]) {
        expect(text).not.toMatch(/\.\.|\. \.|;\./);
        expect(text).not.toMatch(/\b[A-Z]+_[A-Z_]+\b/);
        for (const sentence of text.split(/(?<=[.!?])\s+/)) {
          const first = sentence.replace(/^[“"«(]/, '').charAt(0);
          expect({ sentence, capital: first === first.toLocaleUpperCase('vi') }).toEqual({
            sentence,
            capital: true,
          });
        }
      }
      for (const text of [title.vi, title.en]) expect(text).not.toMatch(/\.\./);
    },
  );

  it('names the documents a reviewer asks for, not their codes', () => {
    const { body } = renderNotification('dossier.returned', { ...SAMPLES['dossier.returned'] });
    expect(body.vi).toContain('Biên bản bình xét thi đua: thiếu biên bản bình xét');
    expect(body.en).toContain('Peer-review minutes: thiếu biên bản bình xét');
  });

  it('invites to a meeting without an agenda yet by saying it will follow, not "0 hồ sơ"', () => {
    const { body } = renderNotification('council.meeting.invited', {
      ...SAMPLES['council.meeting.invited'],
      agendaSize: 0,
    });
    expect(body.vi).not.toContain('0 hồ sơ');
    expect(body.vi).toContain('Chương trình họp sẽ được gửi');
  });

  it('tells an unknown template from a known one (a request arrives as JSON)', () => {
    expect(isNotificationTemplate('plan.party')).toBe(false);
    expect(isNotificationTemplate(42)).toBe(false);
    expect(NOTIFICATION_TEMPLATE_CODES.every(isNotificationTemplate)).toBe(true);
  });

  it('refuses missing parameters, naming them', () => {
    try {
      renderNotification('plan.quarter.summary', {
        planId: 'p',
        planNumber: '',
        year: 2024,
        quarter: 1,
      });
      throw new Error('expected an AppError');
    } catch (error) {
      expect((error as AppError).errors.map((e) => e.field)).toEqual([
        'params.total',
        'params.onTime',
        'params.late',
        'params.open',
      ]);
    }
  });
});
