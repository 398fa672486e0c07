import { Alert, Button, Form, Radio, Select } from 'antd';
import { useEffect, useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage } from '../../api/client';
import { usePeople } from '../../api/people';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useDebounced } from '../../components/useDebounced';
import { addNomination, useNominationMutation, type BatchDetailDto } from './api';

const t = vi.nominations;

interface Values {
  subjectKind: 'collective' | 'individual';
  unitId?: number;
  personId?: number;
  awardKey?: string;
}

/** Adds a collective (a unit of the proposing unit's subtree) or a person of it to the batch. */
export function AddNominee({ batch }: { batch: BatchDetailDto }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('subjectKind', form) ?? 'individual';
  const [q, setQ] = useState('');
  const debounced = useDebounced(q, 300);
  const people = usePeople({ q: debounced || undefined, unitId: batch.proposingUnit.id, includeSubunits: true, limit: 20, offset: 0 });
  const add = useNominationMutation((v: Values) =>
    addNomination(batch.id, { subjectKind: v.subjectKind, ...(v.subjectKind === 'collective' ? { unitId: v.unitId } : { personId: v.personId }), ...(v.awardKey ? { awardKey: v.awardKey } : {}) }),
  );
  const offers = batch.awardOffers.filter((o) => o.recipients === 'both' || o.recipients === kind);
  const offerKeys = offers.map((o) => o.key).join('|');
  // Switching between cá nhân and tập thể must not keep an award the other kind cannot receive.
  useEffect(() => {
    const current = form.getFieldValue('awardKey') as string | undefined;
    if (current && !offerKeys.split('|').includes(current)) form.setFieldValue('awardKey', offerKeys.split('|')[0] || undefined);
  }, [form, offerKeys]);

  return (
    <Form form={form} layout="inline" initialValues={{ subjectKind: 'individual', awardKey: offers[0]?.key }} onFinish={(v) => add.mutate(v, { onSuccess: () => form.resetFields(['unitId', 'personId']) })} style={{ rowGap: 8 }}>
      <Form.Item name="subjectKind">
        <Radio.Group optionType="button" options={[{ value: 'individual', label: t.individual }, { value: 'collective', label: t.collective }]} />
      </Form.Item>
      {kind === 'collective' ? (
        <Form.Item name="unitId" rules={[{ required: true, message: vi.common.requiredSelect(t.unit) }]} style={{ minWidth: 260 }}>
          <UnitTreeSelect aria-label={t.unit} />
        </Form.Item>
      ) : (
        <Form.Item name="personId" rules={[{ required: true, message: vi.common.requiredSelect(t.person) }]} style={{ minWidth: 260 }}>
          <Select
            aria-label={t.person}
            data-testid="nominee-person"
            showSearch={{ filterOption: false, onSearch: setQ }}
            placeholder={t.pickPerson}
            loading={people.isFetching}
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.position ? `${p.position}, ` : ''}${p.unitName}` }))}
          />
        </Form.Item>
      )}
      <Form.Item name="awardKey" style={{ minWidth: 240 }}>
        <Select aria-label={t.award} placeholder={t.award} allowClear options={offers.map((o) => ({ value: o.key, label: o.name }))} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="nominee-add">
        {t.add}
      </Button>
      {add.isError && <Alert type="error" showIcon title={errorMessage(add.error)} style={{ width: '100%', marginTop: 8 }} data-testid="nominee-add-error" />}
    </Form>
  );
}
