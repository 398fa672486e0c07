import { DeleteOutlined, PlusOutlined, ReloadOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { vi } from '../../../i18n/vi';
import { errorMessage, isApiError } from '../../api/client';
import type { UnitRef } from '../../api/movements';
import { fetchRegistration, registrationKeys, saveRegistration, submitRegistration, useRegistration, type RegistrationDto } from '../../api/registrations';
import { PersonSelect } from './PersonSelect';
import { formPathOf, toBody, toFormValues, type RegistrationFormValues } from './registration-form';
import { RegistrationStatusTag } from './RegistrationStatusTag';
import { RegistrationView, ReturnReasonAlert } from './RegistrationView';
import { collectiveTitleOptions, individualTitleOptions } from './titles';

const t = vi.registrations;

interface Props {
  movementId: number;
  unit: UnitRef;
  registrationId: number | null;
  /** The movement takes registrations now (issued or in progress). */
  open: boolean;
}

/** The reader's own unit: its registration as a form while it may be edited, else as sent. */
export function OwnRegistration({ movementId, unit, registrationId, open }: Props) {
  const detail = useRegistration(registrationId);
  const r = detail.data ?? null;
  const editable = registrationId === null ? open : (r?.can.edit ?? false);
  return (
    <Card size="small" title={t.own(unit.name)} extra={r && <RegistrationStatusTag status={r.status} />} data-testid="own-registration">
      {registrationId !== null && detail.isPending && <Spin />}
      {detail.isError && <Alert type="error" showIcon title={errorMessage(detail.error)} />}
      {registrationId === null && !open && <Alert type="info" showIcon title={t.notOpen} />}
      {editable && (registrationId === null || r) && (
        // A new key once the first save gives the registration an id: the form restarts from what was saved.
        <RegistrationForm key={registrationId ?? 'new'} movementId={movementId} unit={unit} registration={r} />
      )}
      {!editable && r && <RegistrationView registration={r} />}
    </Card>
  );
}

function RegistrationForm({ movementId, unit, registration }: { movementId: number; unit: UnitRef; registration: RegistrationDto | null }) {
  const [form] = Form.useForm<RegistrationFormValues>();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<{ message: string; conflict: boolean } | null>(null);
  const known = new Map((registration?.entries ?? []).flatMap((e) => (e.person ? [[e.person.id, e.person.fullName] as const] : [])));

  const stored = (saved: RegistrationDto) => {
    queryClient.setQueryData(registrationKeys.detail(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: registrationKeys.list(movementId) });
    setError(null);
  };
  // Always the revision last read: after a conflict and a reload, the user's input is saved onto the newest one.
  const save = async () => {
    const values = form.getFieldsValue(true) as RegistrationFormValues;
    const revision = registration ? queryClient.getQueryData<RegistrationDto>(registrationKeys.detail(registration.id))?.revision : undefined;
    return saveRegistration(toBody(values, { movementId, unitId: unit.id, revision }));
  };
  const failed = (err: unknown) => {
    if (isApiError(err) && err.status === 409 && err.fields?.revision) {
      setError({ message: t.conflict, conflict: true });
      return;
    }
    if (isApiError(err) && err.fields) {
      const hasCollective = !!form.getFieldValue('collectiveTitle');
      const fields = Object.entries(err.fields)
        .map(([k, msg]) => ({ name: formPathOf(k, hasCollective), errors: [msg] }))
        .filter((f) => f.name !== null);
      form.setFields(fields as never);
    }
    setError({ message: errorMessage(err), conflict: false });
  };

  const saving = useMutation({
    mutationFn: save,
    onSuccess: (saved) => {
      stored(saved);
      void message.success(t.saved);
    },
    onError: failed,
  });
  // Sending saves what is on screen first, so nothing typed since the last save is lost.
  const submitting = useMutation({
    mutationFn: async () => submitRegistration((await save()).id),
    onSuccess: (sent) => {
      stored(sent);
      void message.success(t.submitted);
    },
    onError: failed,
  });
  const reload = useMutation({
    mutationFn: () => queryClient.fetchQuery({ queryKey: registrationKeys.detail(registration!.id), queryFn: () => fetchRegistration(registration!.id), staleTime: 0 }),
    onSuccess: () => {
      setError(null);
      void message.info(t.reloaded);
    },
    onError: (err) => void message.error(errorMessage(err)),
  });
  const busy = saving.isPending || submitting.isPending;

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={toFormValues(registration)}
      onFinish={() => saving.mutate()}
      data-testid="registration-form"
      scrollToFirstError
    >
      {registration?.status === 'tra_lai' && registration.returnReason && <ReturnReasonAlert reason={registration.returnReason} />}
      {error && (
        <Alert
          type={error.conflict ? 'warning' : 'error'}
          showIcon
          style={{ margin: '12px 0' }}
          title={error.message}
          data-testid="registration-error"
          action={
            error.conflict && registration ? (
              <Button size="small" icon={<ReloadOutlined />} loading={reload.isPending} onClick={() => reload.mutate()}>
                {t.reload}
              </Button>
            ) : undefined
          }
        />
      )}
      <Form.Item label={t.commitments} name="commitments" rules={[{ max: 8000, message: 'Cam kết tối đa 8000 ký tự' }]} style={{ marginTop: 12 }}>
        <Input.TextArea rows={3} placeholder={t.commitmentsPlaceholder} data-testid="registration-commitments" />
      </Form.Item>
      <Form.Item label={t.collectiveTitle} name="collectiveTitle">
        <Select allowClear options={collectiveTitleOptions} placeholder={t.collectivePlaceholder} data-testid="registration-collective" />
      </Form.Item>
      <Typography.Text strong>{t.individuals}</Typography.Text>
      <Form.List name="individuals">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
            {fields.length === 0 && <Typography.Text type="secondary">{t.noIndividuals}</Typography.Text>}
            {fields.map((f) => (
              <Flex key={f.key} gap={8} align="start" wrap data-testid="registration-person-row">
                <Form.Item name={[f.name, 'personId']} rules={[{ required: true, message: vi.common.requiredSelect(t.person) }]} style={{ flex: '2 1 240px', marginBottom: 8 }}>
                  <PersonSelect unitId={unit.id} known={known} />
                </Form.Item>
                <Form.Item name={[f.name, 'targetTitle']} rules={[{ required: true, message: vi.common.requiredSelect(t.individualTitle) }]} style={{ flex: '1 1 200px', marginBottom: 8 }}>
                  <Select options={individualTitleOptions} placeholder={t.individualTitle} aria-label={t.individualTitle} data-testid="registration-person-title" />
                </Form.Item>
                <Form.Item name={[f.name, 'commitment']} style={{ flex: '2 1 240px', marginBottom: 8 }}>
                  <Input placeholder={t.commitment} aria-label={t.commitment} maxLength={2000} data-testid="registration-person-commitment" />
                </Form.Item>
                <Button icon={<DeleteOutlined />} aria-label={t.removePerson} title={t.removePerson} onClick={() => remove(f.name)} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="registration-add-person">
              {t.addPerson}
            </Button>
          </Space>
        )}
      </Form.List>
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving.isPending} disabled={busy} data-testid="registration-save">
          {t.save}
        </Button>
        <Button
          icon={<SendOutlined />}
          loading={submitting.isPending}
          disabled={busy}
          onClick={() => void form.validateFields().then(() => submitting.mutate(), () => undefined)}
          data-testid="registration-submit"
        >
          {t.submit}
        </Button>
      </Space>
    </Form>
  );
}
