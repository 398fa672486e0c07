import { Button, DatePicker, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { vi } from '../../../i18n/vi';
import { useAuditFilters } from '../../api/audit';
import { toIso } from '../../components/dates-form';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { DATE_FORMAT } from '../../lib/dates';
import { foldedSearch } from '../../components/select-filter';

export interface AuditFilterValues {
  from?: string;
  to?: string;
  userId?: number;
  entity?: string;
  action?: string;
  unitId?: number;
}

interface FormValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  userId?: number;
  entity?: string;
  action?: string;
  unitId?: number;
}

export function AuditFilters({ onChange }: { onChange: (f: AuditFilterValues) => void }) {
  const [form] = Form.useForm<FormValues>();
  const facets = useAuditFilters();
  const entity = Form.useWatch('entity', form);
  const actions = (facets.data?.actions ?? []).filter((a) => !entity || a.value.startsWith(`${entity}.`));

  const apply = (v: FormValues) =>
    onChange({
      from: toIso(v.range?.[0]) ?? undefined,
      to: toIso(v.range?.[1]) ?? undefined,
      userId: v.userId,
      entity: v.entity,
      action: v.action,
      unitId: v.unitId,
    });

  return (
    <Form form={form} layout="inline" onValuesChange={(_, all) => apply(all)} style={{ rowGap: 12 }}>
      <Form.Item label={vi.audit.dateRange} name="range">
        <DatePicker.RangePicker format={DATE_FORMAT} placeholder={[vi.audit.from, vi.audit.to]} allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item label={vi.audit.user} name="userId">
        <Select
          allowClear
          showSearch={foldedSearch}
          placeholder={vi.audit.all}
          style={{ width: 220 }}
          loading={facets.isPending}
          options={facets.data?.users.map((u) => ({ value: u.id, label: u.name }))}
        />
      </Form.Item>
      <Form.Item label={vi.audit.entity} name="entity">
        <Select allowClear placeholder={vi.audit.all} style={{ width: 170 }} options={facets.data?.entities} />
      </Form.Item>
      <Form.Item label={vi.audit.action} name="action">
        <Select allowClear showSearch={foldedSearch} placeholder={vi.audit.all} style={{ width: 260 }} options={actions} />
      </Form.Item>
      <Form.Item label={vi.audit.unit} name="unitId">
        <UnitTreeSelect placeholder={vi.audit.all} style={{ width: 260 }} />
      </Form.Item>
      <Space>
        <Button
          onClick={() => {
            form.resetFields();
            apply({});
          }}
        >
          {vi.common.reset}
        </Button>
      </Space>
    </Form>
  );
}
