import { Alert, Button, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { hasPermission, useMe } from '../../api/auth';
import { errorMessage } from '../../api/client';
import { useDeadlines, type DeadlineStatusCode } from '../../api/deadlines';
import { formatDate } from '../../lib/dates';
import { DeadlinesCalendar } from './DeadlinesCalendar';
import { DeadlinesTable } from './DeadlinesTable';
import { filterOptions, toRows, type RowFilter } from './deadline-rows';

const t = vi.deadlines;
const statusOrder: DeadlineStatusCode[] = ['overdue', 'due_soon', 'upcoming', 'done', 'done_late', 'unscheduled'];

/** Filters live in the address bar, so the home card can link to "Quá hạn" and a view can be shared. */
const param = {
  movement: 'phongTrao',
  status: 'trangThai',
  unit: 'donVi',
  day: 'ngay',
} as const;

function readFilter(p: URLSearchParams): RowFilter {
  const num = (k: string) => (p.get(k) && Number.isInteger(Number(p.get(k))) ? Number(p.get(k)) : undefined);
  const status = p.get(param.status);
  const day = p.get(param.day);
  return {
    movementId: num(param.movement),
    unitId: num(param.unit),
    status: statusOrder.includes(status as DeadlineStatusCode) ? (status as DeadlineStatusCode) : undefined,
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
  };
}

export default function DeadlinesPage() {
  const me = useMe().data;
  const canMark = hasPermission(me, 'deadlines.mark');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => readFilter(params), [params]);
  const query = useDeadlines();
  const entries = useMemo(() => query.data?.items ?? [], [query.data]);
  const options = useMemo(() => filterOptions(entries), [entries]);
  const rows = useMemo(() => toRows(entries, filter), [entries, filter]);
  const calendarEntries = useMemo(() => entries.filter((e) => filter.movementId === undefined || e.movement.id === filter.movementId), [entries, filter.movementId]);
  const today = query.data?.today ?? new Date().toISOString().slice(0, 10);

  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="deadlines-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Typography.Text type="secondary">{t.intro}</Typography.Text>
      </div>
      {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} />}
      <Card size="small" title={t.calendar}>
        {query.data && <DeadlinesCalendar entries={calendarEntries} today={today} selectedDay={filter.day} onSelectDay={(d) => set(param.day, d === filter.day ? undefined : d)} />}
      </Card>
      <Card size="small">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <Select
            aria-label={t.filters.movement}
            style={{ minWidth: 280, maxWidth: 480 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.filters.allMovements}
            options={options.movements}
            value={filter.movementId}
            onChange={(v?: number) => set(param.movement, v)}
          />
          <Select
            aria-label={t.filters.status}
            data-testid="deadlines-status-filter"
            style={{ width: 200 }}
            allowClear
            placeholder={t.filters.allStatuses}
            options={statusOrder.map((s) => ({ value: s, label: t.status[s] }))}
            value={filter.status}
            onChange={(v?: string) => set(param.status, v)}
          />
          <Select
            aria-label={t.filters.unit}
            style={{ minWidth: 220 }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t.filters.allUnits}
            options={options.units}
            value={filter.unitId}
            onChange={(v?: number) => set(param.unit, v)}
          />
          {filter.day && (
            <Tag closable onClose={() => set(param.day, undefined)} closeIcon={<span aria-label={t.filters.clearDay}>×</span>}>
              {t.filters.day(formatDate(filter.day))}
            </Tag>
          )}
          {(filter.movementId || filter.status || filter.unitId || filter.day) && (
            <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{vi.common.reset}</Button>
          )}
        </Flex>
        <DeadlinesTable rows={rows} loading={query.isFetching} canMark={canMark} today={today} />
      </Card>
    </Space>
  );
}
