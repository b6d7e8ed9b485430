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
  DATABASE_UNAVAILABLE: {
    status: 503,
    message: {
      vi: 'Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau.',
      en: 'The database is temporarily unavailable. Please try again later.',
    },
  },
  WORKFLOW_ENGINE_UNAVAILABLE: {
    status: 503,
    message: {
      vi: 'Máy chủ quy trình (Temporal) tạm thời không truy cập được. Vui lòng thử lại sau.',
      en: 'The workflow engine (Temporal) is temporarily unavailable. Please try again later.',
    },
  },
  INTERNAL_ERROR: {
    status: 500,
    message: {
      vi: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc liên hệ quản trị viên.',
      en: 'Something went wrong. Please try again or contact an administrator.',
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
