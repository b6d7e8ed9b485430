import type { LocalizedText } from './localized-text';

interface ErrorDefinition {
  /** HTTP status the API answers with. */
  status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  message: LocalizedText;
}

/**
 * Every error a client can see, with a stable code. Clients branch on `code`, people read `message`.
 * Add codes here; never reuse or rename one.
 */
export const ERROR_CATALOG = {
  VALIDATION_FAILED: {
    status: 400,
    message: { vi: 'Dữ liệu gửi lên không hợp lệ.', en: 'The request is not valid.' },
  },
  MALFORMED_REQUEST: {
    status: 400,
    message: { vi: 'Không đọc được nội dung yêu cầu.', en: 'The request body could not be read.' },
  },
  IDEMPOTENCY_KEY_INVALID: {
    status: 400,
    message: {
      vi: 'Khóa Idempotency-Key phải dài 8–128 ký tự chữ, số, dấu gạch hoặc dấu chấm.',
      en: 'Idempotency-Key must be 8–128 letters, digits, dashes, underscores or dots.',
    },
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    message: {
      vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.',
      en: 'This Idempotency-Key was already used for a different request.',
    },
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    message: { vi: 'Nội dung gửi lên quá lớn.', en: 'The request body is too large.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    message: {
      vi: 'Định dạng nội dung không được hỗ trợ.',
      en: 'The content type is not supported.',
    },
  },
  UNAUTHENTICATED: {
    status: 401,
    message: { vi: 'Vui lòng đăng nhập.', en: 'Please sign in.' },
  },
  FORBIDDEN: {
    status: 403,
    message: {
      vi: 'Bạn không có quyền thực hiện thao tác này.',
      en: 'You are not allowed to do this.',
    },
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    message: {
      vi: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
      en: 'Too many requests. Please try again in a few minutes.',
    },
  },
  TOKEN_EXPIRED: {
    status: 401,
    message: {
      vi: 'Phiên đăng nhập đã hết hạn. Vui lòng làm mới mã truy cập hoặc đăng nhập lại.',
      en: 'The access token has expired. Refresh it or sign in again.',
    },
  },
  INVALID_CREDENTIALS: {
    status: 401,
    message: {
      vi: 'Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị tạm khóa do đăng nhập sai nhiều lần.',
      en: 'Wrong username or password, or the account is temporarily locked after repeated failures.',
    },
  },
  REFRESH_TOKEN_INVALID: {
    status: 401,
    message: {
      vi: 'Mã làm mới không hợp lệ, đã hết hạn hoặc đã bị thu hồi. Vui lòng đăng nhập lại.',
      en: 'The refresh token is invalid, expired or revoked. Please sign in again.',
    },
  },
  CROSS_SITE_REQUEST: {
    status: 403,
    message: {
      vi: 'Yêu cầu phiên đăng nhập không đến từ ứng dụng web của hệ thống nên bị từ chối.',
      en: "The session request did not come from this system's web app and was refused.",
    },
  },
  SSO_NOT_CONFIGURED: {
    status: 404,
    message: {
      vi: 'Hệ thống chưa cấu hình đăng nhập một lần (SSO).',
      en: 'Single sign-on is not configured.',
    },
  },
  SSO_FAILED: {
    status: 401,
    message: {
      vi: 'Đăng nhập một lần (SSO) không thành công. Vui lòng thử lại.',
      en: 'Single sign-on failed. Please try again.',
    },
  },
  SSO_ACCOUNT_NOT_PROVISIONED: {
    status: 403,
    message: {
      vi: 'Tài khoản SSO chưa được cấp quyền sử dụng hệ thống. Vui lòng liên hệ quản trị viên.',
      en: 'This single sign-on account has no user here. Ask an administrator to create one.',
    },
  },
  ACCOUNT_DISABLED: {
    status: 403,
    message: {
      vi: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.',
      en: 'This account has been disabled. Please contact an administrator.',
    },
  },
  SEPARATION_OF_DUTIES: {
    status: 403,
    message: {
      vi: 'Thao tác vi phạm nguyên tắc phân tách nhiệm vụ.',
      en: 'This would break the separation of duties.',
    },
  },
  SELF_ADMINISTRATION: {
    status: 403,
    message: {
      vi: 'Không được tự cấp, thu hồi quyền hoặc khóa tài khoản của chính mình.',
      en: 'You cannot grant or revoke your own roles or disable your own account.',
    },
  },
  NO_RULE_SET_IN_FORCE: {
    status: 422,
    message: {
      vi: 'Không có bộ quy tắc thi đua, khen thưởng nào có hiệu lực vào ngày này.',
      en: 'No emulation and commendation rule set is in force on that date.',
    },
  },
  RULES_NOT_APPLICABLE: {
    status: 422,
    message: {
      vi: 'Quy tắc không áp dụng được cho yêu cầu này.',
      en: 'The rules cannot be applied to this request.',
    },
  },
  SUBMISSION_DEADLINE_PASSED: {
    status: 422,
    message: {
      vi: 'Đã quá hạn nộp hồ sơ theo quy định của tỉnh.',
      en: "The province's submission deadline for this dossier has passed.",
    },
  },
  TASK_NOT_OPEN: {
    status: 409,
    message: {
      vi: 'Nhiệm vụ này không còn mở (đã xử lý, đã hủy hoặc không thuộc hồ sơ).',
      en: 'This task is no longer open (done, cancelled, or not part of the dossier).',
    },
  },
  DOSSIER_DUPLICATE: {
    status: 409,
    message: {
      vi: 'Người (tập thể) này đã được đề nghị hoặc đã được khen thưởng danh hiệu này trong năm.',
      en: 'This nominee is already proposed for, or has received, this award for the year.',
    },
  },
  SUBMISSION_NOT_ELIGIBLE: {
    status: 422,
    message: {
      vi: 'Hồ sơ chưa đủ điều kiện mà pháp luật quy định để nộp.',
      en: 'The dossier does not meet a condition the law sets for submitting it.',
    },
  },
  STAGE_NOT_ALLOWED: {
    status: 409,
    message: {
      vi: 'Hồ sơ đang ở bước không cho phép thao tác này.',
      en: 'The dossier is not at a stage that allows this.',
    },
  },
  NOT_A_CANDIDATE: {
    status: 403,
    message: {
      vi: 'Bạn không thuộc nhóm được giao xử lý nhiệm vụ này.',
      en: 'You are not among the people this task is for.',
    },
  },
  INVALID_OUTCOME: {
    status: 400,
    message: { vi: 'Kết quả xử lý không hợp lệ.', en: 'The task outcome is not valid.' },
  },
  UNSUPPORTED_FILE_TYPE: {
    status: 415,
    message: {
      vi: 'Loại tệp không được chấp nhận.',
      en: 'This kind of file is not accepted.',
    },
  },
  ATTACHMENT_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy tệp đính kèm.', en: 'Attachment not found.' },
  },
  TASK_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' },
  },
  TASK_CLAIMED_BY_OTHER: {
    status: 409,
    message: {
      vi: 'Nhiệm vụ đã được người khác nhận xử lý.',
      en: 'Someone else has claimed this task.',
    },
  },
  INVALID_SIGNATURE: {
    status: 401,
    message: {
      vi: 'Chữ ký của yêu cầu không hợp lệ hoặc đã hết hạn.',
      en: 'The request signature is missing, wrong or too old.',
    },
  },
  NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy.', en: 'Not found.' },
  },
  DOSSIER_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy hồ sơ.', en: 'Dossier not found.' },
  },
  UNIT_NOT_FOUND: {
    status: 422,
    message: { vi: 'Đơn vị không tồn tại.', en: 'The unit does not exist.' },
  },
  UNIT_INACTIVE: {
    status: 422,
    message: {
      vi: 'Đơn vị đã giải thể hoặc đã sáp nhập.',
      en: 'The unit has been retired or merged.',
    },
  },
  UNIT_CODE_TAKEN: {
    status: 409,
    message: { vi: 'Mã đơn vị đã được sử dụng.', en: 'The unit code is already in use.' },
  },
  UNIT_MOVE_CYCLE: {
    status: 422,
    message: {
      vi: 'Không thể chuyển đơn vị vào chính nó hoặc vào đơn vị cấp dưới của nó.',
      en: 'A unit cannot be moved under itself or one of its own sub-units.',
    },
  },
  UNIT_HAS_ACTIVE_CHILDREN: {
    status: 422,
    message: {
      vi: 'Đơn vị còn đơn vị trực thuộc đang hoạt động; hãy chuyển hoặc giải thể chúng trước.',
      en: 'The unit still has active sub-units; move or retire them first.',
    },
  },
  UNIT_DATE_INVALID: {
    status: 422,
    message: {
      vi: 'Ngày hiệu lực không hợp lệ với thời gian hoạt động của đơn vị.',
      en: "The effective date does not fit the unit's period of validity.",
    },
  },
  USERNAME_TAKEN: {
    status: 409,
    message: { vi: 'Tên đăng nhập đã được sử dụng.', en: 'The username is already in use.' },
  },
  USER_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy người dùng.', en: 'User not found.' },
  },
  ROLE_GRANT_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy phân quyền.', en: 'Role grant not found.' },
  },
  PLAN_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' },
  },
  PLAN_ITEM_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy nhiệm vụ trong kế hoạch.', en: 'Plan item not found.' },
  },
  PLAN_ALREADY_EXISTS: {
    status: 409,
    message: {
      vi: 'Đơn vị đã có kế hoạch cùng số và năm với nội dung khác.',
      en: 'The issuer already has a plan with this number and year, with different content.',
    },
  },
  PLAN_NOT_EDITABLE: {
    status: 409,
    message: {
      vi: 'Kế hoạch không còn sửa được ở trạng thái hiện tại.',
      en: 'The plan cannot be changed in its current state.',
    },
  },
  PLAN_NOT_ACTIVE: {
    status: 409,
    message: {
      vi: 'Kế hoạch chưa ban hành hoặc đã kết thúc.',
      en: 'The plan has not been issued or is already closed.',
    },
  },
  PLAN_ITEM_COMPLETED: {
    status: 409,
    message: {
      vi: 'Nhiệm vụ đã hoàn thành; không thể thay đổi.',
      en: 'The item is already completed and cannot change.',
    },
  },
  PLAN_WINDOW_CLOSED: {
    status: 409,
    message: {
      vi: 'Đợt tiếp nhận (nộp hồ sơ hoặc đăng ký thi đua) chưa mở hoặc đã đóng.',
      en: 'The window (dossier collection or emulation registration) is not open.',
    },
  },
  WORKFLOW_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy quy trình.', en: 'Workflow not found.' },
  },
  WORKFLOW_NOT_RUNNING: {
    status: 409,
    message: {
      vi: 'Quy trình đã kết thúc; không thể thực hiện thao tác này.',
      en: 'The workflow has already closed; this repair does not apply.',
    },
  },
  NOTHING_TO_RETRY: {
    status: 409,
    message: {
      vi: 'Quy trình không có hoạt động nào đang chờ thử lại.',
      en: 'The workflow has no activity waiting to be retried.',
    },
  },
  RESET_POINT_INVALID: {
    status: 422,
    message: {
      vi: 'Điểm khôi phục không hợp lệ: hãy chọn một sự kiện WorkflowTaskCompleted trong lịch sử.',
      en: 'Not a valid reset point: choose a WorkflowTaskCompleted event of the history.',
    },
  },
  BULK_OPERATION_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy thao tác hàng loạt.', en: 'Bulk operation not found.' },
  },
  COUNCIL_MEETING_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy phiên họp Hội đồng.', en: 'Council meeting not found.' },
  },
  ATTENDANCE_NOT_RECORDED: {
    status: 409,
    message: {
      vi: 'Chưa ghi danh sách có mặt: ghi danh sách thành viên có mặt trước khi ghi kết quả bỏ phiếu hoặc kết thúc phiên họp.',
      en: 'Attendance is not recorded yet: record who is present before the ballots or closing the meeting.',
    },
  },
  NOT_EVERYONE_PRESENT: {
    status: 409,
    message: {
      vi: 'Chỉ khai mạc sớm phiên họp khi mọi thành viên Hội đồng đều có mặt.',
      en: 'A meeting opens early only when every council member is present.',
    },
  },
  BALLOTS_MISSING: {
    status: 409,
    message: {
      vi: 'Chưa ghi kết quả bỏ phiếu của mọi hồ sơ trong chương trình họp.',
      en: 'Not every dossier on the agenda has its ballot recorded yet.',
    },
  },
  MEETING_STATE_NOT_ALLOWED: {
    status: 409,
    message: {
      vi: 'Phiên họp đang ở trạng thái không cho phép thao tác này (chưa khai mạc, đã khai mạc hoặc đã kết thúc).',
      en: 'The meeting is not in a state that allows this (not open yet, already open, or closed).',
    },
  },
  DOSSIER_NOT_AWAITING_COUNCIL: {
    status: 409,
    message: {
      vi: 'Hồ sơ không ở bước chờ Hội đồng của cấp này, hoặc đã có trong chương trình một phiên họp khác.',
      en: "The dossier is not waiting for this level's council, or is on another meeting's agenda.",
    },
  },
  BALLOT_INVALID: {
    status: 400,
    message: { vi: 'Kết quả kiểm phiếu không hợp lệ.', en: 'The ballot tally is not valid.' },
  },
  CLUSTER_NOT_FOUND: {
    status: 404,
    message: {
      vi: 'Không tìm thấy cụm, khối thi đua.',
      en: 'Emulation cluster or block not found.',
    },
  },
  CLUSTER_CODE_TAKEN: {
    status: 409,
    message: {
      vi: 'Mã cụm, khối thi đua đã được dùng.',
      en: 'That cluster or block code is already in use.',
    },
  },
  CLUSTER_YEAR_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy năm thi đua của cụm.', en: 'Cluster year not found.' },
  },
  CLUSTER_YEAR_EXISTS: {
    status: 409,
    message: {
      vi: 'Cụm đã có năm thi đua này.',
      en: 'The cluster already has this year.',
    },
  },
  CLUSTER_YEAR_STAGE: {
    status: 409,
    message: {
      vi: 'Năm thi đua của cụm chưa đến hoặc đã qua bước này.',
      en: 'The cluster year is not at the stage this needs.',
    },
  },
  CLUSTER_SCORING_TABLE_NOT_FOUND: {
    status: 404,
    message: {
      vi: 'Không tìm thấy phiên bản bảng tiêu chí chấm điểm.',
      en: 'Scoring table version not found.',
    },
  },
  INITIATIVE_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy sáng kiến.', en: 'Initiative not found.' },
  },
  INITIATIVE_ALREADY_DECIDED: {
    status: 409,
    message: {
      vi: 'Hội đồng đã xét sáng kiến này: không thêm tệp vào đơn được nữa.',
      en: 'The council has decided on this initiative: its application takes no more files.',
    },
  },
  INITIATIVE_ALREADY_USED: {
    status: 409,
    message: {
      vi: 'Sáng kiến đã được dùng làm căn cứ cho một hồ sơ khen thưởng khác; mỗi sáng kiến chỉ được dùng một lần.',
      en: 'The initiative already backs another award dossier; an initiative backs one award only.',
    },
  },
  INITIATIVE_REFUSED: {
    status: 422,
    message: {
      vi: 'Sáng kiến đã bị từ chối công nhận, không thể dùng làm căn cứ khen thưởng.',
      en: 'The initiative was refused recognition and cannot back an award.',
    },
  },
  DECISION_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy quyết định.', en: 'Decision not found.' },
  },
  DOSSIER_NOT_AWAITING_DECISION: {
    status: 409,
    message: {
      vi: 'Hồ sơ không ở bước chờ quyết định của cấp này.',
      en: 'The dossier is not waiting for a decision at this level.',
    },
  },
  DOSSIER_ALREADY_DECIDED: {
    status: 409,
    message: {
      vi: 'Hồ sơ đã có trong một quyết định khen thưởng.',
      en: 'The dossier is already listed in a decision.',
    },
  },
  COMPLAINT_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy đơn khiếu nại.', en: 'Complaint not found.' },
  },
  COMPLAINT_TIME_LIMIT_EXPIRED: {
    status: 422,
    message: {
      vi: 'Đã hết thời hiệu khiếu nại (Luật Khiếu nại Điều 9, Điều 33). Nếu có trở ngại khách quan (ốm đau, thiên tai, đi công tác, học tập ở nơi xa…), hãy ghi số ngày trở ngại.',
      en: 'The time limit to complain has passed (Law on Complaints Art. 9, 33). If an objective obstacle (illness, disaster, mission, study far away…) prevented it, record the days it lasted.',
    },
  },
  COMPLAINT_SUBJECT_INVALID: {
    status: 422,
    message: {
      vi: 'Chỉ khiếu nại được một quyết định khen thưởng đã ký hoặc một hồ sơ bị trả lại, từ chối hoặc không được khen thưởng.',
      en: 'A complaint concerns a signed commendation decision, or a dossier returned, refused or not awarded.',
    },
  },
  COMPLAINT_NOT_SETTLED: {
    status: 409,
    message: {
      vi: 'Khiếu nại lần hai chỉ gửi được sau khi khiếu nại lần đầu đã được giải quyết hoặc không được thụ lý.',
      en: 'A second complaint follows a first complaint that was settled or not accepted.',
    },
  },
  AWARD_ALREADY_REVOKED: {
    status: 409,
    message: {
      vi: 'Khen thưởng này đã bị hủy bỏ bằng một quyết định khác.',
      en: 'This award has already been revoked by another decision.',
    },
  },
  DOCUMENT_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' },
  },
  DOCUMENT_TEXT_NOT_RENDERABLE: {
    status: 422,
    message: {
      vi: 'Không tạo được văn bản: nội dung chứa ký tự không thể đưa vào tệp DOCX/PDF (ví dụ ký tự điều khiển). Hãy sửa nội dung rồi thử lại.',
      en: 'The document cannot be generated: its text holds characters a DOCX or PDF cannot carry (e.g. control characters). Correct the text and retry.',
    },
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: {
      vi: 'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau.',
      en: 'The database is temporarily unavailable. Please try again later.',
    },
  },
  FILTER_NOT_SUPPORTED: {
    status: 400,
    message: {
      vi: 'Hệ thống không lọc được theo bộ lọc đã chọn.',
      en: 'This deployment cannot filter by the filter given.',
    },
  },
  WORKFLOW_ENGINE_UNAVAILABLE: {
    status: 503,
    message: {
      vi: 'Máy chủ quy trình (Temporal) tạm thời không truy cập được. Vui lòng thử lại sau.',
      en: 'The workflow engine (Temporal) is temporarily unavailable. Please try again later.',
    },
  },
  WORKER_UNAVAILABLE: {
    status: 503,
    message: {
      vi: 'Không có tiến trình xử lý quy trình (worker) nào đang hoạt động nên yêu cầu chưa có kết quả. Yêu cầu có thể được thực hiện khi tiến trình hoạt động trở lại; hãy gửi lại đúng yêu cầu này để nhận kết quả, không bị thực hiện hai lần.',
      en: 'No workflow worker is running, so the request has no result yet. It may still be carried out when a worker is back; send the very same request again to get its result — it is never carried out twice.',
    },
  },
  INTERNAL_ERROR: {
    status: 500,
    message: {
      vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
      en: 'Something went wrong. Please try again or contact an administrator.',
    },
  },
  LEGAL_DATA_UNCHANGED: {
    status: 409,
    message: {
      vi: 'Dữ liệu này đã được công bố và đang có hiệu lực; không có gì thay đổi.',
      en: 'This data is already published and in effect; nothing changed.',
    },
  },
  LEGAL_PUBLICATION_NOT_FOUND: {
    status: 404,
    message: {
      vi: 'Không có lần công bố dữ liệu pháp lý này.',
      en: 'There is no such legal-data publication.',
    },
  },
  SPREADSHEET_REFUSED: {
    status: 422,
    message: {
      vi: 'Hệ thống không nhận bảng tính này.',
      en: 'This spreadsheet is not accepted.',
    },
  },
  DOSSIER_IMPORT_NOT_FOUND: {
    status: 404,
    message: { vi: 'Không tìm thấy lần nhập danh sách này.', en: 'No such list import.' },
  },
  DOSSIER_IMPORT_HAS_ERRORS: {
    status: 422,
    message: {
      vi: 'Danh sách còn dòng lỗi: hãy sửa tệp và tải lên lại; hệ thống chỉ nhập khi mọi dòng đều hợp lệ.',
      en: 'The list still has rows with errors: fix the file and upload it again; nothing is imported until every row is valid.',
    },
  },
  DOSSIER_IMPORT_ALREADY_STARTED: {
    status: 409,
    message: {
      vi: 'Danh sách này đã được nhập.',
      en: 'This list has already been imported.',
    },
  },
  DISCLOSURE_NOT_OPEN: {
    status: 404,
    message: {
      vi: 'Hồ sơ này không (còn) trong thời gian công khai.',
      en: 'This dossier is not (or no longer) publicly disclosed.',
    },
  },
} as const satisfies Record<string, ErrorDefinition>;

export type ErrorCode = keyof typeof ERROR_CATALOG;

/** One rejected field: which field, which rule, and why in both languages. */
export interface FieldError {
  field: string;
  rule: string;
  message: LocalizedText;
}

/** The body of every error response. */
export interface ErrorResponseBody {
  code: ErrorCode;
  message: LocalizedText;
  errors?: FieldError[];
  requestId?: string;
}

/** A failure with a stable code, thrown by use cases and mapped to HTTP by the API's exception filter. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly errors: FieldError[] = [],
    message?: LocalizedText,
  ) {
    super(message?.en ?? ERROR_CATALOG[code].message.en);
    this.name = 'AppError';
    this.localizedMessage = message ?? ERROR_CATALOG[code].message;
  }

  readonly localizedMessage: LocalizedText;

  get status(): number {
    return ERROR_CATALOG[this.code].status;
  }
}
