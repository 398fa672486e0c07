import { Tag } from 'antd';
import { registrationStatusLabels, type RegistrationStatus } from '../../../../src/modules/registrations/registration-labels';

export const registrationStatusColors: Record<RegistrationStatus, string> = {
  chua_gui: 'default',
  cho_duyet: 'gold',
  tra_lai: 'red',
  da_duyet: 'green',
};

export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  return (
    <Tag color={registrationStatusColors[status]} data-testid="registration-status">
      {registrationStatusLabels[status]}
    </Tag>
  );
}
