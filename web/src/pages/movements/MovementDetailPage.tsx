import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Flex, Grid, Result, Select, Space, Spin, Tabs, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { vi } from '../../../i18n/vi';
import { errorMessage, isApiError } from '../../api/client';
import { useMovement, useVersion, type MovementDetail, type PlanContent } from '../../api/movements';
import { paths } from '../../paths';
import { MovementActions } from './MovementActions';
import { StatusTag } from './StatusTag';
// ECharts stays out of the main chunk: the tab is loaded when opened.
const DashboardTab = lazy(() => import('./tabs/DashboardTab'));
import { AppraisalsTab } from './tabs/AppraisalsTab';
import { NominationsTab } from '../nominations/NominationsTab';
import { AwardsTab } from './tabs/AwardsTab';
import { BasisTab } from './tabs/BasisTab';
import { CascadeTab } from './tabs/CascadeTab';
import { ContentsTab } from './tabs/ContentsTab';
import { CriteriaTab } from './tabs/CriteriaTab';
import { DeadlinesTab } from './tabs/DeadlinesTab';
import { DecisionTab } from './tabs/DecisionTab';
import { GeneralTab } from './tabs/GeneralTab';
import { GoalsTab } from './tabs/GoalsTab';
import { PurposesTab } from './tabs/PurposesTab';
import { RegistrationsTab } from './tabs/RegistrationsTab';
import { ResponsibilitiesTab } from './tabs/ResponsibilitiesTab';
import { ResultsTab } from './tabs/ResultsTab';
import { SubjectsTab } from './tabs/SubjectsTab';
import { VersionsTab } from './tabs/VersionsTab';

const t = vi.movements;

/** What every section tab receives: the movement, the version shown, and whether it may be edited now. */
export interface TabProps {
  detail: MovementDetail;
  content: PlanContent;
  editable: boolean;
}

/** The version a user first sees: the draft when they may edit it, else the version in force. */
function defaultVersion(d: MovementDetail): number {
  return d.draft && d.can.edit ? d.draft.versionNo : d.current.versionNo;
}

export default function MovementDetailPage() {
  const id = Number(useParams().id);
  const movement = useMovement(Number.isInteger(id) ? id : 0);
  const [picked, setPicked] = useState<number | null>(null);
  const [tab, setTab] = useState('general');
  // Thirteen sections do not fit a row of tabs: on wide screens they stand on the left like a table of contents.
  const wide = Grid.useBreakpoint().xl !== false;
  const d = movement.data;
  // A version that no longer exists (a discarded draft) falls back to the default.
  const versionNo = d && picked !== null && (d.versions.some((v) => v.versionNo === picked) || d.draft?.versionNo === picked) ? picked : d ? defaultVersion(d) : null;
  const inDetail = d && (versionNo === d.draft?.versionNo ? d.draft : versionNo === d.current.versionNo ? d.current : null);
  const older = useVersion(id, d && !inDetail ? versionNo : null);

  if (movement.isPending) return <Spin />;
  if (movement.isError || !d) {
    const notFound = isApiError(movement.error) && (movement.error.status === 404 || movement.error.status === 403);
    return <Result status={notFound ? '404' : 'error'} title={notFound ? t.notFound : errorMessage(movement.error)} />;
  }
  const shown = inDetail ?? older.data ?? null;
  const content = shown?.content ?? null;
  const showingDraft = shown !== null && d.draft !== null && shown.versionNo === d.draft.versionNo;
  const editable = showingDraft && d.can.edit;

  const versionOptions = [...d.versions, ...(d.draft && !d.versions.some((v) => v.versionNo === d.draft!.versionNo) ? [d.draft] : [])]
    .sort((a, b) => b.versionNo - a.versionNo)
    .map((v) => ({ value: v.versionNo, label: t.versionOption(v.versionNo, v.state === 'draft' ? t.stateDraft : t.stateIssued) }));

  const props: TabProps | null = content ? { detail: d, content, editable } : null;
  const tabItems = props
    ? [
        { key: 'general', label: t.tabs.general, children: <GeneralTab {...props} /> },
        { key: 'basis', label: t.tabs.basis, children: <BasisTab {...props} /> },
        { key: 'purposes', label: t.tabs.purposes, children: <PurposesTab {...props} /> },
        { key: 'goals', label: t.tabs.goals, children: <GoalsTab {...props} /> },
        { key: 'subjects', label: t.tabs.subjects, children: <SubjectsTab {...props} /> },
        { key: 'contents', label: t.tabs.contents, children: <ContentsTab {...props} /> },
        { key: 'criteria', label: t.tabs.criteria, children: <CriteriaTab {...props} /> },
        { key: 'awards', label: t.tabs.awards, children: <AwardsTab {...props} /> },
        { key: 'deadlines', label: t.tabs.deadlines, children: <DeadlinesTab {...props} /> },
        { key: 'responsibilities', label: t.tabs.responsibilities, children: <ResponsibilitiesTab {...props} /> },
        ...(props.content.decision || editable ? [{ key: 'decision', label: t.tabs.decision, children: <DecisionTab {...props} /> }] : []),
        { key: 'cascade', label: t.tabs.cascade, children: <CascadeTab detail={d} active={tab === 'cascade'} /> },
        ...(d.status !== 'draft'
          ? [{ key: 'registrations', label: vi.registrations.tab, children: <RegistrationsTab detail={d} active={tab === 'registrations'} /> }]
          : []),
        ...(d.status === 'issued' || d.status === 'in_progress'
          ? [{ key: 'results', label: vi.results.tab, children: <ResultsTab detail={d} content={d.current.content} active={tab === 'results'} /> }]
          : []),
        // Appraisal goes on through the review stages, after results stop coming in.
        ...(d.status !== 'draft'
          ? [{ key: 'appraisals', label: vi.appraisals.tab, children: <AppraisalsTab detail={d} content={d.current.content} active={tab === 'appraisals'} /> }]
          : []),
        ...(d.status !== 'draft'
          ? [{ key: 'nominations', label: vi.nominations.tab, children: <NominationsTab detail={d} content={d.current.content} active={tab === 'nominations'} /> }]
          : []),
        ...(d.status !== 'draft'
          ? [
              {
                key: 'dashboard',
                label: vi.dashboards.tab,
                children: (
                  <Suspense fallback={<Spin />}>
                    <DashboardTab detail={d} active={tab === 'dashboard'} />
                  </Suspense>
                ),
              },
            ]
          : []),
        { key: 'versions', label: t.tabs.versions, children: <VersionsTab detail={d} /> },
      ].map((i) => ({ ...i, label: <span data-testid={`movement-tab-${i.key}`}>{i.label}</span> }))
    : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Link to={paths.movements}>
        <ArrowLeftOutlined /> {t.back}
      </Link>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div style={{ minWidth: 0, flex: '1 1 480px' }}>
          <Typography.Text type="secondary" data-testid="movement-number">
            {d.number ?? t.noNumber} · {d.owner.name}
          </Typography.Text>
          <Typography.Title level={3} style={{ marginTop: 4 }} data-testid="movement-title">
            {d.title}
          </Typography.Title>
          <Space wrap>
            <StatusTag status={d.status} />
            {d.parent && (
              <Typography.Text>
                {t.parent}: <Link to={paths.movement(d.parent.id)}>{d.parent.number ? `${d.parent.number} — ` : ''}{d.parent.title}</Link>
              </Typography.Text>
            )}
          </Space>
        </div>
        <Space orientation="vertical" align="end">
          <Select
            aria-label={t.version}
            data-testid="version-select"
            value={versionNo}
            options={versionOptions}
            onChange={(v: number) => setPicked(v)}
            style={{ width: 260 }}
          />
        </Space>
      </Flex>
      <MovementActions detail={d} versionNo={shown?.versionNo ?? d.current.versionNo} content={content} />
      {showingDraft && d.status !== 'draft' && <Alert type="info" showIcon title={t.viewingDraft} />}
      {shown && !showingDraft && shown.versionNo !== d.current.versionNo && <Alert type="warning" showIcon title={t.viewingOld(shown.versionNo)} />}
      {older.isError && <Alert type="error" title={errorMessage(older.error)} />}
      {!content ? <Spin /> : <Tabs activeKey={tab} onChange={setTab} items={tabItems} tabPlacement={wide ? 'start' : 'top'} />}
    </Space>
  );
}
