import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { assessmentKeys, submitAssessments, useAssessments } from '../../api/appraisals';
import { errorMessage } from '../../api/client';
import { useRegistration } from '../../api/registrations';
import { useResults } from '../../api/results';
import { foldedSearch } from '../../components/select-filter';
import type { Criterion } from '../results/periods';
import { formatPoints, gapOf, possibleOf, selfEditable, selfRows, subjectTotals, type SelfRow } from './appraisal-view';
import { AppraisedCell } from './AppraisedCell';
import { AssessmentStatusTag } from './AssessmentStatusTag';
import { ExplainForm } from './ExplainForm';
import { ExportButton } from './ExportButton';
import { SelfScoreCell } from './SelfScoreCell';

const t = vi.appraisals;

interface Props {
  movementId: number;
  unit: { id: number; name: string };
  /** The unit's approved registration: the people it names self-assess too. */
  registrationId: number | null;
  period: string;
  criteria: Criterion[];
  /** Self-scoring only while the movement is issued or in progress (the server says so too). */
  running: boolean;
  active: boolean;
}

/** Tự chấm: a unit scores itself per criterion next to its results, sends to appraisal, answers returns. */
export function UnitSelfAssessment({ movementId, unit, registrationId, period, criteria, running, active }: Props) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const results = useResults(movementId, active ? unit.id : null, period);
  const list = useAssessments(movementId, period, unit.id, active);
  const mine = list.data?.units.find((u) => u.unit.id === unit.id);
  const locked = list.data?.locked ?? false;
  // The unit itself, or one of the people its approved registration names.
  const registration = useRegistration(active ? registrationId : null);
  const people = (registration.data?.entries ?? []).flatMap((e) => (e.subject === 'individual' && e.person ? [e.person] : []));
  const [picked, setPicked] = useState(0);
  const personId = people.some((p) => p.id === picked) ? picked : null;
  const rows = selfRows(criteria, results.data?.items ?? [], mine?.items ?? [], personId);
  const totals = subjectTotals(rows);
  // Sending takes every draft of the unit, its people's included.
  const drafts = (mine?.items ?? []).filter((a) => a.status === 'tu_cham').length;
  const send = useMutation({
    mutationFn: () => submitAssessments(movementId, unit.id, period),
    onSuccess: async (r) => {
      void message.success(t.submitted(r.submitted));
      await qc.invalidateQueries({ queryKey: assessmentKeys.all });
    },
  });

  const columns: TableColumnsType<SelfRow> = [
    {
      title: t.criterion,
      key: 'criterion',
      width: 240,
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
    {
      title: t.result,
      key: 'result',
      width: 190,
      render: (_, r) =>
        r.result?.check ? (
          <Space orientation="vertical" size={2} data-testid="self-result">
            <Tag color={r.result.check.met ? 'green' : 'red'}>{r.result.check.met ? t.met : t.notMet}</Tag>
            <Typography.Text type="secondary">{r.result.check.reason}</Typography.Text>
          </Space>
        ) : (
          <Tag data-testid="self-result">{t.notEntered}</Tag>
        ),
    },
    { title: t.possible, key: 'possible', width: 90, align: 'right', render: (_, r) => formatPoints(r.assessment?.possible ?? possibleOf(r.criterion)) },
    {
      title: t.selfPoints,
      key: 'self',
      width: 330,
      render: (_, r) => (
        <Space orientation="vertical" size={4} style={{ width: '100%' }}>
          <SelfScoreCell
            key={`${unit.id}-${personId ?? 0}-${period}-${r.assessment?.revision ?? 0}`}
            movementId={movementId}
            unitId={unit.id}
            personId={personId}
            period={period}
            criterion={r.criterion}
            possible={r.assessment?.possible ?? possibleOf(r.criterion)}
            assessment={r.assessment}
            editable={running && selfEditable(r.assessment, locked)}
          />
          {r.assessment?.status === 'giai_trinh' && <ExplainForm assessment={r.assessment} mayAnswer={running && !locked} />}
          {r.assessment?.explanation && r.assessment.status !== 'giai_trinh' && <Typography.Text type="secondary">{t.yourExplanation(r.assessment.explanation)}</Typography.Text>}
        </Space>
      ),
    },
    { title: t.status, key: 'status', width: 130, render: (_, r) => (r.assessment ? <AssessmentStatusTag a={r.assessment} /> : <Tag>{t.notScored}</Tag>) },
    {
      title: t.appraised,
      key: 'appraised',
      width: 200,
      render: (_, r) => r.assessment && <AppraisedCell a={r.assessment} gap={gapOf(r.assessment.selfPoints, r.assessment.status === 'da_tham_dinh' ? r.assessment.appraisedPoints : null)} />,
    },
  ];

  return (
    <Card
      size="small"
      title={t.ownTitle(unit.name)}
      data-testid="self-assessment"
      extra={
        <Space>
          <ExportButton movementId={movementId} period={period} unitId={unit.id} />
          {running && !locked && (
            <Popconfirm title={t.submitConfirm} okText={t.submit} cancelText={vi.common.cancel} onConfirm={() => send.mutate()} okButtonProps={{ 'data-testid': 'self-submit-confirm' } as never} disabled={drafts === 0}>
              <Button type="primary" icon={<SendOutlined />} loading={send.isPending} disabled={drafts === 0} title={drafts === 0 ? t.nothingToSubmit : undefined} data-testid="self-submit">
                {t.submit}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Space orientation="vertical" size="small" style={{ width: '100%' }}>
        {locked && <Alert type="success" showIcon title={t.locked} description={t.lockedHint} data-testid="self-locked" />}
        {(list.isError || results.isError) && <Alert type="error" showIcon title={errorMessage(list.error ?? results.error)} />}
        {send.isError && <Alert type="error" showIcon title={errorMessage(send.error)} data-testid="self-submit-error" />}
        <Flex gap={16} wrap align="center" data-testid="self-totals">
          {people.length > 0 && (
            <Select
              aria-label={t.subject}
              data-testid="self-subject"
              value={personId ?? 0}
              onChange={(v: number) => setPicked(v)}
              options={[{ value: 0, label: t.collective }, ...people.map((p) => ({ value: p.id, label: p.fullName }))]}
              style={{ minWidth: 220 }}
              showSearch={foldedSearch}
            />
          )}
          <Typography.Text>
            {t.selfTotal}: <strong>{formatPoints(totals.self)}</strong>
          </Typography.Text>
          <Typography.Text>
            {t.appraisedTotal}: <strong>{formatPoints(totals.appraised)}</strong>
          </Typography.Text>
          <Typography.Text type="secondary">
            {t.maxTotal}: {formatPoints(totals.max)}
          </Typography.Text>
        </Flex>
        <Table<SelfRow>
          data-testid="self-table"
          rowKey={(r) => r.criterion.key}
          size="small"
          columns={columns}
          dataSource={rows}
          loading={(list.isFetching && !list.data) || (results.isFetching && !results.data)}
          pagination={false}
          locale={{ emptyText: t.noCriteria }}
          scroll={{ x: 1180 }}
        />
      </Space>
    </Card>
  );
}
