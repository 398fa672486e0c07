import { DatePicker, type DatePickerProps } from 'antd';
import { vi } from '../../i18n/vi';
import { DATE_FORMAT } from '../lib/dates';

/** A day picker that reads and writes dd/mm/yyyy, as Vietnamese offices do. */
export function DateInput(props: DatePickerProps) {
  return <DatePicker format={DATE_FORMAT} placeholder={vi.common.datePlaceholder} {...props} />;
}
