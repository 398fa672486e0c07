import dayjs, { type Dayjs } from 'dayjs';

/** DatePicker value → API day (YYYY-MM-DD), null when empty. */
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/** API day → DatePicker value. */
export const fromIso = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso) : null);
