import { Descriptions, Typography } from 'antd';
import { vi } from '../../../../i18n/vi';
import { formatDate } from '../../../lib/dates';
import { GeneralEditor } from '../editors/GeneralEditor';
import { CodeTags } from '../ItemsView';
import { labelOf, movementKindLabels, unitKindLabels } from '../labels';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.general;
const l = vi.movements.labels;

export function GeneralTab({ detail, content, editable }: TabProps) {
  const h = content.header;
  const p = content.period;
  const start = p.start.kind === 'on_issue' ? t.startOnIssue : formatDate(p.start.date);
  const signer = [h.signer.capacity, h.signer.authority].filter(Boolean).join(' ');
  const view = (
    <Descriptions column={{ xs: 1, md: 2 }} bordered size="small" data-testid="general-view">
      <Descriptions.Item label={t.parentBody}>{h.parentBody ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t.issuerName}>{h.issuerName}</Descriptions.Item>
      <Descriptions.Item label={t.numberSymbol}>{h.number ?? vi.movements.noNumber}</Descriptions.Item>
      <Descriptions.Item label={t.issuedOn}>{[h.place, formatDate(h.issuedOn)].filter(Boolean).join(', ')}</Descriptions.Item>
      <Descriptions.Item label={t.titleField} span={2}>{content.title}</Descriptions.Item>
      <Descriptions.Item label={t.kind}>{labelOf(movementKindLabels, content.kind)}</Descriptions.Item>
      <Descriptions.Item label={t.period}>
        {p.text ?? `${start} – ${p.end ? formatDate(p.end) : '…'}`} ({l.recurrence[p.recurrence]})
      </Descriptions.Item>
      <Descriptions.Item label={t.theme} span={2}>{content.theme ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t.slogan} span={2}>{content.slogan ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t.signer} span={2}>
        {signer && <div>{signer}</div>}
        <div>{h.signer.title}</div>
        {h.signer.name && <Typography.Text strong>{h.signer.name}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t.recipients} span={2}>
        {h.recipients.length === 0 ? '—' : <ul style={{ margin: 0, paddingInlineStart: 18 }}>{h.recipients.map((r, i) => <li key={i}>{r}</li>)}</ul>}
      </Descriptions.Item>
      <Descriptions.Item label={t.funding} span={2}>{content.funding ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t.cascadeKinds} span={2}>
        {content.cascade.unitKinds.length ? <CodeTags codes={content.cascade.unitKinds} labels={unitKindLabels} /> : '—'}
      </Descriptions.Item>
    </Descriptions>
  );
  return (
    <SectionEditor name="general" detail={detail} editable={editable} parts={['kind', 'title', 'header', 'theme', 'slogan', 'period', 'funding', 'closing', 'cascade']} view={view}>
      {() => <GeneralEditor deadlines={content.deadlines} />}
    </SectionEditor>
  );
}
