import { vi } from '../../i18n/vi';
import { toQueryString, type QueryParams } from './query-string';

export type FieldErrors = Record<string, string>;

/** The API's one error shape, { error: { code, message, fields? } }, as a throwable. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields?: FieldErrors;

  constructor(status: number, code: string, message: string, fields?: FieldErrors) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

/** The Vietnamese message to show for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  return vi.common.networkError;
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  accept?: string;
}

/** Reads an error body; servers behind proxies may answer HTML, which becomes a generic error. */
export async function toApiError(response: Response): Promise<ApiError> {
  try {
    const data = (await response.json()) as { error?: { code?: string; message?: string; fields?: FieldErrors } };
    if (data.error?.message) {
      return new ApiError(response.status, data.error.code ?? 'error', data.error.message, data.error.fields);
    }
  } catch {
    // fall through: not JSON
  }
  return new ApiError(response.status, 'http_error', vi.common.httpError(response.status));
}

export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers: { Accept: options.accept ?? 'application/json' },
    signal: options.signal,
  };
  if (options.body instanceof FormData) {
    init.body = options.body;
  } else if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'Content-Type': 'application/json' };
  }
  let response: Response;
  try {
    response = await fetch(`/api${path}${toQueryString(options.query)}`, init);
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', vi.common.networkError);
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/** A JSON request to /api…; throws ApiError with the server's Vietnamese message. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await request(path, options);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
