import { Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { vi } from '../../../i18n/vi';
import type { AssessmentDto } from '../../api/appraisals';
import { useResults } from '../../api/results';
import { EvidenceCell } from '../results/EvidenceCell';
import { formatPoints, gapOf } from './appraisal-view';
import { AppraisedCell } from './AppraisedCell';
import { AppraiserRowActions } from './AppraiserRowActions';
import { AssessmentStatusTag } from './AssessmentStatusTag';

const t = vi.appraisals;

interface Props {
  movementId: number;
  period: string;
  unitId: number;
  items: AssessmentDto[];
  /** The decision buttons (appraisals.decide, movement not closed). */
  decide: boolean;
  locked: boolean;
}

/** One unit's self-scores to appraise, each beside the unit's result and evidence files. */
export function UnitItems({ movementId, period, unitId, items, decide, locked }: Props) {
  // The evidence the appraiser judges by: the unit's results of the same period (read when unfolded).
  const results = useResults(movementId, unitId, period);
  const columns: TableColumnsType<AssessmentDto> = [
    {
      title: t.criterion,
      key: 'criterion',
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{a.criterion ? `${a.criterion.label ? `${a.criterion.label} ` : ''}${a.criterion.indicator}` : a.criterionKey}</Typography.Text>
          {a.person && <Typography.Text type="secondary">{t.person(a.person.fullName)}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t.result,
      key: 'result',
      width: 170,
      render: (_, a) =>
        a.check ? (
          <Space orientation="vertical" size={2}>
            <Tag color={a.check.met ? 'green' : 'red'}>{a.check.met ? t.met : t.notMet}</Tag>
            <Typography.Text type="secondary">{a.check.reason}</Typography.Text>
          </Space>
        ) : (
          <Tag>{t.notEntered}</Tag>
        ),
    },
    {
      title: t.selfPoints,
      key: 'self',
      width: 150,
      render: (_, a) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong data-testid="row-self">
            {formatPoints(a.selfPoints)} / {formatPoints(a.possible)}
          </Typography.Text>
          {a.selfNote && <Typography.Text type="secondary">{a.selfNote}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t.status,
      key: 'status',
      width: 200,
      render: (_, a) => (
        <Space orientation="vertical" size={2}>
          <AssessmentStatusTag a={a} />
          {a.status === 'giai_trinh' && a.explainRequest && <Typography.Text type="secondary">{`${t.explainRequest}: ${a.explainRequest}`}</Typography.Text>}
          {a.explanation && <Typography.Text data-testid="row-explanation">{`${t.explain}: ${a.explanation}`}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t.evidence,
      key: 'evidence',
      width: 200,
      render: (_, a) => <EvidenceCell result={results.data?.items.find((r) => r.criterionKey === a.criterionKey && (r.person?.id ?? null) === (a.person?.id ?? null)) ?? null} mayEnter={false} />,
    },
    { title: t.appraised, key: 'appraised', width: 200, render: (_, a) => <AppraisedCell a={a} gap={gapOf(a.selfPoints, a.status === 'da_tham_dinh' ? a.appraisedPoints : null)} /> },
    { title: vi.common.actions, key: 'actions', width: 250, render: (_, a) => (decide ? <AppraiserRowActions a={a} locked={locked} /> : null) },
  ];

  return <Table<AssessmentDto> data-testid="appraiser-items" rowKey="id" size="small" columns={columns} dataSource={items} pagination={false} scroll={{ x: 1350 }} />;
}
