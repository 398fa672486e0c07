/** The one catalogue of error codes: HTTP status and the default Vietnamese message. */
export const errorCatalogue = {
  validation: { status: 400, message: 'Dữ liệu gửi lên không hợp lệ.' },
  bad_request: { status: 400, message: 'Yêu cầu không hợp lệ.' },
  unauthenticated: { status: 401, message: 'Bạn cần đăng nhập để tiếp tục.' },
  invalid_credentials: { status: 401, message: 'Tên đăng nhập hoặc mật khẩu không đúng.' },
  forbidden: { status: 403, message: 'Bạn không có quyền thực hiện thao tác này.' },
  not_found: { status: 404, message: 'Không tìm thấy dữ liệu yêu cầu.' },
  conflict: { status: 409, message: 'Dữ liệu bị trùng hoặc xung đột với dữ liệu hiện có.' },
  payload_too_large: { status: 413, message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.' },
  unsupported_media_type: { status: 415, message: 'Định dạng tệp hoặc nội dung không được hỗ trợ.' },
  deadline_passed: { status: 422, message: 'Đã quá thời hạn.' },
  locked: { status: 423, message: 'Tài khoản tạm bị khóa do đăng nhập sai nhiều lần.' },
  too_many_requests: { status: 429, message: 'Quá nhiều yêu cầu, vui lòng thử lại sau.' },
  internal: { status: 500, message: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.' },
} as const;

export type ErrorCode = keyof typeof errorCatalogue;
export type FieldErrors = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields?: FieldErrors;

  constructor(code: ErrorCode, message?: string, fields?: FieldErrors) {
    super(message ?? errorCatalogue[code].message);
    this.code = code;
    this.status = errorCatalogue[code].status;
    this.fields = fields;
  }
}

export const notFound = (what: string) => new AppError('not_found', `Không tìm thấy ${what}.`);
export const forbidden = (message?: string) => new AppError('forbidden', message);
export const conflict = (message: string, fields?: FieldErrors) => new AppError('conflict', message, fields);
export const invalid = (message: string, fields?: FieldErrors) => new AppError('validation', message, fields);
