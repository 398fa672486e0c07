import { Typography } from 'antd';
import { vi } from '../../../../i18n/vi';
import { ItemsEditor } from '../editors/ItemsEditor';
import { ItemsView } from '../ItemsView';
import type { TabProps } from '../MovementDetailPage';
import { SectionEditor } from '../SectionEditor';

const t = vi.movements.items;

export function PurposesTab({ detail, content, editable }: TabProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <SectionEditor name="purposes" title={t.purposes} detail={detail} editable={editable} parts={['purposes']} view={<ItemsView items={content.purposes} />}>
        {() => <ItemsEditor name="purposes" />}
      </SectionEditor>
      <SectionEditor
        name="requirements"
        title={t.requirements}
        detail={detail}
        editable={editable}
        parts={['requirements']}
        view={<ItemsView items={content.requirements} />}
      >
        {() => (
          <>
            <Typography.Text type="secondary">{t.requirements}</Typography.Text>
            <ItemsEditor name="requirements" />
          </>
        )}
      </SectionEditor>
    </div>
  );
}
