import { Alert, Flex, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { formatTarget } from '../../../../../src/modules/movements/model/target-format';
import { vi } from '../../../../i18n/vi';
import { hasPermission, useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import { foldedSearch } from '../../../components/select-filter';
import type { MovementDetail, PlanContent } from '../../../api/movements';
import { useRegistration, useRegistrations } from '../../../api/registrations';
import { useResults, type IndexValueDto, type ResultDto } from '../../../api/results';
import { DuplicatesPanel } from '../../results/DuplicatesPanel';
import { EvidenceCell } from '../../results/EvidenceCell';
import { assessedIn, movementYears, partsInPlan, periodCode, periodPartLabel, type Criterion, type PeriodPart } from '../../results/periods';
import { ResultEntry } from '../../results/ResultEntry';
import { ResultsExcel } from '../../results/ResultsExcel';

const t = vi.results;

interface Row {
  criterion: Criterion;
  result: ResultDto | null;
  /** The value a criterion on an index takes from the unit's recorded index when none was entered. */
  fromIndex: IndexValueDto | null;
}

/** Kết quả: a participating unit's value, note and evidence per criterion of the plan in force, per period. */
export function ResultsTab({ detail, content, active }: { detail: MovementDetail; content: PlanContent; active: boolean }) {
  const me = useMe();
  const registrations = useRegistrations(detail.id, active);
  // Only units whose registration was approved take part (the server refuses the others).
  const approved = useMemo(() => (registrations.data?.items ?? []).filter((i) => i.status === 'da_duyet'), [registrations.data]);
  const units = approved.map((i) => i.unit);
  const ownUnit = units.find((u) => me.data?.roles.some((r) => r.unitId === u.id));
  const [pickedUnit, setPickedUnit] = useState<number | null>(null);
  const unitId = pickedUnit ?? ownUnit?.id ?? units[0]?.id ?? null;

  // The unit's own results, or one of the people its approved registration names.
  const registration = useRegistration(active ? (approved.find((i) => i.unit.id === unitId)?.registration?.id ?? null) : null);
  const people = (registration.data?.entries ?? []).flatMap((e) => (e.subject === 'individual' && e.person ? [e.person] : []));
  const [pickedPerson, setPickedPerson] = useState<number>(0);
  const personId = people.some((p) => p.id === pickedPerson) ? pickedPerson : 0;
  const collective = content.criteria.filter((c) => (personId ? c.appliesTo !== 'collective' : c.appliesTo !== 'individual'));
  const years = movementYears(detail.yearFrom, detail.yearTo);
  const parts = partsInPlan(collective);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]!);
  const [part, setPart] = useState<PeriodPart>(parts[0] ?? '');
  const period = periodCode(year, part);
  const results = useResults(detail.id, unitId, active ? period : null);

  const mayEnter = hasPermission(me.data, 'results.submit');
  const rows: Row[] = collective
    .filter((c) => assessedIn(c, part))
    .map((c) => ({
      criterion: c,
      result: results.data?.items.find((r) => r.criterionKey === c.key && (r.person?.id ?? 0) === personId) ?? null,
      fromIndex: personId ? null : (results.data?.indexValues.find((v) => v.criterionKey === c.key && v.unit.id === unitId) ?? null),
    }));

  const columns: TableColumnsType<Row> = [
    {
      title: t.criterion,
      key: 'criterion',
      width: 260,
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>
            {r.criterion.label ? `${r.criterion.label} ` : ''}
            {r.criterion.indicator}
          </Typography.Text>
          <Typography.Text type="secondary">{r.criterion.text}</Typography.Text>
        </Space>
      ),
    },
    { title: t.target, key: 'target', width: 110, render: (_, r) => formatTarget(r.criterion.target) },
    {
      title: t.value,
      key: 'value',
      width: 290,
      render: (_, r) => (
        <ResultEntry
          // A fresh form when the unit, period or saved revision changes, so it shows what the server holds.
          key={`${unitId}-${personId}-${period}-${r.result?.revision ?? 0}`}
          movementId={detail.id}
          unitId={unitId!}
          personId={personId || null}
          period={period}
          criterion={r.criterion}
          result={r.result}
          mayEnter={mayEnter}
        />
      ),
    },
    {
      title: t.check,
      key: 'check',
      width: 190,
      render: (_, r) =>
        r.result?.check ? (
          <Space orientation="vertical" size={2} data-testid="result-check">
            <Tag color={r.result.check.met ? 'green' : 'red'}>{r.result.check.met ? t.met : t.notMet}</Tag>
            <Typography.Text type="secondary">{r.result.check.reason}</Typography.Text>
          </Space>
        ) : r.fromIndex?.check ? (
          <Space orientation="vertical" size={2} data-testid="result-check-index">
            <Tag color={r.fromIndex.check.met ? 'green' : 'red'}>{r.fromIndex.check.met ? t.met : t.notMet}</Tag>
            <Typography.Text type="secondary">{r.fromIndex.source.text}</Typography.Text>
          </Space>
        ) : (
          <Tag data-testid="result-check">{t.notEntered}</Tag>
        ),
    },
    { title: t.evidence, key: 'evidence', width: 240, render: (_, r) => <EvidenceCell result={r.result} mayEnter={mayEnter} /> },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {registrations.isError && <Alert type="error" showIcon title={errorMessage(registrations.error)} />}
      {registrations.data && units.length === 0 && <Alert type="info" showIcon title={t.noUnits} />}
      <Flex gap={12} wrap>
        <Select
          aria-label={t.unit}
          data-testid="results-unit"
          placeholder={t.pickUnit}
          value={unitId}
          onChange={(v: number) => setPickedUnit(v)}
          options={units.map((u) => ({ value: u.id, label: u.name }))}
          style={{ minWidth: 260 }}
          showSearch={foldedSearch}
        />
        {people.length > 0 && (
          <Select
            aria-label={t.subject}
            data-testid="results-subject"
            value={personId}
            onChange={(v: number) => setPickedPerson(v)}
            options={[{ value: 0, label: t.collective }, ...people.map((p) => ({ value: p.id, label: p.fullName }))]}
            style={{ minWidth: 200 }}
            showSearch={foldedSearch}
          />
        )}
        <Select aria-label={vi.indices.year} data-testid="results-year" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        <Select
          aria-label={t.period}
          data-testid="results-period"
          value={part}
          onChange={setPart}
          options={(parts.length ? parts : ([''] as PeriodPart[])).map((p) => ({ value: p, label: periodPartLabel(year, p) }))}
          style={{ width: 200 }}
        />
      </Flex>
      <ResultsExcel movementId={detail.id} period={period} mayEnter={mayEnter} />
      {results.isError && <Alert type="error" showIcon title={errorMessage(results.error)} />}
      {unitId !== null && (
        <Table<Row>
          data-testid="results-table"
          rowKey={(r) => r.criterion.key}
          size="small"
          columns={columns}
          dataSource={rows}
          loading={results.isFetching && !results.data}
          pagination={false}
          locale={{ emptyText: t.noCriteria }}
          scroll={{ x: 1090 }}
        />
      )}
      {hasPermission(me.data, 'movements.issue') && <DuplicatesPanel movementId={detail.id} active={active} criteria={content.criteria} />}
    </Space>
  );
}
