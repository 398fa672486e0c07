import { Alert, Flex, Select, Space } from 'antd';
import { useMemo, useState } from 'react';
import { vi } from '../../../../i18n/vi';
import { hasPermission, useMe } from '../../../api/auth';
import { errorMessage } from '../../../api/client';
import type { MovementDetail, PlanContent } from '../../../api/movements';
import { useRegistrations } from '../../../api/registrations';
import { AppraiserView } from '../../appraisals/AppraiserView';
import { UnitSelfAssessment } from '../../appraisals/UnitSelfAssessment';
import { DuplicatesPanel } from '../../results/DuplicatesPanel';
import { assessedIn, movementYears, partsInPlan, periodCode, periodPartLabel, type PeriodPart } from '../../results/periods';

const t = vi.appraisals;

/**
 * Tự chấm & thẩm định: a participating unit's officer scores the unit per criterion and sends it to
 * appraisal; the owner's standing agency accepts, changes or returns each score and locks the period.
 */
export function AppraisalsTab({ detail, content, active }: { detail: MovementDetail; content: PlanContent; active: boolean }) {
  const me = useMe();
  const registrations = useRegistrations(detail.id, active);
  const approvedItems = useMemo(() => (registrations.data?.items ?? []).filter((i) => i.status === 'da_duyet'), [registrations.data]);
  const approved = approvedItems.map((i) => i.unit);
  // The units the reader scores for: approved participants their own roles are granted on (the server checks again).
  const own = hasPermission(me.data, 'results.submit') ? approvedItems.filter((i) => me.data?.roles.some((r) => r.unitId === i.unit.id)) : [];
  // The appraiser: appraisals.decide held somewhere other than a participating unit (nobody appraises themselves).
  const mayDecide = hasPermission(me.data, 'appraisals.decide') && !!me.data?.roles.some((r) => !approved.some((u) => u.id === r.unitId));
  // The owner's other readers (its leaders) follow the appraisal read-only.
  const overseer = mayDecide || !!me.data?.roles.some((r) => r.unitId === detail.owner.id);

  const years = movementYears(detail.yearFrom, detail.yearTo);
  const parts = partsInPlan(content.criteria);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(years.includes(thisYear) ? thisYear : years[0]!);
  const [part, setPart] = useState<PeriodPart>(parts[0] ?? '');
  const period = periodCode(year, part);
  const running = detail.status === 'issued' || detail.status === 'in_progress';

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {registrations.isError && <Alert type="error" showIcon title={errorMessage(registrations.error)} />}
      <Flex gap={12} wrap>
        <Select aria-label={t.year} data-testid="appraisals-year" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 100 }} />
        <Select
          aria-label={t.period}
          data-testid="appraisals-period"
          value={part}
          onChange={setPart}
          options={(parts.length ? parts : ([''] as PeriodPart[])).map((p) => ({ value: p, label: periodPartLabel(year, p) }))}
          style={{ width: 200 }}
        />
      </Flex>
      {registrations.data && !overseer && own.length === 0 && <Alert type="info" showIcon title={t.noUnits} />}
      {own.map((i) => (
        <UnitSelfAssessment
          key={i.unit.id}
          movementId={detail.id}
          unit={i.unit}
          registrationId={i.registration?.id ?? null}
          period={period}
          criteria={content.criteria.filter((c) => assessedIn(c, part))}
          running={running}
          active={active}
        />
      ))}
      {overseer && (own.length === 0 || mayDecide) && (
        <AppraiserView
          movementId={detail.id}
          period={period}
          periodLabel={periodPartLabel(year, part)}
          criterionKeys={content.criteria.map((c) => c.key)}
          open={detail.status !== 'closed'}
          mayDecide={mayDecide}
          active={active}
        />
      )}
      {/* One file handed in by two units is the appraiser's to look at. */}
      {mayDecide && hasPermission(me.data, 'movements.issue') && <DuplicatesPanel movementId={detail.id} active={active} criteria={content.criteria} />}
    </Space>
  );
}
