import { Badge, Calendar, Flex, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { vi } from '../../../i18n/vi';
import type { DeadlineEntryDto, DeadlineStatusCode } from '../../api/deadlines';
import { byDay, entryStatus, statusColors } from './deadline-rows';

const t = vi.deadlines;
const SHOWN_PER_DAY = 3;
const legend: DeadlineStatusCode[] = ['overdue', 'due_soon', 'upcoming', 'done', 'done_late'];

interface Props {
  entries: DeadlineEntryDto[];
  today: string;
  selectedDay: string | undefined;
  onSelectDay: (day: string) => void;
}

/** A month view: each day lists its deadlines, coloured by the most urgent state among their units. */
export function DeadlinesCalendar({ entries, today, selectedDay, onSelectDay }: Props) {
  const days = useMemo(() => byDay(entries), [entries]);

  const cell = (date: Dayjs) => {
    const list = days.get(date.format('YYYY-MM-DD')) ?? [];
    if (list.length === 0) return null;
    return (
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={`deadlines-day-${date.format('YYYY-MM-DD')}`}>
        {list.slice(0, SHOWN_PER_DAY).map((e) => {
          const status = entryStatus(e);
          return (
            <li key={`${e.movement.id}-${e.deadline.key}`} title={`${e.deadline.title} — ${t.status[status]}`}>
              <Badge color={statusColors[status]} text={<Typography.Text ellipsis style={{ fontSize: 12, maxWidth: '100%' }}>{e.deadline.title}</Typography.Text>} />
            </li>
          );
        })}
        {list.length > SHOWN_PER_DAY && (
          <li>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t.more(list.length - SHOWN_PER_DAY)}
            </Typography.Text>
          </li>
        )}
      </ul>
    );
  };

  return (
    <div data-testid="deadlines-calendar">
      <Flex gap={16} wrap style={{ marginBottom: 8 }} aria-label={t.legend}>
        {legend.map((s) => (
          <Badge key={s} color={statusColors[s]} text={t.status[s]} />
        ))}
      </Flex>
      <Calendar
        defaultValue={dayjs(selectedDay ?? today)}
        cellRender={(date, info) => (info.type === 'date' ? cell(date) : info.originNode)}
        onSelect={(date, info) => {
          if (info.source === 'date') onSelectDay(date.format('YYYY-MM-DD'));
        }}
      />
    </div>
  );
}
