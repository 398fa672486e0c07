import { Card, Descriptions, Space, Typography } from 'antd';
import { vi } from '../../../../i18n/vi';
import { AwardsEditor } from '../editors/AwardsEditor';
import { DossierEditor } from '../editors/DossierEditor';
import { StandardsEditor } from '../editors/StandardsEditor';
import { EmptyPart, ItemsView } from '../ItemsView';
import { labelOf, subjectScopeLabels } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import type { CriterionNames } from '../rule-text';
import { RuleView } from '../RuleView';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.awards;
const l = vi.movements.labels;

export function AwardsTab({ detail, content, editable }: TabProps) {
  const criteria: CriterionNames = Object.fromEntries(content.criteria.map((c) => [c.key, { label: c.label, indicator: c.indicator }]));
  const deadlineTitle = new Map(content.deadlines.map((d) => [d.key, d.title]));
  const offers =
    content.awards.length === 0 ? (
      <EmptyPart />
    ) : (
      <Space orientation="vertical" style={{ width: '100%' }}>
        {content.awards.map((a) => (
          <Descriptions key={a.key} bordered size="small" column={{ xs: 1, md: 2 }} title={`${a.label ?? ''} ${a.name}`.trim()} data-testid="award-offer">
            <Descriptions.Item label={t.form}>{labelOf(l.awardForms, a.form)}</Descriptions.Item>
            <Descriptions.Item label={t.grantor}>{a.grantor.title}</Descriptions.Item>
            <Descriptions.Item label={t.recipients}>{labelOf(subjectScopeLabels, a.recipients)}</Descriptions.Item>
            <Descriptions.Item label={t.occasion}>{labelOf(l.occasions, a.occasion)}</Descriptions.Item>
            <Descriptions.Item label={t.quota} span={2}>
              {labelOf(l.quotaModes, a.quota.mode)}
              {(a.quota.collectives !== null || a.quota.individuals !== null) && ` ${t.quotaSummary(a.quota.collectives, a.quota.individuals)}`}
              {a.quota.percent !== null && ` (${a.quota.percent}%)`}
              {a.quota.by && ` — ${a.quota.by}`}
              {a.quota.text && <div><Typography.Text type="secondary">{a.quota.text}</Typography.Text></div>}
            </Descriptions.Item>
            {a.deadlineKeys.length > 0 && (
              <Descriptions.Item label={t.deadlines} span={2}>
                {a.deadlineKeys.map((k) => deadlineTitle.get(k) ?? k).join('; ')}
              </Descriptions.Item>
            )}
            {a.text && <Descriptions.Item label={t.text} span={2}>{a.text}</Descriptions.Item>}
          </Descriptions>
        ))}
      </Space>
    );
  const standards = (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="standards-view">
      {(['collective', 'individual'] as const).map((side) => (
        <Card key={side} size="small" type="inner" title={side === 'collective' ? t.collectiveStandards : t.individualStandards}>
          {content.standards[side].length === 0 && <EmptyPart />}
          {content.standards[side].map((s) => (
            <div key={s.key} style={{ marginBottom: 12 }}>
              <Typography.Paragraph style={{ marginBottom: 4 }} type="secondary">
                {s.label} {s.text}
              </Typography.Paragraph>
              <RuleView rule={s.rule} criteria={criteria} />
            </div>
          ))}
        </Card>
      ))}
    </Space>
  );
  const dossier = content.dossier ? (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <ItemsView items={content.dossier.components} />
      {content.dossier.formNote && <Typography.Text italic>{content.dossier.formNote}</Typography.Text>}
      {(content.dossier.copiesText || content.dossier.copies) && (
        <Typography.Text>
          {t.copies}: {content.dossier.copiesText ?? content.dossier.copies}
        </Typography.Text>
      )}
    </Space>
  ) : (
    <EmptyPart />
  );
  const common = { detail, editable };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <SectionEditor name="awards" title={t.offers} parts={['awards']} view={offers} {...common}>
        {() => <AwardsEditor deadlines={content.deadlines} />}
      </SectionEditor>
      <SectionEditor name="standards" title={t.standards} parts={['standards']} view={standards} {...common}>
        {() => <StandardsEditor criteria={content.criteria} />}
      </SectionEditor>
      <SectionEditor name="dossier" title={t.dossier} parts={['dossier']} view={dossier} {...common}>
        {() => <DossierEditor />}
      </SectionEditor>
    </div>
  );
}
