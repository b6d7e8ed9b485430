import type { LocalizedText } from '@tdkt/contracts';

const label = (vi: string, en: string): LocalizedText => ({ vi, en });

/**
 * What people call the fields of the API's requests, so that a refusal names "Họ tên" rather than
 * `nominee.name`. Keyed by the field's path with list positions left out (`members[].userId`), or by
 * its last name when that means the same everywhere.
 */
const BY_PATH: Record<string, LocalizedText> = {
  nominee: label('Người (tập thể) được đề nghị', 'Nominee'),
  'nominee.kind': label(
    'Đối tượng đề nghị (cá nhân, tập thể, hộ gia đình)',
    'Nominee kind (individual, collective, household)',
  ),
  'nominee.name': label('Họ tên cá nhân hoặc tên tập thể', "Nominee's name"),
  'nominee.position': label('Chức vụ', 'Position'),
  'nominee.gender': label('Giới tính', 'Gender'),
  'nominee.birthYear': label('Năm sinh', 'Year of birth'),
  'nominee.directWorker': label('Người lao động trực tiếp', 'Direct worker'),
  'nominee.ethnicMinority': label('Người dân tộc thiểu số', 'Ethnic minority'),
  'nominee.leaderOrManager': label('Lãnh đạo, quản lý', 'Leader or manager'),
  'nominee.rating': label('Xếp loại', 'Rating'),
  'members[].userId': label('Thành viên Hội đồng', 'Council member'),
  'members[].position': label('Chức danh trong Hội đồng', 'Seat on the council'),
  'items[].nominee': label('Người (tập thể) được đề nghị', 'Nominee'),
  'items[].nominee.name': label('Họ tên cá nhân hoặc tên tập thể', "Nominee's name"),
  'items[].nominee.kind': label(
    'Đối tượng đề nghị (cá nhân, tập thể, hộ gia đình)',
    'Nominee kind (individual, collective, household)',
  ),
  'evidence.type': label('Loại minh chứng', 'Kind of evidence'),
  'evidence.number': label('Số văn bản', 'Document number'),
  'evidence.issuedOn': label('Ngày ban hành', 'Date of issue'),
  'evidence.url': label('Đường dẫn minh chứng', 'Evidence link'),
  'evidence.title': label('Tên minh chứng', 'Evidence title'),
};

const BY_NAME: Record<string, LocalizedText> = {
  year: label('Năm', 'Year'),
  awardCode: label('Danh hiệu / hình thức khen thưởng', 'Award'),
  proposingUnitId: label('Đơn vị đề nghị', 'Proposing unit'),
  achievementsSummary: label('Tóm tắt thành tích', 'Summary of achievements'),
  initiativeIds: label('Sáng kiến làm căn cứ', 'Initiatives relied on'),
  submit: label('Nộp ngay', 'Submit now'),
  unitId: label('Đơn vị', 'Unit'),
  issuerUnitId: label('Đơn vị ban hành', 'Issuing unit'),
  ownerUnitId: label('Đơn vị chủ trì', 'Owner unit'),
  parentId: label('Đơn vị cấp trên', 'Parent unit'),
  intoUnitId: label('Đơn vị sáp nhập vào', 'Unit merged into'),
  standingBodyUnitId: label('Cơ quan thường trực', 'Standing body'),
  participantUnitIds: label('Đơn vị tham gia', 'Participating units'),
  title: label('Tiêu đề', 'Title'),
  description: label('Mô tả', 'Description'),
  scheduledAt: label('Thời gian họp', 'Meeting time'),
  location: label('Địa điểm', 'Place'),
  members: label('Thành viên Hội đồng', 'Council members'),
  present: label('Danh sách có mặt', 'Attendance'),
  dossierId: label('Hồ sơ', 'Dossier'),
  dossierIds: label('Các hồ sơ', 'Dossiers'),
  castBy: label('Người bỏ phiếu', 'Voters'),
  votesFor: label('Số phiếu đồng ý', 'Votes in favour'),
  inFavour: label('Người đồng ý', 'Members in favour'),
  membersTotal: label('Tổng số thành viên Hội đồng', 'Council members in all'),
  correctsMeetingId: label('Phiên họp được đính chính', 'Meeting corrected'),
  authorIds: label('Tác giả', 'Authors'),
  scope: label('Phạm vi ảnh hưởng', 'Scope'),
  reason: label('Lý do', 'Reason'),
  reasons: label('Lý do', 'Reasons'),
  note: label('Ghi chú', 'Note'),
  username: label('Tên đăng nhập', 'Username'),
  password: label('Mật khẩu', 'Password'),
  fullName: label('Họ tên', 'Full name'),
  email: label('Thư điện tử', 'E-mail'),
  role: label('Vai trò', 'Role'),
  code: label('Mã', 'Code'),
  name: label('Tên', 'Name'),
  level: label('Cấp', 'Level'),
  validFrom: label('Hiệu lực từ ngày', 'Valid from'),
  validTo: label('Hiệu lực đến ngày', 'Valid to'),
  effectiveFrom: label('Có hiệu lực từ ngày', 'Effective from'),
  dueOn: label('Hạn hoàn thành', 'Due date'),
  quarter: label('Quý', 'Quarter'),
  text: label('Nội dung', 'Text'),
  number: label('Số văn bản', 'Number'),
  issuedOn: label('Ngày ban hành', 'Date of issue'),
  signer: label('Người ký', 'Signer'),
  source: label('Nội dung kế hoạch', 'Plan document'),
  documentCode: label('Loại giấy tờ', 'Document'),
  file: label('Tệp', 'File'),
  assigneeId: label('Người nhận việc', 'Assignee'),
  deadline: label('Hạn bổ sung', 'Deadline'),
  items: label('Các mục', 'Items'),
  limit: label('Số dòng mỗi trang', 'Page size'),
  offset: label('Vị trí bắt đầu', 'Offset'),
  stage: label('Bước xử lý', 'Stage'),
  from: label('Từ', 'From'),
  to: label('Đến', 'To'),
  asOf: label('Ngày xét', 'As of'),
  outcome: label('Kết quả', 'Outcome'),
  decision: label('Quyết định', 'Decision'),
};

/** The label of a field path such as `nominee.name` or `members[2].userId`, or null if it has none. */
export function fieldLabel(field: string): LocalizedText | null {
  const path = field.replace(/\[\d+\]/g, '[]');
  const name = path.split('.').at(-1)?.replace(/\[\]$/, '') ?? path;
  return BY_PATH[path] ?? BY_NAME[name] ?? null;
}

/** How a message names a field: its label in quotes, or the field itself when it has none. */
export function fieldName(field: string, lang: keyof LocalizedText): string {
  const known = fieldLabel(field);
  if (known !== null) return `«${known[lang]}»`;
  return lang === 'vi' ? `trường "${field}"` : `field "${field}"`;
}
