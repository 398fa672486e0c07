import { Alert, Button, Drawer, Flex, Form, Input, message, Space, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { downloadReport, updateNomination, useEligibility, useNominationMutation, type NominationDto, type Report } from './api';
import { EligibilityTrace } from './EligibilityTrace';
import { recordedToText, textToRecorded } from './report-lines';

const t = vi.nominations;
type Profile = Report['profile'];
type Achievements = Report['achievements'];

interface Values {
  profile: Profile;
  achievements: Achievements;
  titles: string;
  awards: string;
  summary: string | null;
  overrideReason: string | null;
}

const collectiveFields: (keyof Profile)[] = ['address', 'history', 'characteristics', 'functions'];
const individualFields: (keyof Profile)[] = ['fullName', 'birthDate', 'gender', 'hometown', 'residence', 'workplace', 'position', 'qualification'];
const long = new Set(['history', 'characteristics', 'functions']);
const blank = (s: string | null | undefined) => (s && s.trim() !== '' ? s.trim() : null);
const clean = <T extends Record<string, string | null>>(o: T) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, blank(v)])) as T;

/** The báo cáo thành tích of one nominee by the sections of the Nghị định 98/2023 form, with the eligibility trace. */
export function NominationEditor({ nomination, editable, onClose }: { nomination: NominationDto; editable: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const [checking, setChecking] = useState(false);
  const eligibility = useEligibility(nomination.id, checking);
  const save = useNominationMutation((v: Values) =>
    updateNomination(nomination.id, {
      version: nomination.version,
      report: { profile: clean(v.profile), achievements: clean(v.achievements), titles: textToRecorded(v.titles ?? ''), awards: textToRecorded(v.awards ?? ''), summary: blank(v.summary) },
      overrideReason: blank(v.overrideReason),
    }),
  );
  const r = nomination.report;
  const individual = nomination.subjectKind === 'individual';
  const trace = eligibility.data?.trace ?? nomination.eligibility?.trace ?? null;
  const failing = (eligibility.data?.eligible ?? nomination.eligible) === false;

  return (
    <Drawer open width={760} title={t.reportTitle(nomination.nomineeName)} onClose={onClose} destroyOnHidden>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          {nomination.awardName} · {nomination.statusLabel}
        </Typography.Text>
        <Flex gap={8} wrap>
          <Button onClick={() => void downloadReport(nomination.id, 'detailed')}>{t.downloadReport}</Button>
          <Button onClick={() => void downloadReport(nomination.id, 'summary')}>{t.downloadSummary}</Button>
          <Button onClick={() => (checking ? void eligibility.refetch() : setChecking(true))} loading={eligibility.isFetching} data-testid="nomination-check">
            {t.checkEligibility}
          </Button>
        </Flex>
        {eligibility.isError && <Alert type="error" showIcon title={errorMessage(eligibility.error)} />}
        {trace && (
          <>
            <Typography.Title level={5}>{t.trace}</Typography.Title>
            <EligibilityTrace trace={trace} />
          </>
        )}
        {save.isError && <Alert type="error" showIcon title={errorMessage(save.error)} data-testid="nomination-save-error" />}
        <Form
          form={form}
          layout="vertical"
          disabled={!editable}
          initialValues={{ profile: r.profile, achievements: r.achievements, titles: recordedToText(r.titles), awards: recordedToText(r.awards), summary: r.summary, overrideReason: nomination.overrideReason }}
          onFinish={(v) => save.mutate(v, { onSuccess: () => void message.success(t.saved) })}
        >
          <Typography.Title level={5}>{individual ? t.sectionIndividual : t.sectionCollective}</Typography.Title>
          {(individual ? individualFields : collectiveFields).map((f) => (
            <Form.Item key={f} label={t.fields[f as keyof typeof t.fields]} name={['profile', f]}>
              {long.has(f) ? <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} /> : <Input />}
            </Form.Item>
          ))}
          <Typography.Title level={5}>{t.sectionAchievements}</Typography.Title>
          {(individual ? (['duties', 'results', 'measures'] as const) : (['results', 'measures', 'partyWork'] as const)).map((f) => (
            <Form.Item key={f} label={t.fields[f]} name={['achievements', f]}>
              <Input.TextArea autoSize={{ minRows: f === 'results' ? 6 : 2, maxRows: 20 }} data-testid={`report-${f}`} />
            </Form.Item>
          ))}
          <Form.Item label={t.fields.summary} name="summary">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="report-summary" />
          </Form.Item>
          <Typography.Title level={5}>{t.sectionAwards}</Typography.Title>
          <Form.Item label={t.fields.titles} name="titles">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          <Form.Item label={t.fields.awards} name="awards">
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
          </Form.Item>
          {(failing || nomination.overrideReason) && (
            <Form.Item label={t.overrideReason} name="overrideReason" rules={[{ min: 10, message: t.overrideReason }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="override-reason" />
            </Form.Item>
          )}
          {editable && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="nomination-save">
              {t.save}
            </Button>
          )}
        </Form>
      </Space>
    </Drawer>
  );
}
