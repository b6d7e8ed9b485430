import {
  closingReasonName,
  AppError,
  NotificationTemplate,
  type LocalizedText,
  type NotificationTemplateParams,
} from '@tdkt/contracts';
import { DOCUMENTS, type DocumentCode } from '@tdkt/domain';
import { englishDate, vietnameseDate, vietnameseDateTime } from './format-date';

/** What a person reads: a short title and a body, in both languages. */
export interface RenderedNotification {
  title: LocalizedText;
  body: LocalizedText;
}

type Renderers = {
  [T in NotificationTemplate]: (params: NotificationTemplateParams[T]) => RenderedNotification;
};

const planLabel = (p: { planNumber: string; year: number }) => ({
  vi: p.planNumber ? `kế hoạch số ${p.planNumber} năm ${p.year}` : `kế hoạch năm ${p.year}`,
  en: p.planNumber ? `plan ${p.planNumber} (${p.year})` : `the ${p.year} plan`,
});

const dossierLabel = (p: {
  dossierCode: string;
  nomineeName: string;
  awardName: string;
  awardNameEn: string;
}) => ({
  vi: `hồ sơ ${p.dossierCode} (${p.nomineeName} — ${p.awardName})`,
  en: `dossier ${p.dossierCode} (${p.nomineeName} — ${p.awardNameEn})`,
});

/** A text as a sentence: its first letter a capital (a label may start with a small one). */
function sentence(text: string): string {
  return text.replace(
    /^([“"«(]?)(\p{Ll})/u,
    (_m, quote: string, letter: string) => `${quote}${letter.toLocaleUpperCase('vi')}`,
  );
}

/** Sentences joined as written prose: each capitalised and ending with one full stop. */
/** A complaint's status as the complainant reads it. */
const COMPLAINT_STATUS_NAMES: Record<string, { vi: string; en: string }> = {
  RECEIVED: { vi: 'đã tiếp nhận', en: 'received' },
  ACCEPTED: { vi: 'đã thụ lý giải quyết', en: 'accepted for settlement' },
  NOT_ACCEPTED: { vi: 'không thụ lý', en: 'not accepted' },
  UPHELD: { vi: 'khiếu nại đúng', en: 'upheld' },
  PARTLY_UPHELD: { vi: 'khiếu nại đúng một phần', en: 'partly upheld' },
  REJECTED: { vi: 'khiếu nại sai', en: 'rejected' },
};

function prose(...parts: string[]): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => sentence(/[.!?…]$/.test(part) ? part : `${part}.`))
    .join(' ');
}

/** What a person wrote, as a clause: without the full stop it may end with. */
function clause(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

const DOCUMENT_CODE = new RegExp(`\\b(${Object.keys(DOCUMENTS).join('|')})\\b`, 'g');

/** Document codes (`CHUNG_NHAN_SANG_KIEN`) written as the documents' names. */
function documentNames(text: string, lang: 'vi' | 'en'): string {
  return text.replace(DOCUMENT_CODE, (code) => DOCUMENTS[code as DocumentCode].name[lang]);
}

/** A closing reason in words: its code named, what follows the code kept. */
function closingReason(reason: string, lang: 'vi' | 'en'): string {
  const match = /^([A-Z][A-Z_]+)(?::\s*(.*))?$/s.exec(reason.trim());
  const named = match ? closingReasonName(match[1]!) : undefined;
  if (match === null || named === undefined) return clause(reason);
  return match[2] ? `${named[lang]}: ${clause(match[2])}` : named[lang];
}

/** How each closing stage reads in a notice. */
const CLOSING: Record<string, LocalizedText> = {
  APPROVED: { vi: 'đã được khen thưởng', en: 'has been approved' },
  NOT_APPROVED: { vi: 'không được khen thưởng', en: 'has not been approved' },
  REJECTED: { vi: 'đã bị từ chối khi thẩm định', en: 'was rejected in review' },
  WITHDRAWN: { vi: 'đã được rút / kết thúc', en: 'has been withdrawn' },
};

/** An initiative's scope of effect as people name it. */
const SCOPE_NAMES: Record<string, LocalizedText> = {
  unit: { vi: 'cơ sở', en: 'within the unit' },
  province: { vi: 'cấp tỉnh', en: 'province-wide' },
  national: { vi: 'toàn quốc', en: 'nationwide' },
};

const meetingWhen = (p: { scheduledAt: string; location: string }) => {
  const { time, date } = vietnameseDateTime(p.scheduledAt);
  return {
    vi: `lúc ${time} ngày ${vietnameseDate(date)} tại ${p.location}`,
    en: `at ${time} on ${englishDate(date)} (Vietnam time) at ${p.location}`,
  };
};

const RENDERERS: Renderers = {
  'plan.item.reminder': (p) => ({
    title: { vi: `Nhắc hạn: ${p.itemTitleVi}`, en: `Due soon: ${p.itemTitleEn}` },
    body: {
      vi: `Nhiệm vụ “${p.itemTitleVi}” (${p.ownerName} chủ trì) trong ${planLabel(p).vi} đến hạn ngày ${vietnameseDate(p.dueOn)}, còn ${p.workingDaysLeft} ngày làm việc. Khi hoàn thành, vui lòng cập nhật kết quả kèm văn bản hoặc đường dẫn minh chứng.`,
      en: `“${p.itemTitleEn}” (led by ${p.ownerName}) in ${planLabel(p).en} is due on ${englishDate(p.dueOn)}, ${p.workingDaysLeft} working days from now. When it is done, record it with the document or link that shows it.`,
    },
  }),
  'plan.item.overdue': (p) => ({
    title: { vi: `Quá hạn: ${p.itemTitleVi}`, en: `Overdue: ${p.itemTitleEn}` },
    body: {
      vi: `Nhiệm vụ “${p.itemTitleVi}” (${p.ownerName} chủ trì) trong ${planLabel(p).vi} đã quá hạn ngày ${vietnameseDate(p.dueOn)} mà chưa được cập nhật hoàn thành.`,
      en: `“${p.itemTitleEn}” (led by ${p.ownerName}) in ${planLabel(p).en} was due on ${englishDate(p.dueOn)} and has not been recorded as done.`,
    },
  }),
  'plan.quarter.summary': (p) => ({
    title: {
      vi: `Kết quả thực hiện kế hoạch quý ${p.quarter}/${p.year}`,
      en: `Plan results for Q${p.quarter} ${p.year}`,
    },
    body: {
      vi: `Quý ${p.quarter} của ${planLabel(p).vi}: ${p.total} nhiệm vụ, ${p.onTime} hoàn thành đúng hạn, ${p.late} trễ hạn, ${p.open} chưa hoàn thành. Chi tiết theo từng đơn vị chủ trì trong báo cáo quý.`,
      en: `Q${p.quarter} of ${planLabel(p).en}: ${p.total} items, ${p.onTime} done on time, ${p.late} late, ${p.open} still open. The quarter report breaks this down by lead unit.`,
    },
  }),
  'plan.window.opened': (p) =>
    p.window === 'emulation-registration'
      ? {
          title: {
            vi: `Mở đăng ký thi đua năm ${p.year + 1}`,
            en: `Emulation registration for ${p.year + 1} is open`,
          },
          body: {
            vi: `Đơn vị vui lòng đăng ký các danh hiệu thi đua năm ${p.year + 1} trước ngày ${vietnameseDate(p.dueOn)} (${p.itemTitleVi}).`,
            en: `Please register the emulation titles your unit aims for in ${p.year + 1} by ${englishDate(p.dueOn)} (${p.itemTitleEn}).`,
          },
        }
      : {
          title: {
            vi: `Mở đợt nộp hồ sơ: ${p.itemTitleVi}`,
            en: `Dossier collection open: ${p.itemTitleEn}`,
          },
          body: {
            vi: `Đơn vị vui lòng nộp hồ sơ đề nghị khen thưởng cho đợt “${p.itemTitleVi}” trước hết ngày ${vietnameseDate(p.dueOn)}.`,
            en: `Please submit your commendation dossiers for “${p.itemTitleEn}” by the end of ${englishDate(p.dueOn)}.`,
          },
        },
  'task.reminder': (p) => ({
    title: { vi: `Nhắc hạn xử lý: ${p.taskTitle}`, en: `Due soon: ${p.taskTitleEn}` },
    body: {
      vi: `Việc “${p.taskTitle}” về ${dossierLabel(p).vi} đến hạn ngày ${vietnameseDate(p.dueDate)}, còn ${p.workingDaysLeft} ngày làm việc.`,
      en: `“${p.taskTitleEn}” on ${dossierLabel(p).en} is due on ${englishDate(p.dueDate)}, ${p.workingDaysLeft} working days from now.`,
    },
  }),
  'task.overdue': (p) => ({
    title: { vi: `Quá hạn xử lý: ${p.taskTitle}`, en: `Overdue: ${p.taskTitleEn}` },
    body: {
      vi: `Việc “${p.taskTitle}” về ${dossierLabel(p).vi} đã quá hạn ngày ${vietnameseDate(p.dueDate)} mà chưa được xử lý.`,
      en: `“${p.taskTitleEn}” on ${dossierLabel(p).en} was due on ${englishDate(p.dueDate)} and is still open.`,
    },
  }),
  'task.rescheduled': (p) => ({
    title: { vi: `Hạn xử lý thay đổi: ${p.taskTitle}`, en: `Deadline moved: ${p.taskTitleEn}` },
    body: {
      vi: `Theo lịch nghỉ mới (${p.document}), hạn của việc “${p.taskTitle}” về ${dossierLabel(p).vi} chuyển từ ${vietnameseDate(p.previousDueDate)} sang ${vietnameseDate(p.dueDate)}. Các lời nhắc cũng theo hạn mới.`,
      en: `Under the new holiday schedule (${p.document}), “${p.taskTitleEn}” on ${dossierLabel(p).en} is now due on ${englishDate(p.dueDate)} instead of ${englishDate(p.previousDueDate)}. Reminders follow the new date.`,
    },
  }),
  'task.opened': (p) => ({
    title: { vi: `Việc mới: ${p.taskTitle}`, en: `New task: ${p.taskTitleEn}` },
    body: {
      vi: prose(
        p.note,
        `${dossierLabel(p).vi} chờ đồng chí xử lý: ${p.taskTitle}, hạn ngày ${vietnameseDate(p.dueDate)}`,
      ),
      en: prose(
        p.noteEn,
        `${dossierLabel(p).en} awaits you: ${p.taskTitleEn}, due on ${englishDate(p.dueDate)}`,
      ),
    },
  }),
  'dossier.returned': (p) => ({
    title: { vi: `Yêu cầu bổ sung ${p.dossierCode}`, en: `Please supplement ${p.dossierCode}` },
    body: {
      vi: prose(
        `Cơ quan thẩm định trả lại ${dossierLabel(p).vi} để bổ sung: ${clause(documentNames(p.items, 'vi'))}`,
        `Hạn nộp bổ sung: ${vietnameseDate(p.dueDate)}; quá hạn hồ sơ sẽ kết thúc`,
      ),
      en: prose(
        `The reviewers returned ${dossierLabel(p).en} for: ${clause(documentNames(p.items, 'en'))}`,
        `Resubmit by ${englishDate(p.dueDate)}; after that the dossier closes`,
      ),
    },
  }),
  'dossier.escalated': (p) => ({
    title: {
      vi: `Hồ sơ trình cấp trên: ${p.dossierCode}`,
      en: `Dossier escalated: ${p.dossierCode}`,
    },
    body: {
      vi: prose(
        `${dossierLabel(p).vi} đã được cấp dưới thẩm định, xét và chuyển lên ${p.level} để xem xét`,
      ),
      en: prose(
        `${dossierLabel(p).en} passed the lower level's review and council and is now with ${p.level}`,
      ),
    },
  }),
  'dossier.awaiting-council': (p) => ({
    title: {
      vi: `Chờ xét tại Hội đồng: ${p.dossierCode}`,
      en: `Awaiting the council: ${p.dossierCode}`,
    },
    body: {
      vi: prose(
        `${dossierLabel(p).vi} đã thẩm định xong, chờ đưa vào phiên họp của Hội đồng Thi đua - Khen thưởng (${p.council})`,
      ),
      en: prose(
        `${dossierLabel(p).en} passed review and awaits a meeting of the Emulation & Commendation Council (${p.council})`,
      ),
    },
  }),
  'dossier.closed': (p) => {
    const closing = CLOSING[p.stage] ?? { vi: `kết thúc (${p.stage})`, en: `closed (${p.stage})` };
    const decision = p.decisionNumber
      ? { vi: ` theo Quyết định số ${p.decisionNumber}`, en: ` by decision ${p.decisionNumber}` }
      : { vi: '', en: '' };
    const reason = p.reason
      ? {
          vi: `Lý do: ${closingReason(p.reason, 'vi')}`,
          en: `Reason: ${closingReason(p.reason, 'en')}`,
        }
      : { vi: '', en: '' };
    return {
      title: {
        vi: `Kết quả ${p.dossierCode}: ${closing.vi}`,
        en: `${p.dossierCode} ${closing.en}`,
      },
      body: {
        vi: prose(`${dossierLabel(p).vi} ${closing.vi}${decision.vi}`, reason.vi),
        en: prose(`${dossierLabel(p).en} ${closing.en}${decision.en}`, reason.en),
      },
    };
  },
  'ops.stuck-threshold': (p) => ({
    title: {
      vi: `Cảnh báo vận hành: ${p.count} quy trình “${p.reasonName}”`,
      en: `Operations alert: ${p.count} workflows ${p.reasonNameEn}`,
    },
    body: {
      vi: `Có ${p.count} quy trình bị kẹt vì “${p.reasonName}” (ngưỡng cảnh báo ${p.threshold}). Xem danh sách: tdkt stuck list --reason ${p.reason}, hoặc GET /api/v1/admin/stuck?reason=${p.reason}.`,
      en: `${p.count} workflows are stuck as “${p.reasonNameEn}” (alert threshold ${p.threshold}). See them with tdkt stuck list --reason ${p.reason}, or GET /api/v1/admin/stuck?reason=${p.reason}.`,
    },
  }),
  'council.meeting.invited': (p) => ({
    title: { vi: `Giấy mời họp: ${p.meetingTitle}`, en: `Meeting invitation: ${p.meetingTitle}` },
    body: {
      vi: prose(
        `Kính mời đồng chí dự phiên họp “${p.meetingTitle}” ${meetingWhen(p).vi}`,
        p.agendaSize > 0
          ? `Chương trình hiện có ${p.agendaSize} hồ sơ đề nghị khen thưởng`
          : 'Chương trình họp sẽ được gửi khi thư ký hoàn tất danh sách hồ sơ',
      ),
      en: prose(
        `You are invited to the meeting “${p.meetingTitle}” ${meetingWhen(p).en}`,
        p.agendaSize > 0
          ? `Its agenda has ${p.agendaSize} dossiers so far`
          : 'Its agenda follows once the secretary has listed the dossiers',
      ),
    },
  }),
  'council.meeting.reminder': (p) => ({
    title: { vi: `Nhắc lịch họp: ${p.meetingTitle}`, en: `Meeting reminder: ${p.meetingTitle}` },
    body: {
      vi: prose(
        `Phiên họp “${p.meetingTitle}” sẽ diễn ra ${meetingWhen(p).vi}, còn ${p.workingDaysLeft} ngày làm việc; chương trình gồm ${p.agendaSize} hồ sơ`,
      ),
      en: prose(
        `The meeting “${p.meetingTitle}” takes place ${meetingWhen(p).en}, ${p.workingDaysLeft} working days from now; ${p.agendaSize} dossiers are on its agenda`,
      ),
    },
  }),
  'council.meeting.agenda': (p) => ({
    title: {
      vi: `Chương trình phiên họp: ${p.meetingTitle}`,
      en: `Meeting agenda: ${p.meetingTitle}`,
    },
    body: {
      vi: prose(
        `Phiên họp “${p.meetingTitle}” ${meetingWhen(p).vi} xét ${p.agendaSize} hồ sơ: ${p.agenda}`,
      ),
      en: prose(
        `The meeting “${p.meetingTitle}” ${meetingWhen(p).en} considers ${p.agendaSize} dossiers: ${p.agenda}`,
      ),
    },
  }),
  'council.meeting.closed': (p) => ({
    title: {
      vi: `Kết quả phiên họp: ${p.meetingTitle}`,
      en: `Meeting results: ${p.meetingTitle}`,
    },
    body: {
      vi: prose(
        `Phiên họp “${p.meetingTitle}” đã kết thúc: ${p.passed} hồ sơ được đề nghị khen thưởng, ${p.failed} hồ sơ không đạt${p.deferred > 0 ? `, ${p.deferred} hồ sơ chờ phiên họp khác vì không đủ số thành viên dự họp` : ''}`,
        p.results,
        'Biên bản phiên họp đã được lập; xem và tải tại trang phiên họp',
      ),
      en: prose(
        `The meeting “${p.meetingTitle}” has closed: ${p.passed} dossiers passed, ${p.failed} did not${p.deferred > 0 ? `, ${p.deferred} wait for another meeting for want of a quorum` : ''}`,
        p.resultsEn,
        'The minutes are ready to read and download on the meeting page',
      ),
    },
  }),
  'initiative.decided': (p) => ({
    title: p.recognized
      ? {
          vi: `Sáng kiến được công nhận: ${p.initiativeTitle}`,
          en: `Initiative recognised: ${p.initiativeTitle}`,
        }
      : {
          vi: `Sáng kiến không được công nhận: ${p.initiativeTitle}`,
          en: `Initiative refused: ${p.initiativeTitle}`,
        },
    body: p.recognized
      ? {
          vi: prose(
            `Sáng kiến “${p.initiativeTitle}” đã được công nhận${p.scope ? `, phạm vi ảnh hưởng: ${SCOPE_NAMES[p.scope]?.vi ?? p.scope}` : ''}`,
            'Giấy chứng nhận sáng kiến đã được cấp',
          ),
          en: prose(
            `The initiative “${p.initiativeTitle}” was recognised${p.scope ? `, scope: ${SCOPE_NAMES[p.scope]?.en ?? p.scope}` : ''}`,
            'Its certificate has been issued',
          ),
        }
      : {
          vi: prose(
            `Sáng kiến “${p.initiativeTitle}” không được công nhận`,
            p.reasons ? `Lý do: ${clause(p.reasons)}` : '',
          ),
          en: prose(
            `The initiative “${p.initiativeTitle}” was not recognised`,
            p.reasons ? `Reasons: ${clause(p.reasons)}` : '',
          ),
        },
  }),
  'complaint.updated': (p) => {
    const status = COMPLAINT_STATUS_NAMES[p.status] ?? { vi: p.status, en: p.status };
    return {
      title: {
        vi: `Khiếu nại ${p.complaintLabel}: ${status.vi}`,
        en: `Complaint ${p.complaintLabel}: ${status.en}`,
      },
      body: {
        vi: prose(
          `Khiếu nại về ${p.complaintLabel} — ${status.vi}`,
          p.reasons ? `Lý do: ${clause(p.reasons)}` : '',
          p.dueDate ? `Hạn bước tiếp theo: ${p.dueDate}` : '',
        ),
        en: prose(
          `Complaint about ${p.complaintLabel} — ${status.en}`,
          p.reasons ? `Reasons: ${clause(p.reasons)}` : '',
          p.dueDate ? `Next limit: ${p.dueDate}` : '',
        ),
      },
    };
  },
  'award.revoked': (p) => ({
    title: {
      vi: `Hủy bỏ khen thưởng: ${p.nomineeName}`,
      en: `Award revoked: ${p.nomineeName}`,
    },
    body: {
      vi: prose(
        `Quyết định số ${p.revocationNumber} hủy bỏ ${p.awardName} của ${p.nomineeName} tại Quyết định số ${p.decisionNumber}`,
        `Căn cứ: ${clause(p.ground)}`,
        `Số tiền thưởng phải thu hồi: ${p.bonusToRecoverVnd.toLocaleString('vi-VN')} đồng; hiện vật khen thưởng phải nộp lại`,
      ),
      en: prose(
        `Decision ${p.revocationNumber} revokes ${p.awardName} of ${p.nomineeName} under decision ${p.decisionNumber}`,
        `Ground: ${clause(p.ground)}`,
        `Bonus to recover: ${p.bonusToRecoverVnd.toLocaleString('en-US')} VND; the award items are to be returned`,
      ),
    },
  }),
  'plan.draft.ready': (p) => ({
    title: {
      vi: `Dự thảo kế hoạch thi đua, khen thưởng năm ${p.nextYear}`,
      en: `Draft emulation and commendation plan for ${p.nextYear}`,
    },
    body: {
      vi: `Đã tạo dự thảo kế hoạch năm ${p.nextYear} với ${p.items} nhiệm vụ thường xuyên chuyển từ ${planLabel(p).vi}, ngày hạn đã tính lại theo lịch năm ${p.nextYear}. Vui lòng rà soát, chỉnh sửa trước khi ban hành.`,
      en: `A ${p.nextYear} draft with ${p.items} recurring items from ${planLabel(p).en} is ready, its dates moved to the ${p.nextYear} calendar. Please review and edit it before issuing it.`,
    },
  }),
};

const PLAN_KEYS = ['planId', 'planNumber', 'year'] as const;
const ITEM_KEYS = [
  ...PLAN_KEYS,
  'itemKey',
  'itemTitleVi',
  'itemTitleEn',
  'ownerName',
  'dueOn',
] as const;

const DOSSIER_KEYS = ['dossierCode', 'nomineeName', 'awardName', 'awardNameEn'] as const;
const MEETING_KEYS = ['meetingTitle', 'scheduledAt', 'location', 'agendaSize'] as const;
const TASK_KEYS = [...DOSSIER_KEYS, 'taskTitle', 'taskTitleEn', 'dueDate'] as const;

/** The params each template reads; a missing one is a bad request rather than "undefined" in a message. */
const REQUIRED_PARAMS: {
  [T in NotificationTemplate]: readonly (keyof NotificationTemplateParams[T])[];
} = {
  'plan.item.reminder': [...ITEM_KEYS, 'workingDaysLeft'],
  'plan.item.overdue': ITEM_KEYS,
  'plan.quarter.summary': [...PLAN_KEYS, 'quarter', 'total', 'onTime', 'late', 'open'],
  'plan.window.opened': [...ITEM_KEYS, 'window'],
  'plan.draft.ready': [...PLAN_KEYS, 'draftPlanId', 'nextYear', 'items'],
  'task.reminder': [...TASK_KEYS, 'workingDaysLeft'],
  'task.overdue': TASK_KEYS,
  'task.rescheduled': [...TASK_KEYS, 'previousDueDate', 'document'],
  'task.opened': [...TASK_KEYS, 'note', 'noteEn'],
  'dossier.returned': [...DOSSIER_KEYS, 'dueDate', 'items'],
  'dossier.escalated': [...DOSSIER_KEYS, 'level'],
  'dossier.awaiting-council': [...DOSSIER_KEYS, 'council'],
  'dossier.closed': [...DOSSIER_KEYS, 'stage'],
  'ops.stuck-threshold': ['reason', 'reasonName', 'reasonNameEn', 'count', 'threshold'],
  'council.meeting.invited': MEETING_KEYS,
  'council.meeting.reminder': [...MEETING_KEYS, 'workingDaysLeft'],
  'council.meeting.agenda': [...MEETING_KEYS, 'agenda'],
  'council.meeting.closed': [
    ...MEETING_KEYS,
    'passed',
    'failed',
    'deferred',
    'results',
    'resultsEn',
  ],
  'initiative.decided': ['initiativeTitle', 'recognized'],
  'complaint.updated': ['complaintLabel', 'status'],
  'award.revoked': [
    'revocationNumber',
    'decisionNumber',
    'nomineeName',
    'awardName',
    'ground',
    'bonusToRecoverVnd',
  ],
};

/** Renders a template in both languages; a missing param is a bad request, never retried. */
export function renderNotification(
  template: NotificationTemplate,
  params: Record<string, string | number | boolean | null>,
): RenderedNotification {
  const missing = (REQUIRED_PARAMS[template] as readonly string[]).filter(
    (key) => params[key] === undefined || params[key] === null,
  );
  if (missing.length > 0) {
    throw new AppError(
      'VALIDATION_FAILED',
      missing.map((key) => ({
        field: `params.${key}`,
        rule: 'required',
        message: {
          vi: `params.${key}: mẫu "${template}" cần giá trị này`,
          en: `params.${key}: template "${template}" needs this value`,
        },
      })),
    );
  }
  const render = RENDERERS[template] as unknown as (p: typeof params) => RenderedNotification;
  return render(params);
}

/** Every template code, for checks that each renders in both languages. */
export const NOTIFICATION_TEMPLATE_CODES = Object.values(NotificationTemplate);
