import { DOSSIER_EVENT_NAMES } from '../dossier/dossier-events';
import type { LocalizedText } from '../localized-text';

/**
 * What each audited action is called, for auditors reading the trail. Its keys are the only actions
 * the audit log accepts (the writer takes an `AuditAction`), so a new action cannot reach the trail
 * without a Vietnamese and an English name. A dossier's timeline events are audited under their own
 * type, and a council meeting's under `council-meeting.` and its event.
 */
export const AUDIT_ACTION_NAMES = {
  ...DOSSIER_EVENT_NAMES,
  'dossier.created': { vi: 'Lập hồ sơ', en: 'Dossier created' },
  'dossier.draft-updated': { vi: 'Sửa bản nháp hồ sơ', en: 'Draft edited' },
  'dossier.draft-discarded': { vi: 'Hủy bản nháp hồ sơ', en: 'Draft discarded' },
  'dossier.attachment-added': { vi: 'Đính kèm tệp vào hồ sơ', en: 'File attached' },
  'dossier.attachment-removed': { vi: 'Gỡ tệp khỏi hồ sơ', en: 'File removed' },
  'dossier.commented': { vi: 'Ghi ý kiến vào hồ sơ', en: 'Comment added' },
  'dossier.submission-checked': { vi: 'Kiểm tra hồ sơ khi nộp', en: 'Submission checked' },
  'dossier.external-outcome-received': {
    vi: 'Nhận kết quả từ hệ thống cấp trên',
    en: 'Outcome received from another system',
  },
  'dossier.objection-filed-publicly': {
    vi: 'Nhận ý kiến phản ánh qua trang công khai',
    en: 'Objection filed on the public page',
  },
  'dossier-import.uploaded': { vi: 'Tải lên danh sách đề nghị', en: 'Nomination list uploaded' },
  'dossier-import.started': { vi: 'Bắt đầu nhập danh sách', en: 'Nomination list import started' },
  'dossier-import.finished': { vi: 'Nhập xong danh sách', en: 'Nomination list imported' },
  'dossier-import.failed': {
    vi: 'Nhập danh sách không thành công',
    en: 'Nomination list import failed',
  },
  'task.assigned': { vi: 'Giao việc', en: 'Task assigned' },
  'task.claimed': { vi: 'Nhận xử lý việc', en: 'Task claimed' },
  'task.unclaimed': { vi: 'Trả việc lại cho nhóm', en: 'Task released' },
  'task.opened': { vi: 'Mở việc', en: 'Task opened' },
  'task.completed': { vi: 'Hoàn thành việc', en: 'Task completed' },
  'task.cancelled': { vi: 'Hủy việc', en: 'Task cancelled' },
  'task.reminder': { vi: 'Nhắc hạn xử lý việc', en: 'Task reminder' },
  'council-meeting.scheduled': {
    vi: 'Triệu tập phiên họp Hội đồng',
    en: 'Council meeting convened',
  },
  'council-meeting.agenda.added': {
    vi: 'Đưa hồ sơ vào chương trình họp',
    en: 'Dossier added to the agenda',
  },
  'council-meeting.agenda.removed': {
    vi: 'Rút hồ sơ khỏi chương trình họp',
    en: 'Dossier removed from the agenda',
  },
  'council-meeting.opened': { vi: 'Khai mạc phiên họp', en: 'Council meeting opened' },
  'council-meeting.attendance.recorded': { vi: 'Điểm danh thành viên', en: 'Attendance recorded' },
  'council-meeting.ballot.recorded': { vi: 'Ghi kết quả bỏ phiếu', en: 'Ballot counts recorded' },
  'council-meeting.closed': { vi: 'Bế mạc phiên họp', en: 'Council meeting closed' },
  'cluster.created': { vi: 'Lập cụm, khối thi đua', en: 'Emulation cluster created' },
  'cluster-year.formed': {
    vi: 'Lập năm thi đua của cụm (thành viên, cụm trưởng)',
    en: 'Cluster year formed (members, leader)',
  },
  'cluster-year.pact-opened': { vi: 'Mở ký kết giao ước thi đua', en: 'Pact signing opened' },
  'cluster-year.pact-signed': { vi: 'Ký giao ước thi đua', en: 'Pact signed by a member' },
  'cluster-year.status-changed': {
    vi: 'Chuyển bước năm thi đua của cụm',
    en: 'Cluster year moved to its next stage',
  },
  'cluster-year.scoring-table-adopted': {
    vi: 'Ban hành bảng tiêu chí chấm điểm',
    en: 'Scoring table adopted',
  },
  'cluster-year.scoring-opened': { vi: 'Mở tự chấm điểm', en: 'Self-scoring opened' },
  'cluster-year.self-scored': { vi: 'Đơn vị tự chấm điểm', en: 'Member self-scored' },
  'cluster-year.reviewed': {
    vi: 'Họp cụm thống nhất điểm và xếp hạng',
    en: 'Cluster review recorded',
  },
  'cluster-year.awards-proposed': {
    vi: 'Cụm trưởng đề nghị khen thưởng',
    en: 'Leader proposed awards',
  },
  'cluster-year.handed-over': {
    vi: 'Bàn giao nhiệm vụ cụm trưởng',
    en: 'Cluster leadership handed over',
  },
  'initiative.received': { vi: 'Tiếp nhận đơn công nhận sáng kiến', en: 'Initiative received' },
  'initiative.attachment-added': {
    vi: 'Đính kèm tệp vào đơn sáng kiến',
    en: 'Initiative file attached',
  },
  'complaint.received': { vi: 'Tiếp nhận đơn khiếu nại', en: 'Complaint received' },
  'complaint.accepted': { vi: 'Thụ lý giải quyết khiếu nại', en: 'Complaint accepted' },
  'complaint.not-accepted': { vi: 'Không thụ lý khiếu nại', en: 'Complaint not accepted' },
  'complaint.settled': { vi: 'Ban hành quyết định giải quyết khiếu nại', en: 'Complaint settled' },
  'award.revoked': { vi: 'Hủy bỏ quyết định khen thưởng', en: 'Award revoked' },
  'emulation.registered': { vi: 'Đăng ký thi đua', en: 'Emulation registration' },
  'plan.imported': { vi: 'Nhập kế hoạch', en: 'Plan imported' },
  'plan.issued': { vi: 'Ban hành kế hoạch', en: 'Plan issued' },
  'plan.item.added': { vi: 'Thêm nội dung kế hoạch', en: 'Plan item added' },
  'plan.item.revised': { vi: 'Sửa nội dung kế hoạch', en: 'Plan item revised' },
  'plan.item.completed': { vi: 'Hoàn thành nội dung kế hoạch', en: 'Plan item completed' },
  'plan.quarter.summarized': { vi: 'Tổng hợp kết quả quý', en: 'Quarter summarised' },
  'plan.window.opened': { vi: 'Mở đợt tiếp nhận', en: 'Window opened' },
  'plan.window.closed': { vi: 'Đóng đợt tiếp nhận', en: 'Window closed' },
  'plan.draft.created': { vi: 'Lập dự thảo kế hoạch năm sau', en: "Next year's draft created" },
  'plan.draft.edited': { vi: 'Sửa dự thảo kế hoạch', en: 'Draft plan edited' },
  'plan.closed': { vi: 'Kết thúc kế hoạch', en: 'Plan closed' },
  'legal-data.holiday-schedule.published': {
    vi: 'Công bố lịch nghỉ',
    en: 'Holiday schedule published',
  },
  'legal-data.base-salary-step.published': {
    vi: 'Công bố mức lương cơ sở',
    en: 'Base salary published',
  },
  'notification.sent': { vi: 'Gửi thông báo', en: 'Notification sent' },
  'notification-preferences.updated': {
    vi: 'Đổi cài đặt nhận thông báo',
    en: 'Notification settings changed',
  },
  'unit.created': { vi: 'Thêm đơn vị', en: 'Unit created' },
  'unit.renamed': { vi: 'Đổi tên đơn vị', en: 'Unit renamed' },
  'unit.moved': { vi: 'Chuyển đơn vị cấp trên', en: 'Unit moved' },
  'unit.merged': { vi: 'Sáp nhập đơn vị', en: 'Unit merged' },
  'unit.retired': { vi: 'Giải thể đơn vị', en: 'Unit dissolved' },
  'unit.remote-area-set': {
    vi: 'Xác định vùng sâu, vùng xa của đơn vị',
    en: 'Unit’s remote area set',
  },
  'user.created': { vi: 'Tạo tài khoản', en: 'User created' },
  'user.disabled': { vi: 'Khóa tài khoản', en: 'User disabled' },
  'user.enabled': { vi: 'Mở khóa tài khoản', en: 'User enabled' },
  'user.locked': { vi: 'Khóa tài khoản do đăng nhập sai', en: 'Locked after failed log-ins' },
  'user.password_reset': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'user.identity_linked': { vi: 'Liên kết tài khoản đăng nhập một lần', en: 'SSO identity linked' },
  'role.granted': { vi: 'Phân quyền', en: 'Role granted' },
  'role.revoked': { vi: 'Thu hồi quyền', en: 'Role revoked' },
  'auth.logged_in': { vi: 'Đăng nhập', en: 'Signed in' },
  'auth.logged_out': { vi: 'Đăng xuất', en: 'Signed out' },
  'auth.login_failed': { vi: 'Đăng nhập không thành công', en: 'Failed sign-in' },
  'auth.session_revoked': { vi: 'Thu hồi phiên đăng nhập', en: 'Session revoked' },
  'ops.activities.retried': { vi: 'Cho thử lại thao tác bị lỗi', en: 'Failed activities retried' },
  'ops.workflow.reset': { vi: 'Đặt lại quy trình về một bước', en: 'Workflow reset' },
  'ops.workflow.cancelled': { vi: 'Hủy quy trình', en: 'Workflow cancelled' },
  'ops.workflow.terminated': { vi: 'Dừng hẳn quy trình', en: 'Workflow terminated' },
  'ops.reminder.resent': { vi: 'Gửi lại nhắc hạn', en: 'Reminder resent' },
  'ops.bulk_repair.started': { vi: 'Bắt đầu sửa hàng loạt', en: 'Bulk repair started' },
  'ops.bulk_repair.cancelled': { vi: 'Dừng sửa hàng loạt', en: 'Bulk repair cancelled' },
} as const satisfies Readonly<Record<string, LocalizedText>>;

/** An action the audit trail records. */
export type AuditAction = keyof typeof AUDIT_ACTION_NAMES;
