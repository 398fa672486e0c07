import { Alert, Card, List, Space, Typography } from 'antd';
import { vi } from '../../../i18n/vi';
import { evidenceUrl, useDuplicates } from '../../api/results';
import { periodCodeLabel, type Criterion } from './periods';

const t = vi.results;

/** Tài liệu trùng: one file handed in as evidence by two or more units, for the appraiser to look at. */
export function DuplicatesPanel({ movementId, active, criteria }: { movementId: number; active: boolean; criteria: readonly Criterion[] }) {
  const dup = useDuplicates(movementId, active);
  const named = (key: string) => {
    const c = criteria.find((x) => x.key === key);
    return c ? `${c.label ? `${c.label} ` : ''}${c.indicator}` : key;
  };
  // A reader without movements.issue on the owner is refused: the panel is not for them.
  if (!dup.data) return null;
  return (
    <Card size="small" title={t.duplicates} data-testid="evidence-duplicates">
      <Typography.Paragraph type="secondary">{t.duplicatesHint}</Typography.Paragraph>
      {dup.data.items.length === 0 ? (
        <Alert type="success" showIcon title={t.noDuplicates} />
      ) : (
        <List
          dataSource={dup.data.items}
          renderItem={(item, i) => (
            <List.Item key={item.file.id}>
              <Space orientation="vertical" size={2}>
                <Typography.Link href={evidenceUrl(item.file.id)}>
                  {t.duplicateFile(i + 1)} ({t.size(item.file.size)})
                </Typography.Link>
                {item.units.map((u) => (
                  <Typography.Text key={u.unit.id}>
                    <b>{u.unit.name}</b>: {u.attachments.map((a) => `${a.fileName} — ${named(a.criterionKey)}, ${periodCodeLabel(a.period)}`).join('; ')}
                  </Typography.Text>
                ))}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
