import type { FormInstance } from 'antd';
import { isApiError } from '../api/client';

/**
 * Puts the server's per-field messages under the matching form fields. Returns true when at least one
 * field got its message (so a toast would only repeat it); false when the caller should show the
 * error's overall message.
 */
export function applyFieldErrors<T>(form: FormInstance<T>, err: unknown, known: readonly string[]): boolean {
  if (!isApiError(err) || !err.fields) return false;
  const entries = Object.entries(err.fields).filter(([name]) => known.includes(name));
  if (entries.length === 0) return false;
  form.setFields(entries.map(([name, message]) => ({ name: name as never, errors: [message] })));
  return true;
}
